/**
 * The words that tell an indicator's polarity when the catalogue does not know the indicator:
 * one that counts something bad ("Angka kemiskinan", "Prevalensi stunting") is better when lower.
 * Matched on the normalised indicator (lower case, punctuation removed) as whole words. An
 * indicator framed as a reduction ("Penurunan angka kemiskinan", "Menurunnya kasus ...") measures
 * the reduction itself and is better when higher.
 *
 * To recognise another wording, add it here with where it was seen: no code changes.
 */
import { normaliseText } from "../catalogue/normalise";

export interface PolarityWord {
  teks: string;
  dilihat: string;
}

const w = (teks: string, dilihat: string): PolarityWord => ({ teks, dilihat });

/** Subjects whose indicator is better when lower. */
export const LOWER_IS_BETTER: readonly PolarityWord[] = [
  w("angka kemiskinan", "IKU kabupaten (RPJMD), LKjIP kabupaten"),
  w("tingkat kemiskinan", "LKjIP kabupaten"),
  w("penduduk miskin", "LKjIP kabupaten (persentase penduduk miskin)"),
  w("tingkat pengangguran", "katalog Lumajang (Tingkat pengangguran terbuka)"),
  w("angka pengangguran", "LKjIP kabupaten"),
  w("angka kematian", "LKjIP dinas kesehatan (AKI, AKB)"),
  w("angka kesakitan", "LKjIP dinas kesehatan"),
  w("prevalensi", "LKjIP dinas kesehatan (prevalensi stunting, balita gizi buruk)"),
  w("stunting", "LKjIP dinas kesehatan"),
  w("gizi buruk", "LKjIP dinas kesehatan"),
  w("rasio gini", "IKU kabupaten (RPJMD)"),
  w("indeks gini", "IKU kabupaten (RPJMD)"),
  w("gini ratio", "IKU kabupaten (RPJMD)"),
  w("angka putus sekolah", "LKjIP dinas pendidikan"),
  w("angka kecelakaan", "katalog Lumajang (Angka kecelakaan lalu lintas)"),
  w("indeks risiko bencana", "katalog Lumajang"),
  w("inflasi", "IKU kabupaten (tingkat inflasi)"),
  w("kawasan kumuh", "LKjIP dinas perumahan"),
  w("tidak layak huni", "LKjIP dinas perumahan"),
  w("konflik sosial", "katalog Lumajang (Jumlah munculnya konflik sosial)"),
  w("pelanggaran", "katalog Lumajang, LKjIP satpol PP"),
  w("kriminalitas", "LKjIP kabupaten"),
  w(
    "laju pertumbuhan penduduk",
    "LKjIP DP2KBP3A Kota Pontianak 2021 (corpus: 'berhasil jika realisasi lebih rendah dari target')"
  ),
];

/** First words that frame the indicator as the reduction itself. */
export const REDUCTION_FRAME: readonly PolarityWord[] = [
  w("penurunan", "katalog Lumajang (Persentase penurunan ...), LKjIP"),
  w("menurunnya", "sasaran RPJMD (Menurunnya angka kemiskinan)"),
  w("berkurangnya", "sasaran RPJMD"),
  w("pengurangan", "LKjIP"),
  w("penanganan", "LKjIP (Persentase penanganan kawasan kumuh)"),
  w("penanggulangan", "LKjIP"),
  w("penyelesaian", "LKjIP (Persentase penyelesaian pelanggaran)"),
  w("penegakan", "LKjIP satpol PP (Persentase penegakan perda)"),
];

const LEADING = new Set([
  "persentase",
  "presentase",
  "prosentase",
  "tingkat",
  "jumlah",
  "angka",
  "rasio",
]);

/** The wording that makes the indicator better when lower, or undefined. */
export function lowerIsBetterWording(indikator: string): string | undefined {
  const n = ` ${normaliseText(indikator)} `;
  const words = n.trim().split(" ");
  // "Persentase penanganan ...": the frame may follow a leading "persentase" or "tingkat".
  const head = words.find((x) => !LEADING.has(x));
  if (head && REDUCTION_FRAME.some((f) => f.teks === head)) return undefined;
  return LOWER_IS_BETTER.find((s) => n.includes(` ${s.teks} `))?.teks;
}
