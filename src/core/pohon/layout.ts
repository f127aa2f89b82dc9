/**
 * A tidy top-down layout of a pohon (issue #30): each box as wide as its wrapped text needs (up
 * to a maximum) and as tall as its lines, siblings never overlapping, each level on one line.
 * d3-flextree computes the positions: it is d3-hierarchy's tidy tree for nodes of different
 * sizes (README "Pohon kinerja" compares the two). Text is measured with the Arial (Liberation
 * Sans) widths the templates use, so the SVG, the PNG and Excel's shapes wrap alike.
 */
import { flextree, FlexNode } from "d3-flextree";
import { textWidth, wrapText } from "../template/layout";
import { Pohon, PohonNode } from "./model";

/** Sizes in points (the SVG's user units are points too). */
export const UKURAN = {
  /** The indicator's text. */
  teks: 9,
  /** The level and the position lines. */
  kepala: 8,
  baris: 11,
  barisKepala: 9.5,
  pad: 6,
  lebarMaks: 170,
  lebarMin: 90,
  /** Between siblings and between levels. */
  celahX: 14,
  celahY: 28,
  /** Between the boxes of a column, and the room left of it for its rail. */
  celahKolom: 8,
  rel: 14,
  /** Between the tree and the groups beside it. */
  celahSamping: 40,
  judul: 30,
  tepi: 16,
} as const;

export interface Kotak {
  node: PohonNode;
  /** Top-left corner and size. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The first line (level, position), bold and small. */
  kepala: string[];
  /** The indicator's lines. */
  baris: string[];
}

export interface Garis {
  dari: string;
  ke: string;
  /** An orthogonal path: parent's bottom centre, down, across, down to the child's top centre. */
  titik: Array<[number, number]>;
}

export interface TataLetak {
  judul: string;
  lebar: number;
  tinggi: number;
  kotak: Kotak[];
  garis: Garis[];
}

/** The box of a node: its lines at the width they need, at most lebarMaks. */
function ukurKotak(node: PohonNode): {
  w: number;
  h: number;
  kepala: string[];
  baris: string[];
} {
  const { teks, kepala, pad, lebarMaks, lebarMin, baris, barisKepala } = UKURAN;
  const head = node.pemegang ? `${node.tingkat} · ${node.pemegang}` : node.tingkat;
  const natural = Math.max(textWidth(node.teks, teks, false), textWidth(head, kepala, true));
  const room = Math.min(lebarMaks, Math.max(lebarMin, natural + 1)) - 2 * pad;
  const headLines = wrapText(head, room, kepala, true);
  const lines = wrapText(node.teks, room, teks, false);
  const used = Math.max(
    ...headLines.map((l) => textWidth(l, kepala, true)),
    ...lines.map((l) => textWidth(l, teks, false))
  );
  return {
    // Three points to spare: Excel's and the browsers' text boxes lose some to their border.
    w: Math.max(lebarMin, Math.ceil(used + 2 * pad + 3)),
    h: Math.ceil(2 * pad + headLines.length * barisKepala + lines.length * baris),
    kepala: headLines,
    baris: lines,
  };
}

/**
 * What the layout places: a box, or a column of leaf boxes stacked under their parent (a parent
 * whose children are all leaves lists them downwards, as pohon kinerja drawings do, instead of a
 * row as wide as all of them).
 */
interface Item {
  node?: PohonNode;
  kolom?: PohonNode[];
  children: Item[];
}

function itemOf(n: PohonNode): Item {
  const leaves = n.children.length >= 2 && n.children.every((c) => c.children.length === 0);
  return {
    node: n,
    children: leaves ? [{ kolom: n.children, children: [] }] : n.children.map(itemOf),
  };
}

/** Lays out one tree with its top-left at (x0, y0); returns its boxes, lines and extent. */
function layoutTree(root: PohonNode, x0: number, y0: number) {
  const sized = new Map<PohonNode, ReturnType<typeof ukurKotak>>();
  const size = (n: PohonNode) => {
    let s = sized.get(n);
    if (!s) sized.set(n, (s = ukurKotak(n)));
    return s;
  };
  const { celahX, celahY, celahKolom } = UKURAN;
  const itemSize = (it: Item): [number, number] =>
    it.node
      ? [size(it.node).w, size(it.node).h]
      : [
          Math.max(...it.kolom!.map((n) => size(n).w)) + UKURAN.rel,
          it.kolom!.reduce((h, n) => h + size(n).h, 0) + (it.kolom!.length - 1) * celahKolom,
        ];
  const levelHeight: number[] = [];
  const visit = (it: Item, depth: number) => {
    // Boxes align per level; a column (always last on its branch) keeps its own height.
    if (it.node) levelHeight[depth] = Math.max(levelHeight[depth] ?? 0, itemSize(it)[1]);
    it.children.forEach((c) => visit(c, depth + 1));
  };
  const rootItem = itemOf(root);
  visit(rootItem, 0);
  const layout = flextree<Item>({
    nodeSize: (n) => {
      const [w, h] = itemSize(n.data);
      return [w + celahX, (n.data.node ? levelHeight[n.depth] : h) + celahY];
    },
  });
  const tree = layout.hierarchy(rootItem, (d) => (d.children.length ? d.children : undefined));
  layout(tree);
  const nodes = tree.descendants();
  const left = Math.min(...nodes.map((n) => n.x - itemSize(n.data)[0] / 2));
  const kotak: Kotak[] = [];
  const garis: Garis[] = [];
  const place = (n: PohonNode, x: number, y: number): Kotak => {
    const s = size(n);
    const k = { node: n, x, y, w: s.w, h: s.h, kepala: s.kepala, baris: s.baris };
    kotak.push(k);
    return k;
  };
  const walk = (n: FlexNode<Item>, parent?: Kotak) => {
    const [w] = itemSize(n.data);
    const x = x0 + n.x - w / 2 - left;
    const y = y0 + n.y;
    if (n.data.node) {
      const k = place(n.data.node, x, y);
      if (parent) {
        const mid = k.y - celahY / 2;
        garis.push({
          dari: parent.node.id,
          ke: k.node.id,
          titik: [
            [parent.x + parent.w / 2, parent.y + parent.h],
            [parent.x + parent.w / 2, mid],
            [k.x + k.w / 2, mid],
            [k.x + k.w / 2, k.y],
          ],
        });
      }
      for (const c of n.children ?? []) walk(c, k);
      return;
    }
    // A column: a rail down its left side, from the parent, with a short line into each box.
    const rail = x + UKURAN.rel / 2;
    let top = y;
    for (const leaf of n.data.kolom!) {
      const k = place(leaf, x + UKURAN.rel, top);
      const mid = k.y + Math.min(k.h / 2, 12);
      garis.push({
        dari: parent!.node.id,
        ke: k.node.id,
        titik: [
          [parent!.x + parent!.w / 2, parent!.y + parent!.h],
          [parent!.x + parent!.w / 2, y - celahY / 2],
          [rail, y - celahY / 2],
          [rail, mid],
          [k.x, mid],
        ],
      });
      top += k.h + celahKolom;
    }
  };
  walk(tree);
  const right = Math.max(...kotak.map((k) => k.x + k.w));
  const bottom = Math.max(...kotak.map((k) => k.y + k.h));
  return { kotak, garis, right, bottom };
}

/** The whole picture: title, the tree, and the groups beside it. */
export function tataLetak(pohon: Pohon): TataLetak {
  const { tepi, judul, celahSamping } = UKURAN;
  const main = layoutTree(pohon.akar, tepi, tepi + judul);
  const kotak = [...main.kotak];
  const garis = [...main.garis];
  let x = main.right + celahSamping;
  let bottom = main.bottom;
  for (const group of pohon.samping) {
    const side = layoutTree(group, x, tepi + judul);
    kotak.push(...side.kotak);
    garis.push(...side.garis);
    x = side.right + celahSamping;
    bottom = Math.max(bottom, side.bottom);
  }
  return {
    judul: `Pohon Kinerja ${pohon.namaUnit}`,
    lebar: Math.ceil(x - celahSamping + tepi),
    tinggi: Math.ceil(bottom + tepi),
    kotak,
    garis,
  };
}
