import { rataRata } from "../../../src/functions/functions";
import { expectShown, messageOf } from "./shown";

/** Excel passes a repeating range parameter as one array of 2-D ranges. */
const args = (...ranges: unknown[][][]) => ranges as unknown as unknown[][][];

describe("IKI.RATARATA", () => {
  it.each([
    ["one range", args([[1], [2], [3]]), 2],
    ["two ranges", args([[1], [2]], [[6]]), 3],
    [
      "a 2-D range",
      args([
        [1, 2],
        [3, 4],
      ]),
      2.5,
    ],
    ["blanks ignored", args([[1], [null], [""], [3]]), 2],
    ["numeric text", args([["12,5"], ["1.234,5"], ["85%"]]), (12.5 + 1234.5 + 0.85) / 3],
    ["negative numbers", args([[-10], [10], [-30]]), -10],
    ["a bare scalar", 5 as unknown as unknown[][][], 5],
    ["a rest-style extra level", [args([[1], [2]], [[3]])] as unknown as unknown[][][], 2],
    ["nothing but blanks", args([[null], [""]]), "#DIV/0!"],
    ["no argument value", args([[null]]), "#DIV/0!"],
    ["text in a range", args([[1], ["rata"]]), "#VALUE!"],
    ["a logical value", args([[true]]), "#VALUE!"],
    ["an error value", args([[1], [{ code: "#N/A", message: "tidak ada" }]]), "#N/A"],
    ["overflow", args([[1.7e308], [1.7e308]]), "#NUM!"],
  ])("%s", (_name, nilai, expected) => {
    expectShown(rataRata(nilai), expected);
  });

  it("names the argument and cell of unusable text", () => {
    expect(messageOf(rataRata(args([[1]], [[2], ["dua"]])))).toBe(
      'nilai ke-2 (baris 2, kolom 1): "dua" bukan angka.'
    );
    expect(messageOf(rataRata(args([[1, "x"]])))).toBe(
      'nilai (baris 1, kolom 2): "x" bukan angka.'
    );
    expect(messageOf(rataRata(args([["x"]])))).toBe('nilai: "x" bukan angka.');
  });

  it("keeps the message of an error value", () => {
    expect(messageOf(rataRata(args([[{ code: "#N/A", message: "tidak ada" }]])))).toBe("tidak ada");
  });
});
