/*
 * Issue #11 section 5: every template the add-in writes, for every unit and jabatan of the
 * catalogue and in every option, checks with zero findings of any level, read back the way
 * Excel gives it (formula results empty, formula texts aside) and the way a file without cached
 * results gives it (formula texts as values).
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid, GridValue } from "../../../src/core/grid";
import { buildTemplate, templateMatrix, TemplateModel, TemplateOptions } from "../../../src/core/template/templateModel";
import { validateGrid, ValidationCache } from "../../../src/core/validate";
import { buildPengukuranTemplate } from "../../../src/core/template/pengukuranTemplate";

const katalog = defaultKatalog();

function allOptions(): TemplateOptions[] {
  const out: TemplateOptions[] = [];
  const targets: Array<Pick<TemplateOptions, "kind" | "unit" | "jabatan">> = [];
  for (const u of katalog.units) {
    targets.push({ kind: "iku", unit: u.id });
    for (const j of katalog.jabatanOf(u.id)) targets.push({ kind: "iki", unit: u.id, jabatan: j.id });
  }
  for (const t of targets)
    for (const identitas of [true, false])
      for (const isiDariKatalog of [true, false])
        for (const ukuran of ["tidak", "tahunan", "triwulan"] as const)
          for (const tandaTangan of [true, false])
            out.push({ ...t, tahun: 2025, identitas, isiDariKatalog, barisKosong: 5, ukuran, tandaTangan, namaUnit: "Contoh", tanggal: "2 Januari 2025" });
  return out;
}

/** As Office.js reads it: a formula cell's value is its (empty) result, its text in `formulas`. */
function asExcelReadsIt(model: TemplateModel): Grid {
  const matrix = templateMatrix(model);
  const isFormula = (v: unknown) => typeof v === "string" && v.startsWith("=");
  return {
    sheet: model.sheetName,
    origin: { row: 0, col: 0 },
    values: matrix.map((row) => row.map((v) => (isFormula(v) || v === "" ? null : v))) as GridValue[][],
    formulas: matrix.map((row) => row.map((v) => (isFormula(v) ? String(v) : null))),
    merges: model.merges,
  };
}

/** As a file written by exceljs and never opened in Excel reads: formula texts as values. */
function asFileWithoutResults(model: TemplateModel): Grid {
  return { sheet: model.sheetName, origin: { row: 0, col: 0 }, values: templateMatrix(model) as GridValue[][], merges: model.merges };
}

describe("the add-in's own templates check clean", () => {
  const options = allOptions();
  const cache = new ValidationCache();

  it("walks every unit, jabatan and option (1,032 templates)", () => {
    expect(katalog.units.length).toBeGreaterThan(30);
    expect(options).toHaveLength(1032);
  });

  it.each([
    ["as Excel reads it", asExcelReadsIt],
    ["from a file without cached results", asFileWithoutResults],
  ])("with zero findings of any level, %s", (_how, read) => {
    const problems: string[] = [];
    let tables = 0;
    for (const o of options) {
      const model = buildTemplate(katalog, o);
      const report = validateGrid(read(model), katalog, cache);
      tables += report.tables.length;
      if (report.tables.length !== 1) problems.push(`${o.kind} ${o.unit} ${o.jabatan ?? ""}: ${report.tables.length} tabel`);
      for (const f of report.findings) problems.push(`${o.kind} ${o.unit} ${o.jabatan ?? ""} ${JSON.stringify(o)}: ${f.rule} ${f.message}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(tables).toBe(options.length);
  });

  it("prefilled templates are read with every catalogue row as an indicator", () => {
    const o = options.find((x) => x.kind === "iki" && x.jabatan === "sekretaris-kecamatan" && x.isiDariKatalog)!;
    const model = buildTemplate(katalog, o);
    const [table] = validateGrid(asExcelReadsIt(model), katalog).tables;
    const expected = katalog.entriesFor({ unit: "kecamatan", jabatan: "sekretaris-kecamatan" }).length;
    expect(expected).toBeGreaterThan(10);
    expect(table.indicatorRows).toBe(expected);
  });
});

describe("both spellings of the computed cells check clean (issue 16)", () => {
  it.each(["asli", "iki"] as const)("rumus %s, every measurement layout, both ways of reading", (rumus) => {
    const cache = new ValidationCache();
    const models = [
      ...(["tahunan", "triwulan"] as const).map((ukuran) =>
        buildTemplate(katalog, { kind: "iki", unit: "kecamatan", jabatan: "kasi-pemerintahan", tahun: 2025, identitas: true, isiDariKatalog: true, barisKosong: 0, ukuran, tandaTangan: true, rumus })
      ),
      buildPengukuranTemplate(katalog, { unit: "kecamatan", jabatan: "kasi-pemerintahan", tahun: 2025, identitas: true, isiDariKatalog: true, barisKosong: 0, tandaTangan: true, rumus }),
    ];
    for (const model of models) {
      const formulas = model.cells.filter((c) => c.formula).map((c) => c.formula!);
      expect(formulas.some((f) => f.includes("IKI.CAPAIAN"))).toBe(rumus === "iki");
      for (const read of [asExcelReadsIt, asFileWithoutResults])
        expect(validateGrid(read(model), katalog, cache)).toMatchObject({ findings: [], tables: [expect.anything()] });
    }
  });
});

describe("the measurement sheets check clean too", () => {
  it("pengukuran triwulanan of every unit's IKU and every position's IKI, prefilled or empty", () => {
    const cache = new ValidationCache();
    const problems: string[] = [];
    let built = 0;
    for (const u of katalog.units) {
      for (const jabatan of [undefined, ...katalog.jabatanOf(u.id).map((j) => j.id)]) {
        for (const isiDariKatalog of [true, false]) {
          const o = { unit: u.id, jabatan, tahun: 2025, identitas: true, isiDariKatalog, barisKosong: 3, tandaTangan: true };
          if (isiDariKatalog && katalog.entriesFor({ unit: u.id, ...(jabatan ? { jabatan, level: "iki" as const } : {}) }).length === 0) continue;
          let model: TemplateModel;
          try {
            model = buildPengukuranTemplate(katalog, o);
          } catch (e) {
            problems.push(`${u.id} ${jabatan ?? ""}: ${(e as Error).message}`);
            continue;
          }
          built++;
          for (const read of [asExcelReadsIt, asFileWithoutResults]) {
            const report = validateGrid(read(model), katalog, cache);
            if (report.tables.length !== 1) problems.push(`${u.id} ${jabatan ?? ""}: ${report.tables.length} tabel`);
            for (const f of report.findings) problems.push(`${u.id} ${jabatan ?? ""}: ${f.rule} ${f.message}`);
          }
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(built).toBeGreaterThan(60);
  });
});
