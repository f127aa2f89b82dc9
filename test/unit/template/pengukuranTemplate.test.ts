/**
 * The quarterly measurement template: its layout, its formulas computed by a formula engine
 * (HyperFormula with the IKI.* plugin) after a user fills it in, and a clean check by periksa.
 * Expected values are computed by hand from the numbers typed in, not read from the model.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { readFunctionsMetadata } from "../../../src/core/functionMetadata";
import { Grid, GridValue } from "../../../src/core/grid";
import { templateMatrix } from "../../../src/core/template/templateModel";
import {
  buildPengukuranTemplate,
  caraFromJenis,
  PENGUKURAN_COL as C,
  PengukuranOptions,
} from "../../../src/core/template/pengukuranTemplate";
import { validateGrid } from "../../../src/core/validate";
import { registerIkiPlugin } from "../functions/hyperformulaPlugin";

const katalog = defaultKatalog();
const base: PengukuranOptions = {
  unit: "kecamatan",
  jabatan: "kasi-pemerintahan",
  namaUnit: "Contoh",
  tahun: 2025,
  identitas: true,
  isiDariKatalog: true,
  barisKosong: 3,
  tandaTangan: true,
};

describe("pengukuran triwulanan template", () => {
  const model = buildPengukuranTemplate(katalog, base);
  const matrix = templateMatrix(model);
  const [first, last] = model.bodyRows;
  const entries = katalog.entriesFor({ unit: "kecamatan", jabatan: "kasi-pemerintahan", level: "iki" });

  it("has one row per catalogue indicator, with its polarity and the year's rule from its jenis", () => {
    expect(last - first + 1).toBe(entries.length);
    entries.forEach((e, i) => {
      expect(matrix[first + i][C.indikator]).toBe(e.indikator);
      expect(matrix[first + i][C.polaritas]).toBe(e.polaritas);
      expect(matrix[first + i][C.cara]).toBe(caraFromJenis(e.jenis));
    });
    expect(matrix[model.headerRow].slice(0, 7)).toEqual(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Polaritas", "Target Tahunan", "Target"]);
    expect(matrix[model.headerRow + 1].slice(C.targetTw, C.targetTw + 4)).toEqual(["TW I", "TW II", "TW III", "TW IV"]);
    expect(model.pilihan?.map((p) => p.daftar)).toEqual([["jumlah", "nilai terakhir", "rata-rata"], ["positif", "negatif", "negatif-rasio"]]);
    expect(model.grafik?.nilai).toEqual({ top: first, left: C.capaianTahun, bottom: last, right: C.capaianTahun });
  });

  it.each([
    ["jumlah", "jumlah"], ["rata-rata", "rata-rata"], ["persentase", "nilai terakhir"], ["indeks", "nilai terakhir"], ["rasio-waktu", "nilai terakhir"],
  ] as const)("jenis %s: the year's realisasi is the %s of the triwulan", (jenis, cara) => {
    expect(caraFromJenis(jenis)).toBe(cara);
  });

  describe("filled in and computed by a formula engine", () => {
    let hf: HyperFormula;
    // Row 1: TW targets 25/50/75/100, realisasi 20/45/70 (TW IV not yet), nilai terakhir, target 100.
    // Row 2: jumlah of 3 + 4 + 5 + 6 = 18 against 20; row 3: rata-rata of 80, 90 = 85 against 80, negatif.
    const filled = matrix.map((row) => [...row]) as unknown[][];
    const put = (i: number, values: Partial<Record<number, unknown>>) => {
      for (const [c, v] of Object.entries(values)) filled[first + i][Number(c)] = v;
    };
    beforeAll(() => {
      put(0, { [C.cara]: "nilai terakhir", [C.polaritas]: "positif", [C.targetTahun]: 100, [C.targetTw]: 25, [C.targetTw + 1]: 50, [C.targetTw + 2]: 75, [C.targetTw + 3]: 100, [C.realisasiTw]: 20, [C.realisasiTw + 1]: 45, [C.realisasiTw + 2]: 70 });
      put(1, { [C.cara]: "jumlah", [C.polaritas]: "positif", [C.targetTahun]: 20, [C.realisasiTw]: 3, [C.realisasiTw + 1]: 4, [C.realisasiTw + 2]: 5, [C.realisasiTw + 3]: 6 });
      put(2, { [C.cara]: "rata-rata", [C.polaritas]: "negatif", [C.targetTahun]: 80, [C.realisasiTw]: 80, [C.realisasiTw + 1]: 90 });
      const functions = readFunctionsMetadata(JSON.parse(readFileSync(path.resolve(__dirname, "../../golden/functions.json"), "utf8")));
      registerIkiPlugin(functions);
      const sheet = filled.map((row) => row.map((v) => (v === "" ? null : typeof v === "string" && !v.startsWith("=") ? `'${v}` : v)));
      hf = HyperFormula.buildFromSheets({ Ukur: sheet as never }, { licenseKey: "gpl-v3" });
    });
    afterAll(() => hf?.destroy());
    const at = (i: number, col: number) => {
      const v = hf.getCellValue({ sheet: 0, row: first + i, col });
      return v instanceof DetailedCellError ? v.value : v;
    };

    it("computes the capaian of each triwulan, blank where nothing is reported", () => {
      expect(at(0, C.capaianTw)).toBeCloseTo(80, 9); // 20 / 25
      expect(at(0, C.capaianTw + 1)).toBeCloseTo(90, 9); // 45 / 50
      expect(at(0, C.capaianTw + 3)).toBe(""); // TW IV not reported: IKI.CAPAIAN gives a blank
    });

    it("forms the year's realisasi by the rule of each row, and its capaian and predikat", () => {
      expect(at(0, C.realisasiTahun)).toBe(70); // the last reported (TW III)
      expect(at(0, C.capaianTahun)).toBeCloseTo(70, 9);
      expect(at(0, C.predikat)).toBe("Sedang"); // 66 <= 70 < 76 (Permendagri 86/2017: 91 / 76 / 66 / 51)
      expect(at(1, C.realisasiTahun)).toBe(18);
      expect(at(1, C.capaianTahun)).toBeCloseTo(90, 9); // 18 / 20
      expect(at(1, C.predikat)).toBe("Tinggi");
      expect(at(2, C.realisasiTahun)).toBe(85);
      expect(at(2, C.capaianTahun)).toBeCloseTo(93.75, 9); // (2 x 80 - 85) / 80
      expect(at(3, C.realisasiTahun)).toBe(""); // nothing reported yet
    });
  });

  it("checks clean with periksa, as Excel reads it and from a file without results", () => {
    for (const o of [base, { ...base, jabatan: undefined, unit: katalog.units.find((u) => u.jenis === "perangkat-daerah")!.id }, { ...base, isiDariKatalog: false }, { ...base, identitas: false, tandaTangan: false }]) {
      const m = buildPengukuranTemplate(katalog, o);
      const mx = templateMatrix(m);
      const isFormula = (v: unknown) => typeof v === "string" && v.startsWith("=");
      const excel: Grid = {
        sheet: m.sheetName, origin: { row: 0, col: 0 }, merges: m.merges,
        values: mx.map((row) => row.map((v) => (isFormula(v) || v === "" ? null : v))) as GridValue[][],
        formulas: mx.map((row) => row.map((v) => (isFormula(v) ? String(v) : null))),
      };
      const file: Grid = { sheet: m.sheetName, origin: { row: 0, col: 0 }, merges: m.merges, values: mx as GridValue[][] };
      for (const g of [excel, file]) {
        const report = validateGrid(g, katalog);
        expect(report.tables).toHaveLength(1);
        expect(report.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
      }
    }
  });

  it("refuses impossible options in Indonesian", () => {
    expect(() => buildPengukuranTemplate(katalog, { ...base, tahun: 1999 })).toThrow("Tahun harus");
    expect(() => buildPengukuranTemplate(katalog, { ...base, jabatan: "kepala-dinas" })).toThrow('Jabatan "kepala-dinas" tidak ada');
  });
});
