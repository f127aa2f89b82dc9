import { distance } from "fastest-levenshtein";
import { normaliseText } from "./normalise";

/**
 * Finds the catalogue wordings nearest to a text. Exact matches (after normalisation) come from
 * a hash map; the rest from a character-trigram inverted index (cheap candidate retrieval)
 * re-scored by edit distance (fastest-levenshtein). General full-text libraries were measured
 * too slow for the validator's budget (see README, "Katalog").
 */
export interface IndexedText<T> {
  item: T;
  text: string;
}

export interface TextMatch<T> {
  item: T;
  /** The catalogue wording that matched (indicator or one of its aliases). */
  text: string;
  /** 1 = same after normalisation; otherwise 1 - editDistance / longerLength. */
  score: number;
}

/** Candidates re-scored by edit distance; the true match is among the best few by trigrams. */
const CANDIDATES = 6;

function trigrams(normalised: string): string[] {
  const padded = `  ${normalised} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

export class TextIndex<T> {
  private readonly exact = new Map<string, number[]>();
  private readonly postings = new Map<string, number[]>();
  private readonly normalised: string[] = [];
  private readonly gramCounts: number[] = [];
  private readonly overlap: Int32Array;

  constructor(private readonly texts: IndexedText<T>[]) {
    texts.forEach(({ text }, i) => {
      const n = normaliseText(text);
      this.normalised.push(n);
      const list = this.exact.get(n);
      if (list) list.push(i);
      else this.exact.set(n, [i]);
      const grams = trigrams(n);
      this.gramCounts.push(grams.length);
      for (const g of grams) {
        const p = this.postings.get(g);
        if (p) p.push(i);
        else this.postings.set(g, [i]);
      }
    });
    this.overlap = new Int32Array(texts.length);
  }

  /** Ranked matches, best first; at most one per item (its best wording). */
  search(query: string, limit = 5, accept: (item: T) => boolean = () => true): TextMatch<T>[] {
    const q = normaliseText(query);
    if (q === "") return [];
    const scored = new Map<T, TextMatch<T>>();
    const consider = (i: number, score: number) => {
      const { item, text } = this.texts[i];
      if (!accept(item)) return;
      const best = scored.get(item);
      if (!best || score > best.score) scored.set(item, { item, text, score });
    };
    for (const i of this.exact.get(q) ?? []) consider(i, 1);
    // Exact hits rank above anything the fuzzy step could find.
    if (scored.size > 0) return [...scored.values()].slice(0, limit);

    // Dice overlap of trigrams picks the candidates; edit distance decides.
    const grams = trigrams(q);
    const touched: number[] = [];
    for (const g of grams) {
      for (const i of this.postings.get(g) ?? []) {
        if (this.overlap[i] === 0) touched.push(i);
        this.overlap[i]++;
      }
    }
    // Keep the best few by Dice coefficient (a small insertion list, no full sort).
    const top: Array<{ i: number; d: number }> = [];
    for (const i of touched) {
      const d = (2 * this.overlap[i]) / (grams.length + this.gramCounts[i]);
      this.overlap[i] = 0;
      if (top.length === CANDIDATES && d <= top[top.length - 1].d) continue;
      if (!accept(this.texts[i].item)) continue;
      let at = top.length;
      while (at > 0 && top[at - 1].d < d) at--;
      top.splice(at, 0, { i, d });
      if (top.length > CANDIDATES) top.pop();
    }
    for (const { i } of top) {
      const s = this.normalised[i];
      if (s === q) continue;
      consider(i, 1 - distance(q, s) / Math.max(q.length, s.length));
    }
    return [...scored.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
