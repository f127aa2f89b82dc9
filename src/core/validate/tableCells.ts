/** Where a checked table is, as the reports and the workbook-wide rules name it. */
import type { Finding, TableSummary } from "./findings";

/** The first cell of a table's header, where a finding about the whole table is reported. */
export function headerCell(t: TableSummary): { sheet: string; cell: string; row: number } {
  return { ...header(t) };
}

function header(t: TableSummary): { sheet: string; cell: string; row: number } {
  let known = headers.get(t);
  if (!known) {
    const cell = t.header.split(":")[0];
    known = { sheet: t.sheet, cell, row: Number(/\d+$/.exec(cell)?.[0] ?? t.rows[0]) };
    headers.set(t, known);
  }
  return known;
}
/** Read once per table: every finding of a file is placed in its table (tableOfFinding). */
const headers = new WeakMap<TableSummary, { sheet: string; cell: string; row: number }>();

/** The table a finding lies in: its sheet, and a row from the header to the table's last row. */
export function tableOfFinding(
  tables: readonly TableSummary[],
  f: Pick<Finding, "sheet" | "row">
): TableSummary | undefined {
  return tables.find((t) => t.sheet === f.sheet && f.row <= t.rows[1] && f.row >= header(t).row);
}
