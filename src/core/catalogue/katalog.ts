import { distance } from "fastest-levenshtein";
import { TextIndex, TextMatch } from "./indicatorIndex";
import { normaliseText } from "./normalise";
import { Entri, Jabatan, KatalogData, Level, Unit } from "./types";

/** How sure a text search is: the same indicator, probably a misspelling of it, or unknown. */
export type MatchKind = "sama" | "salah-ketik" | "tidak-dikenal";

/** A browsing hit: the wording contains every word typed (the last one as a prefix). */
export interface KeywordMatch {
  entri: Entri;
  text: string;
  /** Share of the wording covered by the words typed (0..1]. */
  score: number;
  kind: "memuat";
}

/** Scores at or above this (edit similarity) are read as a misspelling of the catalogue wording. */
export const TYPO_THRESHOLD = 0.8;

export interface EntriMatch {
  entri: Entri;
  /** The catalogue wording (indicator or alias) that matched. */
  text: string;
  score: number;
  kind: MatchKind;
}

export interface EntriFilter {
  unit?: string;
  jabatan?: string;
  level?: Level;
}

/** A trailing abbreviation in parentheses: "Indeks Pembangunan Gender (IPG)". */
const TRAILING_ACRONYM = /\s*\(\s*[A-Za-z][A-Za-z0-9-]{1,9}\s*\)\s*$/;

/**
 * Whether two normalised wordings read as one misspelt from the other: the same words, each
 * differing by a few letters at most. "indek pembangunan pemuda" is not a misspelling of
 * "indeks pembangunan gender", nor "angka partisipasi murni paud" of "angka partisipasi murni".
 */
function misspeltWordForWord(a: string, b: string): boolean {
  // A space dropped or added ("Jumlahdesa") is a misspelling too.
  if (distance(a.replace(/ /g, ""), b.replace(/ /g, "")) <= 2) return true;
  const wa = a.split(" ");
  const wb = b.split(" ");
  if (wa.length !== wb.length) return false;
  return wa.every(
    (w, i) =>
      w === wb[i] ||
      distance(w, wb[i]) <= Math.max(2, Math.floor(Math.max(w.length, wb[i].length) / 4))
  );
}

/**
 * How a hit relates to what was typed. With the two texts, a similar score is a misspelling only
 * word for word, and the same wording with or without its abbreviation "(IPG)" is the same.
 */
export function matchKind(score: number, typed?: string, catalogued?: string): MatchKind {
  if (score >= 1) return "sama";
  if (typed !== undefined && catalogued !== undefined) {
    const a = normaliseText(typed.replace(TRAILING_ACRONYM, ""));
    const b = normaliseText(catalogued.replace(TRAILING_ACRONYM, ""));
    if (a === b) return "sama";
    if (!misspeltWordForWord(a, b)) return "tidak-dikenal";
  }
  return score >= TYPO_THRESHOLD ? "salah-ketik" : "tidak-dikenal";
}

/**
 * Read access to one catalogue: look-ups by id, unit and position, and indicator search that
 * tolerates how people really write. Indexes are built once, on first use.
 */
export class Katalog {
  private readonly entriById = new Map<string, Entri>();
  private readonly unitById = new Map<string, Unit>();
  private readonly jabatanById = new Map<string, Jabatan>();
  private index?: TextIndex<Entri>;
  private unitNames?: Map<string, Unit>;

  constructor(readonly data: KatalogData) {
    for (const e of data.entri) this.entriById.set(e.id, e);
    for (const u of data.unit) this.unitById.set(u.id, u);
    for (const j of data.jabatan) this.jabatanById.set(j.id, j);
  }

  get id(): string {
    return this.data.id;
  }
  get entries(): readonly Entri[] {
    return this.data.entri;
  }
  get units(): readonly Unit[] {
    return this.data.unit;
  }

  entri(id: string): Entri | undefined {
    return this.entriById.get(id);
  }
  unit(id: string): Unit | undefined {
    return this.unitById.get(id);
  }
  jabatan(id: string): Jabatan | undefined {
    return this.jabatanById.get(id);
  }
  jabatanOf(unitId: string): Jabatan[] {
    return this.data.jabatan.filter((j) => j.unit === unitId);
  }

  /** Entries of a unit, optionally of one position and level, in catalogue order. */
  entriesFor(filter: EntriFilter): Entri[] {
    return this.data.entri.filter((e) => accepts(filter, e));
  }

  /**
   * Resolves what a user types for a unit: its id, name or abbreviation ("Dinas Kesehatan",
   * "dinkes"); any "Kecamatan <nama>" is the standard kecamatan unit.
   */
  findUnit(text: string): Unit | undefined {
    const direct = this.unitById.get(text.trim().toLowerCase());
    if (direct) return direct;
    if (!this.unitNames) {
      this.unitNames = new Map();
      for (const u of this.data.unit) {
        for (const name of [u.id, u.nama, ...(u.singkatan ?? [])]) {
          this.unitNames.set(normaliseText(name), u);
        }
      }
    }
    const n = normaliseText(text);
    const found = this.unitNames.get(n);
    if (found) return found;
    if (/^(kecamatan|kec) /.test(n)) return this.data.unit.find((u) => u.jenis === "kecamatan");
    return undefined;
  }

  /** Resolves a position by id, title or alias within a unit ("Kasi Pemerintahan"). */
  findJabatan(text: string, unitId?: string): Jabatan | undefined {
    const n = normaliseText(text);
    return this.data.jabatan.find(
      (j) =>
        (!unitId || j.unit === unitId) &&
        [j.id, j.nama, ...(j.aliases ?? [])].some((name) => normaliseText(name) === n)
    );
  }

  /** Ranked catalogue entries for an indicator text, best first. */
  search(
    text: string,
    options: EntriFilter & { limit?: number; minScore?: number } = {}
  ): EntriMatch[] {
    if (!this.index) {
      this.index = new TextIndex(
        this.data.entri.flatMap((e) =>
          [e.indikator, ...(e.aliases ?? [])].map((t) => ({ item: e, text: t }))
        )
      );
    }
    const hits: TextMatch<Entri>[] = this.index.search(
      text,
      options.limit ?? 5,
      (e) => accepts(options, e),
      options.minScore
    );
    return hits.map((h) => ({
      entri: h.item,
      text: h.text,
      score: h.score,
      kind: matchKind(h.score, text, h.text),
    }));
  }

  /**
   * Browsing search (task pane, `iki-cek katalog --cari`): whole-indicator matches first (same
   * or misspelt), then entries whose wording contains every word typed, each word allowed a
   * typing slip (see wordMatch) and the last one allowed to be the start of a word.
   */
  browse(
    text: string,
    options: EntriFilter & { limit?: number } = {}
  ): Array<EntriMatch | KeywordMatch> {
    const limit = options.limit ?? 10;
    const whole = this.search(text, { ...options, limit }).filter(
      (h) => h.kind !== "tidak-dikenal"
    );
    const words = normaliseText(text).split(" ").filter(Boolean);
    if (words.length === 0) return whole;
    const seen = new Set(whole.map((h) => h.entri.id));
    const keyword: KeywordMatch[] = [];
    for (const e of this.entriesFor(options)) {
      if (seen.has(e.id)) continue;
      let best: KeywordMatch | undefined;
      for (const wording of [e.indikator, ...(e.aliases ?? [])]) {
        const n = normaliseText(wording);
        const tokens = n.split(" ");
        let fuzzy = 0;
        const all = words.every((w, i) => {
          const last = i === words.length - 1;
          const q = Math.max(...tokens.map((t) => wordMatch(w, t, last)));
          if (q === 1) fuzzy++;
          return q > 0;
        });
        if (!all) continue;
        // Misspelt words count for less than words typed right.
        const score =
          Math.min(1, words.join(" ").length / n.length) * (1 - (0.5 * fuzzy) / words.length);
        if (!best || score > best.score) best = { entri: e, text: wording, score, kind: "memuat" };
      }
      if (best) keyword.push(best);
    }
    keyword.sort((a, b) => b.score - a.score);
    return [...whole, ...keyword].slice(0, limit);
  }

  /** The single best entry for a text, or undefined when nothing is close enough. */
  best(text: string, filter: EntriFilter = {}): EntriMatch | undefined {
    const [top] = this.search(text, { ...filter, limit: 1 });
    return top && top.kind !== "tidak-dikenal" ? top : undefined;
  }
}

function accepts(filter: EntriFilter, e: Entri): boolean {
  return (
    (!filter.unit || e.unit === filter.unit) &&
    (!filter.level || e.level === filter.level) &&
    (!filter.jabatan || (e.jabatan ?? []).includes(filter.jabatan))
  );
}

/**
 * How a typed word matches a word of an indicator: 2 the same (or, for the word being typed, its
 * beginning), 1 within a typing slip, 0 not at all. Slips allowed grow with the word: none up to 3
 * letters ("ikm" must be ikm), one up to 7 ("rkpds" for rkpdes, "watu" for waktu, "kepuasn" for
 * kepuasan; not "rkpdes" for lppdes), two from 8 ("kepausan" for kepuasan). A word being typed may also be a slip of a word's start
 * ("kepuas" for kepuasan, "rkpd" for rkpdes).
 */
export function wordMatch(typed: string, word: string, last: boolean): 0 | 1 | 2 {
  if (typed === word || (last && word.startsWith(typed))) return 2;
  const slips = typed.length <= 3 ? 0 : typed.length <= 7 ? 1 : 2;
  if (slips === 0 || Math.abs(typed.length - word.length) > slips + (last ? word.length : 0))
    return 0;
  if (distance(typed, word) <= slips) return 1;
  if (last && word.length > typed.length && distance(typed, word.slice(0, typed.length)) <= slips)
    return 1;
  return 0;
}
