/**
 * The words that show an indicator or a sasaran worded as an output or an activity rather than a
 * result (SAKIP evaluation, PermenPAN-RB 88/2021 LKE: sasaran berorientasi hasil; indikator
 * kinerja yang baik). Matched on the normalised text (lower case, punctuation removed) at its
 * start, as whole words. Each word notes where it was seen. A text that none of them opens is not
 * judged: the rules report only what these words say.
 *
 * To recognise another wording, add it here with where it was seen: no code changes.
 */
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
