/**
 * Understanding Rumus cells. Public API used by the validator and the catalogue:
 * - parseRumus(text, { indikator }) -> kind, numerator/denominator/parts, multiplier, divisor,
 *   diagnostics (persen-tanpa-penyebut, persen-tanpa-100, kali-100-di-penyebut,
 *   pembagi-rata-rata, kali-100-ganda, pembilang-sama-penyebut, kurung-tidak-seimbang,
 *   basis-pertumbuhan-salah, tidak-terbaca); a formula nested deeper than MAX_NESTING
 *   parentheses or longer than MAX_OPERATIONS operations is not parsed at all (kind "lainnya", no
 *   tree, a "tidak-terbaca" diagnostic saying why), so no walk over a tree can run out of stack;
 * - compareRumus(a, b) -> { equivalent, reasons } with Indonesian reasons;
 * - cleanRumusText(text) -> plain formula + Penjelasan note.
 */
export { parseRumus } from "./parse";
export type { RumusParse, RumusKind, Diagnostic, DiagnosticCode, ParseContext } from "./parse";
export { compareRumus } from "./compare";
export type { Comparison } from "./compare";
export { cleanRumusText } from "./cleanText";
