/**
 * Finds IKI/IKU tables anywhere in a grid: header rows recognised by column synonyms (the
 * variants seen in the seeds), several tables per sheet, repeated page-break headers skipped,
 * a table ending at a run of blank rows or at the signature block.
 */
import { GridReader } from "../grid";
import { normaliseText } from "../catalogue/normalise";
import {
  COLUMN_SYNONYMS,
  ColumnRole,
  ColumnSynonym,
  CORE_ROLES,
  MATRIX_COLUMN_WORDS,
  POSITION_COLUMN_WORDS,
  POSITION_COLUMNS_MIN,
} from "./columnVocabulary";

export type { ColumnRole } from "./columnVocabulary";

export interface DetectedTable {
  /** The (first) header row. */
  headerRow: number;
  /**
   * The last header row with column names: the header row itself, or the row of sub-headers
   * under a group header ("Target" over "TH 2016 | TH 2017", "Rumus" over "Numerator |
   * Denominator"). The table is reported there, as a reader names a two-row header by it.
   */
  lastHeaderRow: number;
  /** Columns of the header that span it (grid coordinates), for the "A8:F8" address. */
  firstCol: number;
  lastCol: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** Body rows (grid coordinates) that belong to the table, page-break headers excluded. */
  bodyRows: number[];
  /**
   * "indikator": a table that defines indicators (Rumus, Sumber Data, Penanggung Jawab);
   * "pengukuran": one that measures them (Target and Realisasi, with none of those columns), as
   * Perjanjian Kinerja and LKjIP tables do.
   */
  jenis: "indikator" | "pengukuran";
}

/**
 * Where a table's formulas are: its Rumus column, else the Pembilang column of a fraction written
 * over two columns (Pembilang | Penyebut, Numerator | Denominator).
 */
export function formulaColumn(columns: Partial<Record<ColumnRole, number>>): number | undefined {
  if (columns.rumus !== undefined) return columns.rumus;
  return columns.pembilang !== undefined && columns.penyebut !== undefined
    ? columns.pembilang
    : undefined;
}

/** A header-like row that was not accepted as a table (for `tabel-tidak-dikenali`). */
export interface RejectedHeader {
  row: number;
  firstCol: number;
  columns: Partial<Record<ColumnRole, number>>;
}

interface Matcher {
  role: ColumnRole;
  synonym: ColumnSynonym;
}

/** Synonyms by their first word, longest first, built once from the vocabulary. */
const BY_FIRST_WORD: Map<string, Matcher[]> = (() => {
  const map = new Map<string, Matcher[]>();
  for (const role of Object.keys(COLUMN_SYNONYMS) as ColumnRole[]) {
    for (const synonym of COLUMN_SYNONYMS[role]) {
      const first = synonym.teks.split(" ")[0];
      const list = map.get(first) ?? [];
      list.push({ role, synonym });
      map.set(first, list);
    }
  }
  for (const list of map.values())
    list.sort((a, b) => b.synonym.teks.length - a.synonym.teks.length);
  return map;
})();

/** Header cells are short and name a column. */
const MAX_HEADER_LENGTH = 60;

export function roleOf(text: string): ColumnRole | undefined {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return undefined;
  // Cheap test on the first word before normalising (most cells of a sheet are not headers).
  const first = /[a-z]+/i.exec(text)?.[0]?.toLowerCase();
  if (!first || !BY_FIRST_WORD.has(first)) return undefined;
  // A column number written into the header ("SASARAN KINERJA (4)") is not part of its name.
  const n = normaliseText(text.replace(/\(\s*\d+\s*\)\s*$/, ""));
  const candidates = BY_FIRST_WORD.get(n.split(" ")[0]);
  if (!candidates) return undefined;
  for (const { role, synonym } of candidates) {
    if (n === synonym.teks) return role;
    if (synonym.cocok === "awal" && n.startsWith(synonym.teks + " ")) return role;
  }
  return undefined;
}

/** Lines that start the signature block under a table. */
const SIGNATURE = /^(mengetahui|menyetujui|lumajang\s*,|nip\b|nip\.|ttd\.?$|pembina\b|penata\b)/i;

const BLANK_RUN_ENDS_TABLE = 2;

/** Every known column of a header-like row (undefined when fewer than two are named). */
function headerRoles(
  reader: GridReader,
  row: number
): Partial<Record<ColumnRole, number>> | undefined {
  const columns: Partial<Record<ColumnRole, number>> = {};
  let found = 0;
  for (let c = 0; c < reader.colCount; c++) {
    const m = reader.merge(row, c);
    if (m && m.left !== c) continue; // a header merged across columns counts once
    const role = roleOf(reader.text(row, c));
    if (role && columns[role] === undefined) {
      columns[role] =
        m && m.right > m.left && m.top === row ? textColumn(reader, m.bottom, m.left, m.right) : c;
      found++;
    }
  }
  return found >= 2 ? columns : undefined;
}

const POSITION_WORD = new RegExp(`^(?:${POSITION_COLUMN_WORDS.join("|")})\\b`);

const MATRIX_WORD = new RegExp(`^(?:${MATRIX_COLUMN_WORDS.join("|")})\\b`);

/** Whether a header row is a cascading matrix's: positions across its columns (Matriks Peran Hasil). */
function namesPositions(reader: GridReader, row: number): boolean {
  let n = 0;
  for (let c = 0; c < reader.colCount; c++) {
    const text = normaliseText(reader.ownText(row, c));
    if (MATRIX_WORD.test(text)) return true;
    if (POSITION_WORD.test(text) && ++n >= POSITION_COLUMNS_MIN) return true;
  }
  return false;
}

/**
 * The column a header merged over several columns stands for: the one whose cells below hold
 * text ("INDIKATOR KINERJA UTAMA" over a number column "1." and the indicator's name).
 */
function textColumn(reader: GridReader, headerBottom: number, left: number, right: number): number {
  let best = left;
  let bestScore = -1;
  for (let c = left; c <= right; c++) {
    let score = 0;
    for (let r = headerBottom + 1; r <= Math.min(reader.rowCount - 1, headerBottom + 10); r++) {
      if (/[a-z]{3,}/i.test(reader.ownText(r, c))) score++;
    }
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/**
 * A header spread over two rows: under `row`, a row of sub-headers, each under a group header
 * merged across columns ("TARGET" over "TH 2016 | TH 2017", "Rumus" over "Numerator |
 * Denominator", "Sasaran" over "Uraian | Indikator | Rumus") or under an empty header cell, with
 * at least one header cell of `row` merged down over it or one group with a sub-header. Roles of
 * both rows are combined: a sub-header's own role wins; a group's role goes to its first
 * sub-column without one (and is dropped when every sub-column has its own).
 */
function twoRowHeader(
  reader: GridReader,
  row: number
): Partial<Record<ColumnRole, number>> | undefined {
  const sub = row + 1;
  if (sub >= reader.rowCount) return undefined;
  // A title merged across the table ("SEKSI SURVEILANS ...") is no group header: a header row
  // has at least two cells.
  let cells = 0;
  for (let c = 0; c < reader.colCount && cells < 2; c++) {
    const m = reader.merge(row, c);
    if ((!m || m.left === c) && reader.ownText(row, c) !== "") cells++;
  }
  if (cells < 2) return undefined;
  let mergedDown = false;
  let subHeaders = 0;
  for (let c = 0; c < reader.colCount; c++) {
    const m = reader.merge(row, c);
    if (m && m.top === row && m.bottom >= sub) mergedDown = true;
    const t = reader.ownText(sub, c);
    if (t === "" || (m && m.top === row && m.bottom >= sub)) continue;
    const group = m && m.top === row && m.bottom === row && m.right > m.left;
    if (!group && reader.text(row, c) !== "") return undefined; // a body cell under a header cell
    if (t.length > 60) return undefined;
    subHeaders++;
  }
  if (subHeaders === 0 || !mergedDown) {
    // Without a cell merged down, only group headers with sub-headers make two rows.
    let groupsWithSubs = 0;
    for (let c = 0; c < reader.colCount; c++) {
      const m = reader.merge(row, c);
      if (!m || m.left !== c || m.top !== row || m.bottom !== row || m.right === m.left) continue;
      for (let k = m.left; k <= m.right; k++) if (reader.ownText(sub, k) !== "") groupsWithSubs++;
    }
    if (subHeaders === 0 || groupsWithSubs === 0) return undefined;
  }
  const columns: Partial<Record<ColumnRole, number>> = {};
  let found = 0;
  const put = (role: ColumnRole | undefined, c: number) => {
    if (role && columns[role] === undefined) {
      columns[role] = c;
      found++;
    }
  };
  for (let c = 0; c < reader.colCount; c++) {
    const m = reader.merge(row, c);
    if (m && m.left !== c) continue;
    const role = roleOf(reader.text(row, c));
    const group = m && m.top === row && m.bottom === row && m.right > m.left;
    if (!group) {
      const own = roleOf(reader.ownText(sub, c));
      put(role ?? own, c);
      continue;
    }
    const subRoles: Array<[number, ColumnRole | undefined]> = [];
    for (let k = m.left; k <= m.right; k++) subRoles.push([k, roleOf(reader.ownText(sub, k))]);
    for (const [k, r] of subRoles) put(r, k);
    const free = subRoles.find(([, r]) => r === undefined);
    if (role && free) put(role, free[0]);
  }
  return found >= 2 ? columns : undefined;
}

/**
 * Whether a header's columns make an indicator table: an Indikator and a Rumus column, or an
 * Indikator column with a Sasaran column and at least one more of No / Sumber Data / Penanggung
 * Jawab (the 4-column Ranuyoso table has No, Sasaran, IKI, Rumus), or an Indikator column with a
 * Target and a Realisasi column (a measurement table).
 */
function accepts(columns: Partial<Record<ColumnRole, number>>): boolean {
  if (columns.indikator === undefined) return false;
  if (columns.rumus !== undefined) return true;
  if (columns.pembilang !== undefined && columns.penyebut !== undefined) return true;
  if (columns.target !== undefined && columns.realisasi !== undefined) return true;
  const core = CORE_ROLES.filter((r) => columns[r] !== undefined).length;
  return columns.sasaran !== undefined && core >= 3;
}

/** A measurement table: Target and Realisasi, and none of the columns that define an indicator. */
function jenisOf(columns: Partial<Record<ColumnRole, number>>): DetectedTable["jenis"] {
  const measures = columns.target !== undefined && columns.realisasi !== undefined;
  const defines =
    formulaColumn(columns) !== undefined ||
    columns.sumber !== undefined ||
    columns.pj !== undefined;
  return measures && !defines ? "pengukuran" : "indikator";
}

function looksLikeIndicatorHeader(roles: Partial<Record<ColumnRole, number>>): boolean {
  return (
    roles.indikator !== undefined ||
    roles.rumus !== undefined ||
    (roles.sumber !== undefined && roles.pj !== undefined)
  );
}

function headerColumns(
  reader: GridReader,
  row: number
): Partial<Record<ColumnRole, number>> | undefined {
  const two = twoRowHeader(reader, row);
  if (two && accepts(two)) return two;
  const columns = headerRoles(reader, row);
  return columns && accepts(columns) ? columns : undefined;
}

function sameColumns(
  a: Partial<Record<ColumnRole, number>>,
  b: Partial<Record<ColumnRole, number>>
): boolean {
  return a.indikator === b.indikator && a.rumus === b.rumus;
}

/**
 * The columns a header spans: from its recognised columns outwards over neighbouring header cells
 * that have text (a "Departemen" or "Uraian" column of its own name), and over an unnamed column
 * on the left whose cells below are numbers ("1.", "2."), as a No column without a heading.
 */
function headerSpan(
  reader: GridReader,
  top: number,
  bottom: number,
  first: number,
  last: number
): { firstCol: number; lastCol: number } {
  const named = (c: number) => reader.text(top, c) !== "" || reader.text(bottom, c) !== "";
  let firstCol = first;
  while (firstCol > 0 && named(firstCol - 1)) firstCol--;
  if (firstCol > 0 && !named(firstCol - 1)) {
    const below = reader.ownText(bottom + 1, firstCol - 1);
    if (/^\d+(\.\d+)*\.?\)?$/.test(below)) firstCol--;
  }
  let lastCol = last;
  while (lastCol + 1 < reader.colCount && named(lastCol + 1)) lastCol++;
  return { firstCol, lastCol };
}

/**
 * A header repeated after a page break says the same words; "Indikator | Rumus" under a table
 * headed "INDIKATOR TUJUAN | RUMUS" starts a table of its own.
 */
function sameHeaderTexts(
  reader: GridReader,
  a: number,
  b: number,
  columns: Partial<Record<ColumnRole, number>>
): boolean {
  return (["indikator", "rumus"] as ColumnRole[]).every((role) => {
    const c = columns[role];
    return c === undefined || normaliseText(reader.text(a, c)) === normaliseText(reader.text(b, c));
  });
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

/**
 * The indicator tables of a grid. Header-like rows that name two or more known columns, among
 * them Indikator or Rumus, or both Sumber Data and Penanggung Jawab (an IKI table whose indicator
 * column has a name of its own), but do not make a table are added to `rejected` when given.
 */
export function detectTables(reader: GridReader, rejected?: RejectedHeader[]): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let row = 0;
  while (row < reader.rowCount) {
    const two = twoRowHeader(reader, row);
    const twoRows = two !== undefined && accepts(two);
    const roles = twoRows ? two : headerRoles(reader, row);
    // A matrix of positions is not an indicator table: neither accepted nor "not recognised".
    if (roles && namesPositions(reader, row)) {
      row++;
      continue;
    }
    const columns = roles && accepts(roles) ? roles : undefined;
    if (!columns) {
      if (roles && rejected && looksLikeIndicatorHeader(roles)) {
        const cols = Object.values(roles) as number[];
        rejected.push({ row, firstCol: cols.reduce((x, y) => Math.min(x, y)), columns: roles });
      }
      row++;
      continue;
    }
    const roleCols = Object.values(columns) as number[];
    const table: DetectedTable = {
      headerRow: row,
      lastHeaderRow: twoRows ? row + 1 : row,
      ...headerSpan(
        reader,
        row,
        twoRows ? row + 1 : row,
        roleCols.reduce((a, b) => Math.min(a, b)),
        roleCols.reduce((a, b) => Math.max(a, b))
      ),
      columns,
      bodyRows: [],
      jenis: jenisOf(columns),
    };
    // A header spread over two rows ("SASARAN" / "(PROGRAM)") or a row of column numbers
    // (1, 2, 3 ...) under it is part of the header.
    let r = table.lastHeaderRow + 1;
    while (r < reader.rowCount && isHeaderContinuation(reader, r, columns)) r++;
    let blanks = 0;
    for (; r < reader.rowCount; r++) {
      const prepared = isPreparedRow(reader, r, table);
      if (!prepared && reader.isRowBlank(r)) {
        if (++blanks >= BLANK_RUN_ENDS_TABLE) break;
        continue;
      }
      const again = headerColumns(reader, r);
      if (again) {
        if (
          blanks < BLANK_RUN_ENDS_TABLE &&
          sameColumns(again, columns) &&
          sameHeaderTexts(reader, table.lastHeaderRow, r, columns)
        ) {
          blanks = 0;
          continue; // the header repeated after a page break
        }
        break; // a new table starts
      }
      if (isSignatureRow(reader, r, columns) || (!prepared && isForeignRow(reader, r, columns)))
        break;
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
 * A row of a form prepared to be filled: a formula in one of the table's columns ("=IKI.CAPAIAN
 * (I7;H7)", whose result is empty until Target and Realisasi are filled) and no text of its own
 * elsewhere. Such rows belong to the table (an empty template is a table with rows to fill, not a
 * header with nothing under it).
 */
function isPreparedRow(reader: GridReader, row: number, table: DetectedTable): boolean {
  for (let c = table.firstCol; c <= table.lastCol; c++) {
    if (reader.formula(row, c)) return true;
    // Read from a file without cached results, a formula is its text.
    if (reader.ownText(row, c).startsWith("=")) return true;
  }
  return false;
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
  // A row of column numbers: "(1) (2) (3) ...", or "2 3 4 5" when the first is blank, in
  // increasing order across the whole row (numbers of unknown columns included).
  const all: number[] = [];
  let onlyNumbers = true;
  for (let c = 0; c < reader.colCount && onlyNumbers; c++) {
    const t = reader.ownText(row, c);
    if (t === "") continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (m) all.push(Number(m[1]));
    else onlyNumbers = false;
  }
  const numbering =
    onlyNumbers && all.length >= 2 && all.every((n, i) => i === 0 || n > all[i - 1]);
  // "(PROGRAM)" style header tails.
  const tails = texts.every((t) => /^\(.*\)$/.test(t) && !/\d/.test(t));
  return numbering || tails;
}
