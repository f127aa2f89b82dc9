/**
 * The words that show an indicator or a sasaran worded as an output or an activity rather than a
 * result (SAKIP evaluation, PermenPAN-RB 88/2021 LKE: sasaran berorientasi hasil; indikator
 * kinerja yang baik). Matched on the normalised text (lower case, punctuation removed) at its
 * start, as whole words. Each word notes where it was seen. A text that none of them opens is not
 * judged: the rules report only what these words say.
 *
 * To recognise another wording, add it here with where it was seen: no code changes.
 */
import { distance } from "fastest-levenshtein";
import { normaliseText } from "../catalogue/normalise";

export interface OutcomeWord {
  teks: string;
  dilihat: string;
}

const w = (teks: string, dilihat: string): OutcomeWord => ({ teks, dilihat });

/** Openings of an indicator that name something the office made or did (an output). */
export const OUTPUT_OPENINGS: readonly OutcomeWord[] = [
  w("tersedianya", "issue #29 (peers flag it at outcome level)"),
  w("tersusunnya", "issue #29; catalogue IKI sasaran"),
  w("terbangunnya", "notes/skp-lke-pohon.md"),
  w("terdistribusinya", "notes/skp-lke-pohon.md"),
  w("terfasilitasinya", "catalogue IKI sasaran (Terfasilitasinya penyusunan dokumen ...)"),
  w("dokumen", "corpus IKU tables (Dokumen ... yang disusun)"),
  w("laporan", "corpus IKU tables (Laporan ... yang disampaikan)"),
];

/** Openings of an indicator that name an activity having taken place. */
export const ACTIVITY_OPENINGS: readonly OutcomeWord[] = [
  w("terlaksananya", "issue #29 (peers flag it at outcome level)"),
  w("terselenggaranya", "issue #29"),
  w("pelaksanaan", "corpus Renstra tables"),
  w("penyelenggaraan", "corpus Renstra tables"),
  w("penyusunan", "corpus Renstra tables"),
  w("kegiatan", "issue #29"),
];

/**
 * "Jumlah ..." counts an output when what it counts is the office's own product or activity
 * ("Jumlah dokumen perencanaan", "Jumlah rapat koordinasi"); "Jumlah penduduk miskin" or "Jumlah
 * kunjungan wisatawan" count a condition and are not judged.
 */
export const COUNTED_OUTPUTS: readonly OutcomeWord[] = [
  w("dokumen", "catalogue IKI (Jumlah Dokumen Perencanaan Perangkat Daerah)"),
  w("laporan", "catalogue IKI (Jumlah Laporan ...)"),
  w("paket", "catalogue IKI (Jumlah Paket Barang Cetak ...)"),
  w("kegiatan", "catalogue IKI (satuan kegiatan)"),
  w("rapat", "issue #29"),
  w("sosialisasi", "corpus IKU tables"),
  w("pelatihan", "corpus IKU tables"),
  w("fasilitasi", "catalogue IKI (Jumlah Fasilitasi ...)"),
  w("kajian", "corpus Bappeda IKU"),
  w("rekomendasi", "corpus Inspektorat IKU"),
  w("publikasi", "corpus BPS IKU"),
  w("peraturan", "corpus IKU tables (Jumlah peraturan daerah yang disusun)"),
  w("sop", "corpus IKU tables"),
  w("sarana", "corpus IKU tables (Jumlah sarana ... yang dibangun)"),
];

/**
 * A share of the office's own handling ("Persentase fasilitasi ...", "Persentase ... yang
 * difasilitasi / ditangani / tertangani"): it measures how much of its work the office did, an
 * output, not the condition that work is meant to change. Added after the first-sight score, from
 * the catalogue half of the labelled indicators (test/labels/keluaran.json); the corpus half is
 * the hold-out (README, "Evaluasi AKIP").
 */
export const SHARE_OF_HANDLING = {
  /** The word after "Persentase" naming the office's action. */
  aksi: [
    "fasilitasi",
    "penanganan",
    "penerbitan",
    "penyusunan",
    "pembinaan",
    "pemenuhan",
    "penegakan",
    "penyelenggaraan",
  ].map((teks) => w(teks, "catalogue IKU (Persentase fasilitasi/penanganan/penerbitan ...)")),
  /** The verb closing "yang ..." that says the office acted on the things counted. */
  diperlakukan: [
    "difasilitasi",
    "ditangani",
    "tertangani",
    "diterbitkan",
    "disusun",
    "dibina",
    "diakomodir",
    "diakomodasi",
  ].map((teks) => w(teks, "catalogue IKU (Persentase ... yang difasilitasi/ditangani ...)")),
};
const SHARE = /^(?:persentase|prosentase|presentase|cakupan)\b/;

/** Openings of a sasaran or tujuan that name an activity, not a condition ("Meningkatnya ..."). */
export const ACTIVITY_SASARAN: readonly OutcomeWord[] = [
  w("melaksanakan", "issue #29"),
  w("menyusun", "issue #29"),
  w("menyelenggarakan", "issue #29"),
  w("memfasilitasi", "issue #29"),
  w("kegiatan", "issue #29"),
  w("pelaksanaan", "issue #29"),
  w("penyusunan", "issue #29"),
  w("penyelenggaraan", "corpus Renstra tables"),
  w("penyediaan", "corpus Renstra tables"),
  w("pengadaan", "corpus Renstra tables"),
  w("pemeliharaan", "corpus Renstra tables"),
  w("fasilitasi", "catalogue IKI sasaran"),
];

function opensWith(text: string, words: readonly OutcomeWord[]): OutcomeWord | undefined {
  const n = normaliseText(text);
  return words.find((word) => n === word.teks || n.startsWith(`${word.teks} `));
}

/** How an indicator's wording shows an output or an activity; undefined: it does not say. */
export function keluaranOf(
  indikator: string
): { jenis: "output" | "kegiatan"; kata: string } | undefined {
  const n = normaliseText(indikator);
  const activity = opensWith(n, ACTIVITY_OPENINGS);
  if (activity) return { jenis: "kegiatan", kata: activity.teks };
  const output = opensWith(n, OUTPUT_OPENINGS);
  if (output) return { jenis: "output", kata: output.teks };
  if (SHARE.test(n)) {
    const words = n.split(" ");
    const action = SHARE_OF_HANDLING.aksi.find((a) => words[1] === a.teks);
    if (action) return { jenis: "output", kata: `${words[0]} ${action.teks}` };
    // "yang (dapat) difasilitasi", "yang ditangani", "tertangani" closing the counted things.
    const handled = SHARE_OF_HANDLING.diperlakukan.find((d) => words.includes(d.teks));
    if (handled) return { jenis: "output", kata: `${words[0]} ... ${handled.teks}` };
  }
  const count = /^(?:jumlah|banyaknya) (\S+)/.exec(n);
  if (count && COUNTED_OUTPUTS.some((word) => word.teks === count[1]))
    return {
      jenis: count[1] === "kegiatan" || count[1] === "rapat" ? "kegiatan" : "output",
      kata: `${n.split(" ")[0]} ${count[1]}`,
    };
  return undefined;
}

/** The activity word a sasaran or tujuan opens with; undefined when it names a condition. */
export function sasaranKegiatan(sasaran: string): string | undefined {
  return opensWith(sasaran, ACTIVITY_SASARAN)?.teks;
}

/**
 * Words that say how an indicator is measured when it opens with them (its kind: a share, a
 * count, an index, a value, a level, a time ...). An indicator that opens with none of them, and
 * whose row gives no formula, no unit and no target with a unit, cannot be measured as written
 * (rule indikator-tak-terukur). Seen in the catalogue and the corpus's indicator tables.
 */
// prettier-ignore
export const MEASURE_OPENINGS: readonly string[] = [
  // shares and ratios
  "persentase", "prosentase", "presentase", "proporsi", "rasio", "ratio", "cakupan", "prevalensi",
  // counts and amounts
  "jumlah", "banyaknya", "total", "besaran", "besarnya", "volume", "luas", "panjang", "kapasitas",
  "produksi", "konsumsi", "populasi", "pendapatan", "pengeluaran", "harga", "biaya", "realisasi",
  // indices, values, grades
  "indeks", "index", "nilai", "skor", "skala", "predikat", "opini", "peringkat", "kategori",
  "status", "level", "derajat", "kadar", "koefisien", "hasil",
  // levels, rates, changes
  "tingkat", "angka", "rata", "ratarata", "laju", "pertumbuhan", "capaian", "kontribusi",
  "produktivitas", "peningkatan", "penurunan", "kenaikan", "pertambahan", "selisih",
  // time
  "frekuensi", "lama", "waktu", "durasi", "umur", "usia", "ketepatan", "kecepatan",
];
const MEASURE_SET = new Set(MEASURE_OPENINGS);

/**
 * Whether an indicator's wording says how it is measured: it opens (after any numbering) with a
 * measure word or a misspelling of one ("Persesntase"), or with an acronym ("IPM", "PDRB"), or
 * names a unit: "%", "persen", or a unit in brackets ("(hari)").
 */
export function saysMeasure(indikator: string): boolean {
  if (/%|\bpersen\b|\(\s*[\p{L} /]{1,20}\s*\)\s*$/iu.test(indikator)) return true;
  const words = indikator
    .replace(/^(?:\s*(?:(?:[0-9]+(?:\.[0-9]+)*|[a-z]|[ivx]+)[.)]|[0-9]+|[-–•*])\s+)+/i, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((x) => x !== "");
  const first = words[0];
  if (!first) return true;
  if (/^\p{Lu}{2,}/u.test(first) && first !== first.toLowerCase()) {
    // An acronym opens it ("IPM", "PDRB"), unless the whole text is in capitals.
    const letters = indikator.replace(/[^\p{L}]/gu, "");
    if (letters.replace(/[^\p{Lu}]/gu, "").length / letters.length < 0.6) return true;
  }
  const word = normaliseText(first).replace(/-/g, "");
  if (MEASURE_SET.has(word)) return true;
  // A condition naming its measure: "Berkurangnya jumlah keluhan", "Meningkatnya angka ...".
  if (words.slice(1, 3).some((x) => MEASURE_SET.has(normaliseText(x).replace(/-/g, ""))))
    return true;
  const close = word.length >= 7 ? 2 : word.length >= 5 ? 1 : 0;
  return close > 0 && MEASURE_OPENINGS.some((m) => m.length >= 5 && distance(m, word) <= close);
}
