/**
 * The pane's .xlsx writer (src/core/xlsx/writeXlsx.ts): the catalogue it exports reads back as the
 * same catalogue through the pane's reader, the CLI's reader and exceljs (a second, independent
 * reader of the format), with the header styled, frozen and filtered.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { defaultKatalog, fromData } from "../../src/core/catalogue/loadKatalog";
import { katalogToSheets, sheetsToKatalog } from "../../src/core/catalogue/sheetLayout";
import { katalogDataFromXlsx } from "../../src/core/catalogue/xlsxKatalog";
import { fflateInflate } from "../../src/core/xlsx/fflateInflate";
import { fflateZip } from "../../src/core/xlsx/fflateZip";
import { sheetsToXlsx, toBase64 } from "../../src/core/xlsx/writeXlsx";
import { readSheets } from "../../src/cli/xlsxRead";

const katalog = defaultKatalog();
const sheets = katalogToSheets(katalog.data);
const bytes = sheetsToXlsx(sheets, fflateZip);

describe("sheetsToXlsx", () => {
  it("exports the catalogue so that the pane's reader gives the same catalogue back", () => {
    const back = fromData(katalogDataFromXlsx(bytes, "ekspor.xlsx", fflateInflate), "ekspor.xlsx");
    expect(back.entries.length).toBe(katalog.entries.length);
    // Exactly what the sheets hold (the layout itself is tested in katalog.test.ts).
    expect(back.data).toEqual(sheetsToKatalog(sheets, "ekspor.xlsx"));
    expect(back.data.jabatan).toEqual(katalog.data.jabatan);
    expect(
      back.entries.map((e) => [
        e.id,
        e.indikator,
        e.rumus,
        e.sumberData,
        e.penanggungJawab,
        e.induk,
      ])
    ).toEqual(
      katalog.entries.map((e) => [
        e.id,
        e.indikator,
        e.rumus,
        e.sumberData,
        e.penanggungJawab,
        e.induk,
      ])
    );
  });

  it("is read by the CLI's reader and by exceljs alike, header bold, shaded and frozen", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-xlsx-"));
    const file = path.join(dir, "katalog.xlsx");
    fs.writeFileSync(file, bytes);
    const cli = await readSheets(file);
    expect(cli.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(cli[3].rows.length).toBe(sheets[3].rows.length);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets.map((s) => s.name));
    const ws = wb.worksheets[3];
    expect(ws.getRow(1).values).toEqual([undefined, ...sheets[3].header]);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect((ws.getCell("A1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9EAD3");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(sheets[3].widths?.[0]);
    fs.rmSync(dir, { recursive: true });
  });

  it("writes text that looks like a formula or a number as text, and keeps numbers as numbers", async () => {
    const out = sheetsToXlsx(
      [
        {
          name: "Uji: [a/b]?*",
          header: ["Teks", "Angka"],
          rows: [
            ["=SUM(A1)", 7],
            ["0012", 2.5],
            ["a & <b>\u0007", null],
          ],
        },
      ],
      fflateZip
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    // Characters Excel refuses in a sheet name become spaces; the name stays readable.
    expect(ws.name).toBe("Uji a b");
    expect(ws.getCell("A2").value).toBe("=SUM(A1)");
    expect(ws.getCell("A2").formula).toBeUndefined();
    expect(ws.getCell("B2").value).toBe(7);
    expect(ws.getCell("A3").value).toBe("0012");
    expect(ws.getCell("B3").value).toBe(2.5);
    // Control characters XML cannot hold are dropped, markup is escaped.
    expect(ws.getCell("A4").value).toBe("a & <b>");
  });

  it("gives two sheets whose names differ only in case or length distinct names", async () => {
    const long = "Pengukuran Kinerja Kecamatan Tahun 2026 Lengkap";
    const out = sheetsToXlsx(
      [
        { name: long, header: ["A"], rows: [] },
        { name: long, header: ["A"], rows: [] },
        { name: "data", header: ["A"], rows: [] },
        { name: "DATA", header: ["A"], rows: [] },
      ],
      fflateZip
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([long.slice(0, 31), `${long.slice(0, 27)} (2)`, "data", "DATA (2)"]);
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });

  it("refuses to write a workbook without sheets", () => {
    expect(() => sheetsToXlsx([], fflateZip)).toThrow(/Tidak ada lembar/);
  });
});

describe("toBase64", () => {
  it.each([0, 1, 2, 3, 4, 5, 1000])("agrees with Node's encoder on %i bytes", (n) => {
    const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
    expect(toBase64(b)).toBe(Buffer.from(b).toString("base64"));
  });
  it("encodes the exported catalogue as Node does", () => {
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
