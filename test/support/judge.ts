import { ParseContext, parseRumus, RumusParse } from "../../src/core/rumus";
import { judgeFormula } from "../../src/core/validate";

/** The rule ids the validator's formula rules give for one formula (as in a table row). */
export function ruleCodes(formula: string | RumusParse, context: ParseContext = {}): string[] {
  const parsed = typeof formula === "string" ? parseRumus(formula, context) : formula;
  return judgeFormula(parsed).map((f) => f.rule);
}
