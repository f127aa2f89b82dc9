/** Valid and invalid examples of the rule sumber-kosong (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "filled",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", sumber: "Notulen rapat" },
      ],
    },
    {
      name: "merged over two indicators",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", sumber: "Notulen rapat" },
        { indikator: "Jumlah rapat evaluasi", rumus: "Jumlah rapat", sumber: "" },
      ],
      merges: ["E2:E3"],
    },
  ],
  invalid: [
    {
      name: "empty",
      rows: [{ indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", sumber: "" }],
      cells: ["E2"],
    },
  ],
};
