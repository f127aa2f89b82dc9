/**
 * Blocks of text that no table reads (issue #25, "never silent"): runs of rows outside the
 * tables found, with at least two rows of three or more cells holding words. Identity and
 * signature blocks ("Nama : ...", "NIP ...", "Mengetahui"), matrices of positions and blocks of
 * numbers are read elsewhere or hold no indicators; every other block is reported by
 * `tabel-tidak-dikenali` with the roles its first wide row suggests and those it lacks.
 */
import { normaliseText } from "../catalogue/normalise";
import { GridReader } from "../grid";
import { resolveColumns } from "./columnRoles";
import { ColumnRole } from "./columnVocabulary";
import { IDENTITY_LABELS } from "./contentVocabulary";
import { DetectedTable, namesPositions, RejectedHeader, tableRows } from "./detectTables";
import { readBand } from "./headerBand";

/** A block needs this many rows of at least MIN_CELLS cells with words. */
const MIN_ROWS = 2;
const MIN_CELLS = 3;

const IDENTITY = new Set(IDENTITY_LABELS);
const SIGNATURE =
  /^(mengetahui|menyetujui|disetujui|[a-z .]+,\s*\d{1,2}\s+[a-z]+\s+\d{4}|nip\b|nip\.|ttd\.?|pembina\b|penata\b|pengatur\b|kepala\b|camat\b|sekretaris\b|pihak\b|yang\s+menerima|yang\s+menyerahkan|\[nama\])/i;
const COLON = /^[:：]$/;
const WORDS = /[a-z]{3,}/i;

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function rectsOf(tables: readonly DetectedTable[]): Rect[] {
  return tables.map((t) => {
    const [top, bottom] = tableRows(t);
    return { top, bottom, left: t.firstCol, right: t.lastCol };
  });
}

/** A row of an identity or signature block: a known label, a ":" cell, or signature words. */
function formRow(cells: string[]): boolean {
  const first = normaliseText(cells[0].replace(/:\s*.*$/, ""));
  if (IDENTITY.has(first)) return true;
  if (cells.some((t) => COLON.test(t) || /^:\s*\S/.test(t))) return true;
  return cells.some((t) => SIGNATURE.test(t));
}

/**
 * The blocks of text of a grid outside `tables` (and outside header rows already reported as
 * `rejected`), as RejectedHeader entries for `tabel-tidak-dikenali`.
 */
export function unreadBlocks(
  reader: GridReader,
  tables: readonly DetectedTable[],
  rejected: readonly RejectedHeader[]
): RejectedHeader[] {
  // Rectangles taken by tables, swept by row: those starting at or above the row, not yet ended.
  const rects = rectsOf(tables).sort((a, b) => a.top - b.top);
  let next = 0;
  let active: Rect[] = [];
  const out: RejectedHeader[] = [];
  let run: Array<{ r: number; cells: Array<[number, string]> }> = [];
  // A header row already reported as not a table speaks for the block it heads.
  const reported = new Set(rejected.map((h) => h.row));
  const flush = () => {
    const block = run.some((x) => reported.has(x.r)) ? undefined : blockOf(reader, run);
    if (block) out.push(block);
    run = [];
  };
  for (let r = 0; r < reader.rowCount; r++) {
    while (next < rects.length && rects[next].top <= r) active.push(rects[next++]);
    let ended = false;
    let wall = false;
    const values = reader.grid.values[r] ?? [];
    for (const x of active) {
      if (x.bottom < r) ended = true;
      else if (x.left <= 0 && x.right >= values.length - 1) wall = true;
    }
    if (ended) active = active.filter((x) => x.bottom >= r);
    if (wall) {
      flush(); // a table's row, wall to wall
      continue;
    }
    const covered = (c: number) => active.some((x) => c >= x.left && c <= x.right);
    const cells: Array<[number, string]> = [];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === null || v === undefined || v === "") continue;
      const m = reader.merge(r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      const t = String(v).trim();
      if (t === "" || covered(c)) continue;
      cells.push([c, t]);
    }
    if (cells.length === 0) {
      flush();
      continue;
    }
    run.push({ r, cells });
  }
  flush();
  return out;
}

function blockOf(
  reader: GridReader,
  run: Array<{ r: number; cells: Array<[number, string]> }>
): RejectedHeader | undefined {
  // Words, not formulas ("=SUM(B15:B17)" holds letters but is a computed number).
  const worded = (t: string) => !t.startsWith("=") && WORDS.test(t);
  const wide = run.filter(
    (x) => x.cells.length >= MIN_CELLS && x.cells.filter(([, t]) => worded(t)).length >= 2
  );
  if (wide.length < MIN_ROWS) return undefined;
  // Identity, signature and other label-value forms are read for the position, not as tables.
  const form = wide.filter((x) => formRow(x.cells.map(([, t]) => t)));
  if (form.length >= wide.length / 2) return undefined;
  // A matrix of positions (Matriks Peran Hasil) is read by its own template, not as a table.
  if (wide.some((x) => namesPositions(reader, x.r))) return undefined;
  const first = wide[0];
  const firstCol = Math.min(...run.flatMap((x) => x.cells.map(([c]) => c)));
  const lastCol = Math.max(...run.flatMap((x) => x.cells.map(([c]) => c)));
  // The roles the first wide row and the rows under it suggest.
  const band = readBand(reader, first.r);
  const body = run.filter((x) => x.r > band.bottom).map((x) => x.r);
  const columns: Partial<Record<ColumnRole, number>> = band.labels.length
    ? resolveColumns(reader, band, body).columns
    : {};
  return { row: first.r, firstCol, lastCol, columns, lastRow: run[run.length - 1].r };
}
