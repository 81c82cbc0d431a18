import { coerce } from "./coerce";
import { contains } from "./interval";
import { issue, step } from "./issue";
import { wholeSteps } from "./precision";
import type { RuleOf } from "./rule";
import { failure, success, type EvaluateOptions, type Evaluation } from "./result";

/**
 * Proportional scoring: points × actual / target, capped (最高120%), with a zero threshold
 * (低于50%不得分) and extra points per unit above target (每超额1人额外+1分).
 */
export function evaluateLinear(rule: RuleOf<"linear">, input: unknown, options: EvaluateOptions): Evaluation {
  const points = rule.points ?? options.max;
  if (points === undefined) return failure(issue("rule.needsMax"));
  const target = rule.target ?? options.target;
  // Without a target the input is the ratio itself (通过数量/总数X50分); an item's target decides
  // whether the input is a percent (target 90%) or an absolute value (target 50万).
  const unit =
    rule.target !== undefined ? rule.unit : target === undefined || target <= 2 ? "percent" : "number";
  const value = coerce(input, unit, { ...options, target: undefined }, rule.timeUnit);
  if (!value.ok) return failure(value.issue);
  const steps = [...value.steps];
  if (rule.inverse && target === undefined) return failure(issue("rule.needsTarget"));
  // Lower is better (预算/实际): the target over the actual value; spending nothing earns the cap.
  const ratio =
    target === undefined
      ? value.value
      : rule.inverse
        ? value.value === 0
          ? Infinity
          : target / value.value
        : value.value / target;
  if (target !== undefined && Number.isFinite(ratio))
    steps.push(step("linear.ratio", { actual: value.value, target, ratio }));
  if (rule.zeroBelow && !contains({ min: rule.zeroBelow }, ratio)) {
    return success(0, [...steps, step("linear.zeroBelow", { ratio, threshold: rule.zeroBelow.value })]);
  }
  const cap = rule.uncapped ? Infinity : (rule.cap ?? 1);
  const paid = Math.min(ratio, cap);
  if (paid < ratio) steps.push(step("linear.capped", { cap }));
  let score = points * paid;
  steps.push(step("score.share", { max: points, share: paid, score }));
  if (rule.extra && target !== undefined && value.value > target) {
    const earned = wholeSteps(value.value - target, rule.extra.per) * rule.extra.points;
    const extra = rule.extra.max === undefined ? earned : Math.min(earned, rule.extra.max);
    score += extra;
    steps.push(step("linear.extra", { extra, per: rule.extra.per, points: rule.extra.points }));
  }
  return success(score, steps);
}
