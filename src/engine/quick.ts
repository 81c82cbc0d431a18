import { coerce, inPeriod } from "./coerce";
import { scaleOf } from "./scale";
import { compileBand } from "./compile";
import type { EvaluateOptions } from "./result";
import type { Rule, RuleOf } from "./rule";

/** Compiled band rules per rule and item points: parsed rules are shared by the parse cache. */
const compiled = new WeakMap<RuleOf<"band">, Map<number | undefined, (x: number) => number>>();

function compiledBand(rule: RuleOf<"band">, max: number | undefined): (x: number) => number {
  let byMax = compiled.get(rule);
  if (!byMax) compiled.set(rule, (byMax = new Map()));
  let fast = byMax.get(max);
  if (!fast) byMax.set(max, (fast = compileBand(rule, { max })));
  return fast;
}

/**
 * A rule's score of one input without its explanation, for the hot paths (a roster's thousands of
 * rows, =KPI.SCORE down a column): a band rule reads the input as `evaluate` does (`coerce`: units,
 * percent formats, targets, minutes) and scores it through compiled cuts. Undefined where only
 * `evaluate` can say: other kinds of rule, an input it refuses, a band giving no single score.
 */
export function quickScore(rule: Rule, input: unknown, options: EvaluateOptions = {}): number | undefined {
  if (rule.kind !== "band") return undefined;
  const period = inPeriod(input, rule.period);
  if (!period.ok) return undefined;
  const value = coerce(period.input, rule.unit, options, rule.timeUnit, scaleOf(rule));
  if (!value.ok || !Number.isFinite(value.value)) return undefined;
  const score = compiledBand(rule, options.max)(value.value);
  return Number.isNaN(score) ? undefined : score;
}
