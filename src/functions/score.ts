import { plainNumber } from "../engine/coerce";
import { compileBand } from "../engine/compile";
import { evaluate } from "../engine/evaluate";
import { parseRule } from "../engine/parseRule";
import { clean } from "../engine/precision";
import type { Rule } from "../engine/rule";
import { isBlank, number } from "./args";
import { fromIssue, toOutcome } from "./evaluation";
import { isError, type CellValue, type Outcome } from "./outcome";

/** Compiled band rules per parsed rule and item points; parsed rules are shared by the cache. */
const compiled = new WeakMap<Rule, Map<number | undefined, (x: number) => number>>();

function fastBand(rule: Rule, max: number | undefined): ((x: number) => number) | undefined {
  if (rule.kind !== "band") return undefined;
  let byMax = compiled.get(rule);
  if (!byMax) compiled.set(rule, (byMax = new Map()));
  let fast = byMax.get(max);
  if (!fast) byMax.set(max, (fast = compileBand(rule, { max })));
  return fast;
}

/** KPI.SCORE: a value scored by a rule written in words, usually the sheet's own 评分标准 cell. */
export function score(value: CellValue, ruleText: CellValue, points: CellValue, target: CellValue): Outcome {
  const parsed = parseRule(typeof ruleText === "string" ? ruleText : String(ruleText ?? ""));
  if (!parsed.ok) return fromIssue(parsed.issue);
  const max = isBlank(points) ? undefined : number(points, "分值");
  if (isError(max)) return max;
  const goal = isBlank(target) ? undefined : number(target, "目标值");
  if (isError(goal)) return goal;
  // Numbers in band rules, the common case over thousands of rows, take the compiled path; a
  // target turns a percent rule's input into a ratio, which evaluate handles.
  const fast = typeof value === "number" && goal === undefined ? fastBand(parsed.rule, max) : undefined;
  if (fast && typeof value === "number" && parsed.rule.kind === "band") {
    const result = fast(plainNumber(value, parsed.rule.unit));
    if (!Number.isNaN(result)) return clean(result);
  }
  return toOutcome(evaluate(parsed.rule, value, { max, target: goal }));
}
