/** Valid and invalid examples of the rule target-di-bawah-realisasi (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

const HEADER = [
  "No",
  "Indikator Kinerja",
  "Satuan",
  "Target 2024",
  "Realisasi 2024",
  "Target 2025",
  "Realisasi 2025",
];

export const examples: RuleExamples = {
  valid: [
    {
      name: "targets at or above last year's realisation; a lower-is-better indicator lowered",
      sheet: [
        HEADER,
        ["1", "Indeks kepuasan masyarakat", "indeks", 80, 82, 83, null],
        ["2", "Angka kemiskinan", "%", 9.5, 9.1, 8.9, null],
        ["3", "Persentase desa berstatus maju", "%", 40, 41, 41, null],
      ],
    },
  ],
  invalid: [
    {
      name: "a target under last year's realisation, and a lower-is-better target raised",
      sheet: [
        HEADER,
        ["1", "Indeks kepuasan masyarakat", "indeks", 80, 85, 82, null],
        ["2", "Angka kemiskinan", "%", 9.5, 9.1, 9.3, null],
      ],
      cells: ["F2", "F3"],
    },
  ],
};
