/**
 * Indicator records (issue #25): metadata written vertically, one field per row, as Satu Data
 * Indonesia's *metadata indikator*, a Manual IKU or a hospital's *profil indikator* write it:
 *
 *     | Nama Indikator      | : | Persentase desa ... |
 *     | Definisi            | : | ...                 |
 *     | Rumus / Cara Hitung | : | ...                 |
 *     | Sumber Data         | : | ...                 |
 *
 * One record or many per sheet, stacked (a new "Nama Indikator" starts the next) or side by side
 * (one column of labels, a column per record). Each record is read into the same roles as a
 * table's row, so every rule applies to it; a field that is there but empty is found at the cell
 * where its value belongs.
 */
import { normaliseText } from "../catalogue/normalise";
import { GridReader } from "../grid";
import { ColumnRole } from "./columnVocabulary";
import {
  RECORD_FIELD_STARTS,
  RECORD_FIELDS,
  RECORD_HEADING_WORDS,
  RECORD_MIN_FIELDS,
  RecordRole,
} from "./contentVocabulary";

/** Where a record's value for a role is: its cell, and whether it follows the label in that cell. */
export interface RecordCell {
  r: number;
  c: number;
  /** "Definisi : ..." in one cell: the value is the text after the label. */
  inline?: boolean;
}

export interface RecordCells {
  /** The label cell of the record's name field (its anchor: the record's row). */
  anchor: { r: number; c: number };
  cells: Partial<Record<ColumnRole, RecordCell>>;
  /**
   * Fields a Manual IKU asks for that no table column has (issue #29): the definition and the
   * reporting period, where the record has the field.
   */
  manual?: Partial<Record<"definisi" | "periode", RecordCell>>;
  /** The last row of the record. */
  lastRow: number;
}

/** A group of records read together: stacked records are one group each, side by side one group. */
export interface RecordGroup {
  labelCol: number;
  firstRow: number;
  lastRow: number;
  lastCol: number;
  records: RecordCells[];
}

const FIELDS = new Map(RECORD_FIELDS.map((f) => [f.teks, f.peran]));
const STARTS = [...RECORD_FIELD_STARTS].sort((a, b) => b.teks.length - a.teks.length);
/** A field label's own decoration: "1.", "a.", "-", a trailing ":". */
const LEADING = /^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*])\s*/i;

/** The role a field label names, and the value written after it in the same cell, if any. */
export function fieldOf(text: string): { role: RecordRole; inline?: string } | undefined {
  if (text.length === 0) return undefined;
  // The label is what stands before a ":" or, without one on the first line, the first line
  // ("Keterangan\nP : ..."); only its first 60 characters are read, whatever the value's length.
  const colon = text.indexOf(":");
  const newline = text.indexOf("\n");
  const end = colon >= 0 && (newline < 0 || colon < newline) ? colon : newline;
  const label = end >= 0 ? text.slice(0, end) : text;
  // "SUMBER DATA / Laporan bulanan": a label and its value after a slash.
  const slashed = end < 0 ? slashedValue(text) : undefined;
  if (slashed) return slashed;
  const role =
    label.length > 60
      ? undefined
      : labelRole(label.replace(LEADING, "").replace(TRAILING_CODE, ""));
  if (!role) return undefined;
  const rest = end >= 0 ? text.slice(end + 1).trim() : "";
  return rest ? { role, inline: rest } : { role };
}

/**
 * "SUMBER DAN CARA PENGUMPULAN DATA / Laporan Monitoring": a known label, a slash, and a value
 * that is no label (a label of two names, "Referensi / Sumber Data", is read by labelRole).
 */
function slashedValue(text: string): { role: RecordRole; inline: string } | undefined {
  const slash = text.indexOf("/");
  if (slash < 0 || slash > 60) return undefined;
  const role = labelRole(text.slice(0, slash).replace(LEADING, ""));
  const rest = text.slice(slash + 1).trim();
  if (!role || rest === "" || labelRole(rest.slice(0, 60))) return undefined;
  return { role, inline: rest };
}

/** A field label's number after it: "INDIKATOR 1.1.1", "IKU 2", "Indikator 3.a". */
const TRAILING_CODE = /\s+\d{1,3}(?:\.\d{1,3})*(?:\.?[a-z])?\.?\s*$/i;

/**
 * The role of a field label: the whole label, its start, or one part of a label joined by "/"
 * ("Referensi / Sumber Data", "Metode / Rumus Penghitungan").
 */
function labelRole(label: string): RecordRole | undefined {
  const whole = (text: string) => {
    const n = normaliseText(text);
    return FIELDS.get(n) ?? STARTS.find((f) => n.startsWith(f.teks + " "))?.peran;
  };
  const direct = whole(label);
  if (direct) return direct;
  if (!label.includes("/")) return undefined;
  const parts = label
    .split("/")
    .map((p) => whole(p))
    .filter((r): r is RecordRole => !!r);
  return parts.find((r) => r !== "lain") ?? parts[0];
}

const ROLE_OF_FIELD: Partial<Record<RecordRole, ColumnRole>> = {
  indikator: "indikator",
  rumus: "rumus",
  pembilang: "pembilang",
  penyebut: "penyebut",
  satuan: "satuan",
  sumber: "sumber",
  pj: "pj",
  target: "target",
};

interface Field {
  r: number;
  c: number;
  role: RecordRole;
  inline?: string;
}

/** A ":" cell between a label and its value. */
const COLON = /^[:：]$/;

/** The value cells right of a label (a ":" cell skipped), by column. */
function valuesRight(reader: GridReader, r: number, c: number, lastCol: number): number[] {
  const m = reader.merge(r, c);
  const out: number[] = [];
  for (let k = (m ? m.right : c) + 1; k <= lastCol; k++) {
    const km = reader.merge(r, k);
    if (km && (km.left !== k || km.top !== r)) continue;
    const t = reader.ownText(r, k);
    if (t === "" || COLON.test(t)) continue;
    out.push(k);
    if (km) k = km.right;
  }
  return out;
}

/** The first column right of a label where its value belongs (after a ":" cell). */
function valueColumn(reader: GridReader, r: number, c: number): number {
  const m = reader.merge(r, c);
  let k = (m ? m.right : c) + 1;
  if (COLON.test(reader.ownText(r, k))) k++;
  return k;
}

/**
 * The record groups of a grid, outside the rows `skip` says belong to tables. A record needs its
 * name field and RECORD_MIN_FIELDS fields in all, two of them besides the name naming a role
 * (a formula, a source, a unit ...), so an identity block ("Nama", "NIP", "Jabatan") is none.
 */
export function findRecords(reader: GridReader, skip: (row: number) => boolean): RecordGroup[] {
  // Field labels by column, in row order.
  const byCol = new Map<number, Field[]>();
  for (let r = 0; r < reader.rowCount; r++) {
    if (skip(r)) continue;
    const values = reader.grid.values[r] ?? [];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (typeof v !== "string" || v.length === 0) continue;
      const m = reader.merge(r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      const text = v.trim();
      const f = fieldOf(text);
      // A label the vocabulary does not know ("Jadwal Rilis", "Sifat Data") with its value beside
      // it keeps the record going, with no role.
      const other =
        !f &&
        text.length <= 60 &&
        !/[.?!]$/.test(text) &&
        valuesRight(reader, r, c, c + 3).length > 0;
      if (!f && !other) continue;
      const list = byCol.get(c) ?? [];
      list.push(f ? { r, c, ...f } : { r, c, role: "lain" });
      byCol.set(c, list);
      // A label with its value beside it ends the row (what follows is the value); a label whose
      // value is written below it ("INDIKATOR 1.1.1" | "KONSEP DAN DEFINISI") may have another
      // label beside it.
      if (
        f &&
        f.inline === undefined &&
        valuesRight(reader, r, c, c + 3).every((k) => fieldOf(reader.ownText(r, k)) !== undefined)
      )
        continue;
      break;
    }
  }
  // Name fields by column: a record's name may stand left of its other fields (a box whose first
  // column holds "INDIKATOR 1.1.1" over the name, the second the fields).
  const names = [...byCol.values()].flat().filter((f) => f.role === "indikator");
  const groups: RecordGroup[] = [];
  for (const [c, fields] of byCol) {
    // Runs of labels with at most two rows between them (values over several lines).
    let run: Field[] = [];
    const flush = () => {
      groups.push(...recordsOfRun(reader, c, run, names));
      run = [];
    };
    for (const f of fields) {
      if (run.length > 0 && f.r - run[run.length - 1].r > 3) flush();
      run.push(f);
    }
    flush();
  }
  return groups.sort((a, b) => a.firstRow - b.firstRow || a.labelCol - b.labelCol);
}

/** The roles of a record that describe an indicator (besides its name and unknown fields). */
const DESCRIBING: ReadonlySet<RecordRole> = new Set<RecordRole>([
  "definisi",
  "rumus",
  "pembilang",
  "penyebut",
  "satuan",
  "sumber",
  "pj",
  "target",
]);

function recordsOfRun(
  reader: GridReader,
  labelCol: number,
  run: Field[],
  names: readonly Field[]
): RecordGroup[] {
  if (run.length < RECORD_MIN_FIELDS) return [];
  if (!run.some((f) => f.role === "indikator")) {
    const boxes = namesLeft(reader, run, names);
    if (boxes.length > 0) return boxes;
    const nameless = namelessRecord(reader, labelCol, run);
    return nameless ? [nameless] : [];
  }
  // Split at each name field; fields before the first name belong to the first record.
  const parts: Field[][] = [];
  let current: Field[] = [];
  for (const f of run) {
    if (f.role === "indikator" && current.some((x) => x.role === "indikator")) {
      parts.push(current);
      current = [];
    }
    current.push(f);
  }
  parts.push(current);
  const groups: RecordGroup[] = [];
  for (const fields of parts) {
    const name = fields.find((f) => f.role === "indikator");
    if (!name) continue;
    // A name and two more fields, one of them describing the indicator (Definisi, Rumus, ...);
    // fields the vocabulary does not know ("Alias", "Tipe Data") count as fields.
    if (fields.length < RECORD_MIN_FIELDS || !fields.some((f) => DESCRIBING.has(f.role))) continue;
    const lastCol = reader.colCount - 1;
    const nameValues = name.inline ? [] : valuesRight(reader, name.r, name.c, lastCol);
    const columns =
      nameValues.length >= 2
        ? nameValues
        : [name.inline ? name.c : valueColumn(reader, name.r, name.c)];
    groups.push(group(reader, labelCol, fields, columns, name));
  }
  return groups;
}

/**
 * Records whose names stand in a column left of their fields, each name starting a record: the
 * run of fields is split at the names' rows (fields on a name's row or below it, up to the next).
 */
function namesLeft(reader: GridReader, run: Field[], names: readonly Field[]): RecordGroup[] {
  const first = run[0].r;
  const last = run[run.length - 1].r;
  const left = names
    .filter((n) => n.c < run[0].c && n.r >= first - 1 && n.r <= last)
    .sort((a, b) => a.r - b.r);
  const groups: RecordGroup[] = [];
  left.forEach((name, i) => {
    const next = left[i + 1]?.r ?? Infinity;
    const fields = run.filter((f) => f.r >= name.r && f.r < next);
    if (fields.length + 1 < RECORD_MIN_FIELDS || !fields.some((f) => DESCRIBING.has(f.role)))
      return;
    // The name is written under its label ("INDIKATOR 1.1.1" over the name), else beside it.
    const m = reader.merge(name.r, name.c);
    const below = (m ? m.bottom : name.r) + 1;
    const under = reader.ownText(below, name.c);
    const title: RecordCell | undefined =
      name.inline === undefined && under !== "" && !fieldOf(under)
        ? { r: below, c: name.c }
        : undefined;
    groups.push(
      group(reader, name.c, [name, ...fields], [valueCellOf(reader, name).c], name, title)
    );
  });
  return groups;
}

/** The record's cells, one record per value column. */
function group(
  reader: GridReader,
  labelCol: number,
  fields: Field[],
  columns: number[],
  name: Field,
  title?: RecordCell
): RecordGroup {
  const lastRow = fields[fields.length - 1].r;
  const records: RecordCells[] = columns.map((col) => {
    const cells: Partial<Record<ColumnRole, RecordCell>> = title ? { indikator: title } : {};
    const manual: NonNullable<RecordCells["manual"]> = {};
    for (const f of fields) {
      if ((f.role === "definisi" || f.role === "periode") && !manual[f.role])
        manual[f.role] =
          f.inline !== undefined
            ? { r: f.r, c: f.c, inline: true }
            : columns.length > 1
              ? { r: f.r, c: col }
              : valueCellOf(reader, f);
      const role = ROLE_OF_FIELD[f.role];
      if (!role || cells[role]) continue;
      cells[role] =
        f.inline !== undefined || (f === name && name.inline)
          ? { r: f.r, c: f.c, inline: true }
          : columns.length > 1
            ? { r: f.r, c: col }
            : valueCellOf(reader, f);
    }
    return { anchor: { r: name.r, c: name.c }, cells, lastRow, manual };
  });
  return {
    labelCol,
    firstRow: fields[0].r,
    lastRow,
    lastCol: Math.max(
      ...records.flatMap((rec) =>
        Object.values(rec.cells)
          .filter((x) => x!.r >= fields[0].r)
          .map((x) => x!.c)
      )
    ),
    records,
  };
}

/**
 * A record without a name field, named by the title above it (a data portal's "Additional Info"
 * table under the dataset's title: "Field | Value", "Author", "Definisi", "Rumus Perhitungan",
 * "Sumber Data"): two describing fields or more make it an indicator's record.
 */
function namelessRecord(
  reader: GridReader,
  labelCol: number,
  run: Field[]
): RecordGroup | undefined {
  let fields = run;
  // The key-value table's own heading ("Field | Value", "Atribut | Nilai") is no field.
  const first = fields[0];
  const heading = [
    reader.ownText(first.r, first.c),
    ...valuesRight(reader, first.r, first.c, first.c + 3).map((c) => reader.ownText(first.r, c)),
  ];
  if (heading.every((t) => RECORD_HEADING.test(normaliseText(t)))) fields = fields.slice(1);
  const describing = new Set(fields.filter((f) => DESCRIBING.has(f.role)).map((f) => f.role));
  if (fields.length < RECORD_MIN_FIELDS || describing.size < 2) return undefined;
  const title = titleOver(reader, run[0].r, labelCol);
  const name = fields[0];
  return group(reader, labelCol, fields, [valueCellOf(reader, name).c], name, title);
}

const RECORD_HEADING = new RegExp(`^(?:${RECORD_HEADING_WORDS.join("|")})$`);

/** The title of the block of rows right above a record: its topmost single text, within six rows. */
function titleOver(reader: GridReader, firstRow: number, labelCol: number): RecordCell | undefined {
  let title: RecordCell | undefined;
  for (let r = firstRow - 1; r >= Math.max(0, firstRow - 6); r--) {
    let cells = 0;
    let at: RecordCell | undefined;
    for (let c = 0; c < reader.colCount; c++) {
      const m = reader.merge(r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      if (reader.ownText(r, c) === "") continue;
      cells++;
      at = { r, c };
    }
    if (cells === 0) break; // the block above ends
    if (cells === 1 && at && at.c <= labelCol + 1) title = at;
  }
  return title;
}

/**
 * Where a stacked record's field has its value: the first text right of the label; else the
 * text right under it (a label written above its value, with nothing beside either); else the
 * place right of the label.
 */
function valueCellOf(reader: GridReader, f: Field): RecordCell {
  // Text right of the label that is itself a label ("INDIKATOR 1.1" | "KONSEP DAN DEFINISI") is
  // another field, not this one's value.
  const right = valuesRight(reader, f.r, f.c, reader.colCount - 1).filter(
    (k) => !fieldOf(reader.ownText(f.r, k))
  );
  if (right.length > 0) return { r: f.r, c: right[0] };
  const m = reader.merge(f.r, f.c);
  const below = (m ? m.bottom : f.r) + 1;
  const text = below < reader.rowCount ? reader.ownText(below, f.c) : "";
  if (text !== "" && !fieldOf(text) && valuesRight(reader, below, f.c, f.c + 3).length === 0)
    return { r: below, c: f.c };
  return { r: f.r, c: valueColumn(reader, f.r, f.c) };
}

/** The text of a record's value cell ("" when empty; the text after the label when inline). */
export function recordText(reader: GridReader, cell: RecordCell | undefined): string {
  if (!cell) return "";
  const text = reader.text(cell.r, cell.c);
  if (!cell.inline) return text;
  return fieldOf(text)?.inline ?? "";
}
