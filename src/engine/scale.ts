import type { Scale } from "./coerce";
import type { Band, Interval, Rule } from "./rule";

const ends = (i: Interval | undefined): (number | undefined)[] => [i?.min?.value, i?.max?.value];

/**
 * The scale a rule's own numbers set for its input (`coerce` asks about a plain number whose other
 * reading lies within it): the bounds of its bands or standard, the target its steps count from,
 * the ratios a proportion names. None where the rule names no positive value.
 */
export function scaleOf(rule: Rule): Scale | undefined {
  if (known.has(rule)) return known.get(rule);
  const values = valuesOf(rule).filter((v): v is number => v !== undefined && Number.isFinite(v) && v > 0);
  const best = values.length > 0 && negativeBest(rule);
  const scale =
    values.length === 0
      ? undefined
      : {
          lo: Math.min(...values),
          hi: Math.max(...values),
          ...(inRates(rule) ? { rates: true as const } : {}),
          ...(best ? { negativeBest: true as const } : {}),
          ...(best || deductedAbove(rule) ? { lowerBetter: true as const } : {}),
          // a change where higher is better: lower is better reads its zero as the best
          ...(!best && fromZero(rule) ? { change: true as const } : {}),
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

/** What a band's score is worth against the others': the full points above any points, a share
 * other than all or nothing not comparable. */
function worth(band: Band): number | undefined {
  const s = band.score;
  if (s.type === "points") return s.points;
  if (s.type === "deduct") return -s.points;
  if (s.type === "share" && (s.share === 0 || s.share === 1)) return s.share === 1 ? Infinity : 0;
  return undefined;
}

/** 偏差≤2%得10分，2%-5%得5分 (or ±2%以内): bands that name no negative value, where one reaching
 * down past zero scores above another. Lower is better there, and a negative actual (-3%) is a
 * signed deviation or a slip the text does not foresee: asked about, never given the best band. */
function negativeBest(rule: Rule): boolean {
  if (rule.kind !== "band" || (rule.unit !== "percent" && rule.unit !== "number")) return false;
  if (rule.bands.some((b) => ends(b).some((v) => v !== undefined && v < 0))) return false;
  const worths = rule.bands.map(worth);
  if (worths.some((w) => w === undefined)) return false;
  const lowest = Math.min(...(worths as number[]));
  // A negative value falls in the narrowest band reaching down (负增长不得分 beside 5%以下得4分).
  const reach = (b: Band) => b.max?.value ?? Infinity;
  const below = rule.bands
    .map((b, i) => ({ b, worth: worths[i] as number }))
    .filter(({ b }) => b.min === undefined)
    .sort((x, y) => reach(x.b) - reach(y.b))[0];
  return below !== undefined && below.worth > lowest;
}

/** 同比增长≥10%得40分，增长0-10%得20分，负增长不得分: bands of a rate with a bound at zero: a
 * change, not a completion. */
function fromZero(rule: Rule): boolean {
  return (
    rule.kind === "band" &&
    rule.unit === "percent" &&
    rule.bands.some((b) => ends(b).some((v) => v !== undefined && v <= 0))
  );
}

/** 客诉率控制在5%以内，每超1%扣2分: a rate whose steps only take points above its standard. */
function deductedAbove(rule: Rule): boolean {
  return (
    rule.kind === "deduction" &&
    rule.unit === "percent" &&
    rule.clauses.length > 0 &&
    rule.clauses.every((c) => c.measure === "above")
  );
}

/** 目标50万，完成率每低1%扣0.5分: amounts counted in percent steps of them. */
function inRates(rule: Rule): boolean {
  return (
    (rule.kind === "deduction" || rule.kind === "bonus") &&
    rule.unit !== "percent" &&
    rule.clauses.some((c) => c.measure !== "count" && c.perUnit === "percent")
  );
}
