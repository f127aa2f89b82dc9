/** Valid and invalid examples of the rule kali-100-di-penyebut (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "x 100 after the fraction",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100%",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "x 100 inside the denominator",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / (surat masuk x 100%)",
        },
      ],
      cells: ["D2"],
    },
  ],
};
