import type { Scale } from "./coerce";
import type { Interval, Rule } from "./rule";

const ends = (i: Interval | undefined): (number | undefined)[] => [i?.min?.value, i?.max?.value];

/**
 * The scale a rule's own numbers set for its input (`coerce` asks about a plain number whose other
 * reading lies within it): the bounds of its bands or standard, the target its steps count from,
 * the ratios a proportion names. None where the rule names no positive value.
 */
export function scaleOf(rule: Rule): Scale | undefined {
  if (known.has(rule)) return known.get(rule);
  const values = valuesOf(rule).filter((v): v is number => v !== undefined && Number.isFinite(v) && v > 0);
  const scale =
    values.length === 0
      ? undefined
      : {
          lo: Math.min(...values),
          hi: Math.max(...values),
          ...(inRates(rule) ? { rates: true as const } : {}),
        };
  known.set(rule, scale);
  return scale;
}

/** Parsed rules are shared (parseRule's cache): a roster's rows read each rule's scale once. */
const known = new WeakMap<Rule, Scale | undefined>();

function valuesOf(rule: Rule): (number | undefined)[] {
  switch (rule.kind) {
    case "band":
      return rule.bands.flatMap(ends);
    case "pass":
      return ends(rule.when);
    case "deduction":
    case "bonus":
      return rule.clauses.some((c) => c.measure !== "count") ? [rule.target, ...ends(rule.zeroWhen)] : [];
    case "linear":
      // The input is the ratio itself unless the rule names what it is divided by.
      return rule.target !== undefined ? [rule.target] : [1, rule.cap, rule.zeroBelow?.value, rule.fullFrom];
    default:
      return [];
  }
}

/** 目标50万，完成率每低1%扣0.5分: amounts counted in percent steps of them. */
function inRates(rule: Rule): boolean {
  return (
    (rule.kind === "deduction" || rule.kind === "bonus") &&
    rule.unit !== "percent" &&
    rule.clauses.some((c) => c.measure !== "count" && c.perUnit === "percent")
  );
}
