import { CellError } from "./cellValues";

/**
 * Element-wise combination of two ranges, Excel style: same shape, or one side a single cell
 * that is used for every element. Other shapes are a #VALUE! error with an Indonesian message.
 */
export function zipMatrices<A, B, R>(
  a: A[][],
  b: B[][],
  names: [string, string],
  combine: (x: A, y: B) => R
): R[][] | CellError {
  const [ra, ca] = shape(a);
  const [rb, cb] = shape(b);
  if (ra === 0 || ca === 0 || rb === 0 || cb === 0) {
    return new CellError("#VALUE!", "Rentang kosong.");
  }
  const aSingle = ra === 1 && ca === 1;
  const bSingle = rb === 1 && cb === 1;
  if (!aSingle && !bSingle && (ra !== rb || ca !== cb)) {
    return new CellError(
      "#VALUE!",
      `Ukuran ${names[0]} (${ra}x${ca}) dan ${names[1]} (${rb}x${cb}) harus sama.`
    );
  }
  const rows = aSingle ? rb : ra;
  const cols = aSingle ? cb : ca;
  const out: R[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const rowA = aSingle ? a[0] : a[r];
    const rowB = bSingle ? b[0] : b[r];
    const line: R[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      line[c] = combine(aSingle ? rowA[0] : rowA[c], bSingle ? rowB[0] : rowB[c]);
    }
    out[r] = line;
  }
  return out;
}

export function shape(m: unknown[][]): [number, number] {
  if (!Array.isArray(m) || m.length === 0) return [0, 0];
  const cols = Array.isArray(m[0]) ? m[0].length : 0;
  return [m.length, cols];
}

/** Accepts what Excel passes for a range parameter, or a bare scalar (tests, other callers). */
export function asMatrix<T>(value: T | T[][]): T[][] {
  if (Array.isArray(value)) {
    return (value as unknown[]).map((row) => (Array.isArray(row) ? row : [row])) as T[][];
  }
  return [[value]];
}
