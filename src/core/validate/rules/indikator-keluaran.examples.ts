/** Valid and invalid examples of the rule indikator-keluaran (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { EXAMPLE_HEADER, ikuSheet } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "an IKU of the Bupati's decree word for word: the sheet cannot change it (README notes it)",
      sheet: ikuSheet([
        [
          "Meningkatnya kualitas lingkungan permukiman",
          "Persentase luas kawasan kumuh yang tertangani",
        ],
      ]),
    },
    {
      name: "results at IKU level; a count of a condition is not an output",
      sheet: ikuSheet([
        [
          "Meningkatnya kualitas perencanaan",
          "Persentase dokumen perencanaan yang memenuhi standar",
        ],
        ["Menurunnya kemiskinan", "Jumlah penduduk miskin"],
        ["Meningkatnya kepuasan masyarakat", "Indeks kepuasan masyarakat"],
      ]),
    },
    {
      name: "a position's IKI may measure its outputs",
      sheet: [
        ["INDIKATOR KINERJA INDIVIDU (IKI)"],
        ["Jabatan", "Kepala Sub Bagian Keuangan"],
        [],
        [...EXAMPLE_HEADER],
        [
          "1",
          "Tersusunnya dokumen perencanaan",
          "Jumlah Dokumen Perencanaan Perangkat Daerah",
          "Jumlah dokumen",
          "Dokumen Renja",
          "Kasubag Keuangan",
        ],
      ],
    },
  ],
  invalid: [
    {
      name: "the wordings peers flag at outcome level (issue #29), and counts of the office's products",
      sheet: ikuSheet([
        ["Meningkatnya kualitas perencanaan", "Tersusunnya dokumen Renstra"],
        ["Meningkatnya kualitas perencanaan", "Terlaksananya musrenbang kecamatan"],
        ["Meningkatnya pelayanan", "Terselenggaranya pelayanan terpadu"],
        ["Meningkatnya pelayanan", "Tersedianya sarana pelayanan"],
        ["Meningkatnya pengawasan", "Jumlah laporan hasil pengawasan"],
        ["Meningkatnya pengawasan", "Jumlah rapat koordinasi pengawasan"],
      ]),
      cells: ["C4", "C5", "C6", "C7", "C8", "C9"],
    },
  ],
};
