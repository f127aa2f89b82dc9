/**
 * The pohon kinerja (performance tree, PermenPAN-RB 89/2021) of a unit as boxes (issue #30): one
 * model for the SVG, the PNG and the pane's shapes. It is built from the cascading tree the add-in
 * already reads (validate/cascadeTree.ts), from the catalogue or from a workbook's tables: the
 * kabupaten's IKU on top, the unit's IKU under them, each position's IKI under what it supports.
 * Gaps are boxes of their own: an IKU that no IKI supports gets a dashed "belum ada IKI pendukung"
 * box under it; IKI without a parent stand beside the tree, under a label.
 */
import type { CascadeNode, CascadeTree } from "../validate/cascadeTree";

export type PohonJenis =
  | "unit"
  | "iku-kabupaten"
  | "iku"
  | "iki"
  /** A position's box, over its IKI in a group beside the tree. */
  | "jabatan"
  /** A gap: the IKU above it has no supporting IKI. */
  | "celah"
  /** The label over a group beside the tree ("IKI tanpa induk"). */
  | "kelompok";

export interface PohonNode {
  /** Unique within its tree. */
  id: string;
  jenis: PohonJenis;
  /** The box's first line: its level ("IKU Kabupaten", "IKU 1.2", "IKI"). */
  tingkat: string;
  /** The indicator (or the unit's name, or the gap's words). */
  teks: string;
  /** The position that holds it (IKI). */
  pemegang?: string;
  /** An IKU that no IKI supports: drawn dashed and red. */
  tanpaPendukung?: true;
  /** Its cell in the workbook it came from. */
  at?: { sheet: string; cell: string };
  children: PohonNode[];
}

export interface Pohon {
  unit: string;
  namaUnit: string;
  /** The tree: the unit's box on top when it has several roots. */
  akar: PohonNode;
  /** Groups drawn beside the tree, each under its label box. */
  samping: PohonNode[];
}

export const CELAH_TEKS = "belum ada IKI pendukung";

/** The pohon of one cascading tree. */
export function pohonOf(tree: CascadeTree): Pohon {
  let n = 0;
  const id = () => `p${n++}`;

  /** A cascade node as boxes: a position's group is not a box, its IKI carry its name. */
  const convert = (c: CascadeNode, pemegang?: string, samping = false): PohonNode[] => {
    // In the tree a position is not a box, its IKI carry its name; beside it, a position heads
    // its IKI (a group of a unit's every position would be too wide side by side).
    if (c.jenis === "jabatan" && samping)
      return [
        {
          id: id(),
          jenis: "jabatan",
          tingkat: "Jabatan",
          teks: c.label,
          children: c.children.flatMap((x) => convert(x)),
        },
      ];
    if (c.jenis === "jabatan") return c.children.flatMap((x) => convert(x, c.label));
    const children = c.children.flatMap((x) => convert(x, undefined, c.jenis === "kelompok"));
    const node: PohonNode = {
      id: id(),
      jenis: c.jenis === "kelompok" ? "kelompok" : c.jenis,
      tingkat:
        c.jenis === "iki"
          ? "IKI"
          : c.jenis === "kelompok"
            ? "Di luar pohon"
            : c.label || (c.jenis === "iku-kabupaten" ? "IKU Kabupaten" : "IKU"),
      teks: c.jenis === "kelompok" ? c.label : c.teks,
      // An IKI's cascade label is its position's name.
      ...((pemegang ?? (c.jenis === "iki" ? c.label : ""))
        ? { pemegang: pemegang ?? c.label }
        : {}),
      ...(c.at ? { at: c.at } : {}),
      children,
    };
    if (c.jenis === "iku" && c.marks.some((m) => m.rule === "iku-tanpa-pendukung")) {
      node.tanpaPendukung = true;
      if (children.length === 0)
        children.push({
          id: id(),
          jenis: "celah",
          tingkat: "Celah",
          teks: CELAH_TEKS,
          children: [],
        });
    }
    return [node];
  };

  const main: PohonNode[] = [];
  const samping: PohonNode[] = [];
  for (const root of tree.roots) {
    for (const node of convert(root)) (node.jenis === "kelompok" ? samping : main).push(node);
  }
  const akar: PohonNode =
    main.length === 1
      ? main[0]
      : { id: id(), jenis: "unit", tingkat: "Unit", teks: tree.namaUnit, children: main };
  return { unit: tree.unit, namaUnit: tree.namaUnit, akar, samping };
}

/** Every node of a tree, top-down. */
export function nodesOf(node: PohonNode, out: PohonNode[] = []): PohonNode[] {
  out.push(node);
  for (const c of node.children) nodesOf(c, out);
  return out;
}
