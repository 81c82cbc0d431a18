import type { Rule, RuleKind } from "./rule";

/**
 * The kind a person would name a rule by, for summaries such as a layout's `rule.kind`: bands
 * written only as points off the full score (不扣分 / 扣10分 / 扣20分 / 不得分) are a deduction
 * rule, however the engine reads them; a table that starts from 满分 stays a band rule.
 */
export function kindOf(rule: Rule): RuleKind {
  if (rule.kind !== "band") return rule.kind;
  const scores = [...rule.bands.map((b) => b.score), ...(rule.otherwise ? [rule.otherwise] : [])];
  const deducts = scores.some((s) => s.type === "deduct");
  const offFull = scores.every((s) => s.type === "deduct" || (s.type === "points" && s.points === 0));
  return deducts && offFull ? "deduction" : "band";
}
