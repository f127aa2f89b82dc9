import { predikat } from "../../../src/functions/functions";
import { expectShown, messageOf, shown } from "./shown";

describe("IKI.PREDIKAT", () => {
  it.each([
    [150, "Sangat Tinggi"],
    [100, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.99, "Tinggi"],
    [90.5, "Tinggi"], // in the printed gap 90-91: half-open bounds
    [76, "Tinggi"],
    [75.99, "Sedang"],
    [66, "Sedang"],
    [65.5, "Rendah"],
    [51, "Rendah"],
    [50.99, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-20, "Sangat Rendah"],
    ["91", "Sangat Tinggi"],
    ["75,5", "Sedang"],
    // Text with a percent sign is the points it shows (issue 14: "87,10 %" was "Sangat Rendah").
    ["91%", "Sangat Tinggi"],
    ["87,10 %", "Tinggi"],
    [0.871, "Sangat Rendah"], // a number cell formatted as a percentage: its value, no guess
    [(0.91 * 100) / 1, "Sangat Tinggi"],
    [null, ""],
    ["", ""],
    ["tinggi", "#VALUE!"],
    [false, "#VALUE!"],
    [{ code: "#DIV/0!" }, "#DIV/0!"],
  ])("PREDIKAT(%p) = %p", (value, expected) => {
    expectShown(predikat([[value]])[0][0], expected);
  });

  it("spills over a range", () => {
    expect(
      shown(
        predikat([
          [95, 80],
          [70, 40],
        ])
      )
    ).toEqual([
      ["Sangat Tinggi", "Tinggi"],
      ["Sedang", "Sangat Rendah"],
    ]);
  });
});

describe("IKI.PREDIKAT on a scale from the sheet (issue 14)", () => {
  // PP 30/2019 Pasal 41(5) bands as a user would type them (shared notes 4.4), in any order.
  const pp30 = [
    [90, "Baik"],
    [110, "Sangat Baik"],
    [70, "Cukup"],
    [50, "Kurang"],
    [0, "Sangat Kurang"],
  ];

  it.each([
    [115, "Sangat Baik"],
    [110, "Sangat Baik"],
    [100, "Baik"],
    [89.99, "Cukup"],
    [70, "Cukup"],
    [50, "Kurang"],
    [12, "Sangat Kurang"],
    ["95 %", "Baik"],
  ])("%p is %p", (value, expected) => {
    expect(predikat([[value]], pp30)).toEqual([[expected]]);
  });

  it("spills, and a value below the lowest bound is #N/A naming it", () => {
    const out = predikat([[120], [-5]], pp30);
    expect(out[0][0]).toBe("Sangat Baik");
    expect(shown(out[1][0])).toBe("#N/A");
    expect(messageOf(out[1][0])).toMatch(/di bawah ambang terendah skala \(0\)/);
  });

  it("explains a scale it cannot read", () => {
    expect(messageOf(predikat([[80]], [[90], [70]]))).toMatch(/dua kolom/);
    expect(messageOf(predikat([[80]], [[90, ""]]))).toMatch(/predikat untuk ambang 90 kosong/);
    expect(messageOf(predikat([[80]], [["tinggi", "Baik"]]))).toMatch(/bukan angka/);
  });

  it("a blank scale (omitted) is the default scale", () => {
    expect(predikat([[80]], [[null]])).toEqual([["Tinggi"]]);
  });
});

describe("IKI.PREDIKAT on a named scale (issue 14)", () => {
  // Each named scale gives the same answer as its bands typed into the sheet.
  const typed: Record<string, (number | string)[][]> = {
    baik: [
      [91, "Sangat Baik"],
      [76, "Baik"],
      [66, "Cukup"],
      [51, "Kurang"],
      [-1e9, "Sangat Kurang"],
    ],
    "30/2019": [
      [110, "Sangat Baik"],
      [90, "Baik"],
      [70, "Cukup"],
      [50, "Kurang"],
      [-1e9, "Sangat Kurang"],
    ],
  };
  const values = [130, 110, 109.99, 91, 90, 89.99, 76, 75.99, 70, 66, 65.9, 51, 50, 49.99, 0, -10];

  it.each(Object.keys(typed))("%s equals its bands typed into the sheet", (name) => {
    const column = values.map((v) => [v]);
    expect(predikat(column, [[name]])).toEqual(predikat(column, typed[name]));
  });

  it.each([
    // LKjIP Inspektorat Daerah Kab. Sampang 2019, Tabel 3.1 (shared notes 4.4): 91-100 Sangat
    // Baik, 76-90 Baik, 66-75 Cukup, 51-65 Kurang, <= 50 Sangat Kurang.
    ["baik", 95.4, "Sangat Baik"],
    ["baik", 80, "Baik"],
    ["baik", 70, "Cukup"],
    ["baik", 60, "Kurang"],
    ["baik", 50, "Sangat Kurang"],
    // PP 30/2019 Pasal 41(5): Baik 90 <= x <= 120, Cukup 70 <= x < 90.
    ["30/2019", 100, "Baik"],
    ["30/2019", 88, "Cukup"],
    ["30/2019", 110, "Sangat Baik"],
    ["PP 30/2019", 69, "Kurang"],
    // The default, by any of its names.
    ["86/2017", 80, "Tinggi"],
    ["2017", 92, "Sangat Tinggi"],
    ["Permendagri 86/2017", 60, "Rendah"],
  ])("skala %p: %p is %p", (name, value, expected) => {
    expect(predikat([[value]], [[name]])).toEqual([[expected]]);
  });

  it("names the scales it knows when the name is unknown", () => {
    expect(shown(predikat([[80]], [["2021"]])[0][0])).toBe("#VALUE!");
    expect(messageOf(predikat([[80]], [["sakip"]]))).toMatch(/"sakip" tidak dikenal.*"baik".*"30\/2019"/);
  });

  it("a single number is not a scale name: it is a one-band scale from the sheet", () => {
    expect(messageOf(predikat([[80]], [[90]]))).toMatch(/dua kolom/);
  });
});
