/*
 * The Office.js adapters against the fake workbook (src/dev/fakeExcel.ts): sync counts, merged
 * areas, template insertion rules, marking and restoring, requirement-set fallbacks.
 */
import { fakeHost, FakeWorkbookState } from "../../../src/dev/fakeExcel";
import { KASI_PEMERINTAHAN_2025 } from "../../support/templateOptions";
import { ExcelHost } from "../../../src/excel/host";
import { readActiveSheet, readWorkbook, tooLarge } from "../../../src/excel/readGrids";
import { insertTemplate, TargetNotEmptyError } from "../../../src/excel/writeTemplate";
import { FindingMarks, selectCell, unwrapMarks, writeCell } from "../../../src/excel/markFindings";
import { loadCatalogue, removeCatalogue, saveCatalogue } from "../../../src/excel/savedCatalogue";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { buildTemplate } from "../../../src/core/template/templateModel";
import { buildPengukuranTemplate } from "../../../src/core/template/pengukuranTemplate";
import { buildSkmTemplate } from "../../../src/core/template/skmTemplate";
import { validateGrid } from "../../../src/core/validate";

const katalog = defaultKatalog();
const HEADER = ["No", "Sasaran", "Indikator Kinerja", "Rumus / Formula Perhitungan", "Sumber Data", "Penanggung Jawab"];

function setup(): { state: FakeWorkbookState; host: ExcelHost } {
  const state = new FakeWorkbookState();
  return { state, host: fakeHost(state) };
}

const model = buildTemplate(katalog, KASI_PEMERINTAHAN_2025);

describe("reading sheets", () => {
  it("reads a 5,000-row sheet in at most 3 syncs, with origin and merged areas", async () => {
    const { state, host } = setup();
    const sheet = state.addSheet("Besar");
    const rows = [HEADER, ...Array.from({ length: 5000 }, (_, i) => [String(i + 1), "Sasaran", `Indikator ${i}`, "Jumlah a / Jumlah b x 100%", "Laporan", "Kasi"])];
    sheet.setValues(rows, 2, 1); // the table starts at B3
    sheet.merges.push({ top: 3, left: 2, bottom: 5, right: 2 });
    state.syncCount = 0;
    const grid = await readActiveSheet(host);
    expect(state.syncCount).toBeLessThanOrEqual(3);
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.values).toHaveLength(5001);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 1 }]);
    state.syncCount = 0;
    const all = await readWorkbook(host);
    expect(state.syncCount).toBeLessThanOrEqual(3);
    expect(all.map((g) => g.sheet)).toEqual(["Besar"]);
  });

  it("reads an empty sheet and works without merged-area support (ExcelApi 1.13)", async () => {
    const { state, host } = setup();
    state.addSheet("Kosong");
    state.addSheet("Isi").setValues([HEADER]);
    state.supported.delete("ExcelApi 1.13");
    const grids = await readWorkbook(host);
    expect(grids[0]).toMatchObject({ sheet: "Kosong", values: [] });
    expect(grids[1].values[0]).toEqual(HEADER);
    expect(grids[1].merges).toEqual([]);
  });
});

describe("inserting the template", () => {
  it("applies the model's page setup, whatever it is", async () => {
    const { state, host } = setup();
    const result = await insertTemplate(host, { ...model, print: { orientation: "portrait", paper: "A3", fitToWidth: false } }, { kind: "lembar-baru" });
    const sheet = state.sheet(result.sheet)!;
    expect([sheet.orientation, sheet.paperSize, sheet.fitToWidth]).toEqual(["Portrait", "A3", false]);
  });

  it("into a new sheet in 2 syncs, print-ready, and the validator finds the table clean", async () => {
    const { state, host } = setup();
    state.addSheet("Lembar1");
    state.syncCount = 0;
    const result = await insertTemplate(host, model, { kind: "lembar-baru" });
    expect(state.syncCount).toBeLessThanOrEqual(2);
    const sheet = state.sheet(result.sheet)!;
    expect(result.sheet).toBe(model.sheetName);
    expect(sheet.frozenRows).toBe(model.bodyRows[0]);
    expect(sheet.orientation).toBe("Landscape");
    expect(sheet.paperSize).toBe("A4");
    expect(sheet.fitToWidth).toBe(true);
    expect(sheet.printTitleRows).toBe(`$${model.headerRow + 1}:$${model.bodyRows[0]}`);
    expect(sheet.merges.length).toBe(model.merges.length);
    const grid = await readActiveSheet(host);
    const report = validateGrid(grid, katalog);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    // A second insertion gets a new name instead of failing.
    const again = await insertTemplate(host, model, { kind: "lembar-baru" });
    expect(again.sheet).toBe(model.sheetName.replace(/ (\d{4})$/, " (2) $1"));
  });

  it("with its dropdowns and its chart of capaian (pengukuran triwulanan), still in 2 syncs", async () => {
    const { state, host } = setup();
    const ukur = buildPengukuranTemplate(katalog, { unit: "kecamatan", jabatan: "kasi-pemerintahan", tahun: 2025, identitas: true, isiDariKatalog: true, barisKosong: 0, tandaTangan: true });
    state.syncCount = 0;
    const result = await insertTemplate(host, ukur, { kind: "lembar-baru" });
    expect(state.syncCount).toBeLessThanOrEqual(2);
    expect(result.chart).toBe(true);
    const sheet = state.sheet(result.sheet)!;
    const [first, last] = ukur.bodyRows;
    expect(sheet.validations.map((v) => [v.area, v.rule?.list?.source])).toEqual([
      [{ top: first, left: 18, bottom: last, right: 18 }, "jumlah,nilai terakhir,rata-rata"],
      [{ top: first, left: 4, bottom: last, right: 4 }, "positif,negatif,negatif-rasio"],
    ]);
    expect(sheet.validations[0].errorAlert?.message).toContain("Pilih jumlah");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      type: "BarClustered",
      values: { top: first, left: 20, bottom: last, right: 20 },
      categories: { top: first, left: 2, bottom: last, right: 2 },
      legend: false,
    });
    expect(sheet.charts[0].title).toContain("2025");
    // Below the table: its first row is under the last row of the model.
    expect(Number(/\d+/.exec(sheet.charts[0].position![0])![0])).toBeGreaterThan(ukur.rows);
  });

  it("without a chart nor dropdowns where Excel lacks their APIs, and says so", async () => {
    const { state, host } = setup();
    state.supported = new Set(["ExcelApi 1.1", "ExcelApi 1.2"]); // Excel 2016 without updates
    const ukur = buildPengukuranTemplate(katalog, { unit: "kecamatan", tahun: 2025, identitas: false, isiDariKatalog: true, barisKosong: 0, tandaTangan: false });
    const result = await insertTemplate(host, ukur, { kind: "lembar-baru" });
    expect(result.chart).toBe(false);
    expect(state.sheet(result.sheet)!.validations).toEqual([]);
    expect(state.sheet(result.sheet)!.charts).toEqual([]);
    // The survey's score limits are left out the same way.
    const skm = buildSkmTemplate(katalog, { unit: "kecamatan", tahun: 2025, responden: 10 });
    expect((await insertTemplate(host, skm, { kind: "lembar-baru" })).chart).toBe(false);
  });

  it("at the selection only when every target cell is empty, else refuses and names the cells", async () => {
    const { state, host } = setup();
    const sheet = state.addSheet("Data");
    sheet.setValues([["catatan lama"]], 10, 3); // D11
    state.selection = { sheet: "Data", area: { top: 2, left: 1, bottom: 2, right: 1 } }; // B3
    await expect(insertTemplate(host, model, { kind: "sel-terpilih" })).rejects.toThrow(TargetNotEmptyError);
    await expect(insertTemplate(host, model, { kind: "sel-terpilih" })).rejects.toThrow("D11");
    expect(sheet.cell(2, 1)).toBeUndefined(); // nothing was written
    state.selection = { sheet: "Data", area: { top: 20, left: 0, bottom: 20, right: 0 } };
    const ok = await insertTemplate(host, model, { kind: "sel-terpilih" });
    expect(ok.address.startsWith("A21:")).toBe(true);
    expect(sheet.cell(20, 0)!.value).toBe("INDIKATOR KINERJA INDIVIDU (IKI)");
    expect(sheet.cell(10, 3)!.value).toBe("catatan lama");
  });
});

describe("marking findings and fixing", () => {
  it("colours and notes the cells, then restores fills and notes exactly", async () => {
    const { state, host } = setup();
    const sheet = state.addSheet("IKI");
    sheet.setValues([HEADER, ["1", "S", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "", "", ""]]);
    sheet.ensure(1, 4).fill = "#00FF00"; // the user's own fill on E2
    sheet.ensure(1, 5).note = "catatan pengguna"; // and a note on F2
    const report = validateGrid(await readActiveSheet(host), katalog);
    const marks = new FindingMarks();
    state.syncCount = 0;
    await marks.mark(host, report.findings);
    expect(state.syncCount).toBeLessThanOrEqual(4); // the stored marks read once (1-2), then 2
    expect(sheet.cell(1, 3)!.fill).toBe("#F4CCCC");
    expect(sheet.cell(1, 3)!.note).toContain("Asisten IKI: D2: rumus kosong");
    expect(sheet.cell(1, 5)!.note).toBe("catatan pengguna");
    await marks.unmark(host);
    expect(sheet.cell(1, 3)!.fill).toBeUndefined();
    expect(sheet.cell(1, 3)!.note).toBeUndefined();
    expect(sheet.cell(1, 4)!.fill).toBe("#00FF00");
    expect(sheet.cell(1, 5)!.note).toBe("catatan pengguna");
    expect(await marks.count(host)).toBe(0);
    expect(state.xmlParts).toEqual([]);
  });

  describe("marks survive the runtime (stored in the workbook)", () => {
    /** Every cell with something in it (the fake creates empty cells as it is written to). */
    const contents = (sheet: { cells: Map<string, object> }) =>
      JSON.stringify([...sheet.cells.entries()].filter(([, c]) => Object.values(c).some((v) => v !== "" && v !== undefined)).sort());

    function markedWorkbook() {
      const { state, host } = setup();
      const sheet = state.addSheet("IKI");
      sheet.setValues([HEADER, ["1", "S", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "", "", ""], ["2", "S", "Jumlah desa", "", "", ""]]);
      sheet.ensure(1, 4).fill = "#00FF00";
      sheet.ensure(1, 5).note = "catatan pengguna";
      const before = contents(sheet);
      return { state, host, sheet, before };
    }

    it("a new runtime (reopened file, reloaded pane) removes the marks of the old one exactly", async () => {
      const { state, host, sheet, before } = markedWorkbook();
      const findings = validateGrid(await readActiveSheet(host), katalog).findings;
      const n = await new FindingMarks().mark(host, findings);
      expect(n).toBeGreaterThan(2);
      expect(contents(sheet)).not.toBe(before);
      expect(state.xmlParts).toHaveLength(1);
      const reopened = new FindingMarks(); // nothing in memory
      expect(await reopened.count(host)).toBe(n);
      state.syncCount = 0;
      expect(await reopened.unmark(host)).toEqual({ restored: n, kept: 0, gone: 0 });
      expect(state.syncCount).toBeLessThanOrEqual(3);
      expect(contents(sheet)).toBe(before);
      expect(state.xmlParts).toEqual([]);
    });

    it("a cell the user changed since keeps the user's change", async () => {
      const { state, host, sheet } = markedWorkbook();
      await new FindingMarks().mark(host, validateGrid(await readActiveSheet(host), katalog).findings);
      sheet.cell(1, 3)!.fill = "#0000FF"; // the user recoloured D2
      sheet.cell(2, 3)!.note = "dicek ulang oleh saya"; // and rewrote the note on D3
      const r = await new FindingMarks().unmark(host);
      expect(r.kept).toBe(2);
      expect(sheet.cell(1, 3)!.fill).toBe("#0000FF");
      expect(sheet.cell(2, 3)!.note).toBe("dicek ulang oleh saya");
      expect(sheet.cell(2, 3)!.fill).toBeUndefined(); // its fill was still the mark: restored
      expect(state.xmlParts).toEqual([]);
    });

    it("marks on a sheet renamed since are counted, not an error", async () => {
      const { state, host, sheet } = markedWorkbook();
      const n = await new FindingMarks().mark(host, validateGrid(await readActiveSheet(host), katalog).findings);
      sheet.name = "IKI 2025";
      expect(await new FindingMarks().unmark(host)).toEqual({ restored: 0, kept: 0, gone: n });
      expect(state.xmlParts).toEqual([]);
    });

    it("a damaged stored part is ignored, not a crash", () => {
      expect(unwrapMarks("{bukan json")).toEqual([]);
      expect(unwrapMarks('[{"sheet":1}]')).toEqual([]);
      expect(unwrapMarks(undefined)).toEqual([]);
    });

    it("without ExcelApi 1.5 the marks live in memory only", async () => {
      const { state, host } = markedWorkbook();
      for (const v of ["1.5", "1.7", "1.9", "1.13", "1.18"]) state.supported.delete(`ExcelApi ${v}`);
      const marks = new FindingMarks();
      const n = await marks.mark(host, validateGrid(await readActiveSheet(host), katalog).findings);
      expect(await marks.count(host)).toBe(n);
      expect(await new FindingMarks().count(host)).toBe(0);
      expect((await marks.unmark(host)).restored).toBe(n);
    });
  });

  it("without notes support (ExcelApi 1.18) it only colours", async () => {
    const { state, host } = setup();
    const sheet = state.addSheet("IKI");
    sheet.setValues([HEADER, ["1", "S", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "", "Perdes", "Kasi"]]);
    state.supported.delete("ExcelApi 1.18");
    const marks = new FindingMarks();
    await marks.mark(host, validateGrid(await readActiveSheet(host), katalog).findings);
    expect(sheet.cell(1, 3)!.fill).toBe("#F4CCCC");
    expect(sheet.cell(1, 3)!.note).toBeUndefined();
    await marks.unmark(host);
    expect(sheet.cell(1, 3)!.fill).toBeUndefined();
  });

  it("selects a finding's cell and applies a quick fix", async () => {
    const { state, host } = setup();
    state.addSheet("A");
    const b = state.addSheet("B");
    await selectCell(host, "B", "D7");
    expect(state.active).toBe(1);
    expect(state.selection).toEqual({ sheet: "B", area: { top: 6, left: 3, bottom: 6, right: 3 } });
    await writeCell(host, "B", "D7", "(Jumlah a / Jumlah b) x 100%");
    expect(b.cell(6, 3)!.value).toBe("(Jumlah a / Jumlah b) x 100%");
  });
});

describe("a catalogue saved in the workbook", () => {
  it("round-trips through a custom XML part, even text containing ]]>, replacing the previous one", async () => {
    const { state, host } = setup();
    state.addSheet("A");
    const json = JSON.stringify({ catatan: "awas ]]> di teks", id: "x" });
    await saveCatalogue(host, json);
    await saveCatalogue(host, json);
    expect(state.xmlParts).toHaveLength(1);
    state.syncCount = 0;
    expect(await loadCatalogue(host)).toBe(json);
    expect(state.syncCount).toBe(2);
    await removeCatalogue(host);
    expect(await loadCatalogue(host)).toBeUndefined();
  });
});

describe("a sheet too big for one response (Excel on the web's 5 MB cap)", () => {
  function big(rows = 4999): { state: FakeWorkbookState; host: ExcelHost } {
    const { state, host } = setup();
    const sheet = state.addSheet("Besar");
    sheet.setValues([HEADER, ...Array.from({ length: rows }, (_, i) => [String(i + 1), "S", `Indikator ${i}`, "Jumlah a / Jumlah b x 100%", "Laporan", "Kasi"])], 1, 0);
    sheet.merges.push({ top: 2, left: 1, bottom: 4, right: 1 });
    sheet.setValues([["=IKI.CAPAIAN(H3;G3)"]], 2, 7); // a formula cell: only where it stands is read
    return { state, host };
  }

  it("is read again in blocks of rows on ResponsePayloadSizeLimitExceeded, with the same result", async () => {
    const { state, host } = big();
    const whole = await readActiveSheet(host);
    state.payloadLimitCells = 30_000; // 5,000 x 8 cells is over it; a block of 50,000 / 8 rows is not... halved until it fits
    const blocks = await readActiveSheet(host);
    expect(blocks).toEqual(whole);
    expect(await readWorkbook(host)).toEqual([whole]);
  });

  it("decides by the error's code: the message is localized (the fake's is Indonesian)", async () => {
    const { state, host } = big();
    state.payloadLimitCells = 30_000;
    await expect(readActiveSheet(host)).resolves.toMatchObject({ sheet: "Besar" });
    expect(tooLarge({ code: "RequestPayloadSizeLimitExceeded", message: "x" })).toBe(true);
    expect(tooLarge({ code: "ResponsePayloadSizeLimitExceeded", message: "x" })).toBe(true);
    expect(tooLarge({ code: "GeneralException", message: "The request payload size has exceeded the limit." })).toBe(false);
    expect(tooLarge(null)).toBe(false);
  });

  it("treats values === null as too large", async () => {
    const { state, host } = big();
    const whole = await readActiveSheet(host);
    state.nullValuesAboveCells = 10_000;
    expect(await readActiveSheet(host)).toEqual(whole);
  });

  it("sizes blocks by cells: 2,000 rows of 200 text columns", async () => {
    const { state, host } = setup();
    const wide = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 200 }, (_, c) => `teks ${r}.${c}`));
    state.addSheet("Lebar").setValues([HEADER, ...wide]);
    state.payloadLimitCells = 60_000; // a 2,000-row block (400,000 cells) would still be refused
    state.syncCount = 0;
    const grid = await readActiveSheet(host);
    expect(grid.values).toHaveLength(2001);
    expect(grid.values[2000][199]).toBe("teks 1999.199");
    expect(state.syncCount).toBeLessThan(15); // 1 refused + 1 size + 9 blocks of 250 rows + merges
  });

  it("a single row still too large is an error, not a loop", async () => {
    const { state, host } = setup();
    state.addSheet("Satu").setValues([HEADER]);
    state.payloadLimitCells = 3;
    await expect(readActiveSheet(host)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("other errors are not taken for a size problem", async () => {
    const { host } = setup();
    const failing: ExcelHost = { ...host, run: async () => { throw Object.assign(new Error("x"), { code: "AccessDenied" }); } };
    await expect(readActiveSheet(failing)).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("formulas: where they stand, not their text", () => {
  it("marks formula cells from getSpecialCells and loads no formula texts", async () => {
    const { state, host } = setup();
    const sheet = state.addSheet("Templat");
    sheet.setValues([HEADER, ["1", "S", "Indikator", "A / B x 100%", "Laporan", "Kasi", "=IKI.CAPAIAN(H2;G2)"]]);
    state.payloadLimitCells = 14; // 2 x 7 values fit; values and formulas (28 cells) would not
    const grid = await readActiveSheet(host);
    expect(grid.formulas?.[1]?.[6]).toBe("=");
    expect(grid.formulas?.[1]?.[3]).toBeUndefined();
  });

  it("without ExcelApi 1.9 the formulas are loaded as texts", async () => {
    const { state, host } = setup();
    for (const v of ["1.9", "1.13", "1.18"]) state.supported.delete(`ExcelApi ${v}`); // a set implies the ones below it
    state.addSheet("Templat").setValues([HEADER, ["1", "S", "Indikator", "A / B x 100%", "Laporan", "Kasi", "=IKI.CAPAIAN(H2;G2)"]]);
    const grid = await readActiveSheet(host);
    expect(grid.formulas?.[1]?.[6]).toBe("=IKI.CAPAIAN(H2;G2)");
  });
});
