/** Valid and invalid examples of the rule rumus-tidak-sesuai (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "the catalogue's formula in other words",
      rows: [
        {
          indikator: "Persentase koperasi aktif",
          rumus: "Jumlah koperasi aktif dibagi jumlah seluruh koperasi dikali 100%",
        },
      ],
    },
    {
      name: "an indicator of its own is not compared",
      rows: [{ indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat" }],
    },
  ],
  invalid: [
    {
      name: "the fraction upside down",
      rows: [
        {
          indikator: "Persentase koperasi aktif",
          rumus: "(Jumlah seluruh koperasi / Jumlah koperasi aktif) x 100%",
        },
      ],
      cells: ["D2"],
    },
  ],
};
