/** Valid and invalid examples of the rule persen-tanpa-100 (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "x 100%",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100%",
        },
      ],
    },
    {
      name: '"dinyatakan dalam persen"',
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses dibagi surat masuk, dinyatakan dalam persen (%)",
        },
      ],
    },
    {
      name: "a ratio is no percentage",
      rows: [{ indikator: "Rasio guru terhadap murid", rumus: "Jumlah guru / jumlah murid" }],
    },
  ],
  invalid: [
    {
      name: "a fraction alone (as in a seed)",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Jumlah surat diproses dibagi jumlah surat masuk",
        },
      ],
      cells: ["D2"],
    },
    {
      name: "a percentage by its Satuan",
      rows: [
        {
          indikator: "Tingkat penyelesaian surat",
          rumus: "Surat diproses / surat masuk",
          satuan: "persen",
        },
      ],
      cells: ["D2"],
    },
  ],
};
