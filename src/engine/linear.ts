import { cellFormat, coerce, rateBesideTarget, rateBesideTargetZones, type Scale } from "./coerce";
import { parseQuantity, type Unit } from "./quantity";
import { scaleOf } from "./scale";
import { formatNumber, printTarget } from "./format";
import { ifNumber, inside, measured, num, sum, times, wholeSteps as stepsIn } from "./formulaText";
import { contains } from "./interval";
import { issue, step, type Issue } from "./issue";
import { STEP_DIGITS, compare, roundDown, roundHalfAway, wholeSteps } from "./precision";
import type { RuleOf } from "./rule";
import { measuredInput, type FormulaOptions, type RuleKindSpec } from "./ruleKind";
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
  const value = coerce(input, unit, { ...options, target: undefined }, rule.timeUnit, ownScale(rule, target));
  if (!value.ok) return failure(value.issue);
  const typed = parseQuantity(input, cellFormat(options));
  const rate =
    typed.ok && typed.quantity.unit === "number" && besideTarget(rule, target)
      ? rateBesideTarget(typed.quantity.value, target as number, scaleOf(rule))
      : undefined;
  if (rate) return failure(rate);
  const steps = [...value.steps];
  if (rule.inverse && target === undefined) return failure(issue("rule.needsTarget"));
  const unshared = notPositive(target);
  if (unshared) return failure(unshared);
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
  const cap = capOf(rule, points);
  const capped = Math.min(ratio, cap);
  if (capped < ratio) steps.push(step("linear.capped", { cap }));
  const full = rule.fullFrom !== undefined && compare(ratio, rule.fullFrom) >= 0;
  const paid = full ? Math.max(capped, 1) : capped;
  if (full) steps.push(step("linear.fullFrom", { ratio, threshold: rule.fullFrom as number }));
  let score = points * paid;
  steps.push(step("score.share", { max: points, share: paid, score }));
  const reference = extraFrom(target, unit);
  if (rule.extra && reference !== undefined && value.value > reference) {
    const over = shareOfTarget(rule, unit) ? value.value / reference - 1 : value.value - reference;
    const earned = wholeSteps(over, rule.extra.per) * rule.extra.points;
    const extra = rule.extra.max === undefined ? earned : Math.min(earned, rule.extra.max);
    score += extra;
    steps.push(step("linear.extra", { extra, per: rule.extra.per, points: rule.extra.points }));
  }
  if (rule.round) {
    const { digits, mode } = rule.round;
    score = mode === "half" ? roundHalfAway(score, digits) : roundDown(score, digits);
    steps.push(step("linear.rounded", { score, digits, mode }));
  }
  return success(score, steps);
}

/** The rule's own scale reads the input where it is the ratio itself or measured against the rule's
 * own target, not an item's target. */
const ownScale = (rule: RuleOf<"linear">, target: number | undefined) =>
  target === undefined || rule.target !== undefined ? scaleOf(rule) : undefined;

/** A rate of the rule's own (完成率×10分) measured against an item's target of amounts: a plain
 * number there may be the rate itself (0.9 beside 200). */
const besideTarget = (rule: RuleOf<"linear">, target: number | undefined): boolean =>
  rule.target === undefined && target !== undefined && !rule.inverse;

/** A target of 0 or below has no share: 50 of a target of 0 is no completion rate, and 0 of it none
 * at all (the score would be full points or not a number). */
function notPositive(target: number | undefined): Issue | undefined {
  return target !== undefined && target <= 0 ? issue("rule.targetNotPositive", { target }) : undefined;
}

/** Where extra points start: the target, or 100% where the input is the completion rate itself
 * (完成目标值得满分，未完成按比例，超额部分每超5%加1分). */
const extraFrom = (target: number | undefined, unit: Unit): number | undefined =>
  target ?? (unit === "percent" ? 1 : undefined);

/** The highest ratio paid: stated (最高120%), the ceiling in points over the points (最高12分 of
 * 10), else 100% unless uncapped. */
function capOf(rule: RuleOf<"linear">, points: number): number {
  if (rule.uncapped) return Infinity;
  return rule.cap ?? (rule.ceiling !== undefined && points > 0 ? rule.ceiling / points : 1);
}

/** 每超出目标10%加1分 against an absolute target (1,000 new users): a step in percent is a share
 * of the target, as for steps from a target. */
const shareOfTarget = (rule: RuleOf<"linear">, unit: Unit): boolean =>
  rule.unit === "percent" && unit === "number" && !rule.inverse;

function print(rule: RuleOf<"linear">): string {
  const parts: string[] = [];
  if (rule.target !== undefined) parts.push(printTarget(rule.target, rule.unit));
  const ratio = rule.inverse ? "目标/实际" : "实际/目标";
  parts.push(
    rule.points !== undefined
      ? `${ratio}×${formatNumber(rule.points)}分`
      : rule.inverse
        ? `${ratio}×分值`
        : "未达标按比例扣分",
  );
  if (rule.fullFrom !== undefined) parts.push(`达到${formatNumber(rule.fullFrom * 100)}%得满分`);
  if (rule.cap !== undefined) parts.push(`最高${formatNumber(rule.cap * 100)}%`);
  if (rule.ceiling !== undefined) parts.push(`最高${formatNumber(rule.ceiling)}分`);
  if (rule.uncapped) parts.push("不封顶");
  if (rule.zeroBelow)
    parts.push(
      `${rule.zeroBelow.inclusive ? "不足" : "不超过"}${formatNumber(rule.zeroBelow.value * 100)}%不得分`,
    );
  if (rule.extra)
    parts.push(`每超额${formatNumber(rule.extra.per)}额外加${formatNumber(rule.extra.points)}分`);
  if (rule.extra?.max !== undefined) parts.push(`最多加${formatNumber(rule.extra.max)}分`);
  if (rule.round)
    parts.push(
      rule.round.digits === 0
        ? rule.round.mode === "half"
          ? "四舍五入取整"
          : "取整数（小数部分舍去）"
        : `${rule.round.mode === "half" ? "四舍五入" : "舍去"}保留${rule.round.digits}位小数`,
    );
  return parts.join("；");
}

function formula(rule: RuleOf<"linear">, x: string, options: FormulaOptions): string | Issue {
  const points = rule.points ?? options.max;
  if (points === undefined) return issue("rule.needsMax");
  const target = rule.target ?? options.target;
  // As evaluateLinear reads the input: a percent unless the item's target is an absolute value.
  const unit =
    rule.target !== undefined ? rule.unit : target === undefined || target <= 2 ? "percent" : "number";
  const read = measured(x, unit, cellFormat(options), rule.timeUnit, ownScale(rule, target));
  // As evaluateLinear asks about a rate typed beside the item's target.
  const rates = besideTarget(rule, target)
    ? rateBesideTargetZones(target as number, scaleOf(rule) as Scale).map((z) => inside(x, z))
    : [];
  const v = rates.length === 0 ? read : `IF(OR(${rates.join(",")}),NA(),${read})`;
  if (rule.inverse && target === undefined) return issue("rule.needsTarget");
  const unshared = notPositive(target);
  if (unshared) return unshared;
  // As evaluateLinear: lower is better, the target over the actual value (nothing spent earns the cap).
  const ratio =
    target === undefined
      ? v
      : rule.inverse
        ? `IF(${v}=0,${num(rule.uncapped ? 1e9 : capOf(rule, points))},${num(target)}/${v})`
        : `${v}/${num(target)}`;
  const capped = rule.uncapped ? `(${ratio})` : `MIN(${ratio},${num(capOf(rule, points))})`;
  // As evaluateLinear: from the stated rate up, the full points at least.
  const share =
    rule.fullFrom === undefined
      ? capped
      : `IF(${inside(ratio, { min: { value: rule.fullFrom, inclusive: true, explicit: true } })},MAX(${capped},1),${capped})`;
  // points × (actual ÷ target), in that order, as evaluateLinear multiplies.
  let paid = `${num(points)}*${share}`;
  const reference = extraFrom(target, unit);
  if (rule.extra && reference !== undefined) {
    const over = shareOfTarget(rule, unit) ? `(${v}/${num(reference)}-1)` : `(${v}-${num(reference)})`;
    const extra = times(rule.extra.points, stepsIn(over, rule.extra.per));
    paid = sum([paid, rule.extra.max === undefined ? extra : `MIN(${extra},${num(rule.extra.max)})`]);
  }
  // As evaluateLinear: the score rounded as the text says (ROUND is half away from zero, as Excel's).
  if (rule.round)
    paid =
      rule.round.mode === "half"
        ? `ROUND(${paid},${rule.round.digits})`
        : `ROUNDDOWN(ROUND(${paid},${STEP_DIGITS}),${rule.round.digits})`;
  return ifNumber(x, rule.zeroBelow ? `IF(${inside(ratio, { min: rule.zeroBelow })},${paid},0)` : paid);
}

export const linear: RuleKindSpec<"linear"> = {
  evaluate: evaluateLinear,
  print,
  formula,
  readsWords: () => false,
  statedMax: (rule) => rule.points,
  accepts: (rule, { percentCell }) => measuredInput(rule.unit, percentCell),
};
