/**
 * The SKP's words as data (PermenPAN-RB 8/2021 and its annex, PermenPAN-RB 6/2022): the aspects
 * of an indicator, the JPT perspectives, the absolute words a target should avoid, and how an
 * indicator's wording says which aspect or perspective it measures. A pattern that is not here
 * decides nothing: the cell is left for the user.
 */
import type { Jenis } from "../catalogue/types";

/** Aspek of an indicator (PermenPAN-RB 6/2022): kuantitas, kualitas, waktu, biaya. */
export const ASPEK = ["kuantitas", "kualitas", "waktu", "biaya"] as const;
export type Aspek = (typeof ASPEK)[number];

/** Perspektif of a JPT's RHK (PermenPAN-RB 8/2021 annex, the balanced scorecard's four). */
export const PERSPEKTIF = [
  "Penerima Layanan",
  "Proses Bisnis",
  "Penguatan Internal",
  "Anggaran",
] as const;
export type Perspektif = (typeof PERSPEKTIF)[number];

/**
 * Wording that names the aspect, in the order tried (the first that matches decides). Time
 * before quality: "tepat waktu" is about time even where it says "sesuai".
 */
export const ASPEK_WORDING: ReadonlyArray<readonly [Aspek, RegExp]> = [
  [
    "waktu",
    /\b(tepat waktu|ketepatan waktu|waktu penyelesaian|lama waktu|jangka waktu|hari kerja)\b/i,
  ],
  ["biaya", /\b(biaya|anggaran|serapan|efisiensi|realisasi keuangan)\b/i],
  [
    "kualitas",
    /\b(sesuai (standar|sp|sop|ketentuan|prosedur)|memenuhi standar|kualitas|mutu|kepuasan|ikm|akurat|valid|tanpa (kesalahan|revisi)|berpredikat)\b/i,
  ],
  ["kuantitas", /^(jumlah|banyaknya)\b/i],
];

/** A count is kuantitas whatever its words; the other kinds decide nothing by themselves. */
export const ASPEK_BY_JENIS: Partial<Record<Jenis, Aspek>> = {
  jumlah: "kuantitas",
  "rasio-waktu": "waktu",
};

/** Wording that names a JPT perspective (first match decides). */
export const PERSPEKTIF_WORDING: ReadonlyArray<readonly [Perspektif, RegExp]> = [
  ["Penerima Layanan", /\b(kepuasan|ikm|pengaduan|penerima layanan|pelayanan publik)\b/i],
  ["Anggaran", /\b(anggaran|serapan|realisasi keuangan|pendapatan|pad)\b/i],
  [
    "Penguatan Internal",
    /\b(sdm|pegawai|asn|kepegawaian|sakip|akuntabilitas|reformasi birokrasi|kompetensi)\b/i,
  ],
  ["Proses Bisnis", /\b(koordinasi|fasilitasi|tepat waktu|ditindaklanjuti|administrasi)\b/i],
];

/**
 * Words that make a target absolute, which the annex of PermenPAN-RB 8/2021 (stage five,
 * "Menetapkan Target") says targets of administrators and functional staff should avoid, except
 * for work tied to life, injury, national security or large financial loss.
 */
export const TARGET_ABSOLUT = /\b(semua|seluruh|selalu|tidak pernah|setiap|100 ?% tanpa)\b/i;

/** The template's marks for what the catalogue cannot say: the user writes over them. */
export const ISIAN = {
  rhkPimpinan: "[RHK pimpinan yang diintervensi]",
  aspek: "[aspek]",
  target: "[target]",
  perspektif: "[perspektif]",
  rencanaAksi: "[rencana aksi]",
} as const;

/** Whether a cell still holds one of the template's marks (or any "[...]" to fill in). */
export function isIsian(text: string): boolean {
  return /^\[[^\]]+\]$/.test(text.trim());
}

/** The aspect an indicator measures, where its kind or wording says it; undefined otherwise. */
export function aspekOf(indikator: string, jenis?: Jenis): Aspek | undefined {
  for (const [aspek, pattern] of ASPEK_WORDING) if (pattern.test(indikator)) return aspek;
  return jenis ? ASPEK_BY_JENIS[jenis] : undefined;
}

/** The JPT perspective an indicator belongs to, where its wording says it; undefined otherwise. */
export function perspektifOf(indikator: string): Perspektif | undefined {
  for (const [perspektif, pattern] of PERSPEKTIF_WORDING)
    if (pattern.test(indikator)) return perspektif;
  return undefined;
}
