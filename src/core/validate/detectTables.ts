/**
 * Finds IKI/IKU tables anywhere in a grid (issue #25: the shape of a table, not the corpus's
 * words). A table is a header band of one to four rows (headerBand.ts) whose columns take roles
 * from their words and their content together (columnRoles.ts), with an Indikator column and
 * what makes it an indicator table: a formula, measurements, a Sumber Data or Penanggung Jawab.
 * Several tables per sheet; repeated page-break headers skipped; summary rows ("Jumlah",
 * "Rata-rata Capaian") kept apart from the indicators; a table ends at a run of blank rows, a
 * title line or the signature block. Indicator records written vertically are the other shape
 * (records.ts).
 */
import { normaliseText } from "../catalogue/normalise";
import { GridReader } from "../grid";
import {
  ColumnRole,
  CORE_ROLES,
  MATRIX_COLUMN_WORDS,
  POSITION_COLUMN_WORDS,
  POSITION_COLUMNS_MIN,
} from "./columnVocabulary";
import {
  describeInferred,
  isMeasure,
  MeasureRole,
  resolveColumns,
  RoleColumn,
} from "./columnRoles";
import { cellFacts } from "./cellKind";
import { IDENTITY_LABELS } from "./contentVocabulary";
import { HeaderBand, readBand } from "./headerBand";
import { headerLike, roleOf, weakRoleOf } from "./headerWords";
import { RecordCells } from "./records";
import { summaryLabel } from "./summaryRows";

export type { ColumnRole } from "./columnVocabulary";
export { roleOf } from "./headerWords";

/** A summary row of a table ("Jumlah", "Rata-rata Capaian"), not an indicator. */
export interface SummaryRow {
  r: number;
  /** The column its label is in. */
  c: number;
  rataRata: boolean;
}

export interface DetectedTable {
  /** "baris": a header over rows; "rekaman": indicator records written one field per row. */
  bentuk: "baris" | "rekaman";
  /** The (first) header row. */
  headerRow: number;
  /**
   * The last header row with column names: the header row itself, or the row of sub-headers
   * under a group header ("Target" over "TH 2016 | TH 2017"). The table is reported there, as a
   * reader names a header by it. For records, the row of the (first) record's name field.
   */
  lastHeaderRow: number;
  /** Columns of the header that span it (grid coordinates), for the "A8:F8" address. */
  firstCol: number;
  lastCol: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** Target, Realisasi and Capaian columns with the period each names. */
  measures: Array<{ role: MeasureRole; period: string; col: number }>;
  /** Body rows (grid coordinates) that belong to the table, page-break headers excluded. */
  bodyRows: number[];
  /** Summary rows among the body, not counted as indicators. */
  ringkasan: SummaryRow[];
  /** For records: each record's cells, by role (its name's row is its body row). */
  records?: RecordCells[];
  /** Roles inferred from content rather than read from the header ("kolom C dianggap ..."). */
  dugaan: string[];
  /**
   * A table of one indicator measured per period (its rows are years or quarters): the indicator,
   * named above the table. Its "Indikator" column is then the column of the periods.
   */
  namaIndikator?: string;
  /**
   * Indicators across the columns (one sub-column per indicator under "Indikator Mutu (%)", each
   * row a report of a hospital or a month): the indicators' columns. Such a table has no
   * Indikator column; its rows hold values only, with nothing a row rule checks.
   */
  indikatorLintang?: number[];
  /**
   * "indikator": a table that defines indicators (Rumus, Sumber Data, Penanggung Jawab);
   * "pengukuran": one that measures or plans them (Target, Realisasi, Capaian, with none of those
   * columns), as Perjanjian Kinerja, Renstra and LKjIP tables do; "skp": an SKP's RHK and
   * indicators (an Aspek or a Perspektif column), issue #28.
   */
  jenis: "indikator" | "pengukuran" | "skp";
}

/** The rows a table takes, its header band to its last body or summary row. */
export function tableRows(t: DetectedTable): [number, number] {
  const last = Math.max(
    t.lastHeaderRow,
    t.bodyRows[t.bodyRows.length - 1] ?? t.lastHeaderRow,
    ...t.ringkasan.map((s) => s.r),
    ...(t.records ?? []).map((x) => x.lastRow)
  );
  return [t.headerRow, last];
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
  lastCol?: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** A block of text with no header at all: its last row. */
  lastRow?: number;
}

/** Lines that start the signature block under a table. */
const SIGNATURE = /^(mengetahui|menyetujui|lumajang\s*,|nip\b|nip\.|ttd\.?$|pembina\b|penata\b)/i;
/** A code before a heading's name: "2.1.", "2.1.1.1 ", "1. ", "IV. ", "A. ". */
const HEADING_CODE = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,4}\.|[A-Z]\.)\s*[A-Za-z]/;
/** An identity line ("1. JABATAN :", "Nama :"), which ends a table rather than heading a group. */
const IDENTITY_LINE = new RegExp(
  `^(?:\\d+[.)]|[-•*])?\\s*(?:${IDENTITY_LABELS.join("|")})\\s*:`,
  "i"
);
/** A note under a table, alone on its row: "Sumber : Bappeda", "Keterangan: ...", "Catatan :". */
const NOTE_LINE = /^(sumber(\s+data)?|keterangan|ket|catatan|note)\s*:/i;

const BLANK_RUN_ENDS_TABLE = 2;

/**
 * Whether a row can start a header: two or more cells, each short enough to name a column, and
 * at least two of them naming a role by the vocabulary's words (strong or weak). A cheap test,
 * run on every row.
 */
function mayStartHeader(reader: GridReader, row: number): boolean {
  const values = reader.grid.values[row];
  if (!values) return false;
  let cells = 0;
  let named = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || v === "") continue;
    const m = reader.merge(row, c);
    if (m && (m.top !== row || m.left !== c)) continue;
    const t = String(v).trim();
    if (t === "") continue;
    cells++;
    if (roleOf(t) || weakRoleOf(t)) named++;
  }
  return cells >= 2 && named >= 1;
}

const POSITION_WORD = new RegExp(`^(?:${POSITION_COLUMN_WORDS.join("|")})\\b`);
const MATRIX_WORD = new RegExp(`^(?:${MATRIX_COLUMN_WORDS.join("|")})\\b`);

/** Whether a header row is a cascading matrix's: positions across its columns (Matriks Peran Hasil). */
export function namesPositions(reader: GridReader, row: number): boolean {
  let n = 0;
  let matrix = false;
  for (let c = 0; c < reader.colCount; c++) {
    const text = normaliseText(reader.ownText(row, c));
    if (MATRIX_WORD.test(text)) matrix = true;
    if (POSITION_WORD.test(text) && ++n >= POSITION_COLUMNS_MIN) return true;
  }
  // A matrix word ("Intervensi") with one position column: a road map's "Intervensi" column
  // beside Indikator | Target is no matrix.
  return matrix && n >= 1;
}

/**
 * Whether a header's columns make an indicator table: an Indikator column with a Rumus column
 * (or a fraction over Pembilang | Penyebut), a Sumber Data or Penanggung Jawab column, a Sasaran
 * column and at least one more of No / Sumber Data / Penanggung Jawab (the 4-column Ranuyoso
 * table has No, Sasaran, IKI, Rumus), or measurements (Target, Realisasi, Capaian).
 */
function accepts(
  columns: Partial<Record<ColumnRole, number>>,
  yearColumns = 0,
  across = 0
): boolean {
  // Indicators across the columns, one report per row ("Indikator Mutu (%)" over 13 columns).
  if (columns.indikator === undefined) return across >= 2;
  // A data table of an indicator's values per year ("Indikator | Satuan | 2019 | 2020 | ...").
  if (yearColumns >= 2) return true;
  if (columns.rumus !== undefined) return true;
  if (columns.pembilang !== undefined && columns.penyebut !== undefined) return true;
  if (columns.sumber !== undefined || columns.pj !== undefined) return true;
  if (
    columns.target !== undefined ||
    columns.realisasi !== undefined ||
    columns.capaian !== undefined
  )
    return true;
  const core = CORE_ROLES.filter((r) => columns[r] !== undefined).length;
  return columns.sasaran !== undefined && core >= 3;
}

/**
 * A measurement or plan table: measures (Target, Realisasi, Capaian, or values per year) and no
 * formula column. Its
 * indicators are defined elsewhere, so a Sumber Data column beside the measures (an SDG or LKjIP
 * table) does not make it a table that must also name a Penanggung Jawab.
 */
function jenisOf(
  columns: Partial<Record<ColumnRole, number>>,
  yearColumns: number,
  across = 0
): DetectedTable["jenis"] {
  // An SKP has no formula column: an "Aspek" beside a Rumus is an LPPD table's aspect (urusan).
  if (
    (columns.aspek !== undefined || columns.perspektif !== undefined) &&
    formulaColumn(columns) === undefined
  )
    return "skp";
  const measures =
    yearColumns >= 2 ||
    across >= 2 ||
    columns.target !== undefined ||
    columns.realisasi !== undefined ||
    columns.capaian !== undefined;
  return measures && formulaColumn(columns) === undefined ? "pengukuran" : "indikator";
}

function looksLikeIndicatorHeader(roles: Partial<Record<ColumnRole, number>>): boolean {
  return (
    roles.indikator !== undefined ||
    roles.rumus !== undefined ||
    (roles.sumber !== undefined && roles.pj !== undefined)
  );
}

/** A header read at a row: its band and the roles of its columns. */
interface Header {
  band: HeaderBand;
  columns: Partial<Record<ColumnRole, number>>;
  roles: RoleColumn[];
  /** Columns named by the vocabulary's words (strong or weak). */
  named: number;
  yearColumns: number;
  /** For a table of one indicator per period: the indicator, named above the table. */
  namaIndikator?: string;
  /** Indicators across the columns: their columns. */
  indikatorLintang?: number[];
}

/** Rows under a band, for profiling its columns: until a blank run, a signature or a new header. */
function sampleRows(reader: GridReader, band: HeaderBand, limit: number): number[] {
  const rows: number[] = [];
  let blanks = 0;
  for (let r = band.bottom + 1; r < reader.rowCount && rows.length < limit; r++) {
    if (reader.isRowBlank(r)) {
      if (rows.length > 0 || ++blanks >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    rows.push(r);
  }
  return rows;
}

/** The header that starts at `row`, when the row can start one. */
function headerAt(reader: GridReader, row: number): Header | undefined {
  if (!mayStartHeader(reader, row)) return undefined;
  const band = readBand(reader, row);
  if (band.labels.length < 2) return undefined;
  // Two header cells (a cell merged over several columns counts once) name a role by words.
  const naming = new Set<string>();
  for (const l of band.labels)
    l.parts.forEach((p, i) => {
      const span = l.spans[i];
      if (roleOf(p) || weakRoleOf(p)) naming.add(span ? `${p}@${span.left}` : `${p}@${l.col}`);
    });
  const named = naming.size;
  if (named < 2) return undefined;
  // Header cells are short: a row of long texts is a body row that happens to hold header words.
  for (const l of band.labels) if (l.parts.some((p) => !headerLike(p))) return undefined;
  const resolved = resolveColumns(reader, band, sampleRows(reader, band, 30));
  const header: Header = {
    band,
    columns: resolved.columns,
    roles: resolved.roles,
    named,
    yearColumns: resolved.yearColumns,
    ...(resolved.indikatorLintang ? { indikatorLintang: resolved.indikatorLintang } : {}),
  };
  if (resolved.periodColumn !== undefined) {
    // One indicator measured per period: its rows are periods, its name the title above.
    const title = titleAbove(reader, band.top);
    if (title) {
      header.columns = { ...resolved.columns, indikator: resolved.periodColumn };
      header.namaIndikator = title;
      header.roles = [
        ...resolved.roles,
        {
          col: resolved.periodColumn,
          role: "indikator" as const,
          period: "",
          dari: "dugaan" as const,
          alasan: `satu indikator per periode; indikatornya judul di atas tabel '${title.length > 40 ? `${title.slice(0, 39)}…` : title}'`,
        },
      ].sort((a, b) => a.col - b.col);
    }
  }
  return header;
}

/** Captions that name a table, not an indicator ("Tabel III.1 ...", "Grafik 2 ..."). */
const CAPTION = /^(?:tabel|table|gambar|grafik|diagram|lampiran|bab)\b/i;

/**
 * The text right above a header that names what the table measures: the nearest row, within
 * three rows, holding a single text (often merged across the table) that is no caption.
 */
function titleAbove(reader: GridReader, top: number): string | undefined {
  for (let r = top - 1; r >= Math.max(0, top - 3); r--) {
    const texts: string[] = [];
    for (let c = 0; c < reader.colCount; c++) {
      const m = reader.merge(r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      const t = reader.ownText(r, c);
      if (t !== "") texts.push(t);
    }
    if (texts.length === 0) continue;
    if (texts.length !== 1 || CAPTION.test(texts[0])) return undefined;
    return texts[0].replace(/\s+/g, " ").trim();
  }
  return undefined;
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
  band: HeaderBand,
  first: number,
  last: number
): { firstCol: number; lastCol: number } {
  const named = (c: number) => {
    for (let r = band.top; r <= band.namesRow; r++) if (reader.text(r, c) !== "") return true;
    return false;
  };
  let firstCol = Math.min(first, band.firstCol);
  while (firstCol > 0 && named(firstCol - 1)) firstCol--;
  if (firstCol > 0 && !named(firstCol - 1)) {
    const below = reader.ownText(band.bottom + 1, firstCol - 1);
    if (/^\d+(\.\d+)*\.?\)?$/.test(below)) firstCol--;
  }
  let lastCol = Math.max(last, band.lastCol);
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
  let cells = 0;
  let note = false;
  for (let c = 0; c < reader.colCount; c++) {
    const t = reader.ownText(row, c);
    if (SIGNATURE.test(reader.text(row, c))) return true;
    if (t === "" || (reader.merge(row, c)?.left ?? c) !== c) continue;
    if (++cells === 1) note = NOTE_LINE.test(t);
  }
  return note && cells === 1;
}

/**
 * Whether a body row may start a header (a page-break repeat or a new table): its Indikator
 * cell is empty or names a role, as a header's cell over that column does. A cheap test before
 * reading a band, run on every body row.
 */
function mayRepeatHeader(reader: GridReader, row: number, table: DetectedTable): boolean {
  const c = table.columns.indikator;
  if (c === undefined) return true;
  const t = reader.ownText(row, c);
  return (
    t === "" || namesRole(t) || t === reader.text(table.headerRow, c) // the same words as the table's own header
  );
}

/** Whether a text names a role by the vocabulary's words (memoised: a table's texts repeat). */
const namesRoleMemo = new Map<string, boolean>();
function namesRole(text: string): boolean {
  let known = namesRoleMemo.get(text);
  if (known === undefined) {
    if (namesRoleMemo.size > 20_000) namesRoleMemo.clear();
    namesRoleMemo.set(text, (known = roleOf(text) !== undefined || weakRoleOf(text) !== undefined));
  }
  return known;
}

/**
 * The label of a summary row: in the Indikator column, or in the first cell of the row within
 * the table (a "Rata-rata Capaian" merged over No and Indikator, or written in the No column).
 */
function summaryAt(reader: GridReader, row: number, table: DetectedTable): SummaryRow | undefined {
  const ind = table.columns.indikator;
  const candidates: number[] = [];
  if (ind !== undefined) candidates.push(ind);
  for (let c = table.firstCol; c <= table.lastCol && candidates.length < 4; c++)
    if (c !== ind) candidates.push(c);
  for (const c of candidates) {
    const t = reader.ownText(row, c);
    if (t === "") continue;
    const s = summaryLabel(t);
    if (s) return { r: row, c, rataRata: s.rataRata };
    if (c === ind) return undefined; // the indicator cell holds something else
    if (!/^\d+\.?$/.test(t)) return undefined;
  }
  return undefined;
}

/**
 * The indicator tables of a grid (header rows; records are found by records.ts). Header-like rows
 * that name two or more known columns, among them Indikator or Rumus, or both Sumber Data and
 * Penanggung Jawab, but do not make a table are added to `rejected` when given.
 */
export function detectTables(reader: GridReader, rejected?: RejectedHeader[]): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let row = 0;
  while (row < reader.rowCount) {
    const header = headerAt(reader, row);
    // A matrix of positions is not an indicator table: neither accepted nor "not recognised".
    if (!header || namesPositions(reader, row)) {
      row++;
      continue;
    }
    const { band, columns, roles } = header;
    if (!accepts(columns, header.yearColumns, header.indikatorLintang?.length)) {
      if (rejected && looksLikeIndicatorHeader(columns)) {
        const cols = Object.values(columns) as number[];
        rejected.push({
          row,
          firstCol: Math.min(band.firstCol, ...cols),
          lastCol: band.lastCol,
          columns,
        });
      }
      row++;
      continue;
    }
    const roleCols = roles.map((r) => r.col);
    const table: DetectedTable = {
      bentuk: "baris",
      headerRow: band.top,
      lastHeaderRow: band.namesRow,
      ...headerSpan(reader, band, Math.min(...roleCols), Math.max(...roleCols)),
      columns,
      measures: roles
        .filter((r): r is RoleColumn & { role: MeasureRole } => isMeasure(r.role))
        .map((r) => ({ role: r.role, period: r.period, col: r.col })),
      bodyRows: [],
      ringkasan: [],
      dugaan: roles.filter((r) => r.dari === "dugaan").map((r) => describeInferred(r, reader.grid)),
      jenis: jenisOf(columns, header.yearColumns, header.indikatorLintang?.length),
      ...(header.namaIndikator ? { namaIndikator: header.namaIndikator } : {}),
      ...(header.indikatorLintang ? { indikatorLintang: header.indikatorLintang } : {}),
    };
    // A header spread over two rows ("SASARAN" / "(PROGRAM)") or a row of column numbers
    // (1, 2, 3 ...) under it is part of the header.
    let r = band.bottom + 1;
    while (r < reader.rowCount && isHeaderContinuation(reader, r, columns)) r++;
    let blanks = 0;
    for (; r < reader.rowCount; r++) {
      const prepared = isPreparedRow(reader, r, table);
      if (!prepared && reader.isRowBlank(r)) {
        if (++blanks >= BLANK_RUN_ENDS_TABLE) break;
        continue;
      }
      const again = mayRepeatHeader(reader, r, table) ? headerAt(reader, r) : undefined;
      if (again && accepts(again.columns, again.yearColumns, again.indikatorLintang?.length)) {
        // A table of one indicator per period repeats its header under the next indicator's
        // title: that is the next table, and the title row is not this table's.
        const nextIndicator =
          table.namaIndikator !== undefined && again.namaIndikator !== table.namaIndikator;
        if (
          blanks < BLANK_RUN_ENDS_TABLE &&
          !nextIndicator &&
          sameColumns(again.columns, columns) &&
          sameHeaderTexts(reader, table.lastHeaderRow, again.band.namesRow, columns)
        ) {
          blanks = 0;
          r = again.band.bottom;
          continue; // the header repeated after a page break
        }
        if (nextIndicator && table.bodyRows[table.bodyRows.length - 1] === r - 1)
          table.bodyRows.pop();
        break; // a new table starts
      }
      const summary = summaryAt(reader, r, table);
      if (summary) {
        blanks = 0;
        table.ringkasan.push(summary);
        continue;
      }
      if (
        isSignatureRow(reader, r, columns) ||
        (!prepared && isForeignRow(reader, r, columns, table.firstCol))
      )
        break;
      blanks = 0;
      table.bodyRows.push(r);
    }
    // A header with nothing under it is a table without indicators, unless it repeats the header
    // of a table above on the same sheet (a page-break header before the signature).
    if (table.bodyRows.length > 0 || !tables.some((t) => sameColumns(t.columns, columns)))
      tables.push(table);
    row = Math.max(r, band.bottom + 1);
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
  columns: Partial<Record<ColumnRole, number>>,
  firstCol: number
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
    if (cellFacts(t).kind === "angka") return false; // a number in the table's columns
    if (c > firstCol) return false; // text inside the table (a heading of its own column)
    // A group heading with its code in the No column ("2.1.1 Upaya Promosi Kesehatan", "A.
    // Urusan Wajib"), but not an identity line numbered the same way ("1. JABATAN : ...").
    if (c === columns.no && HEADING_CODE.test(t) && !IDENTITY_LINE.test(t)) return false;
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
