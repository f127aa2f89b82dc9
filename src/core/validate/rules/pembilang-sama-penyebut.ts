import { FormulaRule } from "./types";

export const pembilangSamaPenyebut: FormulaRule = {
  id: "pembilang-sama-penyebut",
  severity: "error",
  title: "Pembilang sama dengan penyebut",
  scope: "formula",
  check(formula) {
    const p = formula.parsed;
    if (!formula.facts?.sameSides) return undefined;
    return `Pembilang sama dengan penyebut ("${p.numerator}"): hasilnya selalu ${p.kind === "rasio-x100" ? "100%" : "1"}.`;
  },
  examples: {
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
  },
};
