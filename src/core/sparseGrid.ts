/**
 * A sheet as the cells it holds (issue #26): a reader that never walks empty space gives these,
 * and `compactGrid` turns them into the validator's Grid. Runs of empty rows and columns longer
 * than a table ever needs are shortened (the grid keeps which sheet row and column each of its
 * own stands for, so every address stays the sheet's), and merged areas are clipped to the
 * cells in use. One cell at XFD1048576, or at row 2,000,000,000, makes a grid of a few cells.
 */
import { Grid, GridValue, MergedArea } from "./grid";

export interface SparseCell {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  value: GridValue;
  /** "=..." when the cell holds a formula. */
  formula?: string;
}

export interface SparseSheet {
  name: string;
  cells: SparseCell[];
  /** 0-based, inclusive, sheet coordinates, as the file declares them (clipped here). */
  merges: MergedArea[];
}

/**
 * Empty rows or columns kept of a longer run: two blank rows end a table, so three keep every
 * reading the same.
 */
export const MAX_GAP = 3;

/** The sheet indices a grid keeps: every index in use, and at most MAX_GAP of each gap. */
function keptIndices(used: number[]): number[] {
  const kept: number[] = [];
  let last = -1;
  for (const i of used) {
    if (i <= last) continue;
    const gap = i - last - 1;
    for (let k = 1; k <= Math.min(gap, MAX_GAP); k++) kept.push(last + k);
    kept.push(i);
    last = i;
  }
  return kept;
}

/** Index of the largest kept value <= x (kept is sorted); -1 when none. */
function floorIndex(kept: number[], x: number): number {
  let lo = 0;
  let hi = kept.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid] <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The grid of a sparse sheet: dense over the kept rows and columns, with their sheet indices. */
export function compactGrid(sheet: SparseSheet): Grid {
  const rowSet = new Set<number>();
  const colSet = new Set<number>();
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  for (const c of sheet.cells) {
    rowSet.add(c.row);
    colSet.add(c.col);
    if (c.row < minRow) minRow = c.row;
    if (c.row > maxRow) maxRow = c.row;
    if (c.col < minCol) minCol = c.col;
    if (c.col > maxCol) maxCol = c.col;
  }
  // Merged areas clipped to the cells in use; their corners are kept as rows and columns.
  const merges: MergedArea[] = [];
  for (const m of sheet.merges) {
    const top = Math.max(m.top, minRow);
    const left = Math.max(m.left, minCol);
    const bottom = Math.min(m.bottom, maxRow);
    const right = Math.min(m.right, maxCol);
    if (top > bottom || left > right || (top === bottom && left === right)) continue;
    merges.push({ top, left, bottom, right });
    rowSet.add(top).add(bottom);
    colSet.add(left).add(right);
  }
  const rowMap = keptIndices([...rowSet].sort((a, b) => a - b));
  const colMap = keptIndices([...colSet].sort((a, b) => a - b));
  const rowOf = new Map(rowMap.map((r, i) => [r, i]));
  const colOf = new Map(colMap.map((c, i) => [c, i]));
  const values: GridValue[][] = rowMap.map(() => new Array<GridValue>(colMap.length).fill(null));
  let formulas: (string | null)[][] | undefined;
  for (const c of sheet.cells) {
    const r = rowOf.get(c.row)!;
    const k = colOf.get(c.col)!;
    values[r][k] = c.value;
    if (c.formula) {
      formulas ??= rowMap.map(() => new Array<string | null>(colMap.length).fill(null));
      formulas[r][k] = c.formula;
    }
  }
  const gridMerges = merges.map((m) => ({
    top: floorIndex(rowMap, m.top),
    left: floorIndex(colMap, m.left),
    bottom: floorIndex(rowMap, m.bottom),
    right: floorIndex(colMap, m.right),
  }));
  // The plain case (no gap shortened, the sheet from A1): no maps needed.
  const plain = (map: number[]) => map.every((x, i) => x === i);
  return {
    sheet: sheet.name,
    origin: { row: 0, col: 0 },
    values,
    ...(formulas ? { formulas } : {}),
    merges: gridMerges,
    ...(plain(rowMap) ? {} : { rowMap }),
    ...(plain(colMap) ? {} : { colMap }),
  };
}
