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
  const merged = reader.merge(r, set.capaian);
  if (merged && merged.bottom > merged.top) {
    // One capaian merged down over several indicators is theirs together (a sasaran's capaian):
    // checked once, on its first row, against the average of their capaian.
    if (merged.top !== r) return undefined;
    return checkShared(row, set, typedValue, typed, merged.bottom);
  }
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

/** The capaian of row `r` by polarity `p`, when its target and realisasi are numbers. */
function rowCapaian(
  reader: GridReader,
  r: number,
  set: MeasureSet,
  p: Polaritas
): number | undefined {
  const realisasi = readPoints(
    reader.ownText(r, set.realisasi) === "" ? null : reader.value(r, set.realisasi),
    "realisasi"
  );
  const targetValue = reader.ownText(r, set.target) === "" ? null : reader.value(r, set.target);
  const target = readTarget(targetValue);
  if (typeof realisasi !== "number" || target === null || target instanceof CellError)
    return undefined;
  const v = computeCapaian(realisasi, targetValue, p);
  return typeof v === "number" ? v : undefined;
}

/**
 * A capaian merged over rows `row.r`..`bottom`: right when it is the average of the capaian of
 * the rows it covers (each by its own polarity: the first row's as the row's rules say, the
 * others' by their wording), or, when only one of them is measured, that row's capaian.
 */
function checkShared(
  row: RowScope,
  set: MeasureSet,
  typedValue: GridValue,
  typed: number,
  bottom: number
): CapaianVerdict | undefined {
  const { reader, r } = row;
  const polarity = polarityOf(row);
  const name = row.table.columns.indikator;
  const values: number[] = [];
  for (let rr = r; rr <= bottom; rr++) {
    const p: Polaritas =
      rr === r
        ? polarity.polaritas
        : name !== undefined && lowerIsBetterWording(reader.text(rr, name))
          ? "negatif"
          : "positif";
    const v = rowCapaian(reader, rr, set, p);
    if (v !== undefined) values.push(v);
  }
  if (values.length === 0) return undefined;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const d = shownDecimals(typedValue);
  const tolerance = 0.5 * 10 ** -d + 1e-9;
  if (Math.abs(typed - mean) <= tolerance) return { kind: "sesuai" };
  if (
    (typed <= 1.5 || set.pecahan) &&
    mean > 1.5 &&
    Math.abs(typed * 100 - mean) <= tolerance * 100
  )
    return { kind: "sesuai" };
  if (CAPS.some((cap) => typed === cap && mean > cap)) return { kind: "sesuai" };
  const how =
    values.length === 1
      ? `capaian satu-satunya indikator yang terukur di baris ${r + 1}-${bottom + 1} = ${formatNumber(mean)}`
      : `rata-rata capaian indikator baris ${r + 1}-${bottom + 1}: (${values.map((v) => formatNumber(v)).join(" + ")}) / ${values.length} = ${formatNumber(mean)}`;
  return { kind: "salah", typed: shownValue(typedValue), expected: mean, polarity, how };
}
