/**
 * .xlsx writing for the command line (exceljs): the catalogue's sheets. Reading goes through the
 * lean reader (xlsxRead.ts), which holds only the cells a check needs.
 */
import ExcelJS from "exceljs";
import { SheetData } from "../core/catalogue/sheetLayout";

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
