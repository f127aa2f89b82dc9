/** Valid and invalid examples of the rule kurung-tidak-seimbang (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "balanced",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "((Surat diproses) / surat masuk) x 100%",
        },
      ],
    },
    {
      name: "brackets and braces",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "{[Surat diproses / surat masuk] x 100}%",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "one more opening",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "((Surat diproses / surat masuk) x 100%",
        },
      ],
      cells: ["D2"],
    },
    {
      name: "one more closing",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "(Surat diproses / surat masuk)) x 100%",
        },
      ],
      cells: ["D2"],
    },
  ],
};
