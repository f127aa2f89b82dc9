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
};
