/** Helpers of the SKP rules (issue #28): which rows are SKP rows, and what their cells hold. */
import type { ColumnRole } from "../columnVocabulary";
import { cellOf } from "./support";
import type { RowScope } from "./types";

/** Whether the row belongs to an SKP table. */
export function isSkpRow(row: RowScope): boolean {
  return row.table.jenis === "skp";
}

/** The text of the row's cell of a role (a merged cell's text on every row), with its cell. */
export function skpCell(
  row: RowScope,
  role: ColumnRole
): { r: number; c: number; text: string } | undefined {
  const cell = cellOf(row, role);
  return cell ? { ...cell, text: row.reader.text(cell.r, cell.c).trim() } : undefined;
}
