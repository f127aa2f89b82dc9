/**
 * Draws a core TemplateModel into an exceljs worksheet: the layout of ../core/template/layout.ts
 * (the same the add-in applies in Excel), so the file prints right in any program.
 */
import ExcelJS from "exceljs";
import { CellStyle, TemplateModel } from "../core/template/templateModel";
import { FONT, PAGE, pageBreaks, paperOf, rowHeights, STYLE_SPEC } from "../core/template/layout";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const s = STYLE_SPEC[style];
  cell.font = { name: FONT.name, size: s.size, ...(s.bold ? { bold: true } : {}) };
  cell.alignment = {
    vertical: s.vertical,
    ...(s.horizontal ? { horizontal: s.horizontal } : {}),
    ...(s.wrap ? { wrapText: true } : {}),
  };
  if (s.border) cell.border = THIN;
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } };
  if (s.numFmt) cell.numFmt = s.numFmt;
}

/** OOXML paper size codes (ECMA-376 part 1, 18.3.1.64: 8 = A3, 9 = A4, 14 = Folio/F4). */
const PAPER_SIZE: Record<TemplateModel["print"]["paper"], number> = { A3: 8, A4: 9, F4: 14 };
export function drawTemplate(ws: ExcelJS.Worksheet, model: TemplateModel): void {
  for (const c of model.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = c.formula ? { formula: c.formula.replace(/^=/, "") } : (c.value ?? null);
    cell.font = { name: FONT.name, size: FONT.size };
  }
  for (const s of model.styles) {
    for (let r = s.top; r <= s.bottom; r++)
      for (let col = s.left; col <= s.right; col++) applyStyle(ws.getCell(r + 1, col + 1), s.style);
  }
  for (const m of model.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  model.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const heights = rowHeights(model);
  heights.forEach((h, r) => (ws.getRow(r + 1).height = h));
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
  const { orientation, fitToWidth } = model.print;
  ws.pageSetup = {
    paperSize: PAPER_SIZE[paperOf(model)],
    orientation,
    fitToPage: fitToWidth,
    ...(fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
    horizontalCentered: PAGE.centerHorizontally,
    printTitlesRow: `${model.headerRow + 1}:${lastHeaderRow}`,
    margins: { ...PAGE.margins },
  };
  ws.headerFooter = { oddFooter: PAGE.footer, evenFooter: PAGE.footer };
  // A break before 0-based row b is a break after 1-based row b.
  for (const b of pageBreaks(model, heights)) ws.getRow(b).addPageBreak();
}

export async function writeTemplateXlsx(file: string, model: TemplateModel): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Asisten IKI";
  drawTemplate(wb.addWorksheet(model.sheetName), model);
  await wb.xlsx.writeFile(file);
}
