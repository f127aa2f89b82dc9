import { BLANK_RESULT, CellError, CellResult } from "../cellValues";
import { describeValue, forComparison, inputError, readNumber } from "./inputs";
import { mapMatrix } from "./shape";
import { readPoints } from "./capaian";

/**
 * Indeks Kepuasan Masyarakat per PermenPAN-RB 14/2017 (shared notes, section 3).
 *
 * The range holds survey answers only: one row per respondent, one column per unsur, each score a
 * whole number 1-4. NRR per unsur = sum of its scores / respondents who answered it (blanks are
 * ignored per unsur); IKM = mean of the NRR over the unsur that have at least one answer (equal
 * weights 1/number of unsur answered, exactly, unless `bobot` gives the rounded weight of a
 * report), times 25. An unsur column
 * with no answer at all is left out of the count, as the regulation's "total unsur yang terisi".
 * A score that is not a whole number 1-4 (text, 0, 5, 2,5, TRUE) is #VALUE! naming its cell.
 * No answer at all gives a blank result.
 */
export function ikm(nilai: unknown[][], bobot: unknown = null): CellResult {
  const weight = readBobot(bobot);
  if (weight instanceof CellError) return weight;
  const rows = nilai.length;
  let cols = 0;
  for (const row of nilai) cols = Math.max(cols, row.length);
  let nrrSum = 0;
  let unsur = 0;
  for (let c = 0; c < cols; c++) {
    let sum = 0;
    let answers = 0;
    for (let r = 0; r < rows; r++) {
      const v = nilai[r][c];
      const score = typeof v === "number" ? v : readNumber(v, "nilai");
      if (score === null) continue;
      if (score instanceof CellError || !(score >= 1 && score <= 4 && Number.isInteger(score))) {
        return scoreError(v, r, c, rows * cols > 1);
      }
      sum += score;
      answers++;
    }
    if (answers > 0) {
      nrrSum += sum / answers;
      unsur++;
    }
  }
  if (unsur === 0) return BLANK_RESULT;
  return (weight === "tepat" ? nrrSum / unsur : nrrSum * weight) * 25;
}

/**
 * The weight of each unsur: "tepat" (blank, the default) is exactly 1 / number of unsur answered;
 * a number is the rounded weight a report used, as the regulation text writes it ("0,111" or
 * "0,11" for nine unsur), so a report computed that way can be checked: with 0,11 the IKM is 1 %
 * lower (9 x 0,11 = 0,99).
 */
export function readBobot(value: unknown): "tepat" | number | CellError {
  if (value === null || value === undefined) return "tepat";
  if (typeof value === "string" && /^\s*(tepat|1\s*\/\s*n)?\s*$/i.test(value)) return "tepat";
  const n = readNumber(value, "bobot");
  if (n === null) return "tepat";
  if (n instanceof CellError || !(n > 0 && n <= 1))
    return new CellError(
      "#VALUE!",
      `bobot: ${describeValue(value)} tidak dikenal; kosongkan atau tulis "tepat" (1/jumlah unsur), atau bobot yang dibulatkan, mis. 0,111 atau 0,11.`
    );
  return n;
}

function scoreError(v: unknown, r: number, c: number, located: boolean): CellError {
  const place = located ? `nilai (baris ${r + 1}, kolom ${c + 1})` : "nilai";
  return (
    inputError(v, place) ??
    new CellError(
      "#VALUE!",
      `${place}: ${describeValue(v)} bukan skor survei; skor harus bilangan bulat 1 sampai 4.`
    )
  );
}

/**
 * The IKM scales in force, as nilai interval konversi (25-100) and the mutu of each interval.
 * - "2017", the default: PermenPAN-RB 14/2017, nine unsur. A 88,31-100; B 76,61-88,30;
 *   C 65,00-76,60; D 25,00-64,99.
 * - "2004": KEP/25/M.PAN/2/2004, fourteen unsur weighted 0,071, still used by the reports of
 *   2004-2017 that old tables are copied from. A 81,26-100; B 62,51-81,25; C 43,76-62,50;
 *   D 25,00-43,75 (nilai interval 1,00-1,75 / 1,76-2,50 / 2,51-3,25 / 3,26-4,00, times 25).
 * Each threshold is the lowest value of its interval; a value between two printed intervals (the
 * paper rounds to two decimals) belongs to the lower one, as 88,3099 is B.
 */
export const SKALA_IKM = {
  "2017": [
    { min: 88.31, mutu: "A" },
    { min: 76.61, mutu: "B" },
    { min: 65, mutu: "C" },
    { min: 25, mutu: "D" },
  ],
  "2004": [
    { min: 81.26, mutu: "A" },
    { min: 62.51, mutu: "B" },
    { min: 43.76, mutu: "C" },
    { min: 25, mutu: "D" },
  ],
} as const;

export type SkalaIkm = keyof typeof SKALA_IKM;

/**
 * Reads MUTUIKM's `skala`: blank, 2017 or "14/2017" for PermenPAN-RB 14/2017; 2004, "25/2004" or
 * the decree's number "KEP/25/M.PAN/2/2004" for the old scale. The year may be a number.
 */
export function readSkalaIkm(value: unknown): SkalaIkm | CellError {
  if (value === null || value === undefined) return "2017";
  const text = String(value).toLowerCase().replace(/\s+/g, "");
  if (text === "" || /^(2017|14\/2017|permen(pan(-?rb)?)?14\/2017)$/.test(text)) return "2017";
  if (/^(2004|25\/2004|kep\/?25\/m\.?pan\/2\/2004|kepmenpan25\/2004)$/.test(text)) return "2004";
  return new CellError(
    "#VALUE!",
    `skala: ${describeValue(value)} tidak dikenal; kosongkan atau tulis 2017 (PermenPAN-RB 14/2017), atau 2004 (KEP/25/M.PAN/2/2004) untuk laporan lama.`
  );
}

/**
 * Mutu pelayanan of an IKM value (25-100) on the scale `skala` (see SKALA_IKM): by default
 * A >= 88,31 > B >= 76,61 > C >= 65,00 > D.
 */
export function mutuIkm(value: unknown, skala: unknown = null): CellResult {
  const scale = readSkalaIkm(skala);
  if (scale instanceof CellError) return scale;
  // "88,31 %" is read as 88,31 points, as IKI.PREDIKAT and IKI.CAPAIAN read it.
  const n = typeof value === "number" ? value : readPoints(value, "nilai_ikm");
  if (n === null) return BLANK_RESULT;
  if (n instanceof CellError) return n;
  if (!Number.isFinite(n) || n < 25 || n > 100) {
    // 0,8831 is most likely 88,31 in a cell formatted as a percentage.
    const hint =
      n > 0 && n <= 1
        ? ` Jika sel berformat persen (${describeValue(n)} tampil sebagai ${describeValue(Math.round(n * 10000) / 100)} %), tulis ${describeValue(Math.round(n * 10000) / 100)} atau ubah format selnya ke angka.`
        : "";
    return new CellError(
      "#VALUE!",
      `nilai_ikm: ${describeValue(n)} di luar skala IKM 25 sampai 100 (nilai skala 1-4 dikalikan 25).${hint}`
    );
  }
  const x = forComparison(n);
  for (const step of SKALA_IKM[scale]) if (x >= step.min) return step.mutu;
  return SKALA_IKM[scale][SKALA_IKM[scale].length - 1].mutu;
}

/** IKI.MUTUIKM over a range (spills), with one `skala` for the whole range. */
export function mutuIkmMatrix(
  nilai: unknown[][],
  skala: unknown = null
): CellResult[][] | CellError {
  const scale = readSkalaIkm(skala);
  if (scale instanceof CellError) return scale;
  return mapMatrix(nilai, "nilai_ikm", (v) => mutuIkm(v, scale));
}
