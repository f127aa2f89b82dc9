import { RumusParse, ShapeFacts } from "../../rumus";
import { FormulaRule } from "./types";

/** A percentage whose formula divides by nothing ("Jumlah ... x 100%" included). */
export function lacksDenominator(p: RumusParse, facts: ShapeFacts | undefined): boolean {
  if (facts?.fractionMissing) return true; // its layout asks for both sides
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
    if (f.fractionMissing)
      return `Rumus ditulis sebagai pembilang dan penyebut, tetapi ${f.fractionMissing}nya tidak ada: hasilnya tidak dapat dihitung.`;
    if (f.percent || f.ratio)
      return `Indikator ${f.percent ? "persentase" : "rasio"} tetapi rumusnya tidak membagi dengan penyebut.`;
    return "Rumus dikali 100% (sebuah persentase) tetapi tidak membagi dengan penyebut.";
  },
};
