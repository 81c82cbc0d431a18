import { coerce } from "./coerce";
import { formatNumber } from "./format";
import { asPoints, ifNumber, inside } from "./formulaText";
import { issue, step } from "./issue";
import { compare } from "./precision";
import type { Interval, RuleOf } from "./rule";
import type { RuleKindSpec } from "./ruleKind";
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

function print(rule: RuleOf<"manual">): string {
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) return `上级评定(${formatNumber(min)}-${formatNumber(max)}分)`;
  return max !== undefined ? `上级评定,最高${formatNumber(max)}分` : "上级评定";
}

export const manual: RuleKindSpec<"manual"> = {
  evaluate: evaluateManual,
  print,
  formula(rule, x, options) {
    const max = rule.max ?? options.max;
    const range: Interval = {
      min: { value: rule.min ?? 0, inclusive: true, explicit: true },
      ...(max === undefined ? {} : { max: { value: max, inclusive: true, explicit: true } }),
    };
    return ifNumber(x, asPoints(options, `IF(${inside(x, range)},${x},NA())`));
  },
  readsWords: () => false,
  statedMax: (rule) => rule.max,
  accepts: (rule, { points }) => {
    const max = rule.max ?? points;
    return { kind: "score", min: rule.min ?? 0, ...(max !== undefined ? { max } : {}) };
  },
};
