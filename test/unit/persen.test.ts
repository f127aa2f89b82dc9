import fc from "fast-check";
import { persen as persenCore, persenMatrix } from "../../src/core/measures/persen";
import { CellError } from "../../src/core/cellValues";
import { persen } from "../../src/functions/functions";

/** What a cell shows: a number, "" or the error code. */
function shown(v: unknown): unknown {
  if (v instanceof CellError) return v.code;
  if (v && typeof v === "object" && "code" in v) return (v as { code: string }).code;
  return v;
}

describe("IKI.PERSEN on single cells", () => {
  it.each([
    // pembilang, penyebut, desimal, expected
    [5, 10, null, 50],
    [10, 10, null, 100],
    [0, 10, null, 0],
    [1, 3, 2, 33.33],
    [2, 3, 0, 67],
    [2, 3, "1", 66.7],
    ["12,5", "50", null, 25],
    ["1.234,5", "2.469", null, 50],
    ["17", 20, null, 85],
    [17, 0, null, "#DIV/0!"],
    [17, "0", null, "#DIV/0!"],
    [null, 20, null, ""],
    [17, null, null, ""],
    ["", "", null, ""],
    ["tujuh belas", 20, null, "#VALUE!"],
    [17, "dua puluh", null, "#VALUE!"],
    [true, 20, null, "#VALUE!"],
    [17, 20, "dua", "#VALUE!"],
    [17, 20, 99, "#VALUE!"],
    [-5, 10, null, -50],
    [1e308, 1e-308, null, "#NUM!"],
    // rounding results that print in exponent notation (found by the property tests)
    [-5e-324, 4.9406565e-316, 0, 0],
    [1, 1e8, 0, 0],
    [1, 1e8, 6, 0.000001],
    [1e19, 1, 2, 1e21],
    [{ code: "#N/A" }, 20, null, "#N/A"],
  ])("PERSEN(%p, %p, %p) = %p", (a, b, d, expected) => {
    const result = persen([[a]], [[b]], d);
    expect(result).toHaveLength(1);
    const value = shown(result[0][0]);
    if (typeof expected === "number") expect(value).toBeCloseTo(expected, 10);
    else expect(value).toBe(expected);
  });

  it("gives the Indonesian message with #VALUE!", () => {
    const [[error]] = persen([["tujuh"]], [[20]]) as Array<Array<{ code: string; message: string }>>;
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('pembilang: "tujuh" bukan angka.');
  });

  it("accepts a bare scalar where Excel would pass a 1x1 matrix", () => {
    expect(persen(3 as unknown as number[][], 4 as unknown as number[][])).toEqual([[75]]);
  });
});

describe("IKI.PERSEN over ranges (spill)", () => {
  it("works element-wise on same-shape ranges", () => {
    const result = persen([[1], [2], [null], [4]], [[4], [4], [4], [0]]);
    expect(result.map((r) => r.map(shown))).toEqual([[25], [50], [""], ["#DIV/0!"]]);
  });
  it("uses a single-cell penyebut for every row", () => {
    expect(persen([[1, 2], [3, 4]], [[4]])).toEqual([
      [25, 50],
      [75, 100],
    ]);
  });
  it("refuses mismatched shapes with a message", () => {
    const result = persenMatrix([[1], [2]], [[1], [2], [3]], null) as CellError;
    expect(result).toBeInstanceOf(CellError);
    expect(result.message).toBe("Ukuran pembilang (2x1) dan penyebut (3x1) harus sama.");
    expect(shown(persen([[1], [2]], [[1], [2], [3]])[0][0])).toBe("#VALUE!");
  });
});

describe("IKI.PERSEN never throws", () => {
  const cell = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom("12,5", "1.234,5", "85%", "", " ")
  );
  it("on arbitrary cells", () => {
    fc.assert(
      fc.property(cell, cell, cell, (a, b, d) => {
        const result = persen([[a]], [[b]], d);
        expect(result).toHaveLength(1);
        const core = persenCore(a, b);
        expect(typeof core === "number" || typeof core === "string" || core instanceof CellError).toBe(true);
      })
    );
  });
  it("on arbitrary ranges", () => {
    const grid = fc.array(fc.array(cell, { minLength: 0, maxLength: 3 }), { minLength: 0, maxLength: 3 });
    fc.assert(fc.property(grid, grid, (a, b) => Array.isArray(persen(a, b))));
  });
});
