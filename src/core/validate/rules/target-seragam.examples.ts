/** Valid and invalid examples of the rule target-seragam (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { MEASUREMENT_HEADER } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "targets set per indicator",
      sheet: [
        [...MEASUREMENT_HEADER],
        ["1", "Indeks kepuasan masyarakat", "indeks", 82, 80, null],
        ["2", "Persentase desa berstatus maju", "%", 45, 40, null],
        ["3", "Persentase dokumen tepat waktu", "%", 100, 100, null],
      ],
    },
    {
      name: "two rows of 100 are not a table of defaults",
      sheet: [
        [...MEASUREMENT_HEADER],
        ["1", "Persentase dokumen tepat waktu", "%", 100, 100, null],
        ["2", "Persentase laporan tepat waktu", "%", 100, 100, null],
      ],
    },
  ],
  invalid: [
    {
      name: "every target 100",
      sheet: [
        [...MEASUREMENT_HEADER],
        ["1", "Indeks kepuasan masyarakat", "%", 100, 80, null],
        ["2", "Persentase desa berstatus maju", "%", 100, 40, null],
        ["3", "Persentase dokumen tepat waktu", "%", "100", 100, null],
      ],
      cells: ["D1"],
    },
  ],
};
