/**
 * Rows of a table that are not indicators (issue #25): summary rows under the indicators
 * ("Jumlah", "Total", "Rata-rata Capaian", "Rata-rata Capain Kinerja"), whose typed numbers may be
 * checked against the rows above (rule ringkasan-salah-hitung), and group headings between them
 * (a perangkat daerah, a program, an urusan over its indicators).
 */
import { distance } from "fastest-levenshtein";
import { normaliseText } from "../catalogue/normalise";
import { GridReader } from "../grid";
import { cellFacts } from "./cellKind";
import type { ColumnRole } from "./columnVocabulary";
import { GROUP_HEADING_STARTS, SUMMARY_HEADS, SUMMARY_TAIL_WORDS } from "./contentVocabulary";

export interface SummaryLabel {
  /** An average ("Rata-rata ..."), or a sum ("Jumlah", "Total"). */
  rataRata: boolean;
}

/** Heads longest first, so "jumlah total" is read before "jumlah". */
const HEADS = [...SUMMARY_HEADS].sort((a, b) => b.teks.length - a.teks.length);
const TAILS = new Set(SUMMARY_TAIL_WORDS);
/** Words a tail may be a misspelling of (one letter off, for words of five letters or more). */
const LONG_TAILS = SUMMARY_TAIL_WORDS.filter((w) => w.length >= 5);
const MAX_TAIL_WORDS = 4;

function tailWord(word: string): boolean {
  if (TAILS.has(word) || /^\d{4}$/.test(word) || /^\d{1,2}$/.test(word)) return true;
  if (word.length < 5) return false;
  return LONG_TAILS.some((w) => Math.abs(w.length - word.length) <= 1 && distance(w, word) <= 1);
}

/**
 * Whether a label names a summary row: a head ("jumlah", "rata-rata", "rerata", "total") and
 * at most four words that only qualify it ("capaian", "kinerja", "sasaran", a year, a misspelling
 * of these); "Jumlah desa yang menetapkan APBDes" names an indicator.
 */
/** The first words summary labels start with, for a cheap test before normalising. */
const FIRST = /^\s*(jumlah|jml|total|sub|rata|rerata|average|nilai)/i;

export function summaryLabel(text: string): SummaryLabel | undefined {
  if (text.length === 0 || text.length > 60 || !FIRST.test(text)) return undefined;
  const n = normaliseText(text);
  for (const head of HEADS) {
    if (n !== head.teks && !n.startsWith(head.teks + " ")) continue;
    const tail = n.slice(head.teks.length).trim().split(" ").filter(Boolean);
    if (tail.length > MAX_TAIL_WORDS || !tail.every(tailWord)) return undefined;
    return { rataRata: head.rataRata || tail.some((w) => w === "rata" || w.startsWith("rata")) };
  }
  return undefined;
}

const HEADING_START = new RegExp(`^(?:${GROUP_HEADING_STARTS.join("|")})\\b`);
/** Columns a group heading leaves empty: the ones that describe or measure an indicator. */
const DESCRIBING: readonly ColumnRole[] = [
  "rumus",
  "pembilang",
  "penyebut",
  "sumber",
  "pj",
  "satuan",
  "target",
  "realisasi",
  "capaian",
];

/** The columns a group heading leaves empty, for isGroupHeading (computed once per table). */
export function describingColumns(
  columns: Partial<Record<ColumnRole, number>>,
  measureCols: readonly number[]
): number[] {
  const cols = new Set<number>(measureCols);
  for (const role of DESCRIBING) if (columns[role] !== undefined) cols.add(columns[role]!);
  if (columns.indikator !== undefined) cols.delete(columns.indikator);
  return [...cols];
}

/**
 * A group heading in the Indikator column: the name of a perangkat daerah, a program, an urusan
 * ("Dinas Pendidikan dan Kebudayaan", "Program Pelayanan Administrasi"), or a text merged across
 * the row, with every column that describes or measures an indicator empty. Text worded like an
 * indicator ("Persentase ...") is an indicator with its cells left empty, not a heading.
 */
export function isGroupHeading(
  reader: GridReader,
  row: number,
  columns: Partial<Record<ColumnRole, number>>,
  cols: readonly number[],
  firstCol = 0
): boolean {
  const ind = columns.indikator;
  if (ind === undefined || cols.length < 2) return false;
  const text = reader.ownText(row, ind);
  if (text === "") return false;
  // The describing cells first: most rows fill one, and that settles it cheaply.
  const own = reader.merge(row, ind);
  let spanned = 0;
  for (const c of cols) {
    const m = reader.merge(row, c);
    if (own && m === own) {
      spanned++; // the heading itself, merged across the row
      continue;
    }
    if (reader.text(row, c) !== "") return false;
  }
  const facts = cellFacts(text);
  if (facts.indicatorLike) return false;
  return (
    spanned >= 2 ||
    facts.kind === "jabatan" ||
    HEADING_START.test(normaliseText(text)) ||
    BULLET.test(text) ||
    lettered(reader, row, firstCol, ind)
  );
}

/** A detail line under an indicator ("- Desa Cantik", "• Arsip"), its own cells all empty. */
const BULLET = /^[-–•·*]\s/;

/** A letter or a Roman numeral ("A", "B.", "II") that numbers a heading, not an indicator. */
const HEADING_LETTER = /^(?:[A-Z]|[IVX]{1,4})\.?$/;

/** Whether the row's first cell (left of the indicator) numbers it with a letter or Roman numeral. */
function lettered(reader: GridReader, row: number, firstCol: number, ind: number): boolean {
  for (let c = firstCol; c < ind; c++) {
    const t = reader.ownText(row, c);
    if (t !== "") return HEADING_LETTER.test(t);
  }
  return false;
}
