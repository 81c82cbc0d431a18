import { coerce } from "./coerce";
import { issue, step } from "./issue";
import { compare } from "./precision";
import type { RuleOf } from "./rule";
import { failure, success, type EvaluateOptions, type Evaluation } from "./result";

/** Judgement items (酌情给分, 上级评定): the input is the score, within the item's points. */
export function evaluateManual(rule: RuleOf<"manual">, input: unknown, options: EvaluateOptions): Evaluation {
  const value = coerce(input, "points", options);
  if (!value.ok) return failure(value.issue);
  const min = rule.min ?? 0;
  const max = rule.max ?? options.max;
  if (compare(value.value, min) < 0 || (max !== undefined && compare(value.value, max) > 0)) {
    return failure(issue("manual.outOfRange", { input: value.value, min, max: max ?? "" }));
  }
  return success(value.value, [step("manual.score", { score: value.value })]);
}
