import { predikat } from "../../../src/functions/functions";
import { expectShown, shown } from "./shown";

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
