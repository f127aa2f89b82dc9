/** Valid and invalid examples of the rule capaian-pecahan (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { MEASUREMENT_HEADER as HEADER } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "all in points, or all fractions (the whole column formatted as %)",
      sheet: [
        HEADER,
        ["1", "Persentase surat yang diproses", "%", 80, 60, 75],
        ["2", "Persentase arsip yang tertata", "%", 80, 72, 90],
        [null, null, null, null, null, null],
        [null, null, null, null, null, null],
        HEADER,
        ["1", "Persentase surat yang diproses", "%", 80, 60, 0.75],
        ["2", "Persentase arsip yang tertata", "%", 80, 72, 0.9],
      ],
    },
  ],
  invalid: [
    {
      name: "one cell of three holds 0,871",
      sheet: [
        HEADER,
        ["1", "Persentase surat yang diproses", "%", 80, 60, 75],
        ["2", "Persentase arsip yang tertata", "%", 100, "87,1", 0.871],
        ["3", "Persentase laporan tepat waktu", "%", 12, 12, 100],
      ],
      cells: ["F3"],
    },
  ],
};
