/** Tokens of a cleaned Rumus text: numbers, words, operators (symbols or Indonesian words). */
import {
  COLON_LABELS,
  HYPHENATED_PREFIX,
  QUANTITY_START,
  RANGE_UNITS,
  WORD_OPERATORS,
} from "./vocabulary";
export type Token =
  | { t: "num"; value: number; percent: boolean; text: string }
  | { t: "word"; text: string }
  | { t: "op"; op: "+" | "-" | "*" | "/" }
  | { t: "lparen" }
  | { t: "rparen" }
  | { t: "eq" };

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}Σ_'’.,&]/u.test(c);
const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c);
const isSpace = (c: string | undefined) => !!c && /\s/.test(c);

/* Patterns read at a position with the sticky flag: no copy of the rest of the text. */
const RANGE_QUALIFIER_AT = new RegExp(
  `\\(\\s*\\d+(?:[.,]\\d+)?\\s*[-–]\\s*\\d+(?:[.,]\\d+)?\\s*(?:${RANGE_UNITS})\\.?\\s*\\)`,
  "iy"
);
const NUMBER_AT = /\d+(?:[.,]\d+)*(?:\s*%)?/y;
const NEXT_WORD_AT = /(\s*)([^\s()/]+)/y;
const DENGAN_AT = /\s+dengan\b/iy;
/** "kali" is an ordinary word ("dua kali setahun") except right before a number: "kali 100%". */
const NUMBER_AFTER_AT = /\s*(\d|seratus\b)/iy;

function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** "se" as the last word ("se -" in "se - Kabupaten"); `tail` is the word's last characters. */
/**
 * "ber- KTP", "ter- daftar": a prefix glued to its hyphen and the word after a space, as a line
 * broken in a PDF leaves it. A minus stands apart on both sides.
 */
function hyphenatedPrefix(s: string, i: number, tail: string): boolean {
  return isLetter(s[i - 1]) && isSpace(s[i + 1]) && HYPHENATED_PREFIX.test(tail.slice(-6));
}

function endsWithSe(tail: string): boolean {
  return /(^|\s)se$/i.test(tail.slice(-3));
}

type WordToken = Extract<Token, { t: "word" }>;

/** Characters kept of a word's end; longer than any label or acronym the rules compare. */
const TAIL = 16;

/**
 * Word tokens grow while tokenizing, as numbers, ranges and alternatives join them ("IKS 0,5 -
 * 0,8", "SD/MI/MTs"). The rules read only a word's end, which is kept here: reading the whole
 * text of a string built by "+=" copies it, and doing so at each step would be quadratic over a
 * long phrase ("IKS 1 - 1 - 1 ...", "ab/ab/ab/...").
 */
class WordEnds {
  private readonly ends = new Map<WordToken, { tail: string; piece: number }>();

  create(text: string): WordToken {
    const token: WordToken = { t: "word", text };
    this.ends.set(token, {
      tail: text.slice(-TAIL),
      piece: text.length - text.lastIndexOf(" ") - 1,
    });
    return token;
  }

  append(token: WordToken, extra: string): void {
    token.text += extra;
    const end = this.ends.get(token)!;
    end.tail = (end.tail + extra).slice(-TAIL);
    const space = extra.lastIndexOf(" ");
    end.piece = space >= 0 ? extra.length - space - 1 : end.piece + extra.length;
  }

  /** The last TAIL characters of the word. */
  tail(token: WordToken): string {
    return this.ends.get(token)!.tail;
  }

  /** The word's text after its last space; undefined when that is longer than TAIL characters. */
  lastPiece(token: WordToken): string | undefined {
    const { tail, piece } = this.ends.get(token)!;
    return piece <= tail.length ? tail.slice(tail.length - piece) : undefined;
  }
}

/** A word without its trailing "." and "," (a sentence's punctuation). */
function trimPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && (word[end - 1] === "." || word[end - 1] === ",")) end--;
  return end === word.length ? word : word.slice(0, end);
}

export interface TokenizeOptions {
  /**
   * A slash with a space on either side divides ("Surat diproses / surat masuk"), where it
   * would otherwise join alternatives ("kasus / pengaduan"). For a percentage whose formula
   * divides nowhere else: its one slash must be the fraction.
   */
  spacedSlashDivides?: boolean;
}

export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  const words = new WordEnds();
  const s = text;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "(") {
      // "Jumlah anak (0-18 th)": an age or time range in brackets qualifies the phrase before it.
      const prev = tokens[tokens.length - 1];
      const range = prev?.t === "word" ? execAt(RANGE_QUALIFIER_AT, s, i) : null;
      if (prev?.t === "word" && range) {
        words.append(prev, ` ${range[0]}`);
        i += range[0].length;
        continue;
      }
    }
    if (c === "(" || c === "[") {
      tokens.push({ t: "lparen" });
      i++;
      continue;
    }
    if (c === ")" || c === "]") {
      tokens.push({ t: "rparen" });
      i++;
      continue;
    }
    if (c === "/" || c === "÷") {
      const prev = tokens[tokens.length - 1];
      const spaced = /\s/.test(s[i - 1] ?? "") || /\s/.test(s[i + 1] ?? "");
      if (
        c === "/" &&
        prev?.t === "word" &&
        !(options.spacedSlashDivides && spaced) &&
        slashMeansOr(s, i, words.lastPiece(prev))
      ) {
        // "dan/atau", "SD/MI", "kasus / pengaduan": alternatives inside a phrase.
        const next = execAt(NEXT_WORD_AT, s, i + 1)!;
        words.append(prev, `/${next[2]}`);
        i += 1 + next[0].length;
        continue;
      }
      tokens.push({ t: "op", op: "/" });
      i++;
      continue;
    }
    if (c === "*" || c === "×") {
      tokens.push({ t: "op", op: "*" });
      i++;
      continue;
    }
    if (c === "+") {
      tokens.push({ t: "op", op: "+" });
      i++;
      continue;
    }
    if (c === "=") {
      tokens.push({ t: "eq" });
      i++;
      continue;
    }
    if (c === ":") {
      const prev = tokens[tokens.length - 1];
      // (A label is short: the length test spares reading a long phrase.)
      const label = prev?.t === "word" && prev.text.length <= TAIL && COLON_LABELS.test(prev.text);
      if (!label && prev) {
        tokens.push({ t: "op", op: "/" });
      } else if (prev && prev.t === "word") {
        tokens.pop();
      }
      i++;
      continue;
    }
    if (c === "-" || c === "−" || c === "–" || c === "—") {
      // A minus sign stands apart; a hyphen glued to letters belongs to the word (N-1, rata-rata),
      // and so does "se -" ("se - Kabupaten").
      const prevWord = tokens[tokens.length - 1];
      if (
        prevWord?.t === "word" &&
        (endsWithSe(words.tail(prevWord)) || hyphenatedPrefix(s, i, words.tail(prevWord)))
      ) {
        words.append(prevWord, "-");
        i++;
        continue;
      }
      const glued = isWordChar(s[i - 1]) && isWordChar(s[i + 1]);
      if (!glued) {
        tokens.push({ t: "op", op: "-" });
        i++;
        continue;
      }
    }
    if ((c === "x" || c === "X") && !isLetter(s[i - 1]) && !isLetter(s[i + 1])) {
      tokens.push({ t: "op", op: "*" });
      i++;
      continue;
    }
    const num = /\d/.test(c) ? execAt(NUMBER_AT, s, i) : null;
    const afterOperator = tokens[tokens.length - 1]?.t === "op";
    if (num && (afterOperator || !isLetter(s[i - 1])) && !isLetter(s[i + num[0].length])) {
      const raw = num[0];
      const percent = raw.includes("%");
      const digits = raw.replace(/\s*%$/, "");
      const prev = tokens[tokens.length - 1];
      const before = tokens[tokens.length - 2];
      if (prev?.t === "word") {
        // A number inside a phrase ("IKS > 0,8", "usia 15 tahun") describes the quantity.
        words.append(prev, ` ${raw}`);
      } else if (
        prev?.t === "op" &&
        prev.op === "-" &&
        before?.t === "word" &&
        /\d$/.test(words.tail(before))
      ) {
        // A range inside a phrase: "IKS 0,5 - 0,8".
        tokens.pop();
        words.append(before, ` - ${raw}`);
      } else {
        tokens.push({ t: "num", value: parseLocaleNumber(digits), percent, text: raw });
      }
      i += raw.length;
      continue;
    }
    if (c === "%") {
      i++;
      continue;
    }
    // A word: letters, digits, glued hyphens.
    let j = i;
    while (
      j < s.length &&
      (isWordChar(s[j]) ||
        ((s[j] === "-" || s[j] === "–") && isWordChar(s[j - 1]) && isWordChar(s[j + 1])))
    )
      j++;
    if (j === i) {
      i++; // a stray symbol (;, ", ≤ ...) is kept as its own word below only if meaningful
      if (/[≤≥<>]/.test(c)) tokens.push(words.create(c));
      continue;
    }
    const word = trimPunctuation(s.slice(i, j));
    const lower = word.toLowerCase();
    const operator =
      WORD_OPERATORS.get(lower) ??
      (lower === "kali" && execAt(NUMBER_AFTER_AT, s, j) ? "*" : undefined);
    if (operator) {
      tokens.push({ t: "op", op: operator });
      // "dibagi dengan", "dikalikan dengan"
      const after = execAt(DENGAN_AT, s, j);
      if (after) j += after[0].length;
    } else if (word) {
      tokens.push(words.create(word));
    }
    i = j;
  }
  return tokens;
}

const ACRONYM = /^[A-Z][A-Za-z]{1,5}$/;

/**
 * Whether the slash at `i`, after a word whose last space-free piece is `before` (undefined when
 * longer than TAIL characters: then neither "dan" nor an acronym), joins alternatives.
 */
function slashMeansOr(s: string, i: number, before: string | undefined): boolean {
  const next = execAt(NEXT_WORD_AT, s, i + 1);
  if (!next) return false;
  const after = next[2];
  if (before !== undefined && /^dan$/i.test(before) && /^atau/i.test(after)) return true;
  if (QUANTITY_START.test(after)) return false;
  if (
    before !== undefined &&
    ACRONYM.test(before) &&
    ACRONYM.test(after) &&
    /[A-Z]{2}/.test(before + after)
  )
    return true;
  // Single letters are variables (H x V / C, A/B), never alternatives; glued short words are
  // ("sd/mi"), spaced ones need three letters ("kasus / pengaduan").
  const glued = !/\s/.test(s[i - 1] ?? "") && next[1].length === 0;
  const min = glued ? 2 : 3;
  if ((before !== undefined && before.length < min) || after.length < min) return false;
  // Otherwise a slash before a word that does not open a quantity joins alternatives, whatever
  // the case of the words ("terlatih/ bersertifikat", "Berpati/Umbi-Umbian").
  return /^\p{L}/u.test(after);
}

/** "100", "0,9", "84,3", "100.000" (thousands), "1.5". */
export function parseLocaleNumber(text: string): number {
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ""));
  if (/^\d+,\d+$/.test(text)) return Number(text.replace(",", "."));
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(text))
    return Number(text.replace(/\./g, "").replace(",", "."));
  return Number(text.replace(/,/g, ""));
}
