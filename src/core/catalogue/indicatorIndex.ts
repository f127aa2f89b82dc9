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
  private readonly postings = new Map<string, Int32Array>();
  private readonly normalised: string[] = [];
  private readonly gramCounts: number[] = [];
  private readonly overlap: Int32Array;
  /** Per query: whether an item's length allows the wanted score (with minScore). */
  private readonly allowed: Uint8Array;
  /** Grams in a quarter of the items or more ("per", "an "): not counted when a score is wanted. */
  private readonly common = new Set<string>();
  /** Per item: its grams that are not common. */
  private readonly rareCounts: number[] = [];

  constructor(private readonly texts: IndexedText<T>[]) {
    const lists = new Map<string, number[]>();
    texts.forEach(({ text }, i) => {
      const n = normaliseText(text);
      this.normalised.push(n);
      const list = this.exact.get(n);
      if (list) list.push(i);
      else this.exact.set(n, [i]);
      const grams = trigrams(n);
      this.gramCounts.push(grams.length);
      for (const g of grams) {
        const p = lists.get(g);
        if (p) p.push(i);
        else lists.set(g, [i]);
      }
    });
    for (const [g, list] of lists) {
      this.postings.set(g, Int32Array.from(list));
      if (list.length > texts.length / 4 && texts.length >= 40) this.common.add(g);
    }
    for (const n of this.normalised)
      this.rareCounts.push(trigrams(n).filter((g) => !this.common.has(g)).length);
    this.overlap = new Int32Array(texts.length);
    this.allowed = new Uint8Array(texts.length);
  }

  /**
   * Ranked matches, best first; at most one per item (its best wording). With `minScore`, only
   * matches scoring that much are wanted: a candidate whose length or shared trigrams cannot
   * reach it is dropped before its edit distance is computed (an unknown indicator then costs a
   * pass over the postings and nothing more).
   */
  search(
    query: string,
    limit = 5,
    accept: (item: T) => boolean = () => true,
    minScore = 0
  ): TextMatch<T>[] {
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

    // Dice overlap of trigrams picks the candidates; edit distance decides. With minScore, an
    // item too long or too short to reach it is not even counted, nor are common grams (the bound
    // on shared grams below holds for the rare ones alone: an edit destroys three grams at most).
    const all = trigrams(q);
    const grams = minScore > 0 ? all.filter((g) => !this.common.has(g)) : all;
    const counts = minScore > 0 ? this.rareCounts : this.gramCounts;
    const touched: number[] = [];
    const overlap = this.overlap;
    const allowed = this.allowed;
    if (minScore > 0) {
      // score = 1 - edits / longer, and edits >= the difference in length.
      for (let i = 0; i < this.normalised.length; i++) {
        const s = this.normalised[i].length;
        allowed[i] = Math.abs(s - q.length) <= (1 - minScore) * Math.max(s, q.length) ? 1 : 0;
      }
    } else allowed.fill(1);
    for (const g of grams) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k];
        if (allowed[i] === 0) continue;
        if (overlap[i] === 0) touched.push(i);
        overlap[i]++;
      }
    }
    // Keep the best few by Dice coefficient (a small insertion list, no full sort).
    const top: Array<{ i: number; d: number }> = [];
    for (const i of touched) {
      const shared = this.overlap[i];
      const d = (2 * shared) / (grams.length + counts[i]);
      this.overlap[i] = 0;
      if (minScore > 0) {
        // Score 1 - edits / longer length: at most this many edits, each changing the length by
        // one at most and destroying at most three trigrams.
        const s = this.normalised[i];
        const longer = Math.max(q.length, s.length);
        const edits = Math.floor((1 - minScore) * longer);
        if (Math.abs(q.length - s.length) > edits) continue;
        if (shared < Math.max(grams.length, counts[i]) - 3 * edits) continue;
      }
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
      const score = 1 - distance(q, s) / Math.max(q.length, s.length);
      // Below minScore a hit is not wanted: an unknown indicator ends with no hit at all.
      if (score >= minScore) consider(i, score);
    }
    return [...scored.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
