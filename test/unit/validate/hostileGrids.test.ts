/*
 * Grids that once crashed or hung the validator (issue #10, section 5), at the core level so they
 * hold for the pane and the command line alike. Budgets are generous (a busy 2-core machine);
 * timings proper are in the benchmarks.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid, GridReader } from "../../../src/core/grid";
import { validateGrid, validateWorkbook } from "../../../src/core/validate";
import { HEADER, ROW } from "../../support/hostileFiles";

const katalog = defaultKatalog();

function grid(rows: (string | null)[][], merges: Grid["merges"] = []): Grid {
  return { sheet: "IKI", origin: { row: 0, col: 0 }, values: rows, merges };
}

describe("merged areas far beyond the used cells", () => {
  it("are clipped before they are expanded (H1:XFD1048576 and A1:XFD1048576)", () => {
    const g = grid(
      [HEADER, ROW],
      [
        { top: 0, left: 7, bottom: 1048575, right: 16383 },
        { top: 5, left: 0, bottom: 1048575, right: 16383 },
      ]
    );
    const started = performance.now();
    const reader = new GridReader(g);
    expect(reader.merge(1, 7)).toBeUndefined(); // outside the grid: nothing to look up
    const report = validateGrid(g, katalog);
    expect(report.tables).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("a merge that starts inside the grid still covers the cells it reaches", () => {
    const g = grid(
      [HEADER, ROW, ["2", null, "x", null, null, null]],
      [{ top: 1, left: 1, bottom: 1048575, right: 1 }]
    );
    const reader = new GridReader(g);
    expect(reader.text(2, 1)).toBe(ROW[1]);
  });
});

describe("a sheet of 150,000 indicator rows", () => {
  it("is validated whole: 150,000 findings are not spread as arguments", () => {
    const rows: (string | null)[][] = [HEADER];
    for (let i = 0; i < 150_000; i++)
      rows.push([String(i + 1), ROW[1], ROW[2], ROW[3], ROW[4], ""]);
    const report = validateWorkbook([grid(rows)], katalog);
    expect(report.tables[0].indicatorRows).toBe(150_000);
    expect(report.findings.filter((f) => f.rule === "pj-kosong")).toHaveLength(150_000);
  }, 120_000);
});
