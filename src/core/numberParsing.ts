import { CellError, CellScalar, isBlank } from "./cellValues";

/**
 * Reads a number the way Indonesian staff write it in cells: "12,5", "1.234,5", "85%", as well as
 * English "1,234.5" and plain numbers.
 *
 * Rules for the ambiguous cases (documented in the README):
 * - a single separator of one kind: "," is decimal ("12,5" = 12.5, "1,234" = 1.234); "." is
 *   decimal ("12.5") unless it groups thousands ("1.234" and "1.234.567" are thousands);
 * - both kinds present: the last one is the decimal separator ("1.234,5", "1,234.5");
 * - the same separator repeated ("1.234.567", "1,234,567") groups thousands;
 * - a trailing "%" divides by 100, as Excel does for "85%".
 */
export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: "blank" | "text" };

const THOUSANDS_DOT = /^[1-9]\d{0,2}(\.\d{3})+$/;
const THOUSANDS_COMMA = /^[1-9]\d{0,2}(,\d{3}){2,}$/;
const PLAIN = /^\d+(\.\d+)?$/;

export function parseNumberText(raw: string): ParsedNumber {
  let text = raw.replace(/[\s\u00a0]/g, "");
  if (text === "") return { ok: false, reason: "blank" };
  let sign = 1;
  if (text.startsWith("-") || text.startsWith("−")) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith("+")) {
    text = text.slice(1);
  }
  let scale = 1;
  if (text.endsWith("%")) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  const normalised = normaliseSeparators(text);
  if (normalised === null || !PLAIN.test(normalised)) return { ok: false, reason: "text" };
  return { ok: true, value: sign * Number(normalised) * scale };
}

function normaliseSeparators(text: string): string | null {
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal separator, the other groups thousands.
    const [group, decimal] = lastComma > lastDot ? [".", ","] : [",", "."];
    const [intPart, fracPart, ...rest] = text.split(decimal);
    if (rest.length > 0 || fracPart === undefined) return null;
    const groups = intPart.split(group);
    if (groups.slice(1).some((g) => g.length !== 3) || groups[0].length === 0) return null;
    return groups.join("") + "." + fracPart;
  }
  if (lastComma >= 0) {
    if (THOUSANDS_COMMA.test(text)) return text.replace(/,/g, "");
    const parts = text.split(",");
    return parts.length === 2 ? parts[0] + "." + parts[1] : null;
  }
  if (THOUSANDS_DOT.test(text)) {
    // "1.234" reads as one thousand two hundred thirty-four, as Indonesian staff mean it.
    return text.replace(/\./g, "");
  }
  return text;
}

/** A cell value as a number, or why not. Blank cells are reported, not turned into 0. */
export type NumberOrBlank = number | null | CellError;

export function toNumber(value: CellScalar, paramName: string): NumberOrBlank {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? value
      : new CellError("#NUM!", `${paramName}: angka tidak terhingga.`);
  }
  if (isBlank(value)) return null;
  if (typeof value === "string") {
    const parsed = parseNumberText(value);
    if (parsed.ok) return parsed.value;
    return new CellError("#VALUE!", `${paramName}: "${truncate(value)}" bukan angka.`);
  }
  return new CellError(
    "#VALUE!",
    `${paramName}: nilai logika (${value ? "TRUE" : "FALSE"}) bukan angka.`
  );
}

function truncate(text: string): string {
  return text.length > 30 ? text.slice(0, 27) + "..." : text;
}

/** Rounds half away from zero to `digits` places (negative digits round to tens, hundreds...). */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const sign = value < 0 ? -1 : 1;
  // Shift by editing the decimal exponent (1.005 stays 1.005, not 1.00499...). String(x) uses
  // exponent notation below 1e-6 and from 1e21, so the exponent is added to the one it has.
  const shifted = withExponent(Math.abs(value), digits);
  if (!Number.isFinite(shifted)) return value;
  return sign * withExponent(Math.round(shifted), -digits) + 0; // + 0 turns -0 into 0
}

function withExponent(x: number, add: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + add}`);
}
