import { BLANK_RESULT, CellError, CellMatrix, CellResult, CellScalar } from "../cellValues";
import { zipMatrices } from "../matrix";
import { roundTo, toNumber } from "../numberParsing";
import { readNumber } from "./inputs";

/** Parsed `desimal` option: undefined = no rounding. */
export type Decimals = number | undefined | CellError;

export function readDecimals(value: CellScalar): Decimals {
  const n = toNumber(value, "desimal");
  if (n === null || n instanceof CellError) return n === null ? undefined : n;
  const digits = Math.trunc(n);
  if (digits < -15 || digits > 15) {
    return new CellError("#VALUE!", "desimal harus bilangan bulat antara -15 dan 15.");
  }
  return digits;
}

/**
 * pembilang / penyebut x 100, for one pair of cells. A blank input gives a blank result
 * (the row is not filled yet), a zero penyebut gives #DIV/0!.
 */
export function persen(pembilang: CellScalar, penyebut: CellScalar, decimals?: number): CellResult {
  // Fast path: two numbers, no text parsing.
  let num: number | null | CellError;
  let den: number | null | CellError;
  if (typeof pembilang === "number" && typeof penyebut === "number") {
    num = pembilang;
    den = penyebut;
  } else {
    num = readNumber(pembilang, "pembilang");
    if (num instanceof CellError) return num;
    den = readNumber(penyebut, "penyebut");
    if (den instanceof CellError) return den;
    if (num === null || den === null) return BLANK_RESULT;
  }
  if (den === 0) return new CellError("#DIV/0!", "Penyebut bernilai nol.");
  const value = (num / den) * 100;
  if (!Number.isFinite(value))
    return new CellError("#NUM!", "Hasil di luar jangkauan angka Excel.");
  return decimals === undefined ? value : roundTo(value, decimals);
}

/** Element-wise PERSEN over two same-shape ranges (or a range and a single cell). */
export function persenMatrix(
  pembilang: CellMatrix,
  penyebut: CellMatrix,
  desimal: CellScalar
): CellResult[][] | CellError {
  // Fast path for the common single-cell call without rounding: no shape checks, no closure.
  if (
    (desimal === null || desimal === undefined) &&
    pembilang.length === 1 &&
    penyebut.length === 1 &&
    pembilang[0].length === 1 &&
    penyebut[0].length === 1
  ) {
    return [[persen(pembilang[0][0], penyebut[0][0])]];
  }
  const decimals = readDecimals(desimal);
  if (decimals instanceof CellError) return decimals;
  return zipMatrices(pembilang, penyebut, ["pembilang", "penyebut"], (a, b) =>
    persen(a, b, decimals)
  );
}
