/**
 * The catalogue as worksheets, so the central office can maintain it in Excel: one sheet per
 * unit in the standard six columns plus the catalogue's own fields, and sheets for the header,
 * the units and the positions. Pure data both ways; reading and writing .xlsx is the caller's.
 */
import type { SparseSheet } from "../sparseGrid";
import { KatalogError, checkKatalog } from "./loadKatalog";
import { Entri, Jabatan, KatalogData, Unit } from "./types";
import { columnName } from "../grid";

export type SheetCell = string | number | null;
export interface SheetData {
  name: string;
  header: string[];
  rows: SheetCell[][];
  /** Suggested column widths in characters (for the writer). */
  widths?: number[];
}

export const HEADER_SHEET = "Katalog";
export const UNIT_SHEET = "Unit";
export const JABATAN_SHEET = "Jabatan";

type FieldKind = "text" | "list" | "json" | "int";
interface Column<T> {
  title: string;
  field: keyof T;
  kind: FieldKind;
  width: number;
  /** Added after the first export format: a sheet written before it may lack the column. */
  since?: string;
}

/** The six standard columns first, in the order every IKI/IKU table uses. */
const ENTRI_COLUMNS: Column<Entri>[] = [
  { title: "No", field: "nomor", kind: "text", width: 6 },
  { title: "Sasaran", field: "sasaran", kind: "text", width: 32 },
  { title: "Indikator Kinerja", field: "indikator", kind: "text", width: 36 },
  { title: "Rumus/Formula Perhitungan", field: "rumus", kind: "text", width: 48 },
  { title: "Sumber Data", field: "sumberData", kind: "text", width: 24 },
  { title: "Penanggung Jawab", field: "penanggungJawab", kind: "text", width: 24 },
  { title: "id", field: "id", kind: "text", width: 30 },
  { title: "jenis", field: "jenis", kind: "text", width: 14 },
  { title: "satuan", field: "satuan", kind: "text", width: 10 },
  { title: "polaritas", field: "polaritas", kind: "text", width: 10 },
  { title: "level", field: "level", kind: "text", width: 20 },
  { title: "unit", field: "unit", kind: "text", width: 16 },
  { title: "jabatan", field: "jabatan", kind: "list", width: 26 },
  { title: "alias", field: "aliases", kind: "list", width: 36 },
  { title: "rumus koreksi", field: "rumusKoreksi", kind: "text", width: 40 },
  { title: "penjelasan", field: "penjelasan", kind: "text", width: 40 },
  { title: "induk", field: "induk", kind: "text", width: 24 },
  { title: "dasar induk (JSON)", field: "indukDasar", kind: "json", width: 40, since: "2026-12" },
  { title: "batas waktu (JSON)", field: "batasWaktu", kind: "json", width: 30 },
  { title: "cacat (JSON)", field: "cacat", kind: "json", width: 40 },
  { title: "catatan", field: "catatan", kind: "text", width: 40 },
  { title: "provenance (JSON)", field: "provenance", kind: "json", width: 40 },
];

const UNIT_COLUMNS: Column<Unit>[] = [
  { title: "id", field: "id", kind: "text", width: 28 },
  { title: "nomor", field: "nomor", kind: "text", width: 6 },
  { title: "nama", field: "nama", kind: "text", width: 36 },
  { title: "singkatan", field: "singkatan", kind: "list", width: 14 },
  { title: "jenis", field: "jenis", kind: "text", width: 16 },
  { title: "pimpinan", field: "pimpinan", kind: "text", width: 16, since: "2026-12" },
  { title: "tugas pokok", field: "tugasPokok", kind: "text", width: 40 },
  { title: "fungsi", field: "fungsi", kind: "list", width: 40 },
  { title: "visi", field: "visi", kind: "text", width: 30 },
  { title: "misi", field: "misi", kind: "list", width: 30 },
  { title: "tujuan", field: "tujuan", kind: "list", width: 36 },
  { title: "indikator tujuan", field: "indikatorTujuan", kind: "list", width: 36 },
  { title: "catatan", field: "catatan", kind: "text", width: 30 },
  { title: "provenance (JSON)", field: "provenance", kind: "json", width: 40 },
];

const JABATAN_COLUMNS: Column<Jabatan>[] = [
  { title: "id", field: "id", kind: "text", width: 30 },
  { title: "unit", field: "unit", kind: "text", width: 14 },
  { title: "nama", field: "nama", kind: "text", width: 36 },
  { title: "alias", field: "aliases", kind: "list", width: 30 },
  { title: "atasan", field: "atasan", kind: "text", width: 30 },
  { title: "jenjang", field: "jenjang", kind: "text", width: 14, since: "2026-12" },
  { title: "tugas pokok", field: "tugasPokok", kind: "text", width: 40 },
  { title: "fungsi", field: "fungsi", kind: "list", width: 40 },
  { title: "tujuan", field: "tujuan", kind: "list", width: 36 },
  { title: "indikator tujuan", field: "indikatorTujuan", kind: "list", width: 36 },
  { title: "catatan", field: "catatan", kind: "text", width: 30 },
  { title: "provenance (JSON)", field: "provenance", kind: "json", width: 40 },
];

const REQUIRED_TEXT = new Set(["sasaran", "rumus", "sumberData", "penanggungJawab"]);

function toCell(value: unknown, kind: FieldKind): SheetCell {
  if (value === undefined || value === null) return null;
  if (kind === "list") return (value as string[]).join("\n");
  if (kind === "json") return JSON.stringify(value);
  return value as string | number;
}

function toRow<T>(item: T, columns: Column<T>[]): SheetCell[] {
  return columns.map((c) => toCell(item[c.field], c.kind));
}

const MAX_SHEET_NAME = 31;

export function katalogToSheets(data: KatalogData): SheetData[] {
  const header: SheetData = {
    name: HEADER_SHEET,
    header: ["kolom", "nilai"],
    widths: [16, 100],
    rows: [
      ["id", data.id],
      ["judul", data.judul],
      ...data.dasarHukum.map((d): SheetCell[] => ["dasarHukum", d]),
      ["periode.mulai", data.periode.mulai],
      ["periode.selesai", data.periode.selesai],
      ["periode.catatan", data.periode.catatan ?? null],
      ["versi", data.versi],
      ["catatan", data.catatan ?? null],
    ],
  };
  const sheets: SheetData[] = [
    header,
    sheet(UNIT_SHEET, UNIT_COLUMNS, data.unit),
    sheet(JABATAN_SHEET, JABATAN_COLUMNS, data.jabatan),
  ];
  for (const unit of data.unit) {
    const rows = data.entri.filter((e) => e.unit === unit.id);
    if (rows.length > 0) sheets.push(sheet(unit.id.slice(0, MAX_SHEET_NAME), ENTRI_COLUMNS, rows));
  }
  return sheets;
}

function sheet<T>(name: string, columns: Column<T>[], items: T[]): SheetData {
  return {
    name,
    header: columns.map((c) => c.title),
    widths: columns.map((c) => c.width),
    rows: items.map((i) => toRow(i, columns)),
  };
}

/** Reads sheets back into a catalogue; every problem names its sheet and cell. */
export function sheetsToKatalog(sheets: SheetData[], source: string): KatalogData {
  const problems: string[] = [];
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const headerSheet = byName.get(HEADER_SHEET);
  const unitSheet = byName.get(UNIT_SHEET);
  const jabatanSheet = byName.get(JABATAN_SHEET);
  for (const [name, s] of [
    [HEADER_SHEET, headerSheet],
    [UNIT_SHEET, unitSheet],
    [JABATAN_SHEET, jabatanSheet],
  ] as const) {
    if (!s) problems.push(`lembar "${name}" tidak ada`);
  }
  if (problems.length) throw new KatalogError(source, problems);

  const meta = new Map<string, SheetCell[]>();
  for (const row of headerSheet!.rows) {
    if (!row) continue; // a row with no cell (rows read from a file are sparse)
    const [key, value] = row;
    const k = String(key ?? "").trim();
    if (k) meta.set(k, [...(meta.get(k) ?? []), value]);
  }
  const first = (k: string) => {
    const v = meta.get(k)?.[0];
    return v === null || v === undefined || v === "" ? undefined : v;
  };
  const data: KatalogData = {
    id: String(first("id") ?? ""),
    judul: String(first("judul") ?? ""),
    dasarHukum: (meta.get("dasarHukum") ?? []).filter((v) => v !== null && v !== "").map(String),
    periode: {
      mulai: Number(first("periode.mulai")),
      selesai: Number(first("periode.selesai")),
      ...(first("periode.catatan") !== undefined && { catatan: String(first("periode.catatan")) }),
    },
    versi: String(first("versi") ?? ""),
    ...(first("catatan") !== undefined && { catatan: String(first("catatan")) }),
    unit: readItems(unitSheet!, UNIT_COLUMNS, problems),
    jabatan: readItems(jabatanSheet!, JABATAN_COLUMNS, problems),
    entri: [],
  };
  for (const s of sheets) {
    if (s === headerSheet || s === unitSheet || s === jabatanSheet) continue;
    data.entri.push(...readItems(s, ENTRI_COLUMNS, problems));
  }
  if (problems.length === 0) problems.push(...checkKatalog(data));
  if (problems.length) throw new KatalogError(source, problems);
  return data;
}

function readItems<T>(s: SheetData, columns: Column<T>[], problems: string[]): T[] {
  const position = columns.map((c) =>
    s.header.findIndex((h) => String(h ?? "").trim() === c.title)
  );
  columns.forEach((c, i) => {
    if (position[i] < 0 && !c.since)
      problems.push(`lembar "${s.name}": kolom "${c.title}" tidak ada`);
  });
  if (columns.some((c, i) => position[i] < 0 && !c.since)) return [];
  const items: T[] = [];
  s.rows.forEach((row, r) => {
    if (row.every((v) => v === null || v === "")) return;
    const item: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      if (position[i] < 0) return; // a column the sheet's format did not have yet
      const raw = row[position[i]];
      const address = `${s.name}!${columnName(position[i])}${r + 2}`;
      const text = raw === null || raw === undefined ? "" : String(raw);
      if (text.trim() === "") {
        if (REQUIRED_TEXT.has(String(c.field))) item[c.field as string] = "";
        return;
      }
      switch (c.kind) {
        case "list":
          item[c.field as string] = text
            .split(/\r?\n/)
            .map((t) => t.trim())
            .filter(Boolean);
          break;
        case "json":
          try {
            item[c.field as string] = JSON.parse(text);
          } catch {
            problems.push(`${address}: JSON tidak sah pada kolom "${c.title}"`);
          }
          break;
        default:
          item[c.field as string] = text;
      }
    });
    items.push(item as T);
  });
  return items;
}

/**
 * Every worksheet read from a file as header row + data rows (the first row is the header). Rows
 * without a cell are holes of the array (forEach skips them), so a value far down costs one row,
 * not a million.
 */
export function sparseToSheetData(sheets: SparseSheet[]): SheetData[] {
  return sheets.map((sheet) => {
    const rows: SheetCell[][] = [];
    let width = 0;
    for (const c of sheet.cells) width = Math.max(width, c.col + 1);
    for (const c of sheet.cells) {
      const row = (rows[c.row] ??= new Array<SheetCell>(width).fill(null));
      row[c.col] = typeof c.value === "boolean" ? (c.value ? "TRUE" : "FALSE") : c.value;
    }
    const header = rows[0] ?? [];
    return {
      name: sheet.name,
      header: header.map((h) => (h === null ? "" : String(h))),
      rows: rows.slice(1),
    };
  });
}
