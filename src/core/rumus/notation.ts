/**
 * Ways of writing a formula's operators that are rewritten to the parser's plain notation before
 * it reads the text, as data: each phrase with what it stands for and where it was seen. Word
 * operators ("dibagi", "dikali", ...) are in tokenize.ts; this table holds what is not a single word.
 * Every pattern is linear (fixed words, no nested quantifiers).
 */
export interface NotationPhrase {
  pattern: RegExp;
  replacement: string;
  dilihat: string;
}

export const NOTATION_PHRASES: NotationPhrase[] = [
  // U+2212 MINUS SIGN, from PDF text layers: "PDRB(t−1)".
  { pattern: /\u2212/g, replacement: "-", dilihat: "corpus do-rpjmd-sidoarjo-2016" },
  {
    pattern: /,?\s*dinyatakan dalam (?:satuan )?persen(?:\s*\(%\))?/gi,
    replacement: " x 100%",
    dilihat: "corpus md-sdgs-bontang",
  },
  {
    pattern: /\bdikali(?:kan)?(?: dengan)? seratus(?: persen)?/gi,
    replacement: " x 100%",
    dilihat: "issue #11 (dikalikan seratus persen)",
  },
];

/** `text` with every notation phrase rewritten. */
export function rewriteNotation(text: string): string {
  let out = text;
  for (const { pattern, replacement } of NOTATION_PHRASES) out = out.replace(pattern, replacement);
  return out;
}
