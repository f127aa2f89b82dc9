/**
 * Finds IKI/IKU tables anywhere in a grid: header rows recognised by column synonyms (the
 * variants seen in the seeds), several tables per sheet, repeated page-break headers skipped,
 * a table ending at a run of blank rows or at the signature block.
 */
import { GridReader } from "../grid";
import { normaliseText } from "../catalogue/normalise";

export type ColumnRole = "no" | "sasaran" | "indikator" | "rumus" | "sumber" | "pj";

export interface DetectedTable {
  headerRow: number;
  /** Columns of the header that span it (grid coordinates), for the "A8:F8" address. */
  firstCol: number;
  lastCol: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** Body rows (grid coordinates) that belong to the table, page-break headers excluded. */
  bodyRows: number[];
}

/** Header wording to role; checked on the normalised cell text, most specific first. */
const ROLE_PATTERNS: Array<[ColumnRole, RegExp]> = [
  ["pj", /^(perangkat daerah |unit )?penanggung ?jawab\b|^pj$/],
  ["sumber", /^sumber data\b|^sumber$/],
  ["rumus", /^(rumus|formula|formulasi|penjelasan formulasi|cara (pengukuran|perhitungan))\b/],
  ["indikator", /^(indikator kinerja|indikator|iki\b|iku\b)/],
  ["sasaran", /^sasaran\b/],
  ["no", /^(no|nomor|no urut)$/],
];

/** Header cells are short and name a column; anything else is not worth normalising. */
const HEADER_WORD =
  /^\W*(no\b|nomor|sasaran|indikator|ik[iu]\b|rumus|formul|penjelasan|cara|sumber|penanggung|perangkat|unit|pj\b)/i;

export function roleOf(text: string): ColumnRole | undefined {
  if (text.length > 60 || !HEADER_WORD.test(text)) return undefined;
  const n = normaliseText(text);
  if (!n) return undefined;
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(n)) return role;
  return undefined;
}

/** Lines that start the signature block under a table. */
const SIGNATURE = /^(mengetahui|menyetujui|lumajang\s*,|nip\b|nip\.|ttd\.?$|pembina\b|penata\b)/i;

const BLANK_RUN_ENDS_TABLE = 2;

function headerColumns(
  reader: GridReader,
  row: number
): Partial<Record<ColumnRole, number>> | undefined {
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (let c = 0; c < reader.colCount; c++) {
    const m = reader.merge(row, c);
    if (m && m.left !== c) continue; // a header merged across columns counts once
    const role = roleOf(reader.text(row, c));
    if (role && columns[role] === undefined) columns[role] = c;
  }
  const found = Object.keys(columns).length;
  // An indicator column plus at least two other known columns (the 4-column Ranuyoso table has
  // No, Sasaran, IKI, Rumus).
  if (columns.indikator === undefined || found < 3) return undefined;
  if (columns.rumus === undefined && columns.sasaran === undefined) return undefined;
  return columns;
}

function sameColumns(
  a: Partial<Record<ColumnRole, number>>,
  b: Partial<Record<ColumnRole, number>>
): boolean {
  return a.indikator === b.indikator && a.rumus === b.rumus;
}

function isSignatureRow(
  reader: GridReader,
  row: number,
  columns: Partial<Record<ColumnRole, number>>
): boolean {
  if (
    columns.indikator !== undefined &&
    reader.text(row, columns.indikator) !== "" &&
    !reader.merge(row, columns.indikator)
  ) {
    return false;
  }
  for (let c = 0; c < reader.colCount; c++) {
    if (SIGNATURE.test(reader.text(row, c))) return true;
  }
  return false;
}

export function detectTables(reader: GridReader): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let row = 0;
  while (row < reader.rowCount) {
    const columns = headerColumns(reader, row);
    if (!columns) {
      row++;
      continue;
    }
    const roles = Object.values(columns) as number[];
    const table: DetectedTable = {
      headerRow: row,
      firstCol: roles.reduce((a, b) => Math.min(a, b)),
      lastCol: roles.reduce((a, b) => Math.max(a, b)),
      columns,
      bodyRows: [],
    };
    // A header spread over two rows ("SASARAN" / "(PROGRAM)") or a row of column numbers
    // (1, 2, 3 ...) under it is part of the header.
    let r = row + 1;
    while (r < reader.rowCount && isHeaderContinuation(reader, r, columns)) r++;
    let blanks = 0;
    for (; r < reader.rowCount; r++) {
      if (reader.isRowBlank(r)) {
        if (++blanks >= BLANK_RUN_ENDS_TABLE) break;
        continue;
      }
      const again = headerColumns(reader, r);
      if (again) {
        if (blanks < BLANK_RUN_ENDS_TABLE && sameColumns(again, columns)) {
          blanks = 0;
          continue; // the header repeated after a page break
        }
        break; // a new table starts
      }
      if (isSignatureRow(reader, r, columns) || isForeignRow(reader, r, columns)) break;
      blanks = 0;
      table.bodyRows.push(r);
    }
    // A header with nothing under it is a table without indicators, unless it repeats the header
    // of a table above on the same sheet (a page-break header before the signature).
    if (table.bodyRows.length > 0 || !tables.some((t) => sameColumns(t.columns, columns)))
      tables.push(table);
    row = Math.max(r, row + 1);
  }
  return tables;
}

/**
 * Text that does not belong to the table: a title or an identity line ("Instansi : ...",
 * "INDIKATOR KINERJA UTAMA") written in the first column only, with the table's own columns
 * (Indikator, Rumus, Sumber, PJ) empty and no row number.
 */
function isForeignRow(
  reader: GridReader,
  row: number,
  columns: Partial<Record<ColumnRole, number>>
): boolean {
  const content = (["indikator", "rumus", "sumber", "pj"] as ColumnRole[])
    .map((role) => columns[role])
    .filter((c): c is number => c !== undefined)
    .some((c) => reader.ownText(row, c) !== "");
  if (content) return false;
  for (let c = 0; c < reader.colCount; c++) {
    const t = reader.ownText(row, c);
    if (t === "") continue;
    if (c === columns.no && /^\d+\.?$/.test(t)) return false;
    if (c === columns.sasaran) return false; // a Sasaran spilling over to a row of its own
    return true;
  }
  return false;
}

function isHeaderContinuation(
  reader: GridReader,
  row: number,
  columns: Partial<Record<ColumnRole, number>>
): boolean {
  const texts = (Object.values(columns) as number[])
    .map((c) => reader.text(row, c))
    .filter((t) => t !== "");
  if (texts.length === 0) return false;
  // "(1)", "1", "2", ... column numbering, or "(PROGRAM)" style header tails.
  const numbering = texts.every((t, i) => t.replace(/[()]/g, "") === String(i + 1));
  const tails = texts.every((t) => /^\(.*\)$/.test(t) && !/\d/.test(t));
  return numbering || tails;
}
