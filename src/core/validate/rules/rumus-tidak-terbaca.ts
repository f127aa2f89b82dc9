import { FormulaRule } from "./types";

export const rumusTidakTerbaca: FormulaRule = {
  id: "rumus-tidak-terbaca",
  severity: "info",
  title: "Rumus tidak terbaca",
  scope: "formula",
  check(formula) {
    return formula.parsed.diagnostics.find((d) => d.code === "tidak-terbaca")?.message;
  },
  examples: {
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
  },
};
