import { FormulaRule } from "./types";

export const kurungTidakSeimbang: FormulaRule = {
  id: "kurung-tidak-seimbang",
  severity: "warning",
  title: "Kurung tidak seimbang",
  scope: "formula",
  check(formula) {
    return formula.parsed.diagnostics.find((d) => d.code === "kurung-tidak-seimbang")?.message;
  },
  examples: {
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
  },
};
