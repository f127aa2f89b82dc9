/** Valid and invalid examples of the rule persen-tanpa-penyebut (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a fraction",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100%",
        },
      ],
    },
    {
      name: "a count for a count",
      rows: [{ indikator: "Jumlah surat yang diproses", rumus: "Jumlah surat diproses" }],
    },
    {
      name: "a ratio with its denominator",
      rows: [{ indikator: "Rasio guru terhadap murid", rumus: "Jumlah guru / jumlah murid" }],
    },
    {
      name: "a change in percentage points",
      rows: [
        {
          indikator: "Penurunan tingkat pengangguran terbuka",
          rumus: "TPT tahun N-1 - TPT tahun N",
          satuan: "%",
        },
      ],
    },
    {
      name: "a legend names the symbols",
      rows: [
        {
          indikator: "Persentase penduduk miskin",
          rumus: "A / B x 100%\nA = Jumlah penduduk miskin\nB = Jumlah penduduk",
        },
      ],
    },
    {
      name: "Satuan says it is no percentage",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Jumlah surat diproses",
          satuan: "surat",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a count (as in a seed)",
      rows: [{ indikator: "Persentase surat yang diproses", rumus: "Jumlah surat diproses" }],
      cells: ["D2"],
    },
    {
      name: "a count times 100",
      rows: [
        { indikator: "Persentase surat yang diproses", rumus: "Jumlah surat diproses x 100%" },
      ],
      cells: ["D2"],
    },
    {
      name: "a ratio without a denominator",
      rows: [{ indikator: "Rasio guru terhadap murid", rumus: "Jumlah guru" }],
      cells: ["D2"],
    },
    {
      name: "one quantity x 100% under a name that says no percentage (Prevalensi)",
      rows: [{ indikator: "Prevalensi balita stunting", rumus: "Jumlah balita stunting x 100%" }],
      cells: ["D2"],
    },
    {
      name: "a percentage by its Satuan",
      rows: [
        { indikator: "Tingkat penyelesaian surat", rumus: "Jumlah surat diproses", satuan: "%" },
      ],
      cells: ["D2"],
    },
  ],
};
