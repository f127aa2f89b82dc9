/**
 * Normalises indicator wording so that the ways different kecamatans write the same indicator
 * meet: case, punctuation, accents, and the spelling variants found in the seed documents
 * (fasilitas/fasilitasi, Ketentraman/Ketenteraman, Presentase/Prosentase, ...).
 */
const VARIANTS: Array<[RegExp, string]> = [
  [/\b(presentase|prosentase|persentasi|persentasse)\b/g, "persentase"],
  [/^%\s*/g, "persentase "],
  [/\bfasilitas\b/g, "fasilitasi"],
  [/\bketentraman\b/g, "ketenteraman"],
  [/\btrantibum\b/g, "ketenteraman dan ketertiban umum"],
  [/\baktifitas\b/g, "aktivitas"],
  [/\befektifitas\b/g, "efektivitas"],
  [/\batlit\b/g, "atlet"],
  [/\bresiko\b/g, "risiko"],
  [/\btepenuhinya\b/g, "terpenuhinya"],
  [/\bjumlanh\b/g, "jumlah"],
  [/\bjml\b/g, "jumlah"],
  [/\bpenyelenggaran\b/g, "penyelenggaraan"],
  [/\bindek\b/g, "indeks"],
  [/\bkatagori\b/g, "kategori"],
  [/\b(rkp ?desa|rkp ?des)\b/g, "rkpdes"],
  [/\b(apb ?desa|apb ?des)\b/g, "apbdes"],
  [/\b(lppd ?desa|lpp ?desa|lpp ?des)\b/g, "lppdes"],
  [/\bbmd\b/g, "barang milik daerah"],
  [/\bopd\b/g, "perangkat daerah"],
  [/\bpd\b/g, "perangkat daerah"],
];

export function normaliseText(text: string): string {
  let t = text
    .replace(/<[^>]*>/g, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  for (const [pattern, replacement] of VARIANTS) t = t.replace(pattern, replacement);
  return t
    .replace(/[^a-z0-9%]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
