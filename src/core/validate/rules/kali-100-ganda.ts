import { FormulaRule } from "./types";

export const kali100Ganda: FormulaRule = {
  id: "kali-100-ganda",
  severity: "warning",
  title: "Dikali 100 dua kali",
  scope: "formula",
  check(formula) {
    const p = formula.parsed;
    // "A / B x 100 x 100%": a fraction multiplied by 100 twice.
    if ((p.kind === "rasio" || p.kind === "rasio-x100") && p.multiplier === 10000)
      return "Rumus dikali 100 dua kali (hasilnya 100 kali terlalu besar).";
    if (p.kind !== "rata-rata" || p.multiplier === 1 || (p.parts ?? []).length === 0)
      return undefined;
    if (!formula.facts?.partsArePercent && !formula.facts?.percent) return undefined;
    return "Rata-rata dari persentase dikali 100 lagi; komponen sudah dalam persen.";
  },
};
