/** Valid and invalid examples of the rule capaian-salah-hitung (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { MEASUREMENT_HEADER as HEADER } from "./examples";

/** A sasaran's two indicators (94,68 % and 105,56 %) under one merged Capaian cell. */
function mergedCapaian(capaian: string) {
  return {
    sheet: [
      ["No", "Sasaran", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Capaian"],
      [
        "1",
        "Meningkatnya kualitas perencanaan",
        "Nilai komponen perencanaan",
        "poin",
        22,
        "20,83",
        capaian,
      ],
      [null, null, "Persentase program yang tercapai", "%", 90, 95, null],
    ],
    merges: ["A2:A3", "B2:B3", "G2:G3"],
  };
}

export const examples: RuleExamples = {
  valid: [
    {
      name: "capaian rounded as shown: 60 / 80 = 75; 91 / 95 = 95,789... written 95,79 and 95,8",
      sheet: [
        HEADER,
        ["1", "Persentase surat yang diproses", "%", 80, 60, 75],
        ["2", "Persentase desa yang menetapkan APBDes tepat waktu", "%", 95, 91, "95,79"],
        ["3", "Persentase arsip yang tertata", "%", 95, 91, 95.8],
      ],
    },
    {
      name: "lower is better: angka kemiskinan 9,06 against target 9,5 (negative, either formula)",
      sheet: [
        HEADER,
        ["1", "Angka kemiskinan", "%", "9,5", "9,06", "104,63"],
        ["2", "Tingkat pengangguran terbuka", "%", 5, 4, 125],
      ],
    },
    {
      name: "a range target, percent text, a fraction-formatted capaian, a cap at 120, blanks and formulas",
      sheet: [
        HEADER,
        ["1", "Persentase surat yang diproses", "%", "80-90", 92, "102,22 %"],
        ["2", "Persentase arsip yang tertata", "%", 80, 70, 0.875],
        ["3", "Jumlah kegiatan sosialisasi", "kegiatan", 10, 15, 120],
        ["4", "Jumlah rapat koordinasi", "kali", 12, null, null],
        ["5", "Jumlah laporan", "laporan", 12, 12, "=IKI.CAPAIAN(E6;D6)"],
      ],
    },
    {
      name: "one capaian merged over a sasaran's two indicators: their average (94,68 + 105,56) / 2",
      ...mergedCapaian("100,12"),
    },
  ],
  invalid: [
    {
      name: "a merged capaian that is the first indicator's alone (94,68), not the average",
      ...mergedCapaian("94,68"),
      cells: ["G2"],
    },
    {
      name: "planted errors: a wrong quotient and a negative indicator computed as positive",
      sheet: [
        HEADER,
        ["1", "Persentase surat yang diproses", "%", 80, 60, 85],
        ["2", "Persentase arsip yang tertata", "%", 80, 72, 90],
        ["3", "Angka kemiskinan", "%", "9,5", "9,06", "95,37"],
      ],
      cells: ["F2", "F4"],
    },
    {
      name: "per triwulan: only TW II is wrong",
      sheet: [
        ["No", "Indikator Kinerja", "Target", null, "Realisasi", null, "Capaian", null],
        [null, null, "TW I", "TW II", "TW I", "TW II", "TW I", "TW II"],
        ["1", "Persentase surat yang diproses", 50, 100, 40, 90, 80, 95],
      ],
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:H1"],
      cells: ["H3"],
    },
  ],
};
