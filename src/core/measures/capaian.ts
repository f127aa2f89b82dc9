import { BLANK_RESULT, CellError, CellResult } from "../cellValues";
import { NumberOrBlank } from "../numberParsing";
import { describeValue, inputError, readNumber } from "./inputs";
import { at, broadcastShape, isSingle, fillMatrix } from "./shape";

/**
 * Capaian (achievement) against a target, and growth/decline between two periods
 * (PermenPAN-RB 8/2021; see shared notes, section 4). Numbers take a fast path without any text
 * work; a blank input gives a blank result, a zero divisor #DIV/0!.
 */

export type Polaritas = "positif" | "negatif" | "negatif-rasio";

const POSITIF = new Set(["positif", "positive", "+", "naik"]);
const NEGATIF = new Set(["negatif", "negative", "-", "turun"]);
const NEGATIF_RASIO = new Set(["negatif-rasio", "negatif rasio", "rasio", "target/realisasi"]);

/** The polarity cell: blank is positive (higher is better); unknown text is #VALUE!. */
export function readPolaritas(value: unknown): Polaritas | CellError {
  if (value === null || value === undefined) return "positif";
  const error = inputError(value, "polaritas");
  if (error) return error;
  if (typeof value === "string") {
    const key = value.trim().toLowerCase().replace(/\s+/g, " ");
    if (key === "" || POSITIF.has(key)) return "positif";
    if (NEGATIF.has(key)) return "negatif";
    if (NEGATIF_RASIO.has(key)) return "negatif-rasio";
  }
  return new CellError(
    "#VALUE!",
    `polaritas: ${describeValue(value)} tidak dikenal; tulis "positif" (makin tinggi makin baik), "negatif" (makin rendah makin baik, (2 x target - realisasi) / target) atau "negatif-rasio" (target / realisasi).`
  );
}

function finish(value: number): CellResult {
  return Number.isFinite(value)
    ? value
    : new CellError("#NUM!", "Hasil di luar jangkauan angka Excel.");
}

/**
 * A value on the percentage-point scale of capaian: a number as it is, and text with a percent
 * sign as the points it shows ("87,10 %" is 87,1, not 0,871 as Excel would read it). A number
 * cell formatted as a percentage reaches a function as its fraction (0,871): that is the cell's
 * value, and is used as it is.
 */
export function readPoints(value: unknown, paramName: string): NumberOrBlank {
  if (typeof value === "string") {
    const m = /^(.*?)\s*%\s*$/.exec(value);
    if (m && m[1].trim() !== "") {
      const n = readNumber(m[1], paramName);
      return n instanceof CellError
        ? new CellError("#VALUE!", `${paramName}: ${describeValue(value)} bukan angka.`)
        : n;
    }
  }
  return readNumber(value, paramName);
}

/** Reads two inputs; returns the pair, a blank result or the first error. */
function readPair(
  a: unknown,
  b: unknown,
  names: [string, string],
  read: (v: unknown, name: string) => NumberOrBlank = readNumber
): [number, number] | CellError | typeof BLANK_RESULT {
  const x = read(a, names[0]);
  if (x instanceof CellError) return x;
  const y = read(b, names[1]);
  if (y instanceof CellError) return y;
  if (x === null || y === null) return BLANK_RESULT;
  return [x, y];
}

/** A target: one number (lower = upper) or a range from lower to upper. */
export interface Target {
  lower: number;
  upper: number;
}

/** Two cells side by side given as the target: lower and upper bound. */
export class TargetPair {
  constructor(
    readonly lower: unknown,
    readonly upper: unknown
  ) {}
}

/** "80-90", "80 – 90", "80 s.d. 90", "80 s/d 90", "80 sampai (dengan) 90", "80 hingga 90". */
const RANGE =
  /^\s*([+-]?[^\s–—-][^–—]*?)\s*(?:[-–—]|\bs\.?\s*[d/]\.?\s*d?\.?(?=\s|\d)|\bsampai(?:\s+dengan)?\b|\bhingga\b)\s*([+-]?\d.*?)\s*$/i;

/** The target cell (or pair of cells) as a Target, blank as null, or why it is not usable. */
export function readTarget(value: unknown): Target | null | CellError {
  if (typeof value === "number") return readBounds(value, value);
  if (value instanceof TargetPair) return readBounds(value.lower, value.upper);
  if (typeof value === "string") {
    const single = readPoints(value, "target");
    if (!(single instanceof CellError))
      return single === null ? null : { lower: single, upper: single };
    const m = RANGE.exec(value);
    if (m) {
      const range = readBounds(m[1], m[2]);
      if (!(range instanceof CellError)) return range;
    }
    return new CellError(
      "#VALUE!",
      `target: ${describeValue(value)} bukan angka atau rentang; tulis mis. 80, "80-90" atau "80 s.d. 90".`
    );
  }
  const n = readPoints(value, "target");
  return n instanceof CellError || n === null ? n : { lower: n, upper: n };
}

function readBounds(a: unknown, b: unknown): Target | null | CellError {
  const x = readPoints(a, "target");
  if (x instanceof CellError) return x;
  const y = readPoints(b, "target");
  if (y instanceof CellError) return y;
  if (x === null || y === null) return null;
  return x <= y ? { lower: x, upper: y } : { lower: y, upper: x };
}

/** The optional upper limit on capaian (e.g. 120); blank is none. */
export function readBatas(value: unknown): number | null | CellError {
  const n = readPoints(value, "batas");
  if (n instanceof CellError || n === null) return n;
  if (n <= 0)
    return new CellError("#VALUE!", `batas: ${describeValue(n)} harus lebih dari 0, mis. 120.`);
  return n;
}

/**
 * Capaian (%) of one realisasi against its target.
 * - Positive polarity: realisasi / target x 100.
 * - Negative ("kondisi khusus" of PermenPAN-RB 8/2021): (2 x target - realisasi) / target x 100,
 *   floored at 0.
 * - Negative as a ratio (used in several LKjIP): target / realisasi x 100.
 * A range target (PermenPAN-RB 8/2021, worked examples: target 80-90, realisasi 92 gives 92/90;
 * realisasi 70 gives 70/80; target 7-8 bulan negative, realisasi 6,5 gives 1 + (1 - 6,5/7)):
 * above the range the upper bound is the target, below it the lower bound. Inside the range the
 * examples give no figure; the target is met, so capaian is 100 (the value every formula gives
 * at realisasi = target). `batas` caps the result (8/2021 gives no capaian above 120).
 */
export function capaian(
  realisasi: unknown,
  target: unknown,
  polaritas: Polaritas,
  batas: number | null = null
): CellResult {
  let r: number;
  let lower: number;
  let upper: number;
  if (typeof realisasi === "number" && typeof target === "number") {
    r = realisasi;
    lower = upper = target;
  } else {
    const x = readPoints(realisasi, "realisasi");
    if (x instanceof CellError) return x;
    const t = readTarget(target);
    if (t instanceof CellError) return t;
    if (x === null || t === null) return BLANK_RESULT;
    r = x;
    ({ lower, upper } = t);
  }
  const value = capaianValue(r, lower, upper, polaritas);
  if (typeof value !== "number") return value;
  return finish(batas !== null && value > batas ? batas : value);
}

function capaianValue(r: number, lower: number, upper: number, polaritas: Polaritas): CellResult {
  if (lower < upper && r >= lower && r <= upper) return 100;
  const t = polaritas === "positif" ? (r > upper ? upper : lower) : r < lower ? lower : upper;
  if (t === 0)
    return new CellError(
      "#DIV/0!",
      "Target bernilai nol: capaian tidak dapat dihitung sebagai perbandingan. Tetapkan target bukan nol, atau nilai capaian secara manual."
    );
  if (polaritas === "positif") return (100 * r) / t;
  if (polaritas === "negatif") {
    const value = (100 * (2 * t - r)) / t;
    return value < 0 ? 0 : value;
  }
  if (r === 0)
    return new CellError(
      "#DIV/0!",
      "Realisasi bernilai nol: target / realisasi tidak terdefinisi untuk polaritas negatif-rasio."
    );
  return (100 * t) / r;
}

/** (nilai_n - nilai_sebelumnya) / nilai_sebelumnya x 100 for one cell pair. */
export function pertumbuhan(nilaiN: unknown, sebelumnya: unknown): CellResult {
  return change(nilaiN, sebelumnya, 1);
}

/** (nilai_sebelumnya - nilai_n) / nilai_sebelumnya x 100 for one cell pair. */
export function penurunan(nilaiN: unknown, sebelumnya: unknown): CellResult {
  return change(nilaiN, sebelumnya, -1);
}

/**
 * nilai_n - nilai_sebelumnya, in the indicator's own unit: for indicators that are themselves
 * percentages, the change in points (poverty rate 9,36 % to 9,06 % is -0,30 points, where
 * PENURUNAN gives 3,2 %). Percent text is read as points.
 */
export function selisih(nilaiN: unknown, sebelumnya: unknown): CellResult {
  if (typeof nilaiN === "number" && typeof sebelumnya === "number")
    return finish(nilaiN - sebelumnya);
  const pair = readPair(nilaiN, sebelumnya, ["nilai_n", "nilai_sebelumnya"], readPoints);
  if (!Array.isArray(pair)) return pair;
  return finish(pair[0] - pair[1]);
}

function change(nilaiN: unknown, sebelumnya: unknown, sign: 1 | -1): CellResult {
  let n: number;
  let s: number;
  if (typeof nilaiN === "number" && typeof sebelumnya === "number") {
    n = nilaiN;
    s = sebelumnya;
  } else {
    const pair = readPair(nilaiN, sebelumnya, ["nilai_n", "nilai_sebelumnya"], readPoints);
    if (!Array.isArray(pair)) return pair;
    [n, s] = pair;
  }
  if (s === 0) return new CellError("#DIV/0!", "nilai_sebelumnya bernilai nol.");
  return finish((100 * sign * (n - s)) / s);
}

/**
 * IKI.CAPAIAN over ranges: realisasi, target, polaritas and batas are each a single cell or of
 * one common shape, so a table can carry its polarity per row. A target two columns wide beside
 * a one-column realisasi is a range per row: lower bound, upper bound.
 */
export function capaianMatrix(
  realisasi: unknown[][],
  target: unknown[][],
  polaritas: unknown[][],
  batas: unknown[][] = [[null]]
): CellResult[][] | CellError {
  if (realisasi[0]?.length === 1 && target[0]?.length === 2) {
    target = target.map((row) => [new TargetPair(row[0], row[1])]);
  }
  // Fast path for a single cell: no shape checks.
  if (isSingle(realisasi) && isSingle(target) && isSingle(polaritas) && isSingle(batas)) {
    const p = readPolaritas(polaritas[0][0]);
    if (p instanceof CellError) return [[p]];
    const b = readBatas(batas[0][0]);
    return [[b instanceof CellError ? b : capaian(realisasi[0][0], target[0][0], p, b)]];
  }
  const size = broadcastShape(
    [realisasi, target, polaritas, batas],
    ["realisasi", "target", "polaritas", "batas"]
  );
  if (size instanceof CellError) return size;
  const [rows, cols] = size;
  const shared = isSingle(polaritas) ? readPolaritas(polaritas[0][0]) : undefined;
  if (shared instanceof CellError) return shared;
  const sharedBatas = isSingle(batas) ? readBatas(batas[0][0]) : undefined;
  if (sharedBatas instanceof CellError) return sharedBatas;
  return fillMatrix(rows, cols, (r, c) => {
    const p = shared ?? readPolaritas(at(polaritas, r, c));
    if (p instanceof CellError) return p;
    const b = sharedBatas !== undefined ? sharedBatas : readBatas(at(batas, r, c));
    return b instanceof CellError ? b : capaian(at(realisasi, r, c), at(target, r, c), p, b);
  });
}

/** Element-wise PERTUMBUHAN or PENURUNAN over two ranges. */
export function changeMatrix(
  nilaiN: unknown[][],
  sebelumnya: unknown[][],
  kind: "pertumbuhan" | "penurunan" | "selisih"
): CellResult[][] | CellError {
  const fn = kind === "pertumbuhan" ? pertumbuhan : kind === "penurunan" ? penurunan : selisih;
  if (isSingle(nilaiN) && isSingle(sebelumnya)) return [[fn(nilaiN[0][0], sebelumnya[0][0])]];
  const size = broadcastShape([nilaiN, sebelumnya], ["nilai_n", "nilai_sebelumnya"]);
  if (size instanceof CellError) return size;
  return fillMatrix(size[0], size[1], (r, c) => fn(at(nilaiN, r, c), at(sebelumnya, r, c)));
}
