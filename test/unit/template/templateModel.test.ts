import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeTemplateXlsx } from "../../../src/cli/templateXlsx";
import { main } from "../../../src/cli/main";
import { readWorkbookGrids } from "../../../src/cli/workbookGrid";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { buildTemplate, PLACEHOLDER, TemplateError, templateMatrix, TemplateOptions } from "../../../src/core/template/templateModel";
import { KASI_PEMERINTAHAN_2025 } from "../../support/templateOptions";

const katalog = defaultKatalog();
const base: TemplateOptions = KASI_PEMERINTAHAN_2025;


describe("template model", () => {
  const model = buildTemplate(katalog, base);
  const at = (r: number, c: number) => templateMatrix(model)[r][c];

  it("has the title block, identity block, the six standard columns and the supported indicator's", () => {
    expect(at(0, 0)).toBe("INDIKATOR KINERJA INDIVIDU (IKI)");
    expect(at(1, 0)).toBe("PEMERINTAH KABUPATEN LUMAJANG");
    expect(at(2, 0)).toBe("KECAMATAN CANDIPURO");
    expect(at(3, 0)).toBe("TAHUN 2025");
    const labels = templateMatrix(model).slice(4, model.headerRow).map((r) => r[0]);
    expect(labels).toEqual(expect.arrayContaining(["Jabatan", "Tugas Pokok"]));
    expect(templateMatrix(model)[model.headerRow].slice(0, 11)).toEqual([
      "No", "Sasaran", "Indikator Kinerja", "Rumus / Formula Perhitungan", "Sumber Data", "Penanggung Jawab",
      "Indikator Atasan yang Didukung", "Satuan", "Target", "Realisasi", "Capaian (%)",
    ]);
  });

  it("prefills the position's catalogue indicators, a native Capaian formula and merged Sasaran groups", () => {
    const expected = katalog.entriesFor({ unit: "kecamatan", jabatan: "kasi-pemerintahan", level: "iki" });
    const [first, last] = model.bodyRows;
    expect(last - first + 1).toBe(expected.length);
    expect(at(first, 2)).toBe(expected[0].indikator);
    const [R, T] = [`J${first + 1}`, `I${first + 1}`];
    expect(expected[0].polaritas).toBe("positif");
    // Excel's own functions by default: the file computes without the add-in.
    expect(at(first, 10)).toBe(
      `=IF(OR(${R}="",${T}=""),"",IF(NOT(AND(ISNUMBER(${R}),ISNUMBER(${T}))),"Bukan angka",IF(${T}=0,"Target nol",${R}/${T}*100)))`
    );
    // IKI.CAPAIAN when asked for.
    const iki = templateMatrix(buildTemplate(katalog, { ...base, rumus: "iki" }));
    expect(iki[first][10]).toBe(`=IKI.CAPAIAN(${R},${T},"positif")`);
    const sasaranMerges = model.merges.filter((m) => m.left === 1 && m.right === 1 && m.bottom > m.top);
    expect(sasaranMerges.length).toBeGreaterThan(0);
  });

  it("lists a Tujuan the source repeats word for word once (Sekretaris Kecamatan)", () => {
    const model = buildTemplate(katalog, { ...base, jabatan: "sekretaris-kecamatan" });
    const text = (label: string) => String(model.cells.find((c) => c.row === model.cells.find((x) => x.value === label)!.row && c.col === 2)!.value);
    for (const label of ["Tujuan", "Indikator Tujuan"]) {
      const lines = text(label).split("\n").map((l) => l.replace(/^\d+\.\s*/, ""));
      expect(lines.length).toBeGreaterThan(3);
      expect(new Set(lines).size).toBe(lines.length);
    }
  });

  it("has a signature block with placeholders only (no names, no NIP)", () => {
    const text = templateMatrix(model).flat().join("\n");
    expect(text).toContain("Mengetahui,");
    expect(text).toContain("CAMAT");
    expect(text).toContain(`Lumajang, ${PLACEHOLDER.tanggal} 2025`);
    expect(text.split(PLACEHOLDER.nama).length - 1).toBe(2);
    expect(text.split(PLACEHOLDER.nip).length - 1).toBe(2);
  });

  it("is print-ready: A4 landscape, fit to width, repeated header row", () => {
    expect(model.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(model.widths).toHaveLength(model.cols);
  });

  it("offers N empty rows instead of the catalogue rows", () => {
    const empty = buildTemplate(katalog, { ...base, isiDariKatalog: false, barisKosong: 5, ukuran: "triwulan" });
    expect(empty.bodyRows[1] - empty.bodyRows[0] + 1).toBe(5);
    expect(empty.cols).toBe(7 + 13);
  });

  it.each([
    [{ ...base, unit: "dinas-antah" }, "Unit \"dinas-antah\" tidak ada"],
    [{ ...base, jabatan: undefined }, "Pilih jabatan"],
    [{ ...base, jabatan: "kepala-dinas" }, "Jabatan \"kepala-dinas\" tidak ada"],
    [{ ...base, tahun: 1999 }, "Tahun harus"],
  ])("refuses impossible options in Indonesian (%#)", (options, message) => {
    expect(() => buildTemplate(katalog, options as TemplateOptions)).toThrow(TemplateError);
    expect(() => buildTemplate(katalog, options as TemplateOptions)).toThrow(message);
  });

  it("numbers the empty rows of a form to fill (1..N)", () => {
    const empty = buildTemplate(katalog, { ...base, isiDariKatalog: false, barisKosong: 4 });
    const rows = templateMatrix(empty).slice(empty.bodyRows[0], empty.bodyRows[1] + 1);
    expect(rows.map((r) => r[0])).toEqual(["1", "2", "3", "4"]);
    expect(rows.every((r) => r.slice(1, 6).every((v) => v === ""))).toBe(true);
  });
  // Every template in every option checks with zero findings: allClean.test.ts.
});

describe("iki-cek templat", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "templat-"));
  it("the exceljs writer applies the model's page setup, whatever it is", async () => {
    const file = path.join(tmp, "a3.xlsx");
    const model = buildTemplate(katalog, base);
    await writeTemplateXlsx(file, { ...model, print: { orientation: "portrait", paper: "A3", fitToWidth: false } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0].pageSetup).toMatchObject({ orientation: "portrait", paperSize: 8, fitToPage: false });
  });
  it("writes the same layout with exceljs: merges, print setup, frozen header, formulas", async () => {
    const file = path.join(tmp, "iki.xlsx");
    let err = "";
    const code = await main(
      ["templat", "--unit", "Kecamatan Candipuro", "--jabatan", "Kasi Pemerintahan", "--nama-unit", "Candipuro", "--tahun", "2025", "--ukuran", "tahunan", "-o", file],
      { out: () => undefined, err: (t) => (err += t) }
    );
    expect(code).toBe(0);
    expect(err).toContain("ditulis ke");
    const model = buildTemplate(katalog, base);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe(model.sheetName);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, printTitlesRow: `${model.headerRow + 1}:${model.bodyRows[0]}` });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: model.bodyRows[0] });
    const first = model.bodyRows[0] + 1;
    expect((ws.getCell(`K${first}`).value as { formula: string }).formula).toMatch(/^IF\(OR\(J\d+="",I\d+=""\),"",/);
    expect(ws.getCell(model.headerRow + 1, 3).border?.top?.style).toBe("thin");
    const [grid] = await readWorkbookGrids(file);
    expect(grid.merges.length).toBe(model.merges.length);
  });
  it("says what is missing, naming only the options left out", async () => {
    let err = "";
    const code = await main(["templat", "--unit", "kecamatan"], { out: () => undefined, err: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toMatch(/^--tahun dan -o wajib diisi\./);
    err = "";
    await main(["templat"], { out: () => undefined, err: (t) => (err += t) });
    expect(err).toMatch(/^--unit, --tahun dan -o wajib diisi\./);
  });
});
