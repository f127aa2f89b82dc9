/**
 * Inserts a core TemplateModel: into a new sheet (default), or at the selected cell only when
 * every target cell is empty. Two context.sync() calls: one to look, one to write.
 */
import { uniqueSheetName } from "../core/template/sheetNames";
import type { XRange, XWorksheet } from "./officeApi";
import { columnName } from "../core/grid";
import { CellStyle, TemplateModel, templateMatrix } from "../core/template/templateModel";
import { ExcelHost } from "./host";
import {
  columnPoints,
  FONT,
  PAGE,
  pageBreaks,
  paperOf,
  rowHeights,
  STYLE_SPEC,
} from "../core/template/layout";

export type TemplateTarget = { kind: "lembar-baru" } | { kind: "sel-terpilih" };

export interface InsertResult {
  sheet: string;
  address: string;
  /** Whether the model's chart was inserted (it needs ExcelApi 1.7). */
  chart: boolean;
}

/** The target cells are not empty: nothing was written. */
export class TargetNotEmptyError extends Error {
  constructor(readonly cells: string[]) {
    super(
      `Templat tidak disisipkan: ${cells.length} sel tujuan sudah berisi data (${cells.slice(0, 8).join(", ")}${cells.length > 8 ? ", ..." : ""}). Pilih sel kosong lain atau sisipkan ke lembar baru.`
    );
    this.name = "TargetNotEmptyError";
  }
}

const OFFICE_PAPER = { A4: "A4", A3: "A3", F4: "Folio" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
/** Inches to points, to the hundredth. */
const points = (inches: number) => Math.round(inches * 7200) / 100;

/** The layout spec's look of a style (../core/template/layout.ts), as Office.js sets it. */
function applyStyle(range: XRange, style: CellStyle): void {
  const spec = STYLE_SPEC[style];
  range.format.font.size = spec.size;
  if (spec.bold) range.format.font.bold = true;
  if (spec.horizontal) range.format.horizontalAlignment = "Center";
  range.format.verticalAlignment = VERTICAL[spec.vertical];
  if (spec.wrap) range.format.wrapText = true;
  if (spec.fill) range.format.fill.color = `#${spec.fill}`;
  if (spec.numFmt) range.numberFormat = [[spec.numFmt]];
  if (spec.border) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ] as const) {
      range.format.borders.getItem(edge).style = "Continuous";
      range.format.borders.getItem(edge).weight = "Thin";
    }
  }
}

export function insertTemplate(
  host: ExcelHost,
  model: TemplateModel,
  target: TemplateTarget
): Promise<InsertResult> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    let sheet: XWorksheet;
    let top = 0;
    let left = 0;
    if (target.kind === "lembar-baru") {
      sheets.load("items/name");
      await context.sync();
      sheet = sheets.add(
        uniqueSheetName(
          model.sheetName,
          sheets.items.map((s) => s.name)
        )
      );
    } else {
      // The selection is always on the active sheet.
      sheet = context.workbook.worksheets.getActiveWorksheet();
      const area = context.workbook
        .getSelectedRange()
        .getCell(0, 0)
        .getResizedRange(model.rows - 1, model.cols - 1);
      area.load("values,formulas,rowIndex,columnIndex");
      await context.sync();
      top = area.rowIndex;
      left = area.columnIndex;
      const filled: string[] = [];
      const formulas = area.formulas as unknown[][];
      (area.values as unknown[][]).forEach((row, r) =>
        row.forEach((v, c) => {
          if ((v !== "" && v !== null) || formulas[r][c] !== "")
            filled.push(`${columnName(left + c)}${top + r + 1}`);
        })
      );
      if (filled.length > 0) throw new TargetNotEmptyError(filled);
    }
    const at = (r: number, c: number, r2 = r, c2 = c) =>
      `${columnName(left + c)}${top + r + 1}:${columnName(left + c2)}${top + r2 + 1}`;

    const whole = sheet.getRange(at(0, 0, model.rows - 1, model.cols - 1));
    whole.formulas = templateMatrix(model);
    whole.format.font.name = FONT.name;
    whole.format.font.size = FONT.size;
    for (const m of model.merges) sheet.getRange(at(m.top, m.left, m.bottom, m.right)).merge(false);
    for (const s of model.styles)
      applyStyle(sheet.getRange(at(s.top, s.left, s.bottom, s.right)), s.style);
    model.widths.forEach((w, c) => {
      sheet.getRange(at(0, c)).format.columnWidth = columnPoints(w);
    });
    // A new sheet: rows as tall as their wrapped text (the file needs no autofit), runs of equal
    // heights at once. Among the user's own rows: Excel's autofit, which never hides their text.
    const heights = rowHeights(model);
    const fresh = target.kind === "lembar-baru";
    if (fresh) {
      for (let r = 0; r < heights.length;) {
        let end = r;
        while (end + 1 < heights.length && heights[end + 1] === heights[r]) end++;
        sheet.getRange(at(r, 0, end, model.cols - 1)).format.rowHeight = heights[r];
        r = end + 1;
      }
    } else whole.format.autofitRows();
    // Dropdowns and number limits (ExcelApi 1.8); without them the cells are plain cells.
    if (model.pilihan?.length && host.isSetSupported("ExcelApi", "1.8")) {
      for (const p of model.pilihan) {
        const range = sheet.getRange(at(p.area.top, p.area.left, p.area.bottom, p.area.right));
        range.dataValidation.rule = p.daftar
          ? { list: { inCellDropDown: true, source: p.daftar.join(",") } }
          : {
              wholeNumber: {
                operator: "Between",
                formula1: p.bilangan!.min,
                formula2: p.bilangan!.max,
              },
            };
        range.dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: "Isian tidak sah",
          message: p.pesan,
        };
      }
    }
    const chart = !!model.grafik && host.isSetSupported("ExcelApi", "1.7");
    if (model.grafik && chart) {
      const g = model.grafik;
      const area = (a: typeof g.nilai) => sheet.getRange(at(a.top, a.left, a.bottom, a.right));
      const drawn = sheet.charts.add("BarClustered", area(g.nilai), "Columns");
      drawn.title.text = g.judul;
      drawn.legend.visible = false;
      drawn.series.getItemAt(0).setXAxisValues(area(g.kategori));
      // Under the table (and its signature block), as wide as the indicator columns.
      const below = model.rows + 1;
      const height = Math.max(12, g.nilai.bottom - g.nilai.top + 6);
      drawn.setPosition(
        at(below, 1).split(":")[0],
        at(below + height, Math.min(model.cols - 1, 8)).split(":")[0]
      );
    }
    const headerRows = `$${top + model.headerRow + 1}:$${top + model.bodyRows[0]}`;
    // The page setup is the sheet's: set only on the template's own new sheet.
    if (fresh && host.isSetSupported("ExcelApi", "1.9")) {
      const { orientation, fitToWidth } = model.print;
      sheet.pageLayout.orientation = orientation === "landscape" ? "Landscape" : "Portrait";
      sheet.pageLayout.paperSize = OFFICE_PAPER[paperOf(model)];
      if (fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows(headerRows);
      const m = PAGE.margins;
      sheet.pageLayout.leftMargin = points(m.left);
      sheet.pageLayout.rightMargin = points(m.right);
      sheet.pageLayout.topMargin = points(m.top);
      sheet.pageLayout.bottomMargin = points(m.bottom);
      sheet.pageLayout.headerMargin = points(m.header);
      sheet.pageLayout.footerMargin = points(m.footer);
      sheet.pageLayout.centerHorizontally = PAGE.centerHorizontally;
      // Office.js takes the centre section's text without the file format's "&C" prefix.
      sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = PAGE.footer.replace(
        /^&C/,
        ""
      );
      for (const b of pageBreaks(model, heights)) sheet.horizontalPageBreaks.add(at(b, 0));
    }
    if (target.kind === "lembar-baru" && host.isSetSupported("ExcelApi", "1.7")) {
      sheet.freezePanes.freezeRows(model.bodyRows[0]);
    }
    sheet.activate();
    sheet.load("name");
    await context.sync();
    return { sheet: sheet.name, address: at(0, 0, model.rows - 1, model.cols - 1), chart };
  });
}
