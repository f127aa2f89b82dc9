/**
 * Inserts a core TemplateModel: into a new sheet (default), or at the selected cell only when
 * every target cell is empty. Two context.sync() calls: one to look, one to write.
 */
import type { XRange, XWorksheet } from "./officeApi";
import { columnName } from "../core/grid";
import { CellStyle, TemplateModel, templateMatrix } from "../core/template/templateModel";
import { ExcelHost } from "./host";

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

const FILL: Partial<Record<CellStyle, string>> = { header: "#D9EAD3" };
const BORDERED = new Set<CellStyle>(["header", "isi", "isi-tengah", "angka", "persen"]);
const CHAR_WIDTH_POINTS = 7;

function uniqueName(wanted: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted.slice(0, 27)} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function applyStyle(range: XRange, style: CellStyle): void {
  if (style === "judul" || style === "subjudul" || style === "header" || style === "label")
    range.format.font.bold = true;
  if (style === "judul") range.format.font.size = 14;
  if (
    style === "judul" ||
    style === "subjudul" ||
    style === "header" ||
    style === "isi-tengah" ||
    style === "ttd"
  ) {
    range.format.horizontalAlignment = "Center";
  }
  if (style !== "judul" && style !== "subjudul" && style !== "ttd") {
    range.format.verticalAlignment = style === "header" ? "Center" : "Top";
    range.format.wrapText = true;
  }
  const fill = FILL[style];
  if (fill) range.format.fill.color = fill;
  if (style === "angka") range.numberFormat = [["#,##0.00"]];
  if (style === "persen") range.numberFormat = [["0.00"]];
  if (BORDERED.has(style)) {
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
        uniqueName(
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

    sheet.getRange(at(0, 0, model.rows - 1, model.cols - 1)).formulas = templateMatrix(model);
    for (const m of model.merges) sheet.getRange(at(m.top, m.left, m.bottom, m.right)).merge(false);
    for (const s of model.styles)
      applyStyle(sheet.getRange(at(s.top, s.left, s.bottom, s.right)), s.style);
    model.widths.forEach((w, c) => {
      sheet.getRange(at(0, c)).format.columnWidth = w * CHAR_WIDTH_POINTS;
    });
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
    if (host.isSetSupported("ExcelApi", "1.9")) {
      const { orientation, paper, fitToWidth } = model.print;
      sheet.pageLayout.orientation = orientation === "landscape" ? "Landscape" : "Portrait";
      sheet.pageLayout.paperSize = paper;
      if (fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows(headerRows);
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
