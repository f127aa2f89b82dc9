/** Valid and invalid examples of the rule manual-kosong (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

/** One record of a Manual IKU: label | : | value, from row 1. */
const record = (definisi: string | null, periode: string | null) => [
  ["Nama Indikator", ":", "Persentase desa yang menetapkan APBDes tepat waktu"],
  ["Definisi Operasional", ":", definisi],
  ["Formula", ":", "Jumlah desa yang menetapkan APBDes tepat waktu / Jumlah desa x 100%"],
  ["Satuan", ":", "%"],
  ["Sumber Data", ":", "Perdes APBDes"],
  ["Penanggung Jawab", ":", "Kepala Seksi Pemerintahan"],
  ["Periode Pelaporan", ":", periode],
];

export const examples: RuleExamples = {
  valid: [
    {
      name: "filled in",
      sheet: record(
        "Desa yang menetapkan Perdes APBDes paling lambat 31 Desember tahun sebelumnya",
        "Tahunan"
      ),
    },
    {
      name: "the template's marks are the template asking",
      sheet: record("[isi definisi operasional]", "[isi periode pelaporan]"),
    },
  ],
  invalid: [
    {
      name: "Definisi and Periode empty",
      sheet: record(null, "-"),
      cells: ["C2", "C7"],
    },
  ],
};
