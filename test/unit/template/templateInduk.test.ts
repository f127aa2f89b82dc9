/**
 * The IKI template carries "Indikator Atasan yang Didukung", filled from the catalogue's `induk`
 * links; the cascading rule reads it, so a row whose column is filled raises no iki-tanpa-induk.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid } from "../../../src/core/grid";
import { buildTemplate, INDUK_COLUMN, indukText, templateMatrix } from "../../../src/core/template/templateModel";
import { validateCascade, validateGrid } from "../../../src/core/validate";

const katalog = defaultKatalog();
const positions = katalog.data.jabatan.filter((j) => j.unit === "kecamatan");

/** The kecamatan workbook made of the add-in's own IKI templates, one sheet per position. */
function kecamatanWorkbook(edit?: (rows: (string | number)[][], model: ReturnType<typeof buildTemplate>) => void) {
  const sheets = positions.map((j) => {
    const model = buildTemplate(katalog, {
      kind: "iki",
      unit: "kecamatan",
      jabatan: j.id,
      tahun: 2026,
      isiDariKatalog: true,
      barisKosong: 0,
      identitas: true,
      tandaTangan: false,
      ukuran: "tidak",
    } as Parameters<typeof buildTemplate>[1]);
    const values = templateMatrix(model);
    edit?.(values, model);
    const grid: Grid = { sheet: model.sheetName, origin: { row: 0, col: 0 }, values, merges: model.merges };
    return { grid, model };
  });
  const reports = sheets.map((s) => validateGrid(s.grid, katalog));
  const cascade = validateCascade(reports, katalog);
  return { sheets, cascade };
}

describe("the template's supported-indicator column", () => {
  it("is filled from the catalogue's induk links, and empty where there is none", () => {
    const linked = katalog.entries.find((e) => e.level === "iki" && e.induk)!;
    expect(indukText(katalog, linked)).toMatch(/^IKU [\d.]+: \S/);
    const unlinked = katalog.entries.find((e) => e.level === "iki" && !e.induk)!;
    expect(indukText(katalog, unlinked)).toBe("");
  });

  it("answers iki-tanpa-induk in the workbook: only rows whose column is empty are reported", () => {
    const { sheets, cascade } = kecamatanWorkbook();
    const orphans = cascade.filter((f) => f.rule === "iki-tanpa-induk");
    for (const f of orphans) {
      const { grid, model } = sheets.find((s) => s.grid.sheet === f.sheet)!;
      const column = grid.values[model.headerRow].indexOf(INDUK_COLUMN);
      expect(column).toBeGreaterThan(0);
      expect(grid.values[f.row - 1][column]).toBe("");
    }
    // Filling the column (what the finding asks) removes every one of them.
    const filled = kecamatanWorkbook((rows, model) => {
      const column = rows[model.headerRow].indexOf(INDUK_COLUMN);
      for (let r = model.bodyRows[0]; r <= model.bodyRows[1]; r++)
        if (rows[r][column] === "") rows[r][column] = "IKI Camat: ditulis oleh pengguna";
    }).cascade.filter((f) => f.rule === "iki-tanpa-induk");
    expect(orphans.length).toBeGreaterThan(0);
    expect(filled).toEqual([]);
  });
});
