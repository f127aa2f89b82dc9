import { RumusParse, ShapeFacts } from "../../rumus";
import { FormulaRule } from "./types";

/** A percentage whose formula divides by nothing ("Jumlah ... x 100%" included). */
export function lacksDenominator(p: RumusParse, facts: ShapeFacts | undefined): boolean {
  if (!facts || facts.dividesByQuantity) return false;
  // One quantity "x 100%" is meant as a percentage, whatever the indicator's name ("Prevalensi").
  if (facts.onlyQuantityTimes100 && facts.timesHundredPercent) return true;
  if (!(facts.percent || facts.ratio)) return false;
  if (p.kind === "nilai-eksternal" || p.kind === "rata-rata") return false;
  // A change in percentage points ("TPT tahun N - TPT tahun N-1") divides by nothing, rightly.
  if (p.kind === "selisih") return false;
  // "Jumlah ... x 100%" reads as an index (a quantity times a constant), but for a percentage
  // the x 100 shows a fraction was meant and its denominator is missing.
  return p.kind !== "indeks" || facts.onlyQuantityTimes100;
}

export const persenTanpaPenyebut: FormulaRule = {
  id: "persen-tanpa-penyebut",
  severity: "error",
  title: "Persentase tanpa penyebut",
  scope: "formula",
  check(formula) {
    if (!lacksDenominator(formula.parsed, formula.facts)) return undefined;
    const f = formula.facts!;
    if (f.percent || f.ratio)
      return `Indikator ${f.percent ? "persentase" : "rasio"} tetapi rumusnya tidak membagi dengan penyebut.`;
    return "Rumus dikali 100% (sebuah persentase) tetapi tidak membagi dengan penyebut.";
  },
  examples: {
    valid: [
      {
        name: "a fraction",
        rows: [
          {
            indikator: "Persentase surat yang diproses",
            rumus: "Surat diproses / surat masuk x 100%",
          },
        ],
      },
      {
        name: "a count for a count",
        rows: [{ indikator: "Jumlah surat yang diproses", rumus: "Jumlah surat diproses" }],
      },
      {
        name: "a ratio with its denominator",
        rows: [{ indikator: "Rasio guru terhadap murid", rumus: "Jumlah guru / jumlah murid" }],
      },
      {
        name: "a change in percentage points",
        rows: [
          {
            indikator: "Penurunan tingkat pengangguran terbuka",
            rumus: "TPT tahun N-1 - TPT tahun N",
            satuan: "%",
          },
        ],
      },
      {
        name: "a legend names the symbols",
        rows: [
          {
            indikator: "Persentase penduduk miskin",
            rumus: "A / B x 100%\nA = Jumlah penduduk miskin\nB = Jumlah penduduk",
          },
        ],
      },
      {
        name: "Satuan says it is no percentage",
        rows: [
          {
            indikator: "Persentase surat yang diproses",
            rumus: "Jumlah surat diproses",
            satuan: "surat",
          },
        ],
      },
    ],
    invalid: [
      {
        name: "a count (as in a seed)",
        rows: [{ indikator: "Persentase surat yang diproses", rumus: "Jumlah surat diproses" }],
        cells: ["D2"],
      },
      {
        name: "a count times 100",
        rows: [
          { indikator: "Persentase surat yang diproses", rumus: "Jumlah surat diproses x 100%" },
        ],
        cells: ["D2"],
      },
      {
        name: "a ratio without a denominator",
        rows: [{ indikator: "Rasio guru terhadap murid", rumus: "Jumlah guru" }],
        cells: ["D2"],
      },
      {
        name: "a percentage by its Satuan",
        rows: [
          { indikator: "Tingkat penyelesaian surat", rumus: "Jumlah surat diproses", satuan: "%" },
        ],
        cells: ["D2"],
      },
    ],
  },
};
