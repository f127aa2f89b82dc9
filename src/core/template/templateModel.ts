/**
 * The standard IKI/IKU table as data: what goes in which cell, formats, merges, column widths
 * and print settings. The Office.js adapter and the exceljs writer (iki-cek templat) both draw
 * exactly this, so the sheet in Excel and the file from the command line are the same.
 * Coordinates are 0-based, relative to the template's top-left cell.
 */
import { templateSheetName } from "./sheetNames";
import { Katalog } from "../catalogue/katalog";
import { rumusTabel } from "../catalogue/rumusEntri";
import { Entri, Jabatan, Unit } from "../catalogue/types";
import {
  Draft,
  identityBlock,
  letterhead,
  PLACEHOLDER,
  signatureBlock,
  templateMatrix,
  unitHeading,
} from "./draft";
import { capaianFormula, RumusSel } from "./computedCells";
import { columnName } from "../grid";

export type TemplateKind = "iki" | "iku";
export type Measurement = "tidak" | "tahunan" | "triwulan";

export interface TemplateOptions {
  kind: TemplateKind;
  /** Unit id from the catalogue (kecamatan for IKI, a perangkat daerah for IKU). */
  unit: string;
  /** Position id, for IKI. */
  jabatan?: string;
  /** The kecamatan's own name, printed in the letterhead ("Candipuro"); a placeholder if empty. */
  namaUnit?: string;
  tahun: number;
  identitas: boolean;
  /** Prefill the catalogue's indicators; otherwise `barisKosong` empty rows. */
  isiDariKatalog: boolean;
  barisKosong: number;
  ukuran: Measurement;
  tandaTangan: boolean;
  /** Date printed by the signature ("Lumajang, 2 Januari 2025"); a placeholder if empty. */
  tanggal?: string;
  /** Computed cells in Excel's own functions ("asli", the default) or the add-in's IKI.*. */
  rumus?: RumusSel;
}

export interface TemplateCell {
  row: number;
  col: number;
  value?: string | number;
  /** A formula in Excel's English syntax ("=IKI.CAPAIAN(I9,H9)"). */
  formula?: string;
}

export type CellStyle =
  "judul" | "subjudul" | "label" | "header" | "isi" | "isi-tengah" | "angka" | "persen" | "ttd";

export interface TemplateStyle {
  top: number;
  left: number;
  bottom: number;
  right: number;
  style: CellStyle;
}

export interface TemplateModel {
  rows: number;
  cols: number;
  cells: TemplateCell[];
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
  styles: TemplateStyle[];
  /** Column widths in Excel character units. */
  widths: number[];
  /** The table's header row (repeated on every printed page, frozen in the window). */
  headerRow: number;
  /** First and last indicator row. */
  bodyRows: [number, number];
  /** Page setup both writers apply (the Office.js adapter and iki-cek templat). */
  print: PrintSetup;
  /** Suggested sheet name. */
  sheetName: string;
  /** Cells that accept only a list of words or whole numbers in a range (Excel data validation). */
  pilihan?: CellChoice[];
  /** A chart the pane inserts beside the table (the CLI's file has none, and says so). */
  grafik?: ChartSpec;
  /** The signature block's rows, kept together on the last printed page. */
  tandaTangan?: { top: number; bottom: number };
}

/** A rectangle of the template (0-based, inclusive). */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellChoice {
  area: Area;
  /** The words allowed ("jumlah", "rata-rata", ...), or whole numbers from `min` to `max`. */
  daftar?: string[];
  bilangan?: { min: number; max: number };
  /** Indonesian message shown when something else is typed. */
  pesan: string;
}

/** A clustered column chart: one category per row, one value column. */
export interface ChartSpec {
  judul: string;
  /** One column of labels and one column of values, over the same rows. */
  kategori: Area;
  nilai: Area;
}

export { PLACEHOLDER, templateMatrix };

/** The six standard columns of every IKI/IKU table, in order. */
export const STANDARD_COLUMNS = [
  "No",
  "Sasaran",
  "Indikator Kinerja",
  "Rumus / Formula Perhitungan",
  "Sumber Data",
  "Penanggung Jawab",
];
const BASE_WIDTHS = [5, 30, 34, 44, 26, 24];
/** With measurement columns the text columns narrow, so the table prints at 8 pt or more. */
const MEASURED_WIDTHS = [5, 22, 26, 30, 18, 16];
/**
 * IKI tables carry a seventh column: the indicator of the level above each row supports (the
 * catalogue's `induk`), so the cascading can be read and answered in the workbook (issue #27).
 */
export const INDUK_COLUMN = "Indikator Atasan yang Didukung";
const IKI_WIDTHS = [5, 26, 30, 38, 22, 20, 28];
const IKI_MEASURED_WIDTHS = [5, 18, 22, 26, 16, 14, 20];

/** "IKU 1.3: Persentase ..." for the entry `e` supports; "" where the catalogue links none. */
export function indukText(katalog: Katalog, e: Entri): string {
  const induk = e.induk ? katalog.entri(e.induk) : undefined;
  if (!induk) return "";
  const holder = induk.jabatan?.map((j) => katalog.jabatan(j)?.nama).find(Boolean);
  const label =
    induk.level === "iki" ? `IKI ${holder ?? ""}`.trim() : `IKU ${induk.nomor ?? ""}`.trim();
  return `${label}: ${induk.indikator}`;
}
/** Wide enough for "Realisasi" in bold on one line. */
const NUMBER_WIDTH = 10;
const TRIWULAN = ["I", "II", "III", "IV"];

interface Row {
  no: string;
  sasaran: string;
  indikator: string;
  rumus: string;
  sumber: string;
  pj: string;
  polaritas: "positif" | "negatif";
  satuan: string;
  induk: string;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  /** The smallest paper: the writers choose a larger one when the text would print below 8 pt. */
  paper: "A4" | "F4" | "A3";
  /** Fit all columns on one page wide, as many pages tall as needed. */
  fitToWidth: boolean;
}

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateError";
  }
}

/** Every template's year: a whole number from 2000 to 2100, else TemplateError. */
export function checkTahun(tahun: number): void {
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100)
    throw new TemplateError("Tahun harus bilangan antara 2000 dan 2100.");
}

export function resolveTemplate(
  katalog: Katalog,
  options: Pick<TemplateOptions, "kind" | "unit" | "jabatan">
): { unit: Unit; jabatan?: Jabatan; entries: Entri[] } {
  const unit = katalog.unit(options.unit);
  if (!unit) throw new TemplateError(`Unit "${options.unit}" tidak ada di katalog.`);
  let jabatan: Jabatan | undefined;
  if (options.kind === "iki") {
    if (!options.jabatan) throw new TemplateError("Pilih jabatan untuk templat IKI.");
    jabatan = katalog.jabatan(options.jabatan);
    if (!jabatan || jabatan.unit !== unit.id) {
      throw new TemplateError(`Jabatan "${options.jabatan}" tidak ada untuk ${unit.nama}.`);
    }
  }
  const entries = katalog.entriesFor(
    options.kind === "iki"
      ? { unit: unit.id, jabatan: jabatan!.id, level: "iki" }
      : {
          unit: unit.id,
          level: unit.jenis === "kabupaten" ? "iku-kabupaten" : "iku-perangkat-daerah",
        }
  );
  return { unit, jabatan, entries };
}

/** Builds the template; throws TemplateError (Indonesian) for impossible options. */
export function buildTemplate(katalog: Katalog, options: TemplateOptions): TemplateModel {
  checkTahun(options.tahun);
  const { unit, jabatan, entries } = resolveTemplate(katalog, options);
  const rows: Row[] = options.isiDariKatalog
    ? entries.map((e) => ({
        no: "",
        sasaran: e.sasaran,
        indikator: e.indikator,
        rumus: rumusTabel(e),
        sumber: e.sumberData,
        pj: e.penanggungJawab,
        polaritas: e.polaritas,
        satuan: e.satuan,
        induk: indukText(katalog, e),
      }))
    : Array.from({ length: Math.max(1, Math.min(200, options.barisKosong)) }, () => ({
        no: "",
        sasaran: "",
        indikator: "",
        rumus: "",
        sumber: "",
        pj: "",
        polaritas: "positif" as const,
        satuan: "",
        induk: "",
      }));

  const iki = options.kind === "iki";
  const columns = iki ? [...STANDARD_COLUMNS, INDUK_COLUMN] : [...STANDARD_COLUMNS];
  const measureHeader = measurementHeader(options.ukuran, columns.length);
  const header = [...columns, ...measureHeader.titles];
  const cols = header.length;
  const draft = new Draft(cols);
  const { cells, merges, styles } = draft;
  const put = (row: number, col: number, value: string | number, style?: CellStyle) =>
    draft.put(row, col, value, style);

  let r = letterhead(
    draft,
    options.kind === "iki" ? "INDIKATOR KINERJA INDIVIDU (IKI)" : "INDIKATOR KINERJA UTAMA (IKU)",
    unitHeading(unit, options.namaUnit),
    `TAHUN ${options.tahun}`
  );
  if (options.identitas) r = identityBlock(draft, r, identityLines(unit, jabatan));

  const headerRow = r;
  header.forEach((title, c) => put(headerRow, c, title, "header"));
  r++;
  if (measureHeader.second.length) {
    // Triwulan: a second header row under the merged "Target / Realisasi / Capaian" groups.
    for (let c = 0; c < columns.length; c++)
      merges.push({ top: headerRow, left: c, bottom: headerRow + 1, right: c });
    for (const g of measureHeader.groups)
      merges.push({ top: headerRow, left: g.left, bottom: headerRow, right: g.right });
    measureHeader.second.forEach((title, i) =>
      put(headerRow + 1, columns.length + i, title, "header")
    );
    r++;
  }
  const firstBody = r;

  // Sasaran groups: consecutive rows with the same sasaran share one number and a merged cell.
  let number = 0;
  let groupStart = firstBody;
  rows.forEach((row, i) => {
    const rr = firstBody + i;
    const continues =
      options.isiDariKatalog && i > 0 && row.sasaran !== "" && row.sasaran === rows[i - 1].sasaran;
    if (!continues) {
      closeGroup(groupStart, rr - 1);
      groupStart = rr;
      number++;
      // Empty rows are numbered too: a form to fill in order, which the validator reads as a
      // table with rows to fill rather than a header with nothing under it.
      put(rr, 0, String(number), "isi-tengah");
      put(rr, 1, row.sasaran, "isi");
    }
    put(rr, 2, row.indikator, "isi");
    put(rr, 3, row.rumus, "isi");
    put(rr, 4, row.sumber, "isi");
    put(rr, 5, row.pj, "isi");
    if (iki) put(rr, 6, row.induk, "isi");
    measurementCells(
      rr,
      row,
      options.ukuran,
      columns.length,
      cells,
      styles,
      options.rumus ?? "asli"
    );
  });
  closeGroup(groupStart, firstBody + rows.length - 1);
  const lastBody = firstBody + rows.length - 1;
  styles.push({ top: firstBody, left: 0, bottom: lastBody, right: 0, style: "isi-tengah" });
  styles.push({
    top: firstBody,
    left: 1,
    bottom: lastBody,
    right: columns.length - 1,
    style: "isi",
  });
  r = lastBody + 1;

  function closeGroup(from: number, to: number) {
    if (to > from) {
      merges.push({ top: from, left: 0, bottom: to, right: 0 });
      merges.push({ top: from, left: 1, bottom: to, right: 1 });
    }
  }

  const ttdFrom = r + 2;
  if (options.tandaTangan)
    r = signatureBlock(
      draft,
      r,
      jabatan?.atasan ?? "Bupati Lumajang",
      jabatan?.nama ?? `Kepala ${unit.nama}`,
      options.tahun,
      options.tanggal
    );

  return {
    rows: r,
    cols,
    cells,
    merges,
    styles,
    widths:
      options.ukuran === "tidak"
        ? iki
          ? IKI_WIDTHS
          : BASE_WIDTHS
        : [
            ...(iki ? IKI_MEASURED_WIDTHS : MEASURED_WIDTHS),
            ...measureHeader.titles.map(() => NUMBER_WIDTH),
          ],
    headerRow,
    bodyRows: [firstBody, lastBody],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    sheetName: sheetNameFor(options.kind.toUpperCase(), options.tahun, unit, jabatan),
    ...(options.tandaTangan ? { tandaTangan: { top: ttdFrom, bottom: r - 1 } } : {}),
  };
}

/** Jabatan or Instansi, Tugas Pokok, Tujuan and Indikator Tujuan, as the catalogue has them. */
export function identityLines(unit: Unit, jabatan: Jabatan | undefined): Array<[string, string]> {
  const identity: Array<[string, string]> = [];
  if (jabatan) identity.push(["Jabatan", jabatan.nama]);
  else identity.push(["Instansi", unit.nama]);
  const source = jabatan ?? unit;
  if (source.tugasPokok) identity.push(["Tugas Pokok", source.tugasPokok]);
  if (source.tujuan?.length) identity.push(["Tujuan", numbered(source.tujuan)]);
  if (source.indikatorTujuan?.length)
    identity.push(["Indikator Tujuan", numbered(source.indikatorTujuan)]);
  return identity;
}

/** A numbered list; a line the source repeats word for word (Ranuyoso's Tujuan 6 and 7) once. */
function numbered(items: string[]): string {
  const unique = [...new Set(items.map((t) => t.trim()))];
  return unique.length === 1 ? unique[0] : unique.map((t, i) => `${i + 1}. ${t}`).join("\n");
}

/** "IKI Kasi Pemerintahan 2025": a prefix, the position's (or unit's) short name, the year. */
export function sheetNameFor(prefix: string, tahun: number, unit: Unit, jabatan?: Jabatan): string {
  // The shortest written form that is not all capitals ("Kasi Pemerintahan").
  const short = (names: string[]) =>
    names.filter((n) => n !== n.toUpperCase()).sort((a, b) => a.length - b.length)[0];
  const who = jabatan
    ? (short([...(jabatan.aliases ?? []), jabatan.nama]) ?? jabatan.nama)
    : (unit.singkatan?.[0] ?? unit.nama);
  // Shortened with the agreed abbreviations, at word boundaries; the year stays whole.
  return templateSheetName(`${prefix} ${who}`, tahun);
}

function measurementHeader(
  ukuran: Measurement,
  base: number
): {
  titles: string[];
  second: string[];
  groups: Array<{ left: number; right: number }>;
} {
  if (ukuran === "tahunan")
    return { titles: ["Satuan", "Target", "Realisasi", "Capaian (%)"], second: [], groups: [] };
  if (ukuran === "triwulan") {
    const titles = [
      "Satuan",
      "Target",
      "",
      "",
      "",
      "Realisasi",
      "",
      "",
      "",
      "Capaian (%)",
      "",
      "",
      "",
    ];
    const second = ["", ...TRIWULAN, ...TRIWULAN, ...TRIWULAN];
    return {
      titles,
      second,
      groups: [
        { left: base + 1, right: base + 4 },
        { left: base + 5, right: base + 8 },
        { left: base + 9, right: base + 12 },
      ],
    };
  }
  return { titles: [], second: [], groups: [] };
}

/** Target/Realisasi cells stay empty for the user; Capaian is computed with the polarity. */
function measurementCells(
  row: number,
  data: Row,
  ukuran: Measurement,
  base: number,
  cells: TemplateCell[],
  styles: TemplateStyle[],
  rumus: RumusSel
): void {
  if (ukuran === "tidak") return;
  const ref = (col: number) => `${columnName(col)}${row + 1}`;
  const capaian = (realisasiCol: number, targetCol: number) =>
    capaianFormula(ref(realisasiCol), ref(targetCol), { literal: data.polaritas }, rumus);
  if (data.satuan) cells.push({ row, col: base, value: data.satuan });
  styles.push({ top: row, left: base, bottom: row, right: base, style: "isi-tengah" });
  if (ukuran === "tahunan") {
    cells.push({ row, col: base + 3, formula: capaian(base + 2, base + 1) });
    styles.push({ top: row, left: base + 1, bottom: row, right: base + 2, style: "angka" });
    styles.push({ top: row, left: base + 3, bottom: row, right: base + 3, style: "persen" });
  } else {
    for (let q = 0; q < 4; q++) {
      cells.push({ row, col: base + 9 + q, formula: capaian(base + 5 + q, base + 1 + q) });
    }
    styles.push({ top: row, left: base + 1, bottom: row, right: base + 8, style: "angka" });
    styles.push({ top: row, left: base + 9, bottom: row, right: base + 12, style: "persen" });
  }
}
