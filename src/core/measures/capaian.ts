import { BLANK_RESULT, CellError, CellResult } from "../cellValues";
import { describeValue, inputError, readNumber } from "./inputs";
import { at, broadcastShape, isSingle, fillMatrix } from "./shape";

/**
 * Capaian (achievement) against a target, and growth/decline between two periods
 * (PermenPAN-RB 8/2021; see shared notes, section 4). Numbers take a fast path without any text
 * work; a blank input gives a blank result, a zero divisor #DIV/0!.
 */

export type Polaritas = "positif" | "negatif";

const POSITIF = new Set(["positif", "positive", "+", "naik"]);
const NEGATIF = new Set(["negatif", "negative", "-", "turun"]);

/** The polarity cell: blank is positive (higher is better); unknown text is #VALUE!. */
export function readPolaritas(value: unknown): Polaritas | CellError {
  if (value === null || value === undefined) return "positif";
  const error = inputError(value, "polaritas");
  if (error) return error;
  if (typeof value === "string") {
    const key = value.trim().toLowerCase();
    if (key === "" || POSITIF.has(key)) return "positif";
    if (NEGATIF.has(key)) return "negatif";
  }
  return new CellError(
    "#VALUE!",
    `polaritas: ${describeValue(value)} tidak dikenal; tulis "positif" (makin tinggi makin baik) atau "negatif" (makin rendah makin baik).`
  );
}

function finish(value: number): CellResult {
  return Number.isFinite(value)
    ? value
    : new CellError("#NUM!", "Hasil di luar jangkauan angka Excel.");
}

/** Reads two inputs; returns the pair, a blank result or the first error. */
function readPair(
  a: unknown,
  b: unknown,
  names: [string, string]
): [number, number] | CellError | typeof BLANK_RESULT {
  const x = readNumber(a, names[0]);
  if (x instanceof CellError) return x;
  const y = readNumber(b, names[1]);
  if (y instanceof CellError) return y;
  if (x === null || y === null) return BLANK_RESULT;
  return [x, y];
}

/**
 * Capaian (%) of one cell pair. Positive polarity: realisasi / target x 100. Negative polarity
 * (lower is better): (2 x target - realisasi) / target x 100, floored at 0. Negative numbers are
 * computed by the same formulas, without sign corrections.
 */
export function capaian(realisasi: unknown, target: unknown, polaritas: Polaritas): CellResult {
  let r: number;
  let t: number;
  if (typeof realisasi === "number" && typeof target === "number") {
    r = realisasi;
    t = target;
  } else {
    const pair = readPair(realisasi, target, ["realisasi", "target"]);
    if (!Array.isArray(pair)) return pair;
    [r, t] = pair;
  }
  if (t === 0) return new CellError("#DIV/0!", "Target bernilai nol.");
  if (polaritas === "positif") return finish((100 * r) / t);
  const value = (100 * (2 * t - r)) / t;
  return finish(value < 0 ? 0 : value);
}

/** (nilai_n - nilai_sebelumnya) / nilai_sebelumnya x 100 for one cell pair. */
export function pertumbuhan(nilaiN: unknown, sebelumnya: unknown): CellResult {
  return change(nilaiN, sebelumnya, 1);
}

/** (nilai_sebelumnya - nilai_n) / nilai_sebelumnya x 100 for one cell pair. */
export function penurunan(nilaiN: unknown, sebelumnya: unknown): CellResult {
  return change(nilaiN, sebelumnya, -1);
}

function change(nilaiN: unknown, sebelumnya: unknown, sign: 1 | -1): CellResult {
  let n: number;
  let s: number;
  if (typeof nilaiN === "number" && typeof sebelumnya === "number") {
    n = nilaiN;
    s = sebelumnya;
  } else {
    const pair = readPair(nilaiN, sebelumnya, ["nilai_n", "nilai_sebelumnya"]);
    if (!Array.isArray(pair)) return pair;
    [n, s] = pair;
  }
  if (s === 0) return new CellError("#DIV/0!", "nilai_sebelumnya bernilai nol.");
  return finish((100 * sign * (n - s)) / s);
}

/**
 * IKI.CAPAIAN over ranges: realisasi, target and (optionally) polaritas are each a single cell or
 * of one common shape, so a table can carry its polarity per row.
 */
export function capaianMatrix(
  realisasi: unknown[][],
  target: unknown[][],
  polaritas: unknown[][]
): CellResult[][] | CellError {
  // Fast path for a single cell: no shape checks.
  if (isSingle(realisasi) && isSingle(target) && isSingle(polaritas)) {
    const p = readPolaritas(polaritas[0][0]);
    return [[p instanceof CellError ? p : capaian(realisasi[0][0], target[0][0], p)]];
  }
  const size = broadcastShape([realisasi, target, polaritas], ["realisasi", "target", "polaritas"]);
  if (size instanceof CellError) return size;
  const [rows, cols] = size;
  const single = polaritas.length === 1 && polaritas[0].length === 1;
  const shared = single ? readPolaritas(polaritas[0][0]) : undefined;
  if (shared instanceof CellError) return shared;
  return fillMatrix(rows, cols, (r, c) => {
    const p = shared ?? readPolaritas(polaritas[r][c]);
    return p instanceof CellError ? p : capaian(at(realisasi, r, c), at(target, r, c), p);
  });
}

/** Element-wise PERTUMBUHAN or PENURUNAN over two ranges. */
export function changeMatrix(
  nilaiN: unknown[][],
  sebelumnya: unknown[][],
  kind: "pertumbuhan" | "penurunan"
): CellResult[][] | CellError {
  const fn = kind === "pertumbuhan" ? pertumbuhan : penurunan;
  if (isSingle(nilaiN) && isSingle(sebelumnya)) return [[fn(nilaiN[0][0], sebelumnya[0][0])]];
  const size = broadcastShape([nilaiN, sebelumnya], ["nilai_n", "nilai_sebelumnya"]);
  if (size instanceof CellError) return size;
  return fillMatrix(size[0], size[1], (r, c) => fn(at(nilaiN, r, c), at(sebelumnya, r, c)));
}
