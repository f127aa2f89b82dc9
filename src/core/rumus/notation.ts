/**
 * Rewrites a formula's multi-word notation ("dinyatakan dalam persen", "dikalikan seratus
 * persen") to the parser's plain notation before it reads the text. The phrases are data in
 * vocabulary.ts, each with what it stands for and where it was seen.
 */
import {
  COMPARISON_LEAD,
  COMPARISON_SEPARATORS,
  NOT_A_SEPARATOR_AFTER,
  NOTATION_PHRASES,
} from "./vocabulary";

/** `text` with every notation phrase rewritten. */
export function rewriteNotation(text: string): string {
  let out = rewriteComparison(text);
  for (const { pattern, replacement } of NOTATION_PHRASES) out = out.replace(pattern, replacement);
  return out;
}

/**
 * "Perbandingan X dengan Y" as "X dibagi Y": the lead words dropped, the first separator after them
 * made a division (found by index, not by a pattern over the rest, so any length reads in one
 * pass). A text that already divides is left alone.
 */
function rewriteComparison(text: string): string {
  const lead = COMPARISON_LEAD.exec(text);
  if (!lead || /\/|÷|\bdibagi\b/i.test(text)) return text;
  const rest = text.slice(lead[0].length);
  const lower = rest.toLowerCase();
  const separators = lead[1] ? [...COMPARISON_SEPARATORS, "dan"] : COMPARISON_SEPARATORS;
  let at = -1;
  let word = "";
  for (const s of separators) {
    let i = lower.indexOf(` ${s} `);
    while (i > 0 && NOT_A_SEPARATOR_AFTER.test(lower.slice(Math.max(0, i - 16), i)))
      i = lower.indexOf(` ${s} `, i + 1);
    if (i > 0 && (at < 0 || i < at)) [at, word] = [i, s];
  }
  if (at < 0) return text;
  return `${rest.slice(0, at)} dibagi ${rest.slice(at + word.length + 2)}`;
}
