import { FormulaRule } from "./types";

function formatNumber(n: number): string {
  return String(n).replace(".", ",");
}

export const pembagiRataRata: FormulaRule = {
  id: "pembagi-rata-rata",
  severity: "error",
  title: "Pembagi rata-rata salah",
  scope: "formula",
  check(formula) {
    const p = formula.parsed;
    if (p.kind !== "rata-rata" || !p.parts || p.divisor === undefined) return undefined;
    if (p.divisor === p.parts.length) return undefined;
    return `Rata-rata ${p.parts.length} komponen dibagi ${formatNumber(p.divisor)}; pembagi harus ${p.parts.length}.`;
  },
};
