/**
 * A pohon on paper (issue #30): one page when the whole tree can be read on it; else a small
 * overview (the kabupaten's and the unit's IKU) and one page per branch, and the groups beside the
 * tree split by position, each page laid out on its own so its text stays readable.
 */
import { tataLetak, TataLetak } from "./layout";
import { Pohon, PohonNode } from "./model";

export interface Kertas {
  nama: string;
  /** Printable width and height in points (landscape, margins taken off). */
  lebar: number;
  tinggi: number;
}

const MARGIN = 28;
export const KERTAS: Record<"a3" | "a4", Kertas> = {
  a3: { nama: "A3", lebar: 1190.55 - 2 * MARGIN, tinggi: 841.89 - 2 * MARGIN },
  a4: { nama: "A4", lebar: 841.89 - 2 * MARGIN, tinggi: 595.28 - 2 * MARGIN },
};
/** Below this scale, the 8 pt headings print under 6 pt: the page is split instead. */
export const SKALA_MIN = 0.75;

export interface Halaman {
  tata: TataLetak;
  /** The scale that fits it on the page (at most 1). */
  skala: number;
}

function fit(tata: TataLetak, kertas: Kertas): Halaman {
  return { tata, skala: Math.min(1, kertas.lebar / tata.lebar, kertas.tinggi / tata.tinggi) };
}

/** The overview: the nodes above the positions' IKI, each IKU saying how many IKI it has. */
function ikhtisar(node: PohonNode): PohonNode {
  const count = (n: PohonNode): number =>
    n.children.reduce((s, c) => s + (c.jenis === "iki" ? 1 : 0) + count(c), 0);
  const top = node.children.filter((c) => c.jenis !== "iki" && c.jenis !== "celah");
  if (node.jenis === "iku" || top.length === 0) {
    const iki = count(node);
    return {
      ...node,
      teks: iki > 0 ? `${node.teks} (${iki} IKI, lihat halamannya)` : node.teks,
      children: node.children.filter((c) => c.jenis === "celah"),
    };
  }
  return { ...node, children: top.map(ikhtisar) };
}

/** The pages of a pohon on paper. */
export function halamanPohon(pohon: Pohon, kertas: Kertas): Halaman[] {
  const whole = fit(tataLetak(pohon), kertas);
  if (whole.skala >= SKALA_MIN) return [whole];
  // The tree without the groups beside it, on one page when it fits; else an overview and one
  // page per branch under the top (the root's children; the root itself when it has one).
  const tree = fit(tataLetak({ ...pohon, samping: [] }), kertas);
  const pages: Halaman[] = [];
  const branches =
    tree.skala >= SKALA_MIN
      ? []
      : pohon.akar.children.length > 1
        ? pohon.akar.children
        : [pohon.akar];
  pages.push(
    branches.length === 0
      ? tree
      : fit(
          tataLetak({
            ...pohon,
            namaUnit: `${pohon.namaUnit}: ikhtisar`,
            akar: ikhtisar(pohon.akar),
            samping: [],
          }),
          kertas
        )
  );
  for (const b of branches) {
    const title = `${pohon.namaUnit}: ${b.tingkat} ${b.teks}`;
    const whole = page(title, b);
    if (whole.skala >= SKALA_MIN) pages.push(whole);
    else pages.push(...split(title, (ns) => ({ ...b, children: ns }), b.children));
  }
  // The groups beside the tree: as many positions per page as fit readably.
  for (const group of pohon.samping)
    pages.push(
      ...split(
        `${pohon.namaUnit}: ${group.teks}`,
        (ns) => ({ ...group, children: ns }),
        group.children
      )
    );
  return pages;

  function page(title: string, akar: PohonNode): Halaman {
    return fit(tataLetak({ ...pohon, namaUnit: title, akar, samping: [] }), kertas);
  }

  /**
   * `nodes` under `wrap` over as few pages as keep the text readable: as many side by side as
   * fit; a node too big alone is split in turn, its children spread over pages under copies of it.
   */
  function split(
    title: string,
    wrap: (ns: PohonNode[]) => PohonNode,
    nodes: PohonNode[]
  ): Halaman[] {
    const out: Halaman[] = [];
    let chunk: PohonNode[] = [];
    for (const n of nodes) {
      const next = page(title, wrap([...chunk, n]));
      if (next.skala >= SKALA_MIN) {
        chunk.push(n);
        continue;
      }
      if (chunk.length > 0) out.push(page(title, wrap(chunk)));
      chunk = [];
      if (n.children.length <= 1 || page(title, wrap([n])).skala >= SKALA_MIN) chunk = [n];
      else out.push(...split(title, (ns) => wrap([{ ...n, children: ns }]), n.children));
    }
    if (chunk.length > 0) out.push(page(title, wrap(chunk)));
    return out;
  }
}
