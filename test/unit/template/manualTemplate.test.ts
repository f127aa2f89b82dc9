/*
 * The Manual IKU / IKI (issue #29): one record per indicator, read back by the validator's record
 * reader, clean when filled from the catalogue; an emptied Definisi operasional is reported.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid } from "../../../src/core/grid";
import { buildManualTemplate, MANUAL_FIELDS } from "../../../src/core/template/manualTemplate";
import { templateMatrix, TemplateModel } from "../../../src/core/template/templateModel";
import { validateGrid } from "../../../src/core/validate";

const katalog = defaultKatalog();
const gridOf = (model: TemplateModel, values = templateMatrix(model)): Grid => ({
  sheet: model.sheetName,
  origin: { row: 0, col: 0 },
  values,
  merges: model.merges,
});

describe("the Manual IKU / IKI", () => {
  const cases = [
    ...katalog.units.map((u) => [`IKU ${u.nama}`, u.id, undefined] as const),
    ...katalog.jabatanOf("kecamatan").map((j) => [`IKI ${j.nama}`, "kecamatan", j.id] as const),
  ].filter(([, unit, jabatan]) => {
    try {
      buildManualTemplate(katalog, { unit, jabatan, tahun: 2026 });
      return true;
    } catch {
      return false; // a unit without IKU in the catalogue
    }
  });

  it("covers every unit with IKU and every kecamatan position", () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)(
    "%s: one record per indicator, read back and checked clean",
    (_name, unit, jabatan) => {
      const model = buildManualTemplate(katalog, { unit, jabatan, tahun: 2026 });
      const entries = katalog.entriesFor(
        jabatan
          ? { unit, jabatan, level: "iki" }
          : { unit, level: unit === "pemkab" ? "iku-kabupaten" : "iku-perangkat-daerah" }
      );
      const report = validateGrid(gridOf(model), katalog);
      expect(report.tables.filter((t) => t.bentuk === "rekaman")).toHaveLength(entries.length);
      expect(report.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    }
  );

  it("an emptied Definisi operasional or Periode pelaporan is reported where it belongs", () => {
    const model = buildManualTemplate(katalog, {
      unit: "kecamatan",
      jabatan: "kasi-pemerintahan",
      tahun: 2026,
    });
    const values = templateMatrix(model);
    const definisi = values.findIndex((row) => row[0] === "Definisi Operasional");
    const periode = values.findIndex((row) => row[0] === "Periode Pelaporan");
    values[definisi][2] = "";
    values[periode][2] = "-";
    const found = validateGrid(gridOf(model, values), katalog).findings;
    expect(found.map((f) => [f.rule, f.cell])).toEqual([
      ["manual-kosong", `C${definisi + 1}`],
      ["manual-kosong", `C${periode + 1}`],
    ]);
    expect(found[0].message).toMatch(/^C\d+: Definisi operasional kosong untuk indikator "/);
  });

  it("fills what the catalogue knows and marks the rest", () => {
    const model = buildManualTemplate(katalog, {
      unit: "kecamatan",
      jabatan: "kasi-pemerintahan",
      tahun: 2026,
    });
    const m = templateMatrix(model);
    const record = m.slice(model.bodyRows[0], model.bodyRows[0] + MANUAL_FIELDS.length);
    const field = (name: string) => record.find((row) => String(row[0]).endsWith(name))![2];
    expect(field("Nama Indikator")).toBe(
      katalog.entriesFor({ unit: "kecamatan", jabatan: "kasi-pemerintahan", level: "iki" })[0]
        .indikator
    );
    expect(field("Penyedia Data")).toBe("[isi penyedia data]");
    expect(field("Polaritas")).toMatch(/^Positif \(makin tinggi makin baik\)$/);
  });
});
