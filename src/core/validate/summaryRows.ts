/**
 * Summary rows under a table's indicators (issue #25): "Jumlah", "Total", "Rata-rata Capaian",
 * "Rata-rata Capain Kinerja". They are not indicators; their typed numbers may be checked against
 * the rows above (rule ringkasan-salah-hitung).
 */
import { distance } from "fastest-levenshtein";
import { normaliseText } from "../catalogue/normalise";
import { SUMMARY_HEADS, SUMMARY_TAIL_WORDS } from "./contentVocabulary";

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
