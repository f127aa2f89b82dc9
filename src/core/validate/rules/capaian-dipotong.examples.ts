/** Valid and invalid examples of the rule capaian-dipotong (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { MEASUREMENT_HEADER as HEADER } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "rounded up (95,79) and where cutting and rounding agree (75)",
      sheet: [
        HEADER,
        ["1", "Persentase desa yang menetapkan APBDes tepat waktu", "%", 95, 91, "95,79"],
        ["2", "Persentase surat yang diproses", "%", 80, 60, 75],
      ],
    },
  ],
  invalid: [
    {
      name: "91 / 95 = 95,789... written 95,78; 2 / 3 = 66,67 written 66",
      sheet: [
        HEADER,
        ["1", "Persentase desa yang menetapkan APBDes tepat waktu", "%", 95, 91, "95,78"],
        ["2", "Persentase surat yang diproses", "%", 3, 2, 66],
      ],
      cells: ["F2", "F3"],
    },
  ],
};
