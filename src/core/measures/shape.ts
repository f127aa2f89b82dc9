import { CellError, CellResult } from "../cellValues";
import { shape } from "../matrix";

/**
 * Excel-style broadcasting for the measures: every range is either a single cell (used for every
 * element) or has the common shape. Unlike zipMatrices it gives the loop its row and column, so
 * messages can say which cell was wrong.
 */
export function broadcastShape(
  matrices: unknown[][][],
  names: string[]
): [number, number] | CellError {
  let rows = 1;
  let cols = 1;
  let owner = -1;
  for (let i = 0; i < matrices.length; i++) {
    const [r, c] = shape(matrices[i]);
    if (r === 0 || c === 0) return new CellError("#VALUE!", `Rentang ${names[i]} kosong.`);
    if (r === 1 && c === 1) continue;
    if (owner < 0) {
      [rows, cols, owner] = [r, c, i];
    } else if (r !== rows || c !== cols) {
      return new CellError(
        "#VALUE!",
        `Ukuran ${names[owner]} (${rows}x${cols}) dan ${names[i]} (${r}x${c}) harus sama.`
      );
    }
  }
  return [rows, cols];
}

/** A 1x1 range (what Excel passes for a single cell). */
export function isSingle(m: unknown[][]): boolean {
  return m.length === 1 && Array.isArray(m[0]) && m[0].length === 1;
}

/** The element of a broadcast range at (r, c). */
export function at<T>(m: T[][], r: number, c: number): T {
  return m.length === 1 && m[0].length === 1 ? m[0][0] : m[r][c];
}

/** A rows x cols result built cell by cell (the loop every range measure shares). */
export function fillMatrix(
  rows: number,
  cols: number,
  fn: (r: number, c: number) => CellResult
): CellResult[][] {
  const out: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: CellResult[] = new Array(cols);
    for (let c = 0; c < cols; c++) line[c] = fn(r, c);
    out[r] = line;
  }
  return out;
}

/** One function applied to every cell of a range. */
export function mapMatrix(
  m: unknown[][],
  name: string,
  fn: (v: unknown) => CellResult
): CellResult[][] | CellError {
  const size = broadcastShape([m], [name]);
  if (size instanceof CellError) return size;
  return fillMatrix(size[0], size[1], (r, c) => fn(at(m, r, c)));
}
