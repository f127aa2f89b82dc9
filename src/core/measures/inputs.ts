import { CellError, CellScalar, ExcelErrorCode } from "../cellValues";
import { NumberOrBlank, toNumber } from "../numberParsing";

/**
 * Reading cell inputs for the measures: numbers (fast path), numeric text, blanks, and error
 * values that reach a function as input (an `{ code, message }` object such as a
 * CustomFunctions.Error, or a CellError), which are passed on instead of being misread.
 */

const KNOWN_CODES: ReadonlySet<string> = new Set<ExcelErrorCode>([
  "#DIV/0!",
  "#VALUE!",
  "#N/A",
  "#NUM!",
]);

/** An error value given as input, or undefined when `value` is an ordinary cell value. */
export function inputError(value: unknown, paramName: string): CellError | undefined {
  if (value === null || typeof value !== "object") return undefined;
  if (value instanceof CellError) return value;
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string" && KNOWN_CODES.has(code)) {
    const message = (value as { message?: unknown }).message;
    return new CellError(
      code as ExcelErrorCode,
      typeof message === "string" && message !== "" ? message : `${paramName}: sel berisi ${code}.`
    );
  }
  const shown = typeof code === "string" ? code : "nilai yang tidak dikenal";
  return new CellError("#VALUE!", `${paramName}: sel berisi ${shown}, bukan angka.`);
}

/** A cell as a number, null for a blank, or the reason it is not usable. */
export function readNumber(value: unknown, paramName: string): NumberOrBlank {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? value
      : new CellError("#NUM!", `${paramName}: angka tidak terhingga.`);
  }
  const error = inputError(value, paramName);
  if (error) return error;
  return toNumber(value as CellScalar, paramName);
}

/** Names a value in a message: text in quotes (shortened to `max` characters), numbers the Indonesian way. */
export function describeValue(value: unknown, max = 30): string {
  if (typeof value === "number") return formatNumberId(value);
  if (typeof value === "string") {
    const text = value.length > max ? value.slice(0, max - 3) + "..." : value;
    return `"${text}"`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** 2.5 -> "2,5" (no grouping): how the number reads in an Indonesian message. */
export function formatNumberId(value: number): string {
  return String(value).replace(".", ",");
}

/**
 * Rounds away floating-point noise before comparing with a printed bound, so that 3,5324 x 25
 * (88,30999...) meets the bound 88,31 as it does on paper.
 */
export function forComparison(value: number): number {
  return Math.abs(value) < 1e6 ? Math.round(value * 1e9) / 1e9 : value;
}
