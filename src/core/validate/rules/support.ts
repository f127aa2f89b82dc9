/** Small helpers several rules share. */
import { normaliseText } from "../../catalogue/normalise";
import { Entri } from "../../catalogue/types";
import { EXCEL_ERROR_VALUES } from "../../cellValues";
import { address } from "../../grid";
import type { ColumnRole } from "../columnVocabulary";
import { formulaColumn } from "../detectTables";
import type { QuickFix } from "../findings";
import type { RowScope } from "./types";

/**
 * The cell holding a row's value for a role (for the formula: the Rumus cell, else the Pembilang
 * cell of a fraction), or undefined when the table has no such column or field: in row `r` of a
 * table of rows, wherever the field's value is in a record.
 */
export function cellOf(row: RowScope, role: ColumnRole): { r: number; c: number } | undefined {
  if (row.record) {
    const cells = row.record.cells;
    const cell =
      role === "rumus"
        ? (cells.rumus ?? (cells.pembilang && cells.penyebut ? cells.pembilang : undefined))
        : cells[role];
    return cell ? { r: cell.r, c: cell.c } : undefined;
  }
  if (role === "rumus" && row.rumusAt) return row.rumusAt;
  const c = role === "rumus" ? formulaColumn(row.table.columns) : row.table.columns[role];
  return c === undefined ? undefined : { r: row.r, c };
}

/**
 * A cell text quoted in a message: whole, as the user wrote it (an indicator is rarely longer
 * than 300 characters); only a cell of thousands of characters is shortened, so one finding
 * cannot fill the pane.
 */
export function quote(text: string, max = 300): string {
  const t = text.replace(/\s+/g, " ");
  return `"${t.length > max ? t.slice(0, max - 1) + "…" : t}"`;
}

const similarMemo = new Map<string, boolean>();

/** Whether two Penanggung Jawab texts share most of their words (memoised: rows repeat). */
export function similarText(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let known = similarMemo.get(key);
  if (known === undefined) {
    if (similarMemo.size > 10_000) similarMemo.clear();
    similarMemo.set(key, (known = wordOverlap(a, b)));
  }
  return known;
}

function words(text: string): Set<string> {
  return new Set(
    normaliseText(text)
      .split(" ")
      .filter((w) => w.length > 2)
  );
}

function wordOverlap(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size) >= 0.5;
}

/** The error value when a cell shows one of Excel's error values ("#REF!"). */
export function excelError(text: string): string | undefined {
  if (text.charCodeAt(0) !== 35 /* "#" */) return undefined; // cell texts come trimmed
  const t = text.toUpperCase();
  return EXCEL_ERROR_VALUES.has(t) ? t : undefined;
}

export { usableKoreksi } from "../../catalogue/rumusEntri";

/** The catalogue entry a row's finding refers to, when matched. */
export function entriRef(entri: Entri | undefined): { entri?: string } {
  return entri ? { entri: entri.id } : {};
}

/** The catalogue's value of a column, for a suggestion and a quick fix. */
export const CATALOGUE_FIELD = { pj: "penanggungJawab", sumber: "sumberData" } as const;
export const COLUMN_TITLE = { pj: "Penanggung Jawab", sumber: "Sumber Data" } as const;

/**
 * The quick fix that writes a formula into the row's Rumus cell, when the formula was read from
 * that one cell. A formula spread over several cells (Pembilang | Penyebut, rows under each
 * other) gets the suggestion only: one cell written would leave the other parts standing.
 */
export function formulaFix(
  row: RowScope,
  at: { r: number; c: number },
  label: string,
  value: string
): { fix?: QuickFix } {
  if (row.rumusCells !== 1) return {};
  return { fix: { label, cell: address(row.grid, at.r, at.c), value } };
}
