/**
 * The pohon as SVG (issue #30): vector, one group per box (its rectangle and its lines of text,
 * wrapped by the layout, never by the viewer), orthogonal connectors. Opens in browsers, Inkscape
 * and PowerPoint; the PNG is rendered from this same text.
 */
import { escapeMarkup } from "../printable";
import { Kotak, TataLetak, UKURAN } from "./layout";
import { PohonJenis } from "./model";

export const FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/** Fill, border and text colour per kind of box (contrast of text on fill at least 4.5:1). */
export const WARNA: Record<PohonJenis, { isi: string; garis: string; teks: string }> = {
  unit: { isi: "#0f5132", garis: "#0f5132", teks: "#ffffff" },
  "iku-kabupaten": { isi: "#166e3e", garis: "#166e3e", teks: "#ffffff" },
  iku: { isi: "#dff0e6", garis: "#166e3e", teks: "#1b1b1b" },
  iki: { isi: "#ffffff", garis: "#4f7a62", teks: "#1b1b1b" },
  celah: { isi: "#fdecea", garis: "#a4262c", teks: "#a4262c" },
  kelompok: { isi: "#eeeeee", garis: "#666666", teks: "#1b1b1b" },
  jabatan: { isi: "#f4f4f4", garis: "#666666", teks: "#1b1b1b" },
};
const MERAH = "#a4262c";

const esc = escapeMarkup;

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Baselines of a box's lines: the heading's, then the indicator's. */
export function baselines(k: Kotak): { kepala: number[]; baris: number[] } {
  const { pad, barisKepala, baris, kepala, teks } = UKURAN;
  const top = k.y + pad;
  return {
    kepala: k.kepala.map((_, i) => top + i * barisKepala + kepala * 0.95),
    baris: k.baris.map((_, j) => top + k.kepala.length * barisKepala + j * baris + teks * 0.95),
  };
}

function box(k: Kotak): string {
  const c = WARNA[k.node.jenis];
  const dashed = k.node.jenis === "celah" || k.node.tanpaPendukung;
  const stroke = k.node.tanpaPendukung ? MERAH : c.garis;
  const b = baselines(k);
  const x = r1(k.x + UKURAN.pad);
  const lines = [
    ...k.kepala.map(
      (l, i) =>
        `<text x="${x}" y="${r1(b.kepala[i])}" font-size="${UKURAN.kepala}" font-weight="bold" fill="${c.teks}">${esc(l)}</text>`
    ),
    ...k.baris.map(
      (l, j) =>
        `<text x="${x}" y="${r1(b.baris[j])}" font-size="${UKURAN.teks}" fill="${c.teks}">${esc(l)}</text>`
    ),
  ];
  const title = [k.node.tingkat, k.node.pemegang, k.node.teks].filter(Boolean).join(" · ");
  return `<g id="${k.node.id}" data-jenis="${k.node.jenis}"${k.node.tanpaPendukung ? ' data-celah="tanpa-pendukung"' : ""}>
<title>${esc(title)}</title>
<rect x="${r1(k.x)}" y="${r1(k.y)}" width="${r1(k.w)}" height="${r1(k.h)}" rx="3" fill="${c.isi}" stroke="${stroke}" stroke-width="${dashed ? 1.5 : 1}"${dashed ? ' stroke-dasharray="5 3"' : ""}/>
${lines.join("\n")}
</g>`;
}

/** The SVG document of a layout. */
export function pohonSvg(t: TataLetak): string {
  const paths = t.garis
    .map(
      (g) =>
        `<path data-dari="${g.dari}" data-ke="${g.ke}" d="${g.titik
          .map(([x, y], i) => `${i === 0 ? "M" : "L"}${r1(x)} ${r1(y)}`)
          .join(" ")}" fill="none" stroke="#6b6b6b" stroke-width="1"/>`
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${t.lebar}pt" height="${t.tinggi}pt" viewBox="0 0 ${t.lebar} ${t.tinggi}" font-family="${FONT_FAMILY}">
<title>${esc(t.judul)}</title>
<rect width="${t.lebar}" height="${t.tinggi}" fill="#ffffff"/>
<text x="${UKURAN.tepi}" y="${UKURAN.tepi + 14}" font-size="14" font-weight="bold" fill="#1b1b1b">${esc(t.judul)}</text>
${paths}
${t.kotak.map(box).join("\n")}
</svg>
`;
}
