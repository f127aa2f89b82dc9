/**
 * .xlsx reading and writing for the command line (exceljs). Turns workbooks into the plain
 * SheetData the core understands, and back, with Indonesian messages for unreadable files.
 */
import ExcelJS from "exceljs";
import { SheetCell, SheetData } from "../core/catalogue/sheetLayout";

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    reason: string
  ) {
    super(`${file}: ${reason}`);
    this.name = "UnreadableFileError";
  }
}

/** A cell's value as plain text or number (rich text joined, formulas by their cached result). */
export function plainValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || /^File not found/i.test(message)) {
      throw new UnreadableFileError(file, "berkas tidak ditemukan");
    }
    if (/end of central directory|zip|signature|corrupt/i.test(message)) {
      // Password-protected workbooks are encrypted containers, not zip files.
      throw new UnreadableFileError(
        file,
        "bukan berkas .xlsx yang dapat dibaca (rusak, format lain, atau dilindungi kata sandi)"
      );
    }
    throw new UnreadableFileError(file, `tidak dapat dibaca (${message})`);
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
