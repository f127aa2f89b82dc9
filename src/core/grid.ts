/**
 * A worksheet as the validator sees it: values, formula texts and merged areas over a
 * rectangle that starts at `origin` (0-based) in the real sheet. Both the Office.js adapter and
 * the .xlsx reader fill this; nothing here knows about Excel objects.
 */
export type GridValue = string | number | boolean | null;

export interface MergedArea {
  /** 0-based, inclusive, in grid coordinates (relative to origin). */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** Where the grid's [0][0] sits in the sheet (0-based row and column). */
  origin: { row: number; col: number };
  values: GridValue[][];
  /** Formula text ("=IKI.PERSEN(B2;C2)") where a cell has one, else null/undefined. */
  formulas?: (string | null | undefined)[][];
  merges: MergedArea[];
  /**
   * For a grid compacted from a sparse sheet (sparseGrid.ts): the 0-based sheet row and column of
   * each grid row and column. Absent: grid row r is sheet row origin.row + r.
   */
  rowMap?: number[];
  colMap?: number[];
}

/** The 0-based sheet row of a grid row. */
export function sheetRow(grid: Grid, row: number): number {
  return grid.rowMap
    ? (grid.rowMap[row] ?? grid.rowMap[grid.rowMap.length - 1] + row - grid.rowMap.length + 1)
    : grid.origin.row + row;
}

/** The 0-based sheet column of a grid column. */
export function sheetCol(grid: Grid, col: number): number {
  return grid.colMap
    ? (grid.colMap[col] ?? grid.colMap[grid.colMap.length - 1] + col - grid.colMap.length + 1)
    : grid.origin.col + col;
}

export function columnName(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1"-style address of a grid cell. */
export function address(grid: Grid, row: number, col: number): string {
  return `${columnName(sheetCol(grid, col))}${sheetRow(grid, row) + 1}`;
}

/** "B3:D5" (or "B3") to 0-based sheet coordinates. */
export function parseRange(
  range: string
): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(
    range.trim().replace(/^.*!/, "")
  );
  if (!m) return undefined;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** Reads cells merge-aware: a merged area's value counts for every cell it covers. */
export class GridReader {
  /** The merged area over each covered cell, by row * colCount + col (a number: no string per look-up). */
  private readonly owner = new Map<number, MergedArea>();
  /** Each cell's text once read (text()), by row and column. */
  private readonly texts: Array<Array<string | undefined> | undefined> = [];
  readonly colCount: number;

  constructor(readonly grid: Grid) {
    this.colCount = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
    // Merged areas are clipped to the grid before they are expanded: one merge
    // "H1:XFD1048576" would otherwise mean 17 billion cells.
    const lastRow = grid.values.length - 1;
    const lastCol = this.colCount - 1;
    for (const m of grid.merges) {
      const bottom = Math.min(m.bottom, lastRow);
      const right = Math.min(m.right, lastCol);
      for (let r = Math.max(0, m.top); r <= bottom; r++)
        for (let c = Math.max(0, m.left); c <= right; c++) this.owner.set(r * this.colCount + c, m);
    }
  }

  get rowCount(): number {
    return this.grid.values.length;
  }

  merge(row: number, col: number): MergedArea | undefined {
    if (this.owner.size === 0 || col < 0 || col >= this.colCount) return undefined;
    return this.owner.get(row * this.colCount + col);
  }

  /** The cell's own value (no merge lookup). */
  raw(row: number, col: number): GridValue {
    return this.grid.values[row]?.[col] ?? null;
  }

  /** The value shown in the cell, taking merged areas into account. */
  value(row: number, col: number): GridValue {
    const m = this.merge(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /**
   * The shown value as trimmed text. Kept per cell once read: the table finder and the rules read
   * the same cells many times, and a number or a padded text would be made into a new string
   * each time. (A GridReader reads a grid that is not changed while it is read.)
   */
  text(row: number, col: number): string {
    let line = this.texts[row];
    if (line === undefined) line = this.texts[row] = [];
    let t = line[col];
    if (t === undefined) {
      const v = this.value(row, col);
      t = v === null || v === undefined ? "" : String(v).trim();
      line[col] = t;
    }
    return t;
  }

  /** The text a cell holds itself: "" where a merge that starts on another row covers it. */
  ownText(row: number, col: number): string {
    const m = this.merge(row, col);
    return m && m.top !== row ? "" : this.text(row, col);
  }

  formula(row: number, col: number): string | undefined {
    return this.grid.formulas?.[row]?.[col] ?? undefined;
  }

  isRowBlank(row: number): boolean {
    const values = this.grid.values[row] ?? [];
    return values.every((v, c) => {
      if (v === null || v === undefined || String(v).trim() === "") return true;
      const m = this.merge(row, c);
      return !!m && (m.top !== row || m.left !== c); // covered by a merge that starts elsewhere
    });
  }
}
