import { LEGEND_LEAD, LEGEND_SYMBOL, LEGEND_VERB } from "./vocabulary";

/**
 * A legend after a formula that names its symbols, with or without a label:
 *
 *     A / B x 100%
 *     A = Jumlah penduduk miskin
 *     B : Jumlah penduduk
 *
 * (also on one line, "A / B x 100% dengan A = ... B = ..."). The legend is split off, and each
 * symbol of the formula is replaced by what it names, so that the formula reads as its
 * quantities: "(Jumlah penduduk miskin) / (Jumlah penduduk) x 100%".
 *
 * A "X = ..." starts the legend only when X already stood in the text before it: "IA = Σ Pn / Σ
 * P0" on the first line is the formula with a label, "Pn = ..." on the next line its legend.
 * Every pattern is linear; at most MAX_ENTRIES candidates are looked at.
 */
export interface Legend {
  /** The text before the legend: the formula. */
  head: string;
  /** The legend's text as written. */
  text: string;
  /** Symbol to what it names. */
  names: Map<string, string>;
}

const MAX_ENTRIES = 40;
/** A meaning longer than this is prose, not a name; it is kept in the note but not put in. */
const MAX_MEANING = 200;

const ENTRY = () => new RegExp(`(^|[\\s;,(])(${LEGEND_SYMBOL})\\s*(?:${LEGEND_VERB})\\s*`, "g");

/** `text` without the characters of `chars` at its end, by a scan (no "[...]+$" regex: linear). */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

const SPACE_PUNCT = " \t\n\r;,.:";

function words(text: string): Set<string> {
  return new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The legend of a formula's text, when it has one. */
export function splitLegend(text: string): Legend | undefined {
  const re = ENTRY();
  let start = -1;
  let seen: Set<string> | undefined;
  const entries: { symbol: string; from: number; at: number }[] = [];
  for (let m = re.exec(text), n = 0; m && n < MAX_ENTRIES; m = re.exec(text), n++) {
    const at = m.index + m[1].length;
    if (start < 0) {
      const before = text.slice(0, at);
      // The formula must be there before its legend: something it computes with.
      if (!/[/:x×*÷+-]/.test(before) || !words(before).has(m[2])) continue;
      start = at;
      seen = words(before);
    }
    if (seen!.has(m[2])) entries.push({ symbol: m[2], from: at, at: m.index + m[0].length });
  }
  if (start < 0) return undefined;
  const names = new Map<string, string>();
  entries.forEach((e, i) => {
    const end = i + 1 < entries.length ? entries[i + 1].from : text.length;
    if (end - e.at > MAX_MEANING * 2) return; // prose, not a name: kept in the note only
    const meaning = trimEndOf(text.slice(e.at, end), SPACE_PUNCT)
      .replace(/\s(dan|serta)$/i, "")
      .trim();
    if (
      meaning &&
      /\p{L}{3}/u.test(meaning) &&
      meaning.length <= MAX_MEANING &&
      !names.has(e.symbol)
    )
      names.set(e.symbol, meaning);
  });
  const head = trimEndOf(
    trimEndOf(text.slice(0, start), SPACE_PUNCT).replace(LEGEND_LEAD, ""),
    SPACE_PUNCT
  );
  return { head, text: text.slice(start).trim(), names };
}

/** The symbols a legend names in a note written apart ("Keterangan: A = ..., B = ..."). */
export function legendNames(note: string, formula: string): Map<string, string> {
  const found = splitLegend(`${formula}\n${note}`);
  return found && found.head.length >= formula.trim().length ? found.names : new Map();
}

/** Each named symbol of the formula replaced by "(what it names)". */
export function putNames(formula: string, names: Map<string, string>): string {
  if (names.size === 0) return formula;
  return formula.replace(/[\p{L}\p{N}]+/gu, (word, offset: number) => {
    const meaning = names.get(word);
    if (meaning === undefined) return word;
    // Not inside a longer word ("IKM's", "A1" were matched whole already).
    const prev = formula[offset - 1];
    if (prev === "'" || prev === "’" || prev === "-") return word;
    // Already in its own brackets ("(A) / (B)" from a fraction bar).
    if (prev === "(" && formula[offset + word.length] === ")") return meaning;
    return `(${meaning})`;
  });
}
