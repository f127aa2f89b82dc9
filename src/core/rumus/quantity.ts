/**
 * Quantities are the noun phrases a formula divides and multiplies ("Jumlah desa yang
 * menetapkan APBDes tepat waktu"). Two phrases name the same thing when their content words,
 * after light Indonesian stemming, mostly coincide ("dipenuhi" ~ "terpenuhi") and their year
 * markers agree (tahun n is not tahun n-1).
 */
import { normaliseText } from "../catalogue/normalise";
import { EMPTY_QUALIFIER, PREFIXES, STOPWORDS, SUFFIXES } from "./vocabulary";

/** A crude but stable stem: enough for dipenuhi/terpenuhi, direncanakan/perencanaan. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5) {
    for (const p of PREFIXES) {
      if (w.startsWith(p) && w.length - p.length >= 4) {
        w = w.slice(p.length);
        break;
      }
    }
  }
  if (w.length > 5) {
    for (const s of SUFFIXES) {
      if (w.endsWith(s) && w.length - s.length >= 4) {
        w = w.slice(0, -s.length);
        break;
      }
    }
  }
  return w;
}

export const YEAR_NOW = "thn0";
export const YEAR_PREVIOUS = "thn1";

/**
 * Year markers first ("tahun N-1", "N-1", "(t-1)", "tahun sebelumnya" / "tahun n", "(N)", "(t)",
 * "N"), then text.
 * "\s*(?:\(\s*)?" rather than "\s*\(?\s*": two optional runs side by side split a long run of
 * spaces in every possible way before failing (quadratic per position).
 */
export function markYears(text: string): string {
  return (
    text
      .replace(
        /\b(?:tahun|th\.?|thn)?\s*(?:\(\s*)?[nN]\s*[-–−]\s*1\s*\)?(?![0-9])/gi,
        ` ${YEAR_PREVIOUS} `
      )
      // "PDRB(t-1)", "PDRB (t−1)": t for the year, as in BPS notation.
      .replace(/(?:\(\s*)?\b[tT]\s*[-–−]\s*1\s*\)?(?![0-9])/g, ` ${YEAR_PREVIOUS} `)
      .replace(/\btahun\s+(sebelumnya|lalu|kemarin)\b/gi, ` ${YEAR_PREVIOUS} `)
      .replace(/\(\s*[nNtT]\s*\)/g, ` ${YEAR_NOW} `)
      .replace(/\b(?:tahun|th\.?|thn)\s+[nN]\b/gi, ` ${YEAR_NOW} `)
      .replace(/\btahun\s+(ini|berjalan|sekarang)\b/gi, ` ${YEAR_NOW} `)
      .replace(/(^|\s)[nN](?=\s|$)/g, ` ${YEAR_NOW} `)
  );
}

export interface QuantityKey {
  /** Normalised phrase, for display and exact comparison. */
  text: string;
  /** Stemmed content words. */
  words: Set<string>;
  /** Acronyms as written (RKPDes, APBDes, PKK, BMD): they name things and must agree. */
  acronyms: Set<string>;
  /** Has a "yang ..." clause that picks a subset ("yang dipenuhi", "yang tepat waktu"). */
  qualified: boolean;
  /** Words as written (normalised, a doubled word such as "rata rata" once), for abbreviations. */
  tokens: string[];
  /** Words written in capitals, one to six letters ("I", "HLS", "IPM"), lower-cased. */
  capitals: Set<string>;
  year?: typeof YEAR_NOW | typeof YEAR_PREVIOUS;
}

/** Wordings that mean the planned/required total ("yang harus dipenuhi" = "yang direncanakan"). */
function markPlanned(text: string): string {
  return text.replace(
    /\byang\s+(harus|seharusnya|wajib|perlu)\s+(di|ter)?(penuhi|dipenuhi|terpenuhi|laksanakan|dilaksanakan)\b/gi,
    "yang direncanakan"
  );
}

export function quantityKey(phrase: string): QuantityKey {
  // Whitespace runs do not change what the patterns below find; collapsing them first keeps
  // every "\s*" short.
  const marked = markYears(markPlanned(phrase.replace(/\s+/g, " ")));
  const text = normaliseText(marked);
  const tokens = text.split(" ").filter(Boolean);
  const year = tokens.includes(YEAR_PREVIOUS)
    ? YEAR_PREVIOUS
    : tokens.includes(YEAR_NOW)
      ? YEAR_NOW
      : undefined;
  const words = new Set(
    tokens.filter((t) => t !== YEAR_NOW && t !== YEAR_PREVIOUS && !STOPWORDS.has(t)).map(stem)
  );
  const yang = tokens.indexOf("yang");
  const qualifier = yang >= 0 ? tokens.slice(yang + 1).filter((t) => !STOPWORDS.has(t)) : [];
  const qualified =
    qualifier.length > 0 && !(qualifier.length === 1 && EMPTY_QUALIFIER.test(qualifier[0]));
  const plain = tokens.filter(
    (t, i) => t !== YEAR_NOW && t !== YEAR_PREVIOUS && t !== tokens[i - 1]
  );
  const capitals = new Set(
    marked
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => /^\p{Lu}{1,6}$/u.test(w))
      .map((w) => w.toLowerCase())
  );
  return { text, words, year, acronyms: acronymsOf(marked), qualified, tokens: plain, capitals };
}

/** Words written with two or more capitals, unless the whole phrase is in capitals. */
function acronymsOf(phrase: string): Set<string> {
  const letters = phrase.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  if (letters.length === 0 || upper / letters.length > 0.5) return new Set();
  const found = phrase
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /\p{Lu}.*\p{Lu}/u.test(w) && w !== YEAR_NOW);
  return new Set(found.map((w) => normaliseText(w)));
}

/** Dice coefficient of the content words; 0 when year markers or acronyms disagree. */
export function quantitySimilarity(a: QuantityKey, b: QuantityKey): number {
  if (a.year !== b.year) return 0;
  // "I HLS" for "Indeks Harapan Lama Sekolah", "IPM" for "Indeks Pembangunan Manusia".
  if (abbreviates(a.tokens, b.tokens, a.capitals) || abbreviates(b.tokens, a.tokens, b.capitals))
    return 1;
  if (a.acronyms.size > 0 && b.acronyms.size > 0) {
    for (const x of a.acronyms) if (!b.acronyms.has(x)) return 0;
    for (const x of b.acronyms) if (!a.acronyms.has(x)) return 0;
  }
  if (a.words.size === 0 && b.words.size === 0) return a.text === b.text ? 1 : 0;
  let common = 0;
  for (const w of a.words) if (b.words.has(w)) common++;
  const dice = (2 * common) / (a.words.size + b.words.size);
  // A subset ("... yang dipenuhi") is not the whole ("..."): the clause is the point.
  return a.qualified !== b.qualified ? dice * 0.7 : dice;
}

/** Phrases at or above this similarity are taken to name the same quantity. */
export const SAME_QUANTITY = 0.75;

export function sameQuantity(a: QuantityKey, b: QuantityKey): boolean {
  return quantitySimilarity(a, b) >= SAME_QUANTITY;
}

/** Longest abbreviation read letter by letter ("HLS", "TPAK", "APBDes" is a word, not this). */
const MAX_ABBREVIATION = 6;

/**
 * Whether the words `short` abbreviate the words `long` in order: each short word is a long word,
 * its first letter (a single letter, "I" for "Indeks"), or the first letters of as many long words
 * as it has letters ("hls" for "harapan lama sekolah"); a stopword of `long` may be skipped
 * ("TPAK" for "tingkat partisipasi angkatan kerja", "dan" skipped where it stands). At least one
 * short word must be a real abbreviation, so equal phrases are left to the word comparison. Only
 * words written in capitals (`capitals`) abbreviate: "desa" is no abbreviation.
 */
export function abbreviates(
  short: string[],
  long: string[],
  capitals: ReadonlySet<string>
): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  // reach[j]: the first j long words are covered by the short words read so far (with a flag
  // whether an abbreviation was used).
  let reach = new Map<number, boolean>([[0, false]]);
  for (const s of short) {
    const next = new Map<number, boolean>();
    for (const [j0, used] of reach) {
      // Stopwords of the long phrase may be passed over.
      for (let j = j0; j <= long.length; j++) {
        if (j > j0 && !STOPWORDS.has(long[j - 1])) break;
        if (j < long.length && long[j] === s) next.set(j + 1, next.get(j + 1) || used);
        if (!capitals.has(s)) continue; // only a word written in capitals abbreviates
        if (s.length === 1 && j < long.length && long[j].length > 1 && long[j][0] === s)
          next.set(j + 1, true);
        if (s.length >= 2 && s.length <= MAX_ABBREVIATION && /^[a-z]+$/.test(s)) {
          let k = j;
          let i = 0;
          while (i < s.length && k < long.length) {
            if (STOPWORDS.has(long[k]) && long[k][0] !== s[i]) {
              k++;
              continue;
            }
            if (long[k][0] !== s[i]) break;
            i++;
            k++;
          }
          if (i === s.length) next.set(k, true);
        }
      }
    }
    if (next.size === 0) return false;
    reach = next;
  }
  for (let j = long.length; j >= 0; j--) {
    const used = reach.get(j);
    if (used === undefined) continue;
    // The rest of the long phrase may only be stopwords.
    if (long.slice(j).every((w) => STOPWORDS.has(w)) && used) return true;
  }
  return false;
}
