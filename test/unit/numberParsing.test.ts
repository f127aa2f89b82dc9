import { parseNumberText, roundTo, toNumber } from "../../src/core/numberParsing";
import { CellError } from "../../src/core/cellValues";

describe("parseNumberText: how staff write numbers", () => {
  it.each([
    ["12", 12],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["0,75", 0.75],
    ["0.125", 0.125],
    ["1.234", 1234],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["85%", 0.85],
    ["12,5 %", 0.125],
    ["-3,5", -3.5],
    ["+7", 7],
    [" 42 ", 42],
    ["1\u00a0234,5".replace("\u00a0", "."), 1234.5],
  ])("%s -> %d", (text, expected) => {
    const parsed = parseNumberText(text);
    expect(parsed).toEqual({ ok: true, value: expect.closeTo(expected, 10) });
  });

  it.each(["abc", "12a", "1,2,3", "1.2.3,4,5", ",", ".", "%", "1.23.4", "--5", "12,5,"])(
    "%s is not a number",
    (text) => {
      expect(parseNumberText(text)).toEqual({ ok: false, reason: "text" });
    }
  );

  it("blank text is blank, not zero", () => {
    expect(parseNumberText("   ")).toEqual({ ok: false, reason: "blank" });
  });
});

describe("toNumber: cell values", () => {
  it("passes numbers through and keeps blanks blank", () => {
    expect(toNumber(5, "x")).toBe(5);
    expect(toNumber(null, "x")).toBeNull();
    expect(toNumber(undefined, "x")).toBeNull();
    expect(toNumber("", "x")).toBeNull();
  });
  it("refuses text and booleans with an Indonesian message naming the parameter", () => {
    const e = toNumber("sepuluh", "pembilang") as CellError;
    expect(e).toBeInstanceOf(CellError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('pembilang: "sepuluh" bukan angka.');
    expect((toNumber(true, "penyebut") as CellError).message).toContain("nilai logika");
  });
  it("refuses infinities as #NUM!", () => {
    expect((toNumber(Infinity, "x") as CellError).code).toBe("#NUM!");
  });
});

describe("roundTo", () => {
  it.each([
    [2.345, 2, 2.35],
    [-2.345, 2, -2.35],
    [1.005, 2, 1.01],
    [66.66666, 1, 66.7],
    [1234.5, -2, 1200],
    [0.5, 0, 1],
  ])("roundTo(%d, %d) = %d", (value, digits, expected) => {
    expect(roundTo(value, digits)).toBe(expected);
  });
});
