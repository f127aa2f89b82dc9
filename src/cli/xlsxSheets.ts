/**
 * .xlsx reading and writing for the command line (exceljs). Turns workbooks into the plain
 * SheetData the core understands, and back, with Indonesian messages for unreadable files.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { SheetCell, SheetData } from "../core/catalogue/sheetLayout";
import { installExceljsGuards } from "./exceljsGuards";

installExceljsGuards();

import { UnreadableFileError } from "./errors";

/**
 * A cell's value as plain text or number: rich text joined, a formula by its cached result, or
 * by its formula text ("=...") when the file has no cached result (as exceljs, openpyxl and
 * iki-cek templat write them); an error value as its code ("#REF!").
 */
export function plainValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as Array<{ text?: unknown }>).map((r) => String(r.text ?? "")).join("");
    if (typeof v.text === "string") return v.text;
    if ("formula" in v || "sharedFormula" in v) {
      if (v.result !== undefined && v.result !== null && typeof v.result !== "object")
        return plainValue(v.result as ExcelJS.CellValue);
      if (v.result && typeof v.result === "object" && "error" in (v.result as object))
        return plainValue(v.result as ExcelJS.CellValue);
      const text =
        typeof v.formula === "string"
          ? v.formula
          : typeof v.sharedFormula === "string"
            ? v.sharedFormula
            : "";
      return text ? `=${text}` : null;
    }
    if ("result" in v) return plainValue((v.result ?? null) as ExcelJS.CellValue);
    if ("error" in v) return String(v.error);
    if ("hyperlink" in v) return typeof v.text === "string" ? v.text : String(v.hyperlink);
  }
  return null;
}

/** Unpacked size above which a workbook is refused (a zip bomb, or far beyond any IKI table). */
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** One part may unpack to at most this ratio of its packed size once it is large. */
const MAX_RATIO = 500;
const LARGE_PART = 64 * 1024 * 1024;

function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024)).toLocaleString("id-ID")} MB`;
}

/** What a file is, from its first bytes and (for zip files) its parts; undefined for an .xlsx. */
async function notAWorkbook(buffer: Buffer): Promise<string | undefined> {
  const head = buffer.subarray(0, 8);
  if (buffer.length === 0) return "berkas kosong (0 bait)";
  if (head.toString("hex").startsWith("d0cf11e0a1b11ae1")) {
    return "dilindungi kata sandi, atau berkas Excel 97-2003 (.xls). Buka di Excel, lalu simpan sebagai .xlsx tanpa kata sandi";
  }
  if (head.toString("latin1").startsWith("%PDF"))
    return "berkas PDF, bukan .xlsx. Salin tabelnya ke Excel lalu simpan sebagai .xlsx";
  if (!head.toString("latin1").startsWith("PK")) {
    return "bukan berkas .xlsx yang dapat dibaca (rusak, format lain, atau dilindungi kata sandi)";
  }
  const start = buffer.subarray(0, 120).toString("latin1");
  if (
    start.includes("mimetype") &&
    start.includes("application/vnd.oasis.opendocument.spreadsheet")
  ) {
    return "berkas OpenDocument (.ods), bukan .xlsx. Buka di LibreOffice lalu simpan sebagai Excel 2007-365 (.xlsx)";
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return "bukan berkas .xlsx yang dapat dibaca (arsip zip rusak atau terpotong)";
  }
  const names = Object.keys(zip.files);
  if (!names.includes("xl/workbook.xml")) {
    if (names.includes("word/document.xml")) return "dokumen Word (.docx), bukan buku kerja Excel";
    if (names.includes("ppt/presentation.xml"))
      return "presentasi PowerPoint (.pptx), bukan buku kerja Excel";
    if (names.includes("content.xml") && names.includes("mimetype"))
      return "berkas OpenDocument, bukan .xlsx. Simpan ulang sebagai .xlsx";
    return "arsip zip biasa, bukan buku kerja .xlsx (tidak ada xl/workbook.xml)";
  }
  let total = 0;
  for (const f of Object.values(zip.files)) {
    // JSZip keeps each part's sizes from the zip directory without unpacking it.
    const sizes = (
      f as unknown as { _data?: { compressedSize?: number; uncompressedSize?: number } }
    )._data;
    const unpacked = sizes?.uncompressedSize ?? 0;
    total += unpacked;
    if (unpacked > LARGE_PART && unpacked > MAX_RATIO * Math.max(1, sizes?.compressedSize ?? 0)) {
      return `bagian ${f.name} membesar menjadi ${megabytes(unpacked)} saat dibuka (${Math.round(unpacked / Math.max(1, sizes?.compressedSize ?? 1))} kali ukurannya): berkas ini rusak atau sengaja dibuat berbahaya, tidak dibaca`;
    }
  }
  if (total > MAX_UNPACKED_BYTES) {
    return `isinya ${megabytes(total)} setelah dibuka, lebih dari batas ${megabytes(MAX_UNPACKED_BYTES)}: tidak dibaca`;
  }
  return undefined;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "berkas tidak ditemukan"
        : code === "EISDIR"
          ? "ini sebuah folder, bukan berkas .xlsx"
          : code === "ELOOP"
            ? "tautan simbolik yang melingkar (menunjuk ke dirinya sendiri), tidak ada berkas yang dapat dibaca"
            : code === "EACCES" || code === "EPERM"
              ? "tidak ada izin membaca berkas ini"
              : `berkas tidak dapat dibaca (${code ?? "galat sistem"})`;
    throw new UnreadableFileError(file, reason);
  }
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const buffer = await readBytes(file);
  const problem = await notAWorkbook(buffer);
  if (problem) throw new UnreadableFileError(file, problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (e) {
    if (e instanceof RangeError) {
      throw new UnreadableFileError(
        file,
        "terlalu besar atau terlalu rumit untuk dibaca (memori tidak cukup)"
      );
    }
    // exceljs reports broken XML parts in English internals: say what it means instead.
    throw new UnreadableFileError(
      file,
      "isinya rusak (bagian XML di dalam berkas tidak sah). Buka di Excel, lalu simpan ulang sebagai .xlsx"
    );
  }
  if (workbook.worksheets.length === 0)
    throw new UnreadableFileError(file, "buku kerja tidak berisi lembar");
  return workbook;
}

/** Every worksheet as header row + data rows (first row is the header). */
export async function readSheets(file: string): Promise<SheetData[]> {
  const workbook = await loadWorkbook(file);
  return workbook.worksheets.map((ws) => {
    const width = ws.actualColumnCount || ws.columnCount;
    const rows: SheetCell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: SheetCell[] = [];
      for (let c = 1; c <= Math.max(width, row.cellCount); c++)
        cells.push(plainValue(row.getCell(c).value));
      rows.push(cells);
    }
    const [header = [], ...data] = rows;
    return { name: ws.name, header: header.map((h) => (h === null ? "" : String(h))), rows: data };
  });
}

export async function writeSheets(file: string, sheets: SheetData[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Asisten IKI";
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(s.header);
    for (const row of s.rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAD3" } };
    s.widths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    ws.eachRow((row) => {
      row.alignment = { wrapText: true, vertical: "top" };
    });
    if (s.rows.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.header.length } };
    }
  }
  await workbook.xlsx.writeFile(file);
}
