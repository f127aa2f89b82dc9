/*
 * One layout, two writers (issue 16, section 1): the pane's Office.js writer (against the fake
 * workbook) and the CLI's exceljs writer draw the same row heights, font, paper, margins, footer
 * and page breaks, all from src/core/template/layout.ts.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeTemplateXlsx } from "../../../src/cli/templateXlsx";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { columnPoints, FONT, pageBreaks, paperOf, rowHeights, wrappedLines } from "../../../src/core/template/layout";
import { buildTemplate, TemplateModel } from "../../../src/core/template/templateModel";
import { fakeHost, FakeWorkbookState } from "../../../src/dev/fakeExcel";
import { createWorkbookService } from "../../../src/excel/workbookService";
import { KASI_PEMERINTAHAN_2025 } from "../../support/templateOptions";

const katalog = defaultKatalog();
const tmp = mkdtempSync(path.join(os.tmpdir(), "layout-"));
const sekcam: TemplateModel = buildTemplate(katalog, { ...KASI_PEMERINTAHAN_2025, jabatan: "sekretaris-kecamatan", ukuran: "tidak" });

describe("row heights from the text", () => {
  it("wraps by words at the column's width", () => {
    // 30 characters wide (about 160 pt): a short text is one line, a long one several.
    expect(wrappedLines("Jumlah laporan", columnPoints(30), 10)).toBe(1);
    const long = "Persentase Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum yang ditindaklanjuti";
    // By hand, Arial 10 in 156 pt of room: "Persentase Fasilitasi" (92 pt; with "Penyelenggaraan"
    // 175), "Penyelenggaraan Urusan" (114; 179), "Pemerintahan Umum yang" (119; 182),
    // "ditindaklanjuti".
    expect(wrappedLines(long, columnPoints(30), 10)).toBe(4);
    expect(wrappedLines(`${long}\nbaris kedua`, columnPoints(30), 10)).toBe(5);
    expect(wrappedLines(long, columnPoints(30), 10, true)).toBeGreaterThanOrEqual(4);
    // A word longer than the cell breaks at its edge.
    expect(wrappedLines("x".repeat(200), columnPoints(10), 10)).toBeGreaterThan(5);
  });

  it("gives every row of the Sekretaris Kecamatan's IKI at least its tallest cell", () => {
    const heights = rowHeights(sekcam);
    expect(heights).toHaveLength(sekcam.rows);
    const oneLine = FONT.size * 1.3;
    // The identity block's Tujuan (seven lines) and the body rows are taller than one line.
    const tujuan = sekcam.cells.find((c) => c.value === "Tujuan")!.row;
    expect(heights[tujuan]).toBeGreaterThan(6 * oneLine);
    for (let r = sekcam.bodyRows[0]; r <= sekcam.bodyRows[1]; r++) expect(heights[r]).toBeGreaterThan(oneLine);
  });
});

it("never asks Excel for a row taller than it allows (409.5 pt), however long the text", () => {
  const huge: TemplateModel = {
    ...sekcam,
    cells: sekcam.cells.map((c) => (c.row === sekcam.bodyRows[0] && c.col === 3 ? { ...c, value: "kata ".repeat(5000) } : c)),
  };
  const heights = rowHeights(huge);
  expect(heights[sekcam.bodyRows[0]]).toBe(409.5);
  expect(Math.max(...heights)).toBeLessThanOrEqual(409.5);
});

describe("both writers draw the layout", () => {
  it("the pane's writer: Arial, row heights, A4, margins, centred, page numbers", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Lembar1");
    const service = createWorkbookService(fakeHost(state));
    const { sheet } = await service.insertTemplate(sekcam, { kind: "lembar-baru" });
    const s = state.sheet(sheet)!;
    const heights = rowHeights(sekcam);
    heights.forEach((h, r) => expect(s.rowHeights.get(r)).toBe(h));
    // Column widths in points, as the layout computed them (Excel characters to points).
    sekcam.widths.forEach((w, c) => expect(s.columnWidths.get(c)).toBe(columnPoints(w)));
    expect(s.paperSize).toBe("A4");
    expect(s.page).toMatchObject({ centered: true, footer: "Halaman &P dari &N", margins: [36, 36, 43.2, 50.4, 21.6, 21.6] });
    expect(s.page.breaks).toEqual(pageBreaks(sekcam, heights));
  });

  it("among the user's own rows (at the selection): Excel's autofit, and the sheet's page setup left alone", async () => {
    const state = new FakeWorkbookState();
    const own = state.addSheet("Data");
    own.setValues([["milik pengguna"]]);
    state.selection = { sheet: "Data", area: { top: 199, left: 0, bottom: 199, right: 0 } };
    const service = createWorkbookService(fakeHost(state));
    await service.insertTemplate(sekcam, { kind: "sel-terpilih" });
    expect(own.rowHeights.size).toBe(0);
    expect(own.autofitRows.has(199)).toBe(true);
    expect(own.autofitRows.has(199 + sekcam.rows - 1)).toBe(true);
    expect(own.page).toEqual({ breaks: [] });
    expect(own.printTitleRows).toBe("");
    expect(own.cell(0, 0)!.value).toBe("milik pengguna");
  });

  it("the CLI's writer: the same heights, Arial, fit to one page wide, footer, page breaks", async () => {
    const file = path.join(tmp, "sekcam.xlsx");
    await writeTemplateXlsx(file, sekcam);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    const heights = rowHeights(sekcam);
    heights.forEach((h, r) => expect(ws.getRow(r + 1).height).toBe(h));
    expect(ws.getCell(sekcam.bodyRows[0] + 1, 3).font).toMatchObject({ name: "Arial", size: 10 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(ws.headerFooter.oddFooter).toBe("&CHalaman &P dari &N");
    const breaks = pageBreaks(sekcam, heights);
    expect(((ws as unknown as { rowBreaks: Array<{ id: number }> }).rowBreaks ?? []).map((b) => b.id)).toEqual(breaks);
  });

  it("a wide layout (per triwulan) goes on A3 rather than print below 8 pt", () => {
    const tw = buildTemplate(katalog, { ...KASI_PEMERINTAHAN_2025, ukuran: "triwulan" });
    expect(paperOf(tw)).toBe("A3");
    expect(paperOf(buildTemplate(katalog, KASI_PEMERINTAHAN_2025))).toBe("A4");
  });

  it("keeps the signature block with the table's last row when it would be split", () => {
    const long: TemplateModel = { ...sekcam, tandaTangan: sekcam.tandaTangan };
    const heights = rowHeights(long).map((h, r) => (r >= long.bodyRows[0] && r <= long.bodyRows[1] ? 60 : h));
    const breaks = pageBreaks(long, heights);
    // Whatever the split, the break, if any, is before the last body row.
    for (const b of breaks) expect(b).toBe(long.bodyRows[1]);
  });
});
