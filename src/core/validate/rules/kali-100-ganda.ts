import { FormulaRule } from "./types";

export const kali100Ganda: FormulaRule = {
  id: "kali-100-ganda",
  severity: "warning",
  title: "Dikali 100 dua kali",
  scope: "formula",
  check(formula) {
    const p = formula.parsed;
    if (p.kind !== "rata-rata" || p.multiplier === 1 || (p.parts ?? []).length === 0)
      return undefined;
    if (!formula.facts?.partsArePercent && !formula.facts?.percent) return undefined;
    return "Rata-rata dari persentase dikali 100 lagi; komponen sudah dalam persen.";
  },
  examples: {
    valid: [
      {
        name: "an average of percentages",
        rows: [
          { indikator: "Rata-rata capaian seksi", rumus: "(Persentase A + Persentase B) / 2" },
        ],
      },
      {
        name: "an average of counts times 100 is an index",
        rows: [{ indikator: "Indeks layanan", rumus: "(Nilai A + Nilai B) / 2 x 100" }],
      },
    ],
    invalid: [
      {
        name: "percentages averaged and multiplied again",
        rows: [
          {
            indikator: "Rata-rata capaian seksi",
            rumus: "(Persentase A + Persentase B) / 2 x 100%",
          },
        ],
        cells: ["D2"],
      },
    ],
  },
};
