/**
 * Indicators whose formula is written over rows typed as its parts, as a hospital's PMKP
 * application lists them:
 *
 *     | Indikator                   | Jenis Nilai | Deskripsi                          |
 *     | Kepatuhan identifikasi      | numerator   | Jumlah identifikasi yang dilakukan |
 *     | Kepatuhan identifikasi      | denumerator | Jumlah seluruh peluang identifikasi|
 *
 * Consecutive rows with the same indicator are one indicator; its numerator and denominator are
 * the texts of the rows typed so (the Rumus column), read as one fraction (parseFraction).
 */
import { normaliseText } from "../catalogue/normalise";
import { GridReader } from "../grid";
import { fractionPart } from "./cellKind";
import { DetectedTable } from "./detectTables";

export interface FractionRows {
  /** The grid rows of the indicator, its first row first. */
  rows: number[];
  pembilang: string;
  penyebut: string;
  /**
   * The cell a reviewer corrects when the formula is wrong: the denominator's text, or, when
   * there is none, the part cell of the row that should have been it (the last of two rows
   * typed "numerator") or of the lone numerator row.
   */
  at: { r: number; c: number };
}

export interface FractionLayout {
  /** By the indicator's first row. */
  byFirstRow: Map<number, FractionRows>;
  /** The rows after an indicator's first: not indicators of their own. */
  continuation: Set<number>;
}

/** The indicators of a table with a part column (`columns.bagian`), or undefined. */
export function fractionLayout(
  reader: GridReader,
  table: DetectedTable
): FractionLayout | undefined {
  const { bagian, rumus, indikator } = table.columns;
  if (bagian === undefined || rumus === undefined || indikator === undefined) return undefined;
  const byFirstRow = new Map<number, FractionRows>();
  const continuation = new Set<number>();
  let current: { key: string; rows: number[] } | undefined;
  const groups: number[][] = [];
  for (const r of table.bodyRows) {
    const key = normaliseText(reader.text(r, indikator));
    if (key === "") {
      current = undefined;
      continue;
    }
    if (current && current.key === key && current.rows[current.rows.length - 1] === r - 1) {
      current.rows.push(r);
    } else {
      current = { key, rows: [r] };
      groups.push(current.rows);
    }
  }
  for (const rows of groups) {
    const typed = rows.map((r) => ({
      r,
      part: fractionPart(reader.text(r, bagian)),
      text: reader.text(r, rumus).trim(),
    }));
    if (!typed.some((t) => t.part)) continue; // rows of their own kind, each an indicator
    for (const r of rows.slice(1)) continuation.add(r);
    const numerators = typed.filter((t) => t.part === "pembilang" && t.text !== "");
    const denominators = typed.filter((t) => t.part === "penyebut" && t.text !== "");
    const typedParts = typed.filter((t) => t.part);
    const at =
      denominators.length > 0
        ? { r: denominators[0].r, c: rumus }
        : { r: typedParts[typedParts.length - 1].r, c: bagian };
    byFirstRow.set(rows[0], {
      rows,
      pembilang: join(numerators.map((t) => t.text)),
      penyebut: join(denominators.map((t) => t.text)),
      at,
    });
  }
  return { byFirstRow, continuation };
}

/** Two texts typed as the same part are added ("A + B"): the table counts both. */
function join(texts: string[]): string {
  return texts.length <= 1 ? (texts[0] ?? "") : texts.map((t) => `(${t})`).join(" + ");
}
