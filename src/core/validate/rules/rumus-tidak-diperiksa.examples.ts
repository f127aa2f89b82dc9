/** Valid and invalid examples of the rule rumus-tidak-diperiksa (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a table with a Rumus column",
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
      name: "Sasaran, Indikator, Satuan, Target, Sumber Data and no formula column",
      sheet: [
        ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Sumber Data"],
        [
          "1",
          "Meningkatnya pelayanan",
          "Persentase surat yang diproses",
          "%",
          "100",
          "Agenda surat",
        ],
      ],
      cells: ["C1"],
    },
  ],
};
