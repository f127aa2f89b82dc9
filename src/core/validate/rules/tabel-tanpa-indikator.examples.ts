/** Valid and invalid examples of the rule tabel-tanpa-indikator (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a header with an indicator row",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100%",
        },
      ],
    },
  ],
  invalid: [{ name: "a header and nothing under it", rows: [], cells: ["C1"] }],
};
