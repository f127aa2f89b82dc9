/**
 * The Survei Kepuasan Masyarakat template, filled in and computed by a formula engine
 * (HyperFormula with the IKI.* plugin); expected values worked out by hand from the scores typed.
 * The minimum sample is held to pairs of the Krejcie-Morgan table printed in PermenPAN-RB 14/2017.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { readFunctionsMetadata } from "../../../src/core/functionMetadata";
import { Grid, GridValue } from "../../../src/core/grid";
import { sampelMinimum } from "../../../src/core/measures/sampelSkm";
import { buildSkmTemplate, UNSUR_SKM } from "../../../src/core/template/skmTemplate";
import { templateMatrix } from "../../../src/core/template/templateModel";
import { validateGrid } from "../../../src/core/validate";
import { registerIkiPlugin } from "../functions/hyperformulaPlugin";

const katalog = defaultKatalog();

describe("minimum sample (Krejcie-Morgan, as tabled in PermenPAN-RB 14/2017)", () => {
  // Population -> sample, from the Krejcie and Morgan (1970) table the regulation reproduces.
  it.each([
    [10, 10], [15, 14], [20, 19], [30, 28], [50, 44], [100, 80], [200, 132], [500, 217],
    [1000, 278], [1500, 306], [2000, 322], [5000, 357], [10000, 370], [20000, 377], [1000000, 384],
  ])("population %i: %i respondents", (n, s) => {
    expect(sampelMinimum(n)).toBe(s);
  });
});

describe("SKM template", () => {
  const model = buildSkmTemplate(katalog, { unit: "kecamatan", namaUnit: "Contoh", tahun: 2025, responden: 5 });
  const { skm } = model;
  const matrix = templateMatrix(model);

  it("has the nine unsur of PermenPAN-RB 14/2017 in order, one row per respondent", () => {
    expect(matrix[model.headerRow]).toEqual(["No", ...UNSUR_SKM.map((u, i) => `U${i + 1} ${u}`), "Unsur dijawab"]);
    expect(skm.respondents[1] - skm.respondents[0] + 1).toBe(5);
    expect(model.pilihan?.[0]).toMatchObject({ bilangan: { min: 1, max: 4 } });
  });

  describe("filled in: three respondents of a population of 10", () => {
    let hf: HyperFormula;
    // Respondent 1 answers 4 everywhere, 2 answers 3 everywhere, 3 answers 2 everywhere but
    // skips U9: NRR U1-U8 = 3, NRR U9 = 3,5; IKM = (8 x 3 + 3,5) / 9 x 25 = 76,388...
    const SCORES = [Array(9).fill(4), Array(9).fill(3), [...Array(8).fill(2), null]];
    beforeAll(() => {
      const filled = matrix.map((row) => [...row]) as unknown[][];
      SCORES.forEach((row, i) => row.forEach((v, c) => (filled[skm.respondents[0] + i][1 + c] = v ?? "")));
      filled[skm.populasi.row][skm.populasi.col] = 10;
      registerIkiPlugin(readFunctionsMetadata(JSON.parse(readFileSync(path.resolve(__dirname, "../../golden/functions.json"), "utf8"))));
      const sheet = filled.map((row) => row.map((v) => (v === "" ? null : typeof v === "string" && !v.startsWith("=") ? `'${v}` : v)));
      hf = HyperFormula.buildFromSheets({ SKM: sheet as never }, { licenseKey: "gpl-v3" });
    });
    afterAll(() => hf?.destroy());
    const at = (p: { row: number; col: number }) => {
      const v = hf.getCellValue({ sheet: 0, row: p.row, col: p.col });
      return v instanceof DetailedCellError ? v.value : v;
    };

    it("gives NRR per unsur, the IKM and its mutu", () => {
      expect(at({ row: skm.nrrRow, col: 1 })).toBeCloseTo(3, 9);
      expect(at({ row: skm.nrrRow, col: 9 })).toBeCloseTo(3.5, 9);
      expect(at(skm.ikm)).toBeCloseTo(((8 * 3 + 3.5) / 9) * 25, 9);
      expect(at(skm.mutu)).toBe("C"); // 65,00 <= 76,39 < 76,61
    });

    it("counts the respondents against the minimum sample (a row left empty is none)", () => {
      expect(at({ row: skm.respondents[0] + 2, col: 10 })).toBe(8);
      expect(at({ row: skm.respondents[0] + 3, col: 10 })).toBe("");
      expect(at(skm.sampel)).toBe(10);
      expect(at(skm.jumlahResponden)).toBe(3);
      expect(at(skm.statusSampel)).toBe("Kurang 7 responden");
    });
  });

  it("is no IKI table: periksa finds no table in it and reports nothing", () => {
    const grid: Grid = { sheet: model.sheetName, origin: { row: 0, col: 0 }, merges: model.merges, values: matrix as GridValue[][] };
    const report = validateGrid(grid, katalog);
    expect(report.findings).toEqual([]);
  });

  it.each([
    [{ responden: 0 }, "Jumlah baris responden"],
    [{ responden: 2001 }, "Jumlah baris responden"],
    [{ tahun: 1999 }, "Tahun harus"],
    [{ unit: "dinas-antah" }, 'Unit "dinas-antah" tidak ada'],
  ])("refuses impossible options in Indonesian (%#)", (change, message) => {
    expect(() => buildSkmTemplate(katalog, { unit: "kecamatan", tahun: 2025, responden: 5, ...change })).toThrow(message);
  });
});
