import { FormulaRule } from "./types";

export const basisPertumbuhanSalah: FormulaRule = {
  id: "basis-pertumbuhan-salah",
  severity: "warning",
  title: "Basis pertumbuhan/penurunan salah",
  scope: "formula",
  check(formula) {
    const p = formula.parsed;
    if (p.kind !== "pertumbuhan" && p.kind !== "penurunan") return undefined;
    if (!p.denominator || formula.facts?.denominatorYear === "N-1") return undefined;
    return `Penyebut ${p.kind} harus nilai tahun sebelumnya (N-1), bukan "${p.denominator}".`;
  },
};
