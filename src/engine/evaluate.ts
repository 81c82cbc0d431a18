import { kindSpec } from "./kinds";
import type { Rule } from "./rule";
import { type EvaluateOptions, type Evaluation } from "./result";

/**
 * Scores one raw cell input with a rule, by its kind's module (`kinds.ts`). Never throws: bad input
 * is an issue in the result. Scores are exact; rounding is left to what HR see (`roundHalfAway`).
 */
export function evaluate(rule: Rule, input: unknown, options: EvaluateOptions = {}): Evaluation {
  return kindSpec(rule).evaluate(rule, input, options);
}
