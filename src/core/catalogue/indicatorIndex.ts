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

/**
 * The distinct character trigrams of "  text " as numbers (three UTF-16 codes in one number):
 * no string is made per gram, and the postings map hashes numbers.
 */
function trigrams(normalised: string): number[] {
  const padded = `  ${normalised} `;
  const grams = new Set<number>();
  for (let i = 0; i + 3 <= padded.length; i++)
    grams.add(
      padded.charCodeAt(i) * 4294967296 +
        padded.charCodeAt(i + 1) * 65536 +
        padded.charCodeAt(i + 2)
    );
  return [...grams];
}

/** Counts of a-z, 0-9 and every other character of a normalised text (38 slots). */
function letterCounts(text: string): Uint16Array {
  const counts = new Uint16Array(38);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const slot =
      c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + c - 48 : 36 + (c === 32 ? 0 : 1);
    if (counts[slot] < 65535) counts[slot]++;
  }
  return counts;
}

/**
 * A lower bound on the edit distance of two texts from their character counts: each edit adds,
 * removes or replaces one character, so the larger of the surplus on either side is a minimum.
 */
function letterBound(a: Uint16Array, b: Uint16Array): number {
  let more = 0;
  let less = 0;
  for (let k = 0; k < 38; k++) {
    const d = a[k] - b[k];
    if (d > 0) more += d;
    else less -= d;
  }
  return Math.max(more, less);
}

export class TextIndex<T> {
  private readonly exact = new Map<string, number[]>();
  private readonly postings = new Map<number, Int32Array>();
  private readonly normalised: string[] = [];
  private readonly gramCounts: number[] = [];
  private readonly overlap: Int32Array;
  /** Each item's normalised length (read in the postings loop instead of a pass over all items). */
  private readonly lengths: Int32Array;
  /** Each item's letter counts (a-z, digits, others): a cheap lower bound on the edit distance. */
  private readonly letters: Uint16Array[];
  /** Grams in a quarter of the items or more ("per", "an "): not counted when a score is wanted. */
  private readonly common = new Set<number>();
  /** Per item: its grams that are not common. */
  private readonly rareCounts: number[] = [];

  constructor(private readonly texts: IndexedText<T>[]) {
    const lists = new Map<number, number[]>();
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
    this.lengths = Int32Array.from(this.normalised, (n) => n.length);
    this.letters = this.normalised.map(letterCounts);
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
    const lengths = this.lengths;
    // score = 1 - edits / longer, and edits >= the difference in length: with minScore, only
    // items of a length within [shortest, longest] can reach it.
    const slack = 1 - minScore;
    const shortest = minScore > 0 ? Math.ceil(q.length * minScore - 1e-9) : 0;
    const longest =
      minScore > 0 ? Math.floor(q.length / Math.max(minScore, 1e-9) + 1e-9) : Infinity;
    for (const g of grams) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const i = list[k];
        const s = lengths[i];
        if (s < shortest || s > longest) continue;
        if (overlap[i] === 0) touched.push(i);
        overlap[i]++;
      }
    }
    const queryLetters = minScore > 0 ? letterCounts(q) : undefined;
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
      if (queryLetters) {
        // Letters one text has more of must be inserted or replaced: a bound on the edits that
        // costs one pass over 38 counts, before the edit distance itself.
        const edits = Math.floor(slack * Math.max(q.length, s.length));
        if (letterBound(queryLetters, this.letters[i]) > edits) continue;
      }
      const score = 1 - distance(q, s) / Math.max(q.length, s.length);
      // Below minScore a hit is not wanted: an unknown indicator ends with no hit at all.
      if (score >= minScore) consider(i, score);
    }
    return [...scored.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
