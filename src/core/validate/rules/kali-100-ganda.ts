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
  examples: {
    valid: [
      {
        name: "an average of percentages",
        rows: [
          { indikator: "Rata-rata capaian seksi", rumus: "(Persentase A + Persentase B) / 2" },
        ],
      },
      {
        name: "a fraction with a worked example and its result after it",
        rows: [
          {
            indikator: "Persentase desa dengan APBDes tepat waktu",
            rumus: "A\n----- x 100 %   (7.012/10.456) x 100 % = 67,06\nB",
          },
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
      {
        name: "a fraction multiplied by 100 twice",
        rows: [
          {
            indikator: "Persentase surat yang diproses",
            rumus: "Surat diproses / surat masuk x 100 x 100%",
          },
        ],
        cells: ["D2"],
      },
    ],
  },
};
