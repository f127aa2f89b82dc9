/**
 * What a cell holds, read from its content alone (issue #25): a row number, a number or
 * percentage, a formula written in prose, a position or unit, a document, a unit of measure, or
 * text (long or short, worded like an indicator or a sasaran). A column's profile is the count of
 * its cells' kinds; column roles weigh it together with the header's words (columnRoles.ts).
 */
import { normaliseText } from "../catalogue/normalise";
import { GridReader, GridValue } from "../grid";
import { parseNumberText } from "../numberParsing";
import { WORD_OPERATORS } from "../rumus/vocabulary";
import {
  DOCUMENT_WORDS,
  FRACTION_PART_WORDS,
  INDICATOR_HEADS,
  ORGANISATION_WORDS,
  RECORD_FIELDS,
  SASARAN_HEADS,
  UNIT_WORDS,
} from "./contentVocabulary";

export type CellKind =
  | "kosong"
  | "nomor"
  | "angka"
  | "rumus"
  | "jabatan"
  | "dokumen"
  | "satuan"
  /** A fraction's part named: "numerator", "denumerator", "pembilang", "penyebut". */
  | "bagian"
  | "teks";

export interface CellFacts {
  kind: CellKind;
  /** Text that starts like an indicator ("Persentase ...", "Jumlah ...", "Indeks ..."). */
  indicatorLike: boolean;
  /** Text that starts like a sasaran or tujuan ("Meningkatnya ...", "Terwujudnya ..."). */
  sasaranLike: boolean;
  /** Text of at least 25 characters or four words. */
  long: boolean;
  /** The number a cell of kind "angka" or "nomor" holds. */
  number?: number;
}

const startsWith = (words: readonly string[]) =>
  new RegExp(`^(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`);
const contains = (words: readonly string[]) =>
  new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`);

const INDICATOR_START = startsWith(INDICATOR_HEADS);
const SASARAN_START = startsWith(SASARAN_HEADS);
const ORGANISATION_START = startsWith(ORGANISATION_WORDS);
const DOCUMENT_WORD = contains(DOCUMENT_WORDS);
const PARTS = new Map(FRACTION_PART_WORDS.map((p) => [p.teks, p.bagian]));

/** Which part of a fraction a cell names ("numerator": the numerator), or undefined. */
export function fractionPart(text: string): "pembilang" | "penyebut" | undefined {
  return PARTS.get(normaliseText(text));
}
const UNITS = new Set(UNIT_WORDS.map((u) => normaliseText(u) || u));

/**
 * "1", "1.", "(1)", "1)", "a.", "II.", "1.2.3", "1.a", "1.2.": a row's number or code. "98.84"
 * and "1.5" (one dot between digits, nothing after) are numbers, not codes.
 */
const NUMBERING =
  /^(?:\(?\d{1,3}[.)]?\)?|\d{1,3}(?:\.\d{1,3}){2,}\.?|\d{1,3}\.\d{1,3}\.|\d{1,3}(?:\.\d{1,3})*\.[a-z]{1,3}(?:\.[0-9a-z]{1,3})*\.?|[a-z][.)]|\(?[ivx]{1,5}[.)]|[ivx]{1,5})$/i;
/** A number with what staff write around it: "87,5 %", "± 80", ">= 90", "80-90", "95 PER 100.000". */
const NUMBER_AROUND =
  /^(?:[<>≤≥=±~]{1,2}\s*)?(-?[\d.,]+)\s*(?:%|persen|-\s*[\d.,]+\s*%?|per\s*[\d.]+(?:\s*[a-z]{1,4})?|[a-z]{1,8})?$/i;
/** A formula's marks: a division word, "x 100", a fraction bar, a per-mille base. */
const FORMULA_MARK =
  /÷|[x×*]\s*100\b|\bdikali(?:kan)?\b|-{3,}|_{3,}|\bper\s*(?:1\.?000|100\.?000|10\.?000)\b|\bσ|∑|\\frac/i;
const DIVISION_WORDS = [...WORD_OPERATORS].filter(([, op]) => op === "/").map(([w]) => w);
const DIVISION_WORD = contains(DIVISION_WORDS);
/** A slash between quantities: "Jumlah A / Jumlah B", "A/B" where B starts a quantity. */
const SLASH_QUANTITY =
  /\/\s*\(?\s*(?:jumlah|jml|total|banyaknya|seluruh|semua|keseluruhan|target|penduduk|luas|nilai|populasi)\b/i;

const memo = new Map<string, CellFacts>();
const MEMO_LIMIT = 20_000;

/** The facts of a cell's value (memoised on its text: tables repeat texts). */
export function cellFacts(value: GridValue): CellFacts {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "number")
    return Number.isFinite(value) ? { ...NUMBER_FACTS, number: value } : BLANK;
  if (typeof value === "boolean") return SHORT_TEXT;
  const text = value.trim();
  if (text === "" || /^[-–—\s.]+$/.test(text)) return BLANK;
  const known = memo.get(text);
  if (known) return known;
  const facts = classify(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, facts);
  return facts;
}

const BLANK: CellFacts = { kind: "kosong", indicatorLike: false, sasaranLike: false, long: false };
const NUMBER_FACTS: CellFacts = {
  kind: "angka",
  indicatorLike: false,
  sasaranLike: false,
  long: false,
};
const SHORT_TEXT: CellFacts = {
  kind: "teks",
  indicatorLike: false,
  sasaranLike: false,
  long: false,
};

function classify(text: string): CellFacts {
  if (text.startsWith("=")) return { ...NUMBER_FACTS }; // an Excel formula: a computed value
  if (text.startsWith("#")) return BLANK; // an Excel error value: nilai-galat's business
  // "749.930.215" groups thousands (every group after the first has three digits): a number.
  if (NUMBERING.test(text) && !/^\d{1,3}(?:\.\d{3})+$/.test(text)) {
    const n = /^\(?(\d{1,3})[.)]?\)?$/.exec(text);
    return {
      kind: "nomor",
      indicatorLike: false,
      sasaranLike: false,
      long: false,
      ...(n ? { number: Number(n[1]) } : {}),
    };
  }
  const parsed = parseNumberText(text);
  if (parsed.ok) return { ...NUMBER_FACTS, number: parsed.value };
  if (text.length <= 40) {
    const around = NUMBER_AROUND.exec(text);
    if (around) {
      const n = parseNumberText(around[1]);
      if (n.ok) return { ...NUMBER_FACTS, number: n.value };
    }
  }
  const n = normaliseText(text);
  if (PARTS.has(n))
    return { kind: "bagian", indicatorLike: false, sasaranLike: false, long: false };
  const words = n.split(" ").filter(Boolean);
  const long = text.length >= 25 || words.length >= 4;
  // A row's own number before its text ("1. Rumah tangga ...", "a) Persentase ...") is no word.
  // (a code too: "2.1.4.1 - Persentase ..." normalises to "2 1 4 1 persentase ...")
  const words0 = n.replace(/^(?:(?:\d{1,3}\s+)+|[a-z]\s+)/, "");
  const indicatorLike = INDICATOR_START.test(words0);
  const sasaranLike = SASARAN_START.test(words0);
  const base = { indicatorLike, sasaranLike, long };
  if (words.length <= 2 && (UNITS.has(n) || UNITS.has(text.toLowerCase())))
    return { kind: "satuan", indicatorLike: false, sasaranLike: false, long: false };
  if (isFormulaText(text)) return { kind: "rumus", ...base };
  if (indicatorLike || sasaranLike) return { kind: "teks", ...base };
  if (words.length <= 12 && ORGANISATION_START.test(n) && !DOCUMENT_WORD.test(n))
    return { kind: "jabatan", ...base };
  if (words.length <= 20 && DOCUMENT_WORD.test(n)) return { kind: "dokumen", ...base };
  return { kind: "teks", ...base };
}

/** A formula announced by its label: "Formulasi perhitungan : ...", "Rumus : ...". */
const FORMULA_LABEL = new RegExp(
  `^\\s*(?:${RECORD_FIELDS.filter((f) => f.peran === "rumus")
    .map((f) => f.teks.replace(/ /g, "\\s+"))
    .join("|")})\\s*:`,
  "i"
);

/** Whether a text reads as a formula in prose ("Jumlah A dibagi jumlah B x 100%"). */
export function isFormulaText(text: string): boolean {
  return (
    FORMULA_MARK.test(text) ||
    DIVISION_WORD.test(text.toLowerCase()) ||
    SLASH_QUANTITY.test(text) ||
    FORMULA_LABEL.test(text)
  );
}

/** How many cells of a column are of each kind, and how its texts read. */
export interface ColumnProfile {
  /** Non-blank cells looked at. */
  cells: number;
  kinds: Record<CellKind, number>;
  indicatorLike: number;
  sasaranLike: number;
  long: number;
  /** Numbering that counts up (1, 2, 3 ...) as a No column's does. */
  countsUp: boolean;
}

/**
 * The profile of column `col` over `rows` (grid rows, in order). A merged cell counts once, on
 * the row where it starts.
 */
export function columnProfile(
  reader: GridReader,
  col: number,
  rows: readonly number[]
): ColumnProfile {
  const kinds: Record<CellKind, number> = {
    kosong: 0,
    nomor: 0,
    angka: 0,
    rumus: 0,
    jabatan: 0,
    dokumen: 0,
    satuan: 0,
    bagian: 0,
    teks: 0,
  };
  let cells = 0;
  let indicatorLike = 0;
  let sasaranLike = 0;
  let long = 0;
  let last = 0;
  let up = 0;
  let numbered = 0;
  for (const r of rows) {
    const m = reader.merge(r, col);
    if (m && (m.top !== r || m.left !== col)) continue;
    const facts = cellFacts(reader.raw(r, col));
    kinds[facts.kind]++;
    if (facts.kind === "kosong") continue;
    cells++;
    if (facts.indicatorLike) indicatorLike++;
    if (facts.sasaranLike) sasaranLike++;
    if (facts.long) long++;
    if (facts.kind === "nomor" || (facts.kind === "angka" && Number.isInteger(facts.number))) {
      numbered++;
      if (facts.number !== undefined && facts.number > last && facts.number <= last + 2) up++;
      if (facts.number !== undefined) last = facts.number;
    }
  }
  return {
    cells,
    kinds,
    indicatorLike,
    sasaranLike,
    long,
    countsUp: numbered >= 2 && up >= numbered * 0.7,
  };
}

/** Shares of a profile (0 when the column is empty). */
export const share = (p: ColumnProfile, n: number) => (p.cells === 0 ? 0 : n / p.cells);
