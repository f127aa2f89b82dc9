/*
 * Clean tables: every catalogue row, written in another equivalent notation, with its Sumber
 * Data and Penanggung Jawab, must produce no warning and no error.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Entri } from "../../../src/core/catalogue/types";
import { Grid, GridValue } from "../../../src/core/grid";
import { validateWorkbook } from "../../../src/core/validate";

const katalog = defaultKatalog();
const HEADER = ["No.", "Sasaran Strategis", "Indikator Kinerja", "Rumus/Formula", "Sumber Data", "Penanggung Jawab"];

/** The same formula in the prose notation kecamatans use. */
function prose(rumus: string): string {
  // Only slashes that divide (before a new quantity); "WBK / WBBM" stays.
  return rumus
    .replace(/ \/ (?=\(|Jumlah|jumlah|Total|Realisasi|Target|Luas|Panjang|Rata|Standar|Σ|\d)/g, " dibagi ")
    .replace(/ x 100 ?%/g, " dikali 100")
    .replace(/^\((.*) dibagi (.*)\) dikali 100$/, "$1 dibagi $2 dikali 100");
}

const usable = (e: Entri) => e.rumus !== "" && e.sumberData !== "" && e.penanggungJawab !== "";

function tableFor(unit: string, entries: Entri[]): Grid {
  const values: GridValue[][] = [["PEMERINTAH KABUPATEN LUMAJANG"], [unit.toUpperCase()], [], HEADER];
  entries.forEach((e, i) => {
    // A template correction ("(P1 + ... + Pk) / k") is guidance: staff write the decreed formula.
    const rumus = e.rumusKoreksi && !e.rumusKoreksi.includes("...") ? e.rumusKoreksi : e.rumus;
    values.push([String(i + 1), e.sasaran, e.indikator, prose(rumus), e.sumberData, e.penanggungJawab]);
  });
  return { sheet: unit.slice(0, 31), origin: { row: 0, col: 0 }, values, merges: [] };
}

describe("clean tables from the catalogue", () => {
  const units = [...new Set(katalog.entries.map((e) => e.unit))];
  const grids = units.map((u) => tableFor(u, katalog.entries.filter((e) => e.unit === u && usable(e))));
  const report = validateWorkbook(grids, katalog);

  it("covers the catalogue", () => {
    expect(report.tables).toHaveLength(units.length);
    expect(report.tables.reduce((n, t) => n + t.indicatorRows, 0)).toBe(katalog.entries.filter(usable).length);
  });

  it("produce no warning and no error", () => {
    const serious = report.findings.filter((f) => f.severity !== "info");
    expect(serious.map((f) => `${f.sheet}!${f.message}`)).toEqual([]);
  });
});
