/** Draws a core TemplateModel into an exceljs worksheet (the same layout the add-in inserts). */
import ExcelJS from "exceljs";
import { CellStyle, TemplateModel } from "../core/template/templateModel";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  switch (style) {
    case "judul":
      cell.font = { bold: true, size: 14 };
      cell.alignment = { horizontal: "center", vertical: "middle" };
      break;
    case "subjudul":
      cell.font = { bold: true, size: 12 };
      cell.alignment = { horizontal: "center", vertical: "middle" };
      break;
    case "label":
      cell.font = { bold: true };
      cell.alignment = { vertical: "top" };
      break;
    case "header":
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAD3" } };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = THIN;
      break;
    case "isi":
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = THIN;
      break;
    case "isi-tengah":
      cell.alignment = { horizontal: "center", vertical: "top", wrapText: true };
      cell.border = THIN;
      break;
    case "angka":
      cell.numFmt = "#,##0.00";
      cell.alignment = { vertical: "top" };
      cell.border = THIN;
      break;
    case "persen":
      cell.numFmt = "0.00";
      cell.alignment = { vertical: "top" };
      cell.border = THIN;
      break;
    case "ttd":
      cell.alignment = { horizontal: "center" };
      break;
  }
}

export function drawTemplate(ws: ExcelJS.Worksheet, model: TemplateModel): void {
  for (const c of model.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = c.formula ? { formula: c.formula.replace(/^=/, "") } : (c.value ?? null);
  }
  for (const s of model.styles) {
    for (let r = s.top; r <= s.bottom; r++)
      for (let col = s.left; col <= s.right; col++) applyStyle(ws.getCell(r + 1, col + 1), s.style);
  }
  for (const m of model.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  model.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const p of model.pilihan ?? []) {
    const validation: ExcelJS.DataValidation = p.daftar
      ? { type: "list", allowBlank: true, formulae: [`"${p.daftar.join(",")}"`] }
      : {
          type: "whole",
          operator: "between",
          allowBlank: true,
          formulae: [p.bilangan!.min, p.bilangan!.max],
        };
    Object.assign(validation, {
      showErrorMessage: true,
      errorStyle: "error",
      errorTitle: "Isian tidak sah",
      error: p.pesan,
    });
    for (let r = p.area.top; r <= p.area.bottom; r++)
      for (let c = p.area.left; c <= p.area.right; c++)
        ws.getCell(r + 1, c + 1).dataValidation = validation;
  }
  const lastHeaderRow = model.bodyRows[0]; // 1-based number of the last header row
  ws.views = [{ state: "frozen", ySplit: lastHeaderRow }];
  const { orientation, paper, fitToWidth } = model.print;
  ws.pageSetup = {
    paperSize: PAPER_SIZE[paper],
    orientation,
    fitToPage: fitToWidth,
    ...(fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
    printTitlesRow: `${model.headerRow + 1}:${lastHeaderRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** OOXML paper size codes (ECMA-376 part 1, 18.3.1.64: 8 = A3, 9 = A4). */
const PAPER_SIZE: Record<TemplateModel["print"]["paper"], number> = { A3: 8, A4: 9 };

export async function writeTemplateXlsx(file: string, model: TemplateModel): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Asisten IKI";
  drawTemplate(wb.addWorksheet(model.sheetName), model);
  await wb.xlsx.writeFile(file);
}
