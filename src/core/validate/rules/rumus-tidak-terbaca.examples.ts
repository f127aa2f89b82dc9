/** Valid and invalid examples of the rule rumus-tidak-terbaca (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "prose that reads as a fraction",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Jumlah surat diproses dibagi jumlah surat masuk dikali 100%",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "nested deeper than the parser reads",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: `${"(".repeat(70)}a / b${")".repeat(70)} x 100%`,
        },
      ],
      cells: ["D2"],
    },
  ],
};
