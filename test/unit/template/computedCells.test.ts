/*
 * The templates' computed cells in Excel's own functions give what IKI.* gives (issue 16,
 * section 2): both spellings evaluated side by side by a formula engine (HyperFormula, the IKI.*
 * plugin calling the add-in's wrappers), over the cases users type.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { readFunctionsMetadata } from "../../../src/core/functionMetadata";
import {
  CAPAIAN_TEXT,
  capaianFormula,
  ikmFormula,
  mutuIkmFormula,
  predikatFormula,
} from "../../../src/core/template/computedCells";
import { registerIkiPlugin } from "../functions/hyperformulaPlugin";

beforeAll(() => {
  registerIkiPlugin(readFunctionsMetadata(JSON.parse(readFileSync(path.resolve(__dirname, "../../golden/functions.json"), "utf8"))));
});

type V = number | string | null;
const value = (hf: HyperFormula, row: number, col: number) => {
  const v = hf.getCellValue({ sheet: 0, row, col });
  return v instanceof DetailedCellError ? v.value : v;
};
const asCell = (v: V) => (typeof v === "string" && v !== "" ? `'${v}` : v === "" ? null : v);

describe("Capaian: native and IKI.CAPAIAN agree", () => {
  // realisasi, target, polaritas
  const CASES: Array<[V, V, string]> = [
    [60, 80, "positif"],
    [80, 80, "positif"],
    [120, 100, "positif"],
    [0, 50, "positif"],
    [85, 80, "negatif"],
    [200, 80, "negatif"], // below 0: 0
    [9.06, 9.36, "negatif"],
    [6.5, 7, "negatif-rasio"],
    [null, 80, "positif"],
    [60, null, "negatif"],
    [null, null, "positif"],
    [60, 0, "positif"],
    [60, 0, "negatif"],
    [0, 7, "negatif-rasio"],
    ["enam puluh", 80, "positif"],
    [60, "Negatif", "Negatif"], // a target cell holding a word
    [75, 100, "Negatif"], // the list's word in another case
  ];
  let hf: HyperFormula;
  beforeAll(() => {
    const rows = CASES.map(([r, t, p], i) => {
      const n = i + 1;
      return [
        asCell(r),
        asCell(t),
        asCell(p),
        capaianFormula(`A${n}`, `B${n}`, { cell: `C${n}` }, "asli"),
        capaianFormula(`A${n}`, `B${n}`, { cell: `C${n}` }, "iki"),
        predikatFormula(`D${n}`, "asli"),
        predikatFormula(`E${n}`, "iki"),
      ];
    });
    hf = HyperFormula.buildFromSheets({ S: rows as never }, { licenseKey: "gpl-v3" });
  });
  afterAll(() => hf.destroy());

  it.each(CASES.map((c, i) => [i, ...c] as const))("case %i: realisasi %p, target %p, %s", (i) => {
    const native = value(hf, i, 3);
    const iki = value(hf, i, 4);
    if (typeof iki === "number") expect(native).toBeCloseTo(iki, 9);
    else if (iki === "" || iki === null) expect(native ?? "").toBe("");
    else expect(Object.values(CAPAIAN_TEXT)).toContain(native); // IKI.* gives an error: words here
    const predNative = value(hf, i, 5);
    const predIki = value(hf, i, 6);
    if (typeof iki === "number") expect(predNative).toBe(predIki);
    else expect(predNative ?? "").toBe("");
  });

  it("says why in words where IKI.CAPAIAN gives an error", () => {
    expect(value(hf, 11, 3)).toBe(CAPAIAN_TEXT.targetNol);
    expect(value(hf, 13, 3)).toBe(CAPAIAN_TEXT.realisasiNol);
    expect(value(hf, 14, 3)).toBe(CAPAIAN_TEXT.bukanAngka);
    expect(value(hf, 0, 3)).toBeCloseTo(75, 9); // target 80, realisasi 60
  });

  it("with a literal polarity, as the IKI/IKU table writes it", () => {
    const f = capaianFormula("A1", "B1", { literal: "negatif" }, "asli");
    const sheet = [[85, 80, null, f]];
    const h = HyperFormula.buildFromSheets({ S: sheet as never }, { licenseKey: "gpl-v3" });
    expect(value(h, 0, 3)).toBeCloseTo(93.75, 9);
    h.destroy();
    expect(capaianFormula("A1", "B1", { literal: "negatif" }, "iki")).toBe('=IKI.CAPAIAN(A1,B1,"negatif")');
  });
});

describe("Predikat at every band's bounds", () => {
  it.each([91, 90.99, 76, 75.99, 66, 65.99, 51, 50.99, 0, 0.871, 140])("%p", (capaian) => {
    const hf = HyperFormula.buildFromSheets(
      { S: [[capaian, predikatFormula("A1", "asli"), predikatFormula("A1", "iki")]] as never },
      { licenseKey: "gpl-v3" }
    );
    expect(value(hf, 0, 1)).toBe(value(hf, 0, 2));
    hf.destroy();
  });
});

describe("IKM and its mutu: native and IKI.IKM / IKI.MUTUIKM agree", () => {
  /** Respondents x 9 unsur; NRR per unsur in row `n` (as the SKM template computes it). */
  function survey(answers: V[][]) {
    const n = answers.length;
    const cols = "ABCDEFGHI";
    const nrr = [...cols].map((c) => `=IF(COUNT(${c}1:${c}${n})=0,"",AVERAGE(${c}1:${c}${n}))`);
    const range = `A1:I${n}`;
    const nrrRow = `A${n + 1}:I${n + 1}`;
    const rows: unknown[][] = [
      ...answers.map((r) => r.map(asCell)),
      nrr,
      [ikmFormula(range, nrrRow, "asli"), ikmFormula(range, nrrRow, "iki"), mutuIkmFormula(`A${n + 2}`, "asli"), mutuIkmFormula(`B${n + 2}`, "iki")],
    ];
    const hf = HyperFormula.buildFromSheets({ S: rows as never }, { licenseKey: "gpl-v3" });
    const out = [0, 1, 2, 3].map((c) => value(hf, n + 1, c));
    hf.destroy();
    return out;
  }

  it("every unsur answered: the same IKM and mutu", () => {
    const [native, iki, mutuNative, mutuIki] = survey([
      [4, 3, 3, 4, 3, 3, 4, 3, 3],
      [3, 3, 4, 4, 2, 3, 3, 3, 4],
      [4, 4, 3, 3, 3, 4, 4, 3, 3],
    ]);
    expect(native as number).toBeCloseTo(iki as number, 9);
    expect(mutuNative).toBe(mutuIki);
  });

  it("a few blanks inside: both average the answers given", () => {
    const [native, iki] = survey([
      [4, null, 3, 4, 3, 3, 4, 3, 3],
      [3, 3, 4, null, 2, 3, 3, 3, 4],
    ]);
    expect(native as number).toBeCloseTo(iki as number, 9);
  });

  it("an unsur nobody answered: both leave it out (IKI.IKM's 1/n of the unsur answered)", () => {
    const [native, iki, mutuNative, mutuIki] = survey([
      [4, 3, 3, 4, 3, 3, 4, 3, null],
      [3, 3, 4, 4, 4, 3, 3, 3, null],
    ]);
    expect(typeof iki).toBe("number");
    expect(native as number).toBeCloseTo(iki as number, 9);
    expect(mutuNative).toBe(mutuIki);
  });

  it("nothing answered yet: blank", () => {
    const [native, , mutu] = survey([[null, null, null, null, null, null, null, null, null]]);
    expect(native ?? "").toBe("");
    expect(mutu ?? "").toBe("");
  });

  it.each([88.31, 88.3099, 76.61, 76.6, 65, 64.99, 25, 100])("mutu of IKM %p", (ikm) => {
    const hf = HyperFormula.buildFromSheets({ S: [[ikm, mutuIkmFormula("A1", "asli"), mutuIkmFormula("A1", "iki")]] as never }, { licenseKey: "gpl-v3" });
    expect(value(hf, 0, 1)).toBe(value(hf, 0, 2));
    hf.destroy();
  });
});
