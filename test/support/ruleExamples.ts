/**
 * The examples of a rule, from `src/core/validate/rules/<id>.examples.ts`: test data kept beside
 * the rule but out of the pane's bundle (only tests import them).
 */
import type { RuleId } from "../../src/core/validate";
import type { RuleExamples } from "../../src/core/validate/rules/examples";

export function examplesOf(id: RuleId): RuleExamples {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(`../../src/core/validate/rules/${id}.examples`) as { examples: RuleExamples }).examples;
}
