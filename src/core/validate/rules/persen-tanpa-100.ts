import { lacksDenominator } from "./persen-tanpa-penyebut";
import { FormulaRule } from "./types";

export const persenTanpa100: FormulaRule = {
  id: "persen-tanpa-100",
  severity: "warning",
  title: "Persentase tanpa dikali 100",
  scope: "formula",
  check(formula) {
    const p = formula.parsed;
    const f = formula.facts;
    if (
      !f?.percent ||
      p.kind !== "rasio" ||
      p.multiplier >= 100 || // x 100 more than once: kali-100-ganda says so
      f.hundredInDenominator ||
      lacksDenominator(p, f)
    )
      return undefined;
    return "Indikator persentase tetapi rumusnya tidak dikali 100.";
  },
};
