import { FormulaRule } from "./types";

export const rumusTidakTerbaca: FormulaRule = {
  id: "rumus-tidak-terbaca",
  severity: "info",
  title: "Rumus tidak terbaca",
  scope: "formula",
  check(formula) {
    return formula.parsed.diagnostics.find((d) => d.code === "tidak-terbaca")?.message;
  },
};
