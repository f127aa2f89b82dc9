/**
 * Recomputes a typed Capaian from the row's Target and Realisasi, as IKI.CAPAIAN does, and says
 * how the typed number stands: right within the rounding it shows, truncated instead of rounded,
 * or wrong. Shared by the rules capaian-salah-hitung and capaian-dipotong.
 */
import { CellError } from "../cellValues";
import { GridReader, GridValue } from "../grid";
import { capaian as computeCapaian, Polaritas, readPoints, readTarget } from "../measures/capaian";
import type { MeasureSet } from "./measureColumns";
import { lowerIsBetterWording } from "./polarityVocabulary";
import type { RowScope } from "./rules/types";

/** Where the polarity used came from, for the message. */
export interface PolarityUsed {
  polaritas: Polaritas;
  /** Also accepted: the other negative formula (reports use both for "lower is better"). */
  accepted: Polaritas[];
  why: string;
}

export type CapaianVerdict =
  | { kind: "sesuai" }
  | { kind: "dipotong"; typed: string; exact: number; rounded: number; decimals: number }
  | { kind: "salah"; typed: string; expected: number; polarity: PolarityUsed; how: string };

/** Caps reports apply to capaian (PermenPAN-RB 8/2021 gives no capaian above 120; many cap at 100). */
const CAPS = [100, 120];

export function polarityOf(row: RowScope): PolarityUsed {
  const entri = row.match?.kind === "sama" ? row.entri : undefined;
  if (entri?.polaritas === "negatif")
    return {
      polaritas: "negatif",
      accepted: ["negatif", "negatif-rasio"],
      why: "negatif menurut katalog",
    };
  if (entri) return { polaritas: "positif", accepted: ["positif"], why: "positif menurut katalog" };
  const word = lowerIsBetterWording(row.indikator);
  if (word)
    return {
      polaritas: "negatif",
      accepted: ["negatif", "negatif-rasio"],
      why: `negatif, karena indikator tentang "${word}" makin rendah makin baik`,
    };
  return {
    polaritas: "positif",
    accepted: ["positif"],
    why: "positif, bawaan: makin tinggi makin baik",
  };
}

/** A cell's value as a message quotes it: numbers with a decimal comma. */
function shownValue(v: GridValue): string {
  return typeof v === "number"
    ? String(v).replace(".", ",")
    : String(v ?? "")
        .trim()
        .replace(/\s+/g, " ");
}

/** A typed value: a number, or number text ("87,10", "87,10 %", read as points). */
function typedNumber(value: GridValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || value.trim() === "" || value.trim().startsWith("="))
    return undefined;
  const n = readPoints(value, "capaian");
  return typeof n === "number" ? n : undefined;
}

/** The number of decimals a typed value shows (a number: as stored, at most 10). */
export function shownDecimals(value: GridValue): number {
  if (typeof value === "number") {
    const s = String(value);
    if (/e/i.test(s)) return 10;
    return Math.min(10, (s.split(".")[1] ?? "").length);
  }
  const text = String(value).replace(/[\s\u00a0%]/g, "");
  const m = /[.,](\d+)$/.exec(text);
  if (!m) return 0;
  // "1.234" groups thousands: its value has no decimals.
  const n = readPoints(text, "capaian");
  const digits = Number(text.replace(/[.,]/g, ""));
  return typeof n === "number" && n === digits ? 0 : m[1].length;
}

const isFormula = (reader: GridReader, r: number, c: number) =>
  reader.formula(r, c) !== undefined || reader.ownText(r, c).startsWith("=");

function formatNumber(n: number, decimals = 2): string {
  return n.toFixed(decimals).replace(".", ",");
}

function howComputed(p: Polaritas, realisasi: string, target: string): string {
  if (p === "negatif")
    return `(2 x target ${target} - realisasi ${realisasi}) / target ${target} x 100`;
  if (p === "negatif-rasio") return `target ${target} / realisasi ${realisasi} x 100`;
  return `realisasi ${realisasi} / target ${target} x 100`;
}

/**
 * The verdict on the typed capaian of one row and period, or undefined when there is nothing to
 * check: no Capaian column, a cell left blank, a formula (Excel computes it), a Target or
 * Realisasi that is not a number.
 */
export function checkCapaian(row: RowScope, set: MeasureSet): CapaianVerdict | undefined {
  const { reader, r } = row;
  if (set.capaian === undefined) return undefined;
  if (isFormula(reader, r, set.capaian)) return undefined; // Excel computes it
  const typedValue = reader.value(r, set.capaian);
  const typed = typedNumber(typedValue);
  if (typed === undefined) return undefined;
  const realisasiValue = reader.value(r, set.realisasi);
  const targetValue = reader.value(r, set.target);
  const realisasi = readPoints(realisasiValue, "realisasi");
  const target = readTarget(targetValue);
  if (typeof realisasi !== "number" || target === null || target instanceof CellError)
    return undefined;
  const polarity = polarityOf(row);
  const d = shownDecimals(typedValue);
  const tolerance = 0.5 * 10 ** -d + 1e-9;
  const exacts: number[] = [];
  for (const p of polarity.accepted) {
    const v = computeCapaian(realisasi, targetValue, p);
    if (typeof v === "number") exacts.push(v);
  }
  if (exacts.length === 0) return undefined; // a zero target: IKI.CAPAIAN explains why
  const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
  for (const exact of exacts) {
    if (close(typed, exact, tolerance)) return { kind: "sesuai" };
    // A cell formatted as a percentage holds the fraction (0,871 shows 87,1 %); a column written
    // as fractions throughout holds 2 for 200 %.
    if ((typed <= 1.5 || set.pecahan) && exact > 1.5 && close(typed * 100, exact, tolerance * 100))
      return { kind: "sesuai" };
    if (CAPS.some((cap) => typed === cap && exact > cap)) return { kind: "sesuai" };
  }
  for (const exact of exacts) {
    const scale = 10 ** d;
    const truncated = Math.trunc(exact * scale) / scale;
    const rounded = Math.round(exact * scale) / scale;
    if (truncated !== rounded && close(typed, truncated, 1e-9 * Math.max(1, Math.abs(exact))))
      return { kind: "dipotong", typed: shownValue(typedValue), exact, rounded, decimals: d };
  }
  const expected = exacts[0];
  const shown = shownValue;
  return {
    kind: "salah",
    typed: shown(typedValue),
    expected,
    polarity,
    how: `${howComputed(polarity.polaritas, shown(realisasiValue), shown(targetValue))} = ${formatNumber(expected)}`,
  };
}

export { formatNumber };

/** A period as messages show it: "TW 2", "2024", "2020 terhadap target 2021". */
export function shownPeriod(period: string): string {
  // Only what names a time: other header words kept to pair columns ("realisasi anggaran") are
  // no period to show.
  if (!/\b(?:19|20)\d\d\b|\b(?:tw|smt) \d\b|terhadap target/.test(period)) return "";
  return period.replace(/\b(tw|smt)\b/g, (m) => m.toUpperCase());
}
