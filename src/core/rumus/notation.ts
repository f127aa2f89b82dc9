/**
 * Rewrites a formula's multi-word notation ("dinyatakan dalam persen", "dikalikan seratus
 * persen") to the parser's plain notation before it reads the text. The phrases are data in
 * vocabulary.ts, each with what it stands for and where it was seen.
 */
import { NOTATION_PHRASES } from "./vocabulary";

/** `text` with every notation phrase rewritten. */
export function rewriteNotation(text: string): string {
  let out = text;
  for (const { pattern, replacement } of NOTATION_PHRASES) out = out.replace(pattern, replacement);
  return out;
}
