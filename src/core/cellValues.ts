/**
 * Cell values as the core sees them, independent of Office.js: what Excel hands a custom
 * function (numbers, text, booleans, blanks) and the errors the core can answer with.
 * `src/functions` turns a CellError into a `CustomFunctions.Error`.
 */

export type CellScalar = number | string | boolean | null | undefined;
export type CellMatrix = CellScalar[][];

export type ExcelErrorCode = "#DIV/0!" | "#VALUE!" | "#N/A" | "#NUM!";

export class CellError {
  constructor(
    readonly code: ExcelErrorCode,
    /** Indonesian message shown by Excel next to #VALUE! and #N/A. */
    readonly message: string
  ) {}
}

/** A computed cell: a number, a text, the blank result "" or an error. */
export type CellResult = number | string | CellError;

export function isCellError(value: unknown): value is CellError {
  return value instanceof CellError;
}

/** Excel's blank: an empty cell arrives as null (or undefined when omitted); "" counts as blank too. */
export function isBlank(value: CellScalar): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

export const BLANK_RESULT = "";

/**
 * Every error value Excel can show in a cell, with what it means to the user (the validator says
 * it when one stands where a name or a document is expected).
 */
export const EXCEL_ERROR_VALUES: ReadonlyMap<string, string> = new Map<string, string>([
  ["#REF!", "rujukan sel rusak"],
  ["#N/A", "nilai tidak tersedia"],
  ["#NAME?", "nama fungsi atau rentang tidak dikenal"],
  ["#VALUE!", "jenis nilai salah"],
  ["#DIV/0!", "pembagian dengan nol"],
  ["#NUM!", "angka tidak sah"],
  ["#NULL!", "rentang tidak berpotongan"],
  ["#SPILL!", "hasil rumus tidak muat: sel di sekitarnya terisi"],
  ["#CALC!", "kesalahan perhitungan"],
  ["#GETTING_DATA", "data belum dimuat"],
  ["#BLOCKED!", "akses diblokir"],
  ["#CONNECT!", "sambungan gagal"],
  ["#BUSY!", "masih menghitung"],
  ["#FIELD!", "bidang tidak ada"],
  ["#UNKNOWN!", "kesalahan tak dikenal"],
]);
