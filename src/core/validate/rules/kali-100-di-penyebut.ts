import { FormulaRule } from "./types";

export const kali100DiPenyebut: FormulaRule = {
  id: "kali-100-di-penyebut",
  severity: "warning",
  title: "Faktor 100 di penyebut",
  scope: "formula",
  check(formula) {
    if (!formula.facts?.hundredInDenominator) return undefined;
    return "Faktor 100 (atau 100%) berada di penyebut; seharusnya seluruh pecahan yang dikali 100.";
  },
};
