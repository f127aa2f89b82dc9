/**
 * Understanding Rumus cells. Public API used by the validator and the catalogue:
 * - parseRumus(text, { indikator }) -> kind, numerator/denominator/parts, multiplier, divisor,
 *   shape facts that the validator's rules judge (src/core/validate/rules: a percentage without
 *   x 100, a wrong average divisor, ...), and what the parser itself can say of the text
 *   (kurung-tidak-seimbang, tidak-terbaca); a formula nested deeper than MAX_NESTING
 *   parentheses or longer than MAX_OPERATIONS operations is not parsed at all (kind "lainnya", no
 *   tree, a "tidak-terbaca" diagnostic saying why), so no walk over a tree can run out of stack;
 * - compareRumus(a, b) -> { equivalent, reasons } with Indonesian reasons;
 * - cleanRumusText(text) -> plain formula + Penjelasan note.
 */
export { parseFraction, parseRumus } from "./parse";
export type {
  RumusParse,
  RumusKind,
  Diagnostic,
  DiagnosticCode,
  ParseContext,
  ShapeFacts,
} from "./parse";
export { compareRumus } from "./compare";
export type { Comparison } from "./compare";
export { cleanRumusText } from "./cleanText";
