/*
 * The IKI.* functions in a real formula engine: a fixture workbook is written with exceljs
 * (formulas over cell ranges, some in the `_xldudf_IKI_X(...)` spelling Excel saves when the
 * add-in is missing), read back with the command line's .xlsx reader, and evaluated by
 * HyperFormula with a plugin that calls the same wrappers Excel calls.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { readFunctionsMetadata } from "../../../src/core/functionMetadata";
import { readWorkbookGrids } from "../../../src/cli/workbookGrid";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { excelSerial } from "../../../src/core/measures/dates";
import { registerIkiPlugin } from "./hyperformulaPlugin";

const functions = readFunctionsMetadata(
  JSON.parse(readFileSync(path.resolve(__dirname, "../../golden/functions.json"), "utf8"))
);

const RKPDES = "Persentase Desa yang menetapkan RKPDes Tepat Waktu";
const APBDES_TYPO = "Presentase desa yg menetapkan APBDesa tepat waktu";

/** Rows of the Data sheet (row 1 is the header). Dates are real Excel dates, serials or text. */
const DATA: unknown[][] = [
  [
    "Desa",
    "Realisasi",
    "Target",
    "Polaritas",
    "Tgl RKPDes",
    "Tgl APBDes",
    "Nilai 2023",
    "Nilai 2024",
    "Indikator",
    "Galat",
  ],
  [
    "Desa A",
    90,
    100,
    "positif",
    new Date(Date.UTC(2024, 8, 15)),
    "31/12/2024",
    100,
    110,
    RKPDES,
    { formula: "NA()" },
  ],
  [
    "Desa B",
    "85,5",
    90,
    "negatif",
    "30 September 2024",
    "2 Januari 2025",
    200,
    180,
    APBDES_TYPO,
    5,
  ],
  ["Desa C", null, 80, "turun", "1 Oktober 2024", null, 50, 50, "Jumlah kucing di kantor"],
  ["Desa D", 75, 0, null, null, "2024-12-20", 0, 10, null],
  ["Desa E", 120, 100, "naik", 45565, new Date(Date.UTC(2025, 0, 5)), 80, 60, null],
];

/** Survey answers (rows = respondents, columns = unsur U1-U3), with a header row. */
const SURVEI: unknown[][] = [
  ["U1", "U2", "U3"],
  [4, 3, 4],
  [3, 3, null],
  [4, 2, 3],
  [3, 4, 4],
];

/** Single-cell formulas on sheet Hasil, column B (label in A), with the expected value. */
const SCALARS: Array<[string, string, unknown]> = [
  ["persen", "IKI.PERSEN(Data!B2,Data!C2)", 90],
  ["persen xldudf", "_xldudf_IKI_PERSEN(Data!H3,Data!G3,1)", 90],
  ["persen teks", 'IKI.PERSEN("12,5","50")', 25],
  ["persen kosong", "IKI.PERSEN(Data!B4,Data!C4)", ""],
  ["persen nol", "IKI.PERSEN(Data!B5,Data!C5)", "#DIV/0!"],
  ["persen galat masuk", "IKI.PERSEN(1/0,5)", "#DIV/0!"],
  ["capaian negatif", 'IKI.CAPAIAN(Data!B3,Data!C3,"negatif")', 105],
  ["tepat waktu RKPDes", 'IKI.TEPATWAKTU(Data!E2:E6,"RKPDesa",2024)', 60],
  ["tepat waktu APBDes xldudf", '_xldudf_IKI_TEPATWAKTU(Data!F2:F6,"APBDES",2024)', 40],
  ["tepat waktu tanggal", 'IKI.TEPATWAKTU(Data!E2:E6,"30/09/2024")', 60],
  ["tepat waktu tanpa tahun", 'IKI.TEPATWAKTU(Data!E2:E6,"RKPDES")', "#VALUE!"],
  ["batas LPPDes", 'IKI.BATASWAKTU("LPPDES",2024)', excelSerial(2024, 3, 31)],
  ["batas APBDesa", 'IKI.BATASWAKTU("APB Desa",2024)', excelSerial(2024, 12, 31)],
  ["batas RKPDes", '_xldudf_IKI_BATASWAKTU("rkpdes",2025)', excelSerial(2025, 9, 30)],
  ["rata-rata dua rentang", "IKI.RATARATA(Data!G2:G6,Data!H2:H6)", 84],
  ["rata-rata campur", 'IKI.RATARATA(Data!G2:G3,10,"20")', (100 + 200 + 10 + 20) / 4],
  ["rata-rata kosong", "IKI.RATARATA(Data!I5:I6)", "#DIV/0!"],
  ["rata-rata teks", "IKI.RATARATA(Data!A2:A3)", "#VALUE!"],
  ["IKM", "IKI.IKM(Survei!A2:C5)", ((14 / 4 + 12 / 4 + 11 / 3) / 3) * 25],
  ["IKM dengan judul", "IKI.IKM(Survei!A1:C5)", "#VALUE!"],
  ["mutu IKM", "IKI.MUTUIKM(IKI.IKM(Survei!A2:C5))", "B"],
  ["predikat", "IKI.PREDIKAT(Data!B2)", "Tinggi"],
  ["rumus", "IKI.RUMUS(Data!I2)", defaultKatalog().entri("iki-kec-desa-rkpdes-tepat-waktu")!.rumus],
  ["rumus tidak ada", "IKI.RUMUS(Data!I4)", "#N/A"],
  ["katalog id", "IKI.KATALOG(Data!I3)", "iki-kec-desa-apbdes-tepat-waktu"],
  ["katalog kolom salah", 'IKI.KATALOG(Data!I3,"warna")', "#VALUE!"],
  ["INDEX atas tumpahan", "INDEX(IKI.CAPAIAN(Data!B2:B6,Data!C2:C6,Data!D2:D6),2,1)", 105],
  ["SUM atas tumpahan", "SUM(IKI.PERTUMBUHAN(Data!H2:H3,Data!G2:G3))", 0],
  ["ukuran berbeda", "IKI.PERSEN(Data!B2:B6,Data!C2:C4)", "#VALUE!"],
  ["galat dalam rentang", "IKI.RATARATA(Data!J2:J3)", "#N/A"],
];

/** Spilled formulas on sheet Hasil, from row 1 of their column, with the expected column. */
const SPILLS: Array<[string, string, string, unknown[]]> = [
  ["D", "capaian", "IKI.CAPAIAN(Data!B2:B6,Data!C2:C6,Data!D2:D6)", [90, 105, "", "#DIV/0!", 120]],
  [
    "E",
    "capaian xldudf",
    "_xldudf_IKI_CAPAIAN(Data!B2:B6,Data!C2:C6)",
    [90, 95, "", "#DIV/0!", 120],
  ],
  ["F", "persen desimal", "IKI.PERSEN(Data!H2:H6,Data!G2:G6,1)", [110, 90, 100, "#DIV/0!", 75]],
  ["G", "pertumbuhan", "IKI.PERTUMBUHAN(Data!H2:H6,Data!G2:G6)", [10, -10, 0, "#DIV/0!", -25]],
  [
    "H",
    "penurunan xldudf",
    "_xldudf_IKI_PENURUNAN(Data!H2:H6,Data!G2:G6)",
    [-10, 10, 0, "#DIV/0!", 25],
  ],
  [
    "I",
    "status RKPDes",
    'IKI.STATUSWAKTU(Data!E2:E6,"RKPDES",2024)',
    ["Tepat waktu", "Tepat waktu", "Terlambat", "Belum ada", "Tepat waktu"],
  ],
  [
    "J",
    "status APBDes",
    'IKI.STATUSWAKTU(Data!F2:F6,IKI.BATASWAKTU("APBDES",2024))',
    ["Tepat waktu", "Terlambat", "Belum ada", "Tepat waktu", "Terlambat"],
  ],
  [
    "K",
    "predikat",
    "IKI.PREDIKAT(IKI.CAPAIAN(Data!B2:B6,Data!C2:C6,Data!D2:D6))",
    ["Tinggi", "Sangat Tinggi", "", "#DIV/0!", "Sangat Tinggi"],
  ],
  ["L", "mutu IKM", "IKI.MUTUIKM(Data!G2:G6)", ["A", "#VALUE!", "D", "#VALUE!", "B"]],
  [
    "M",
    "rumus",
    "IKI.RUMUS(Data!I2:I4)",
    [
      defaultKatalog().entri("iki-kec-desa-rkpdes-tepat-waktu")!.rumus,
      defaultKatalog().entri("iki-kec-desa-apbdes-tepat-waktu")!.rumus,
      "#N/A",
    ],
  ],
  ["N", "katalog satuan", 'IKI.KATALOG(Data!I2:I4,"satuan")', ["%", "%", "#N/A"]],
];

let dir: string;
let hf: HyperFormula;
let hasil: number;

/** What HyperFormula shows in a cell: a number, a text or the Excel error code. */
function shownAt(sheet: number, row: number, col: number): unknown {
  const v = hf.getCellValue({ sheet, row, col });
  if (v instanceof DetailedCellError) return v.value;
  return v === null ? "" : v;
}

function expectCell(actual: unknown, expected: unknown): void {
  if (typeof expected === "number") expect(actual as number).toBeCloseTo(expected, 9);
  else expect(actual).toBe(expected);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "iki-hf-"));
  const file = path.join(dir, "fungsi-iki.xlsx");

  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Data");
  DATA.forEach((row) => data.addRow(row));
  const survei = wb.addWorksheet("Survei");
  SURVEI.forEach((row) => survei.addRow(row));
  const sheet = wb.addWorksheet("Hasil");
  SCALARS.forEach(([label, formula], i) => {
    sheet.getCell(i + 1, 1).value = label;
    sheet.getCell(i + 1, 2).value = { formula } as ExcelJS.CellFormulaValue;
  });
  for (const [column, , formula] of SPILLS) {
    sheet.getCell(`${column}1`).value = { formula } as ExcelJS.CellFormulaValue;
  }
  await wb.xlsx.writeFile(file);

  // Back through the command line's reader: it rewrites _xldudf_IKI_X( to IKI.X(.
  const grids = await readWorkbookGrids(file);
  registerIkiPlugin(functions);
  const sheets: Record<string, unknown[][]> = {};
  for (const grid of grids) {
    sheets[grid.sheet] = grid.values.map((row, r) =>
      row.map((v, c) => {
        const formula = grid.formulas?.[r][c];
        if (formula) return formula;
        // Text stays text (HyperFormula would otherwise read "31/12/2024" as a date itself).
        return typeof v === "string" ? `'${v}` : v;
      })
    );
  }
  hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: "gpl-v3" });
  hasil = hf.getSheetId("Hasil")!;
}, 60_000);

afterAll(() => {
  hf?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe("IKI.* in HyperFormula, from an .xlsx fixture", () => {
  it("registers every function of functions.json", () => {
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const fn of functions) expect(names).toContain(`IKI.${fn.name}`);
  });

  it("reads both spellings back as IKI.X formulas", () => {
    const formulas = SCALARS.map((_s, i) => hf.getCellFormula({ sheet: hasil, row: i, col: 1 }));
    expect(formulas.filter((f) => f?.includes("_xldudf_"))).toEqual([]);
    expect(formulas[1]).toBe("=IKI.PERSEN(Data!H3,Data!G3,1)");
  });

  it.each(SCALARS.map((s, i) => [s[0], s[1], s[2], i] as const))(
    "%s: =%s",
    (_label, _formula, expected, row) => {
      expectCell(shownAt(hasil, row, 1), expected);
    }
  );

  it.each(SPILLS)("spills %s (%s): =%s", (column, _label, _formula, expected) => {
    const col = column.charCodeAt(0) - 65;
    const values = expected.map((_e, r) => shownAt(hasil, r, col));
    values.forEach((v, r) => expectCell(v, expected[r]));
    // The spill ends where the range ends.
    expect(shownAt(hasil, expected.length, col)).toBe("");
  });

  it("passes the Indonesian message with #VALUE! and #N/A", () => {
    const noYear = SCALARS.findIndex(([label]) => label === "tepat waktu tanpa tahun");
    const v = hf.getCellValue({ sheet: hasil, row: noYear, col: 1 }) as DetailedCellError;
    expect(v.message).toContain("batas RKPDES memerlukan tahun penilaian");
    const missing = SCALARS.findIndex(([label]) => label === "rumus tidak ada");
    expect(
      (hf.getCellValue({ sheet: hasil, row: missing, col: 1 }) as DetailedCellError).message
    ).toBe('Indikator "Jumlah kucing di kantor" tidak ditemukan di katalog.');
  });

  it("hands an error inside a range to the wrapper, which names its cell", () => {
    const row = SCALARS.findIndex(([label]) => label === "galat dalam rentang");
    expect((hf.getCellValue({ sheet: hasil, row, col: 1 }) as DetailedCellError).message).toBe(
      "nilai (baris 1, kolom 1): sel berisi #N/A."
    );
  });

  it("recalculates when an input changes", () => {
    const data = hf.getSheetId("Data")!;
    hf.setCellContents({ sheet: data, row: 3, col: 1 }, 40); // Desa C realisasi, polaritas "turun"
    expect(shownAt(hasil, 2, 3)).toBeCloseTo(((2 * 80 - 40) / 80) * 100, 9);
    hf.setCellContents({ sheet: data, row: 3, col: 1 }, null);
    expect(shownAt(hasil, 2, 3)).toBe("");
  });
});
