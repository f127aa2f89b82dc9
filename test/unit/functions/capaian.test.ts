import { capaian, penurunan, pertumbuhan, selisih } from "../../../src/functions/functions";
import { capaian as capaianCore, readPolaritas } from "../../../src/core/measures/capaian";
import { expectShown, first, messageOf, shown } from "./shown";

const col = (...values: unknown[]) => values.map((v) => [v]);

describe("IKI.CAPAIAN on single cells", () => {
  it.each([
    // realisasi, target, polaritas, expected
    [90, 100, null, 90],
    [110, 100, null, 110],
    [0, 100, null, 0],
    ["85%", "90%", null, (85 / 90) * 100],
    ["1.234,5", "2.469", undefined, 50],
    ["12,5", 50, "positif", 25],
    [12.5, 50, "+", 25],
    [12.5, 50, "NAIK", 25],
    [12.5, 50, "", 25],
    // PermenPAN-RB 8/2021 worked example: target 7, realisasi 6,5 -> 107 %
    [6.5, 7, "negatif", (1 + (1 - 6.5 / 7)) * 100],
    [9, 8, "negatif", 87.5],
    [5, 10, "-", 150],
    [0, 10, "turun", 200],
    [10, 10, " Negatif ", 100],
    [30, 10, "negatif", 0], // floored at 0
    [25, 10, "negatif", 0],
    [-5, 10, null, -50], // negative realisasi: computed as is
    [5, -10, null, -50],
    [null, 100, null, ""],
    [90, null, null, ""],
    ["", "", "negatif", ""],
    [90, 0, null, "#DIV/0!"],
    [90, "0", "negatif", "#DIV/0!"],
    [null, 0, null, ""],
    ["sembilan", 100, null, "#VALUE!"],
    [90, "seratus", null, "#VALUE!"],
    [true, 100, null, "#VALUE!"],
    [90, 100, "rendah", "#VALUE!"],
    [90, 100, 1, "#VALUE!"],
    [1e308, 1e-308, null, "#NUM!"],
  ])("CAPAIAN(%p, %p, %p) = %p", (r, t, p, expected) => {
    expect(capaian([[r]], [[t]], p === undefined ? undefined : [[p]])).toHaveLength(1);
    expectShown(capaian([[r]], [[t]], p === undefined ? undefined : [[p]])[0][0], expected);
  });

  it("applies the negative-polarity formula unchanged to negative numbers", () => {
    // (2 x -10 - -5) / -10 x 100 = 150: the formula, unchanged for negative numbers.
    expectShown(capaian([[-5]], [[-10]], [["negatif"]])[0][0], 150);
  });
});

describe("IKI.CAPAIAN over ranges", () => {
  it("spills element-wise and broadcasts a single target", () => {
    expect(shown(capaian(col(50, 75, null, 100), [[100]]))).toEqual(col(50, 75, "", 100));
  });
  it("takes one polarity per row", () => {
    const result = capaian(col(6.5, 90, 9), col(7, 100, 8), col("negatif", "positif", "turun"));
    expect(result[0][0]).toBeCloseTo(107.142857, 5);
    expect(result[1][0]).toBeCloseTo(90, 10);
    expect(result[2][0]).toBeCloseTo(87.5, 10);
  });
  it("puts an unknown polarity in its own cell", () => {
    const result = capaian(col(1, 2), col(2, 2), col("negatif", "x"));
    expect(shown(result)).toEqual(col(150, "#VALUE!"));
  });
  it("refuses mismatched shapes with a message", () => {
    const result = capaian(col(1, 2, 3), col(1, 2));
    expect(shown(result)).toEqual([["#VALUE!"]]);
    expect(messageOf(result)).toBe("Ukuran realisasi (3x1) dan target (2x1) harus sama.");
    expect(messageOf(capaian(col(1, 2), col(1, 2), col("+", "-", "+")))).toBe(
      "Ukuran realisasi (2x1) dan polaritas (3x1) harus sama."
    );
  });
});

describe("readPolaritas", () => {
  it.each([
    [null, "positif"],
    [undefined, "positif"],
    ["", "positif"],
    ["positif", "positif"],
    ["Positive", "positif"],
    ["+", "positif"],
    ["naik", "positif"],
    ["NEGATIF", "negatif"],
    ["negative", "negatif"],
    ["-", "negatif"],
    ["Turun", "negatif"],
  ])("%p -> %p", (text, expected) => {
    expect(readPolaritas(text)).toBe(expected);
  });
  it("lists the accepted words for anything else", () => {
    expect(messageOf(readPolaritas("lebih kecil lebih baik"))).toContain('tulis "positif"');
  });
});

describe("IKI.PERTUMBUHAN and IKI.PENURUNAN", () => {
  it.each([
    // nilai_n, nilai_sebelumnya, pertumbuhan, penurunan
    [110, 100, 10, -10],
    [90, 100, -10, 10],
    [100, 100, 0, 0],
    [0, 100, -100, 100],
    ["1.100", "1.000", 10, -10],
    ["12,5", "10", 25, -25],
    [-5, -10, -50, 50], // negative base: the formula as written, no absolute value
    [5, -10, -150, 150],
    [null, 100, "", ""],
    [100, "", "", ""],
    [100, 0, "#DIV/0!", "#DIV/0!"],
    ["naik", 100, "#VALUE!", "#VALUE!"],
    [false, 100, "#VALUE!", "#VALUE!"],
    [1e308, 1e-300, "#NUM!", "#NUM!"],
  ])("(%p, %p): pertumbuhan %p, penurunan %p", (n, s, up, down) => {
    expectShown(pertumbuhan([[n]], [[s]])[0][0], up);
    expectShown(penurunan([[n]], [[s]])[0][0], down);
  });

  it("spills over same-shape ranges", () => {
    expect(shown(pertumbuhan(col(110, 120, null), col(100, 100, 100)))).toEqual(col(10, 20, ""));
    expect(shown(penurunan([[90, 80]], [[100]]))).toEqual([[10, 20]]);
  });

  it("names nilai_sebelumnya in the zero and shape messages", () => {
    expect(messageOf(pertumbuhan(col(1, 2), col(1, 2, 3)))).toBe(
      "Ukuran nilai_n (2x1) dan nilai_sebelumnya (3x1) harus sama."
    );
    expect(messageOf(pertumbuhan([["x"]], [[1]]))).toBe('nilai_n: "x" bukan angka.');
  });
});

describe("IKI.CAPAIAN with the targets reports really carry (issue 14)", () => {
  const one = (r: unknown, t: unknown, p?: unknown, b?: unknown) => first(capaian([[r]], [[t]], p === undefined ? undefined : [[p]], b === undefined ? undefined : [[b]]));

  // PermenPAN-RB 8/2021, worked examples for a range target (shared notes 4.1-4.2, flipbuilder
  // copy pp. 99 and 110): below the range the lower bound is the target, above it the upper.
  it.each([
    [70, "80-90", undefined, 87.5], // 70 / 80
    [92, "80 – 90", undefined, (92 / 90) * 100], // 92 / 90
    [6.5, "7-8", "negatif", (1 + (1 - 6.5 / 7)) * 100], // 107,1 %
    [9, "7 s.d. 8", "negatif", 87.5], // (2 x 8 - 9) / 8
    [85, "80 sampai 90", undefined, 100], // inside the range: the target is met
    [85, "80 sampai dengan 90", "negatif", 100],
    [95, "80 hingga 90", undefined, (95 / 90) * 100],
    [75, "80 s/d 90", undefined, (75 / 80) * 100],
  ])("realisasi %p against %p (%p) is %p", (r, t, p, expected) => {
    expect(one(r, t, p)).toBeCloseTo(expected as number, 10);
  });

  it("takes a range as two cells: lower and upper bound per row", () => {
    expect(capaian([[70], [92], [85]], [[80, 90], [80, 90], [80, 90]])).toEqual([[87.5], [(100 * 92) / 90], [100]]);
  });

  it("negatif-rasio is target / realisasi x 100 (several LKjIP), with a message at realisasi 0", () => {
    expect(one(5, 10, "negatif-rasio")).toBe(200);
    expect(one(12, 10, "negatif rasio")).toBeCloseTo(83.333, 3);
    expect(one(10, 5, "negatif")).toBe(0); // the regulation's form, floored at 0, for comparison
    expect(shown(first(capaian([[0]], [[10]], [["negatif-rasio"]])))).toBe("#DIV/0!");
    // Excel shows a message only with #VALUE! and #N/A; the core keeps the reason for the CLI.
    expect(messageOf(capaianCore(0, 10, "negatif-rasio"))).toMatch(/Realisasi bernilai nol/);
  });

  it("batas caps the result (e.g. 120)", () => {
    expect(one(150, 100, undefined, 120)).toBe(120);
    expect(one(110, 100, undefined, 120)).toBeCloseTo(110, 10);
    expect((one(110, 100, undefined, 0) as { code: string }).code).toBe("#VALUE!");
  });

  it('reads "87,10 %" as 87,10 points, on both sides', () => {
    expect(one("87,10 %", 100)).toBeCloseTo(87.1, 10);
    expect(one("87,10 %", "90 %")).toBeCloseTo((87.1 / 90) * 100, 10);
    expect(one("92%", "80% - 90%")).toBeCloseTo((92 / 90) * 100, 10);
  });

  it("says why a zero target gives no capaian, and what to do", () => {
    expect(shown(one(5, 0))).toBe("#DIV/0!");
    expect(messageOf(capaianCore(5, 0, "positif"))).toMatch(/Target bernilai nol.*Tetapkan target bukan nol/);
  });

  it("refuses a target that is neither a number nor a range, naming the forms", () => {
    const r = one(5, "delapan puluh") as { code: string; message: string };
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toMatch(/"80-90"/);
  });

  it('PERTUMBUHAN reads "%" text as points too (the ratio is the same)', () => {
    expect(first(pertumbuhan([["9,06 %"]], [["9,36 %"]]))).toBeCloseTo(((9.06 - 9.36) / 9.36) * 100, 10);
  });
});

describe("IKI.SELISIH: the change in points", () => {
  it("poverty rate 9,36 % to 9,06 % is -0,30 points, where PENURUNAN is 3,2 %", () => {
    expect(first(selisih([[9.06]], [[9.36]]))).toBeCloseTo(-0.3, 10);
    expect(first(selisih([["9,06 %"]], [["9,36 %"]]))).toBeCloseTo(-0.3, 10);
    expect(first(penurunan([[9.06]], [[9.36]]))).toBeCloseTo(3.205, 3);
  });

  it("spills, keeps blanks blank and names a bad cell", () => {
    expect(selisih(col(10, 20, null), col(8, 25, 3))).toEqual(col(2, -5, ""));
    expect(shown(first(selisih([["naik"]], [[3]])))).toBe("#VALUE!");
  });
});
