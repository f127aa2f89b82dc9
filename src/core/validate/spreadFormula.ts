import { GridReader } from "../grid";
import { DIVIDES, FRACTION_BAR_ALONE, TIMES_100_ALONE } from "../rumus/vocabulary";
import { DetectedTable } from "./detectTables";

/**
 * A formula written over several cells, as tables copied from Word keep it:
 *
 *     | Indikator (merged) | Jumlah surat diproses | x 100% (merged) |
 *     |                    | ------------          |                 |
 *     |                    | Jumlah surat masuk    |                 |
 *
 * The numerator in the row's Rumus cell, the denominator in the row under it (with or without a
 * dashed bar between), and "x 100%" in a cell beside them. The rows under belong to the same
 * indicator: its cell is merged down over them or left empty, and so is the No column; they hold
 * nothing but their Rumus cell.
 */
export interface SpreadFormula {
  /** The formula as one text, for the parser ("A\n-----\nB x 100%"). */
  text: string;
  /** The body rows (grid coordinates) it was read from, the row's own first. */
  rows: number[];
  /** How many cells hold a part of it (the "x 100%" beside included). */
  cells: number;
}

/** At most this many rows make one formula (a numerator, a bar, a denominator, a legend line). */
const MAX_LINES = 6;

/**
 * The formula of the indicator whose row is `table.bodyRows[index]`, when it is spread over
 * cells; undefined when its Rumus cell holds it alone.
 */
export function spreadFormula(
  reader: GridReader,
  table: DetectedTable,
  index: number
): SpreadFormula | undefined {
  const col = table.columns;
  const rumus = col.rumus;
  const indikator = col.indikator;
  if (rumus === undefined || indikator === undefined) return undefined;
  const first = table.bodyRows[index];
  const rows = [first];
  for (let k = index + 1; k < table.bodyRows.length && rows.length < MAX_LINES; k++) {
    const r = table.bodyRows[k];
    if (r !== rows[rows.length - 1] + 1) break; // a page-break header between
    if (!continues(reader, table, r, first)) break;
    rows.push(r);
  }
  const lines = rows.map((r) => reader.ownText(r, rumus)).filter((t) => t !== "");
  const beside = times100Beside(reader, table, rows, rumus);
  if (lines.length <= 1 && !beside) return undefined;
  let text: string;
  if (lines.length === 2 && !lines.some((l) => DIVIDES.test(l) || FRACTION_BAR_ALONE.test(l))) {
    text = `${lines[0]}\n-----\n${lines[1]}`; // over each other: a fraction without its bar
  } else {
    text = lines.join("\n");
  }
  if (beside && !/100\s*%?\s*$/.test(text)) text += " x 100%";
  return { text, rows, cells: lines.length + (beside ? 1 : 0) };
}

/** Whether row `r` holds nothing but the continuation of the Rumus cell of row `first`. */
function continues(reader: GridReader, table: DetectedTable, r: number, first: number): boolean {
  const col = table.columns;
  const indicatorMerge = reader.merge(r, col.indikator!);
  const sameIndicator =
    reader.ownText(r, col.indikator!) === "" ||
    (indicatorMerge !== undefined && indicatorMerge.top <= first);
  if (!sameIndicator || reader.ownText(r, col.rumus!) === "") return false;
  if (col.no !== undefined && reader.ownText(r, col.no) !== "") return false;
  for (let c = table.firstCol; c <= table.lastCol; c++) {
    if (c === col.rumus || c === col.indikator) continue;
    const text = reader.ownText(r, c);
    if (text !== "" && !TIMES_100_ALONE.test(text)) return false;
  }
  return true;
}

/** An "x 100%" cell right of the Rumus column, in one of the formula's rows. */
function times100Beside(
  reader: GridReader,
  table: DetectedTable,
  rows: number[],
  rumus: number
): boolean {
  const next = rumus + 1;
  if (next > table.lastCol + 1 || Object.values(table.columns).includes(next)) return false;
  return rows.some((r) => TIMES_100_ALONE.test(reader.text(r, next)));
}
