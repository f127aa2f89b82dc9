/*
 * Matriks Peran Hasil (issue 15, section 3): the kecamatan's IKU by row, its positions from the
 * head down by column, from the catalogue's links or from a workbook's position tables; and
 * `iki-cek templat --jenis mph`.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/main";
import { readWorkbookGrids } from "../../../src/cli/workbookGrid";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { buildMphTemplate, mphMatrix, mphSourceFrom } from "../../../src/core/template/mphTemplate";
import { templateMatrix, TemplateError } from "../../../src/core/template/templateModel";
import { choosePaper, FONT, paperOf } from "../../../src/core/template/layout";
import { validateGrid, validateWorkbook } from "../../../src/core/validate";
import { writeSeedFixtures } from "../../fixtures/seedWorkbooks";

const katalog = defaultKatalog();
const tmp = mkdtempSync(path.join(os.tmpdir(), "mph-"));
const DESA = [
  "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
  "Persentase Desa yang menetapkan APBDes Tepat Waktu",
  "Persentase Desa yang menyampaikan LPPDes Tepat Waktu",
];

describe("from the catalogue", () => {
  const model = buildMphTemplate(katalog, { unit: "kecamatan", tahun: 2025, namaUnit: "Contoh" });
  const m = templateMatrix(model);
  const header = m[model.headerRow];
  const rowOf = (nomor: string) => m.slice(model.bodyRows[0], model.bodyRows[1] + 1).find((r) => r[0] === nomor)!;
  const col = (nama: string) => header.indexOf(nama);

  it("has the title, the kecamatan and the year, and the positions from the head down", () => {
    expect(m.slice(0, 4).map((r) => r[0])).toEqual(["MATRIKS PERAN HASIL", "PEMERINTAH KABUPATEN LUMAJANG", "KECAMATAN CONTOH", "TAHUN 2025"]);
    expect(header.slice(0, 5)).toEqual(["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Mendukung IKU Kabupaten", "Sekretaris Kecamatan"]);
    expect(header.slice(5, 10)).toEqual([
      "Kepala Seksi Pemerintahan",
      "Kepala Seksi Pemberdayaan Masyarakat",
      "Kepala Seksi Pelayanan Umum",
      "Kepala Sub Bagian Umum dan Kepegawaian",
      "Kepala Sub Bagian Keuangan",
    ]);
    expect(header[header.length - 1]).toBe("Keterangan");
    // Ten positions: A4 and F4 would print below 8 pt, so the writers take A3.
    expect(model.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(paperOf(model)).toBe("A3");
    expect(FONT.size * choosePaper(model).scale).toBeGreaterThanOrEqual(8);
  });

  it("lists IKU 1.3 with the Kasi Pemerintahan's and the Sekretaris Kecamatan's IKI that carry it", () => {
    const row = rowOf("1.3");
    expect(row[2]).toBe("Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu");
    expect(row[3]).toBe("Indeks kepuasan masyarakat");
    const numbered = DESA.map((t, i) => `${i + 1}. ${t}`).join("\n");
    expect(row[col("Kepala Seksi Pemerintahan")]).toBe(numbered);
    expect(row[col("Sekretaris Kecamatan")]).toBe(numbered);
    expect(row[col("Kepala Seksi Pelayanan Umum")]).toBe("–");
    expect(row[header.length - 1]).toBe("");
  });

  it("marks IKU 1.1 (the IKM), which no IKI carries", () => {
    const row = rowOf("1.1");
    expect(row.slice(4, -1).every((c) => c === "–")).toBe(true);
    expect(row[header.length - 1]).toBe("Belum didukung IKI jabatan mana pun");
  });

  it("is not read as an IKI table by periksa (a matrix of positions)", () => {
    const grid = { sheet: model.sheetName, origin: { row: 0, col: 0 }, values: m, merges: model.merges };
    expect(validateGrid(grid, katalog)).toMatchObject({ tables: [], findings: [] });
  });

  it("with a single position, still not read as an IKI table", () => {
    const one = buildMphTemplate(katalog, { unit: "kecamatan", tahun: 2025 }, new Map([["kasi-pemerintahan", [{ indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu", entri: "iki-kec-desa-rkpdes-tepat-waktu" }]]]));
    expect(one.mph.positions.map((j) => j.id)).toEqual(["kasi-pemerintahan"]);
    const grid = { sheet: one.sheetName, origin: { row: 0, col: 0 }, values: templateMatrix(one), merges: one.merges };
    expect(validateGrid(grid, katalog)).toMatchObject({ tables: [], findings: [] });
  });

  it("refuses a unit without positions or a bad year, in Indonesian", () => {
    expect(() => buildMphTemplate(katalog, { unit: "bpbd", tahun: 2025 })).toThrow(TemplateError);
    expect(() => buildMphTemplate(katalog, { unit: "bpbd", tahun: 2025 })).toThrow(/tidak memuat jabatan/);
    expect(() => buildMphTemplate(katalog, { unit: "kecamatan", tahun: 1990 })).toThrow(/Tahun harus/);
  });
});

describe("from a workbook's position tables", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await writeSeedFixtures(path.join(tmp, "seeds"));
  }, 120_000);

  it("seed 001: the positions it has, each cell the IKI as the sheet writes it", async () => {
    const grids = await readWorkbookGrids(files["001"]);
    const m = mphMatrix(katalog, "kecamatan", mphSourceFrom(grids.map((g) => validateGrid(g, katalog))));
    expect(m.dari).toBe("buku kerja");
    expect(m.positions.map((j) => j.id)).toEqual([
      "sekretaris-kecamatan",
      "kasi-pemerintahan",
      "kasi-pemberdayaan-masyarakat",
      "kasi-pelayanan-umum",
      "kasubag-umum-kepegawaian",
      "kasubag-keuangan",
    ]);
    const i13 = m.iku.findIndex((e) => e.nomor === "1.3");
    // 001 writes "menetapkan LPPDes" (the catalogue says "menyampaikan"): the sheet's own words.
    const written = DESA.map((t) => t.replace("menyampaikan", "menetapkan"));
    expect(m.cells[i13][0]).toEqual(written);
    expect(m.cells[i13][1]).toEqual(written);
    expect(m.cells[m.iku.findIndex((e) => e.nomor === "1.1")].every((c) => c.length === 0)).toBe(true);
  });

  it("a workbook without position tables falls back to the catalogue", async () => {
    const grids = await readWorkbookGrids(files["004"]);
    expect(mphMatrix(katalog, "kecamatan", mphSourceFrom(grids.map((g) => validateGrid(g, katalog)))).dari).toBe("katalog");
  });

  it("iki-cek templat --jenis mph --dari writes it; the file checks with no table and no finding", async () => {
    const file = path.join(tmp, "mph.xlsx");
    let err = "";
    const io = { out: () => undefined, err: (t: string) => (err += t) };
    const code = await main(["templat", "--jenis", "mph", "--unit", "kecamatan", "--tahun", "2024", "--dari", files["003"], "-o", file], io);
    expect(code).toBe(0);
    expect(err).toContain("Matriks Peran Hasil Kecamatan 2024: 3 IKU x 6 jabatan, dari tabel IKI di");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // Six position columns: F4/Folio landscape keeps 8 pt (OOXML paper 14), A4 would not.
    expect(wb.worksheets[0].pageSetup).toMatchObject({ orientation: "landscape", paperSize: 14, fitToWidth: 1, fitToHeight: 0 });
    const report = validateWorkbook(await readWorkbookGrids(file), katalog);
    expect(report).toEqual({ tables: [], findings: [] });
  }, 60_000);

  it("--dari belongs to the kinds that read a workbook", async () => {
    let err = "";
    const code = await main(
      ["templat", "--jenis", "skm", "--unit", "kecamatan", "--tahun", "2024", "--dari", "x.xlsx", "-o", path.join(tmp, "x.xlsx")],
      { out: () => undefined, err: (t) => (err += t) }
    );
    expect(code).toBe(2);
    expect(err).toContain("--dari hanya untuk --jenis mph, skp, rencana-aksi.");
  });
});
