import { CellError } from "../../../src/core/cellValues";
import { excelSerial, parseDate, serialToDate } from "../../../src/core/measures/dates";

describe("Excel serial dates", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61], // Excel's phantom 29 February 1900 is serial 60
    [1945, 8, 17, 16666],
    [2024, 3, 31, 45382],
    [2024, 9, 30, 45565],
    [2024, 12, 31, 45657],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i", (y, m, d, serial) => {
    expect(excelSerial(y, m, d)).toBe(serial);
    if (serial !== 60) expect(serialToDate(serial)).toEqual({ year: y, month: m, day: d });
  });
});

describe("parseDate", () => {
  it.each([
    [45565, 45565],
    [45565.75, 45565.75],
    ["30/09/2024", 45565],
    ["30-09-2024", 45565],
    ["30.09.2024", 45565],
    ["30/9/2024", 45565],
    ["30/09/24", 45565],
    ["1/1/30", excelSerial(1930, 1, 1)],
    ["30 September 2024", 45565],
    ["30 september 2024", 45565],
    ["30 Sept 2024", 45565],
    ["30 Sep 2024", 45565],
    ["30-Sep-2024", 45565],
    ["30 Sep. 2024", 45565],
    ["Senin, 30 September 2024", 45565],
    ["September 30, 2024", 45565],
    ["17 Agustus 2024", excelSerial(2024, 8, 17)],
    ["17 Agu 2024", excelSerial(2024, 8, 17)],
    ["17 Agt 2024", excelSerial(2024, 8, 17)],
    ["1 Mei 2024", excelSerial(2024, 5, 1)],
    ["1 Okt 2024", excelSerial(2024, 10, 1)],
    ["31 Des 2024", 45657],
    ["31 Desember 2024", 45657],
    ["2 Nopember 2024", excelSerial(2024, 11, 2)],
    ["2024-09-30", 45565],
    ["2024/09/30", 45565],
    ["2024-09-30 14:30", 45565],
    ["2024-09-30T14:30:00", 45565],
    ["  30/09/2024  ", 45565],
    ["29/02/2024", excelSerial(2024, 2, 29)],
  ])("%p -> %p", (text, serial) => {
    expect(parseDate(text, "tanggal")).toBe(serial);
  });

  it.each([[null], [undefined], [""], ["   "]])("blank %p -> null", (v) => {
    expect(parseDate(v, "tanggal")).toBeNull();
  });

  it.each([
    ["09/30/2024", "bulan 30 tidak ada"],
    ["31/02/2024", "tidak memiliki tanggal 31"],
    ["29/02/2023", "tidak memiliki tanggal 29"],
    ["31/12/1899", "sebelum 1 Januari 1900"],
    ["1 Januari 1800", "sebelum 1 Januari 1900"],
    ["30 Sepx 2024", 'nama bulan "sepx" tidak dikenal'],
    ["2024", "bukan tanggal"],
    ["45565", "bukan tanggal"],
    ["kemarin", "bukan tanggal"],
    [0, "bukan tanggal Excel"],
    [-1, "bukan tanggal Excel"],
    [2958466, "bukan tanggal Excel"],
    [Number.NaN, "bukan tanggal Excel"],
    [true, "TRUE bukan tanggal"],
  ])("%p is #VALUE! (%s)", (v, message) => {
    const result = parseDate(v, "tanggal") as CellError;
    expect(result).toBeInstanceOf(CellError);
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toContain(message);
    expect(result.message.startsWith("tanggal: ")).toBe(true);
  });

  it("passes an error value on", () => {
    expect(parseDate({ code: "#N/A", message: "x" }, "tanggal")).toEqual(
      new CellError("#N/A", "x")
    );
  });
});
