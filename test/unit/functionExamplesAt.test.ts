/** "Sisipkan contoh" follows the selected cell: its references are the cells beside it. */
import { exampleAt, exampleFormula, shownFormula } from "../../src/core/functionExamples";

describe("examples placed at the selected cell", () => {
  it.each([
    // [function, selected cell (col, row 0-based), formula, explanation]
    ["CAPAIAN", [4, 4], '=IKI.CAPAIAN(D5,C5,"positif")', "D5 = realisasi, C5 = target"],
    ["PERSEN", [3, 9], "=IKI.PERSEN(B10,C10,2)", "B10 = pembilang, C10 = penyebut"],
    ["RATARATA", [5, 1], "=IKI.RATARATA(B2:E2)", "B2:E2 = nilai yang dirata-rata"],
    ["PREDIKAT", [27, 0], "=IKI.PREDIKAT(AA1)", "AA1 = capaian (%)"],
    ["KATALOG", [1, 2], '=IKI.KATALOG(A3,"sumber")', "A3 = nama indikator"],
  ] as const)("%s at %j", (id, [col, row], formula, explanation) => {
    expect(exampleAt(id, { col, row })).toEqual({ formula, explanation });
  });

  it("has no placed example where the cells on the left are missing, or the function reads none", () => {
    expect(exampleAt("CAPAIAN", { col: 1, row: 4 })).toBeUndefined(); // B5: only A5 on its left
    expect(exampleAt("RATARATA", { col: 2, row: 0 })).toBeUndefined();
    expect(exampleAt("BATASWAKTU", { col: 5, row: 5 })).toBeUndefined();
    expect(exampleFormula("BATASWAKTU", 2)).toBe('=IKI.BATASWAKTU("LPPDES",2025)');
  });

  it("is shown with Indonesian separators", () => {
    expect(shownFormula(exampleAt("CAPAIAN", { col: 4, row: 4 })!.formula)).toBe('=IKI.CAPAIAN(D5;C5;"positif")');
  });
});
