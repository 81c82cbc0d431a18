import { PERCENT_POINTS_FROM } from "./coerce";
import { excerpt, issue, type Issue } from "./issue";
import { compare, roundHalfAway } from "./precision";
import { kindSpec } from "./kinds";
import type { Rule } from "./rule";

/**
 * Sure or ask, in context: a reading that was sure of its text may still not fit the item it
 * scores. Points a rule gives beyond the item's own points (a band of 30 in an item worth 20) mean
 * the text and the sheet disagree, and the item is not scored until someone confirms.
 */
export interface Context {
  /** The item's points (分值 / 权重). */
  max?: number;
  /** The item's target (目标值), where the sheet gives one. */
  target?: number;
}

export function contextDoubt(rule: Rule, context: Context, text: string): Issue | undefined {
  const quoted = excerpt(text);
  const top = kindSpec(rule).statedMax(rule);
  if (context.max !== undefined && top !== undefined && compare(top, context.max) > 0)
    return issue("doubt.overMax", { text: quoted, points: top, max: context.max });
  // 每迟到1次扣2分，扣完为止，满分20分 on an item worth 30: the text's full points and the sheet's differ.
  if (
    rule.kind === "deduction" &&
    rule.basePoints !== undefined &&
    rule.clauses.every((c) => c.points < 0) &&
    context.max !== undefined &&
    compare(rule.basePoints, context.max) !== 0
  )
    return issue("doubt.statedFull", { text: quoted, points: rule.basePoints, max: context.max });
  // 好评率达到98%得满分 on an item whose target is 95%: two standards, and the sheet does not say which.
  const stated = "target" in rule ? rule.target : undefined;
  // Two rates that disagree (98% in the text, 95% on the sheet). A count or amount the text states
  // is its own standard, whatever a 目标值 column beside it holds.
  const rates =
    "unit" in rule && rule.unit === "percent" && (context.target ?? Infinity) <= PERCENT_POINTS_FROM;
  if (stated !== undefined && context.target !== undefined && rates && compare(stated, context.target) !== 0)
    return issue("doubt.target", { text: quoted, stated, target: context.target });
  // 完成率≥100%得满分 on an item whose target is itself a rate outside the rule's bounds (毛利率目标
  // 30%): is a percent typed in the actual the completion rate, or the rate to divide by the target?
  // A target of 100% leaves no question: the rate divided by it is the rate itself.
  if (
    stated === undefined &&
    rates &&
    context.target !== undefined &&
    context.target > 0 &&
    context.target !== 1 &&
    outside(context.target, rateBounds(rule))
  )
    return issue("doubt.rateTarget", {
      text: quoted,
      target: `${roundHalfAway(context.target * 100, 4)}%`,
    });
  // 有重大贡献的,额外加5-10分 on an item worth 10: is the award the item's score, or added on top
  // of its points? The text names no base, and the two readings differ.
  if (rule.kind === "bonus" && rule.award !== undefined && context.max !== undefined)
    return issue("doubt.base", { text: quoted, max: context.max });
  // 每出现1次违规扣5分 with no points for the item: the text names no base (基础分, 满分, 扣完为止,
  // a cap) and no fault before its count, so whether it counts down from the item's points or is
  // an adjustment to the total is not said.
  if (context.max === undefined && unbasedCounts(rule)) return issue("doubt.counted", { text: quoted });
  // 退货率较上月每下降1%加1分，每上升1%扣1分 on an item worth 10: does the change from last month move
  // the item's 10 points, or adjust the total from 0? The text names no base, and the two differ.
  if (context.max !== undefined && unbasedChange(rule))
    return issue("doubt.changeBase", { text: quoted, max: context.max });
  return undefined;
}

/** Steps counted from a change over time (the parser reads 较上月 as a target of 0: the input is
 * the change itself), with no base, full score or floor of their own. */
function unbasedChange(rule: Rule): boolean {
  return (
    (rule.kind === "deduction" || rule.kind === "bonus") &&
    rule.target === 0 &&
    rule.clauses.some((c) => c.measure !== "count") &&
    !rule.fromFull &&
    rule.basePoints === undefined &&
    rule.floor === undefined
  );
}

/** The values a band or pass rule compares its input with. */
/** Whether a value lies below or above every bound (none: it does not). */
function outside(value: number, bounds: readonly number[]): boolean {
  return (
    bounds.length > 0 && (compare(value, Math.min(...bounds)) < 0 || compare(value, Math.max(...bounds)) > 0)
  );
}

function rateBounds(rule: Rule): number[] {
  const intervals = rule.kind === "band" ? rule.bands : rule.kind === "pass" && rule.when ? [rule.when] : [];
  return intervals.flatMap((i) => [i.min?.value, i.max?.value].filter((v): v is number => v !== undefined));
}

function unbasedCounts(rule: Rule): boolean {
  return (
    rule.kind === "deduction" &&
    !rule.judged &&
    rule.clauses.every((c) => c.measure === "count" && c.label === undefined) &&
    !rule.fromFull &&
    rule.floor === undefined &&
    rule.floorShare === undefined &&
    rule.maxDeduction === undefined &&
    rule.basePoints === undefined &&
    rule.zeroWhen === undefined
  );
}

/** A parsed rule's doubt: from its text, else from the item it scores. */
export function doubtOf(
  parsed: { rule: Rule; doubt?: Issue },
  context: Context,
  text: string,
): Issue | undefined {
  return parsed.doubt ?? contextDoubt(parsed.rule, context, text);
}
