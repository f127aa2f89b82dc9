/** Valid and invalid examples of the rule pembilang-sama-penyebut (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a part over the whole",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Jumlah surat diproses / Jumlah surat masuk x 100%",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "the same quantity on both sides",
      rows: [
        {
          indikator: "Persentase desa yang dibina",
          rumus: "Jumlah desa yang dibina / jumlah desa yang dibina x 100%",
        },
      ],
      cells: ["D2"],
    },
  ],
};
