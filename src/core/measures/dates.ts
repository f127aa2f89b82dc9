import { CellError, isBlank } from "../cellValues";
import { describeValue, inputError } from "./inputs";

/**
 * Dates as Excel keeps them: serial numbers, days since 30 December 1899 (UTC, no time zone).
 * Excel counts a 29 February 1900 that never was, so serials before 1 March 1900 are one lower
 * than the plain day count; excelSerial follows Excel there too (1 January 1900 = 1).
 *
 * Accepted date text (Indonesian order day-month-year, never month-day-year):
 * - "30/09/2024", "30-09-2024", "30.09.2024", also with a two-digit year ("30/09/24": 00-29 are
 *   2000-2029, 30-99 are 1930-1999, as Excel reads them);
 * - "30 September 2024", "30 Sept 2024", "30-Sep-2024", "Senin, 30 September 2024", with
 *   Indonesian month names and their short forms (Mei, Agu/Agt/Ags, Okt, Nop, Des) or English ones;
 *   "September 30, 2024";
 * - ISO "2024-09-30" (also "2024/09/30").
 * A time of day after the date ("2024-09-30 14:00", "2024-09-30T14:00") is allowed and dropped.
 * Text made only of digits ("45565", "2024") is refused rather than read as a serial number.
 */

/** Largest serial Excel shows as a date: 31 December 9999. */
export const MAX_EXCEL_SERIAL = 2958465;
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export function excelSerial(year: number, month: number, day: number): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

/** The calendar date of a serial (for messages and tests). */
export function serialToDate(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(EPOCH + days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Month names. A Map, not an object literal: the name comes from the cell, and "constructor" or
 * "__proto__" must be as unknown as any other word (an object would find Object's members).
 */
const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    januari: 1, january: 1, jan: 1,
    februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
    maret: 3, march: 3, mar: 3,
    april: 4, apr: 4,
    mei: 5, may: 5,
    juni: 6, june: 6, jun: 6,
    juli: 7, july: 7, jul: 7,
    agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
    september: 9, sept: 9, sep: 9,
    oktober: 10, october: 10, okt: 10, oct: 10,
    november: 11, nopember: 11, nov: 11, nop: 11,
    desember: 12, december: 12, des: 12, dec: 12,
  })
); // prettier-ignore

const TIME = String.raw`(?:[t\s]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const DMY = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
const DAY_NAMED = /^(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})$/;
const NAMED_DAY = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const WEEKDAY =
  /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*/;

export type DateOrBlank = number | null | CellError;

/** A cell as an Excel serial date, null for a blank, or why it is not a date. */
export function parseDate(value: unknown, paramName: string): DateOrBlank {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 1 && value < MAX_EXCEL_SERIAL + 1) return value;
    return new CellError(
      "#VALUE!",
      `${paramName}: ${describeValue(value)} bukan tanggal Excel (nomor seri 1 sampai ${MAX_EXCEL_SERIAL}).`
    );
  }
  const error = inputError(value, paramName);
  if (error) return error;
  if (isBlank(value as null)) return null;
  if (typeof value !== "string") {
    return new CellError("#VALUE!", `${paramName}: ${describeValue(value)} bukan tanggal.`);
  }
  const parsed = parseDateText(value);
  if (typeof parsed === "number") return parsed;
  return new CellError("#VALUE!", `${paramName}: ${describeValue(value.trim())} ${parsed}`);
}

/** The serial of a date text, or the Indonesian reason it is not one. */
export function parseDateText(raw: string): number | string {
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ").replace(WEEKDAY, "");
  let m = ISO.exec(text);
  if (m) return checkedSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(text);
  if (m) return checkedSerial(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = DAY_NAMED.exec(text);
  if (m) {
    const month = MONTHS.get(m[2]);
    if (month === undefined) return `bukan tanggal: nama bulan "${m[2]}" tidak dikenal.`;
    return checkedSerial(fullYear(m[3]), month, Number(m[1]));
  }
  m = NAMED_DAY.exec(text);
  const named = m ? MONTHS.get(m[1]) : undefined;
  if (m && named !== undefined) {
    return checkedSerial(Number(m[3]), named, Number(m[2]));
  }
  return "bukan tanggal (tulis mis. 30/09/2024, 30 September 2024 atau 2024-09-30).";
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function checkedSerial(year: number, month: number, day: number): number | string {
  if (month < 1 || month > 12) return `bukan tanggal: bulan ${month} tidak ada.`;
  if (year < 1900) return "bukan tanggal yang dikenal Excel (sebelum 1 Januari 1900).";
  if (year > 9999) return "bukan tanggal yang dikenal Excel (setelah tahun 9999).";
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth)
    return `bukan tanggal: bulan ${month} tahun ${year} tidak memiliki tanggal ${day}.`;
  return excelSerial(year, month, day);
}
