/** Valid and invalid examples of the rule pembagi-rata-rata (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "three parts over 3",
      rows: [
        {
          indikator: "Nilai rata-rata kinerja seksi",
          rumus: "(Nilai A + Nilai B + Nilai C) / 3",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "three parts over 4 (as in a seed)",
      rows: [
        {
          indikator: "Nilai rata-rata kinerja seksi",
          rumus: "(Nilai A + Nilai B + Nilai C) / 4",
        },
      ],
      cells: ["D2"],
    },
  ],
};
