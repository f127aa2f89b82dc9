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
  examples: {
    valid: [
      {
        name: "x 100%",
        rows: [
          {
            indikator: "Persentase surat yang diproses",
            rumus: "Surat diproses / surat masuk x 100%",
          },
        ],
      },
      {
        name: '"dinyatakan dalam persen"',
        rows: [
          {
            indikator: "Persentase surat yang diproses",
            rumus: "Surat diproses dibagi surat masuk, dinyatakan dalam persen (%)",
          },
        ],
      },
      {
        name: "a ratio is no percentage",
        rows: [{ indikator: "Rasio guru terhadap murid", rumus: "Jumlah guru / jumlah murid" }],
      },
    ],
    invalid: [
      {
        name: "a fraction alone (as in a seed)",
        rows: [
          {
            indikator: "Persentase surat yang diproses",
            rumus: "Jumlah surat diproses dibagi jumlah surat masuk",
          },
        ],
        cells: ["D2"],
      },
      {
        name: "a percentage by its Satuan",
        rows: [
          {
            indikator: "Tingkat penyelesaian surat",
            rumus: "Surat diproses / surat masuk",
            satuan: "persen",
          },
        ],
        cells: ["D2"],
      },
    ],
  },
};
