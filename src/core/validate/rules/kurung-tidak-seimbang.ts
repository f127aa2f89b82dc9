import { FormulaRule } from "./types";

export const kurungTidakSeimbang: FormulaRule = {
  id: "kurung-tidak-seimbang",
  severity: "warning",
  title: "Kurung tidak seimbang",
  scope: "formula",
  check(formula) {
    return formula.parsed.diagnostics.find((d) => d.code === "kurung-tidak-seimbang")?.message;
  },
};
