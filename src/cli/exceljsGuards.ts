/**
 * Guards around exceljs 4.4 (pinned) for what a hostile or broken workbook can hold.
 *
 * Merged areas: exceljs turns every cell of a merged area into a cell object while it loads the
 * sheet, so one merge "H1:XFD1048576" in a 2 KB file means 17 billion cells (minutes, then out of
 * memory). Here each merged area is clipped to the sheet's used extent (its last row and column
 * with a cell) before exceljs expands it; an area wholly outside is dropped, and an area that
 * overlaps one already read (which Excel never writes) is skipped instead of stopping the read.
 */
import Worksheet from "exceljs/lib/doc/worksheet.js";

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WorksheetInternals {
  _rows: Array<{ cellCount: number } | undefined>;
  mergeCellsWithoutStyle(range: string): void;
}

const COLUMN = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function bounds(range: string): Bounds | undefined {
  const [a, b = a] = range.split(":");
  const ma = COLUMN.exec(a ?? "");
  const mb = COLUMN.exec(b ?? "");
  if (!ma || !mb) return undefined;
  const [c1, r1, c2, r2] = [columnNumber(ma[1]), Number(ma[2]), columnNumber(mb[1]), Number(mb[2])];
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

function letters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The merged areas of a sheet clipped to its used extent (1-based rows and columns). */
export function clipMerges(merges: string[], lastRow: number, lastCol: number): string[] {
  const out: string[] = [];
  for (const m of merges) {
    const b = bounds(m);
    if (!b || b.top > lastRow || b.left > lastCol) continue;
    const bottom = Math.min(b.bottom, lastRow);
    const right = Math.min(b.right, lastCol);
    if (bottom === b.top && right === b.left) continue; // clipped to a single cell: no merge left
    out.push(`${letters(b.left)}${b.top}:${letters(right)}${bottom}`);
  }
  return out;
}

let installed = false;

/** Installs the guards once (idempotent). */
export function installExceljsGuards(): void {
  if (installed) return;
  installed = true;
  (Worksheet.prototype as Record<string, unknown>)._parseMergeCells = function (
    this: WorksheetInternals,
    model: { mergeCells?: string[] }
  ) {
    const merges = model.mergeCells ?? [];
    if (merges.length === 0) return;
    let lastRow = 0;
    let lastCol = 0;
    this._rows.forEach((row, i) => {
      if (row && row.cellCount > 0) {
        lastRow = i + 1;
        lastCol = Math.max(lastCol, row.cellCount);
      }
    });
    for (const range of clipMerges(merges, lastRow, lastCol)) {
      try {
        this.mergeCellsWithoutStyle(range);
      } catch {
        // Overlaps a merge already read: keep the first, as Excel would show the file's intent best.
      }
    }
  };
}
