import { select } from "./interval";
import { tolerance } from "./precision";
import type { Band, RuleOf } from "./rule";
import type { EvaluateOptions } from "./result";
import { impliedMax, resolveScore } from "./score";

/**
 * A band rule turned into a plain function of a number, for the hot paths (10,000 cells of
 * =KPI.SCORE): the bands are read once into breakpoints, the score at each breakpoint and the
 * score between them, using the same `select` as `evaluate`, so both always agree. NaN where the
 * rule gives no single score.
 */
export function compileBand(rule: RuleOf<"band">, options: EvaluateOptions = {}): (x: number) => number {
  const max = options.max ?? impliedMax([...rule.bands.map((b) => b.score), rule.otherwise]);
  const scoreAt = (x: number): number => {
    const chosen = select(rule.bands, x)?.row.score ?? rule.otherwise;
    if (!chosen) return NaN;
    const resolved = resolveScore(chosen, max);
    return resolved.ok ? resolved.score : NaN;
  };
  const values = [
    ...new Set(
      rule.bands
        .flatMap((b: Band) => [b.min?.value, b.max?.value])
        .filter((v): v is number => v !== undefined),
    ),
  ].sort((a, b) => a - b);
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  // Between two breakpoints the band chosen cannot change: one sample in the middle stands for all.
  const between = [
    scoreAt(first - 1 - Math.abs(first)),
    ...values.slice(1).map((v, i) => scoreAt(((values[i] as number) + v) / 2)),
    scoreAt(last + 1 + Math.abs(last)),
  ];
  // Cuts from the top down: x ≥ cut gives that score. A breakpoint adds a cut where the score at
  // it begins (its tolerance band) and one just above it, each only where the score changes.
  const cuts: number[] = [];
  const scores: number[] = [];
  let below = between[0] as number;
  values.forEach((v, i) => {
    for (const [cut, score] of [
      [v - tolerance(v), scoreAt(v)],
      [nextUp(v + tolerance(v)), between[i + 1] as number],
    ] as const) {
      if (!Object.is(score, below)) {
        cuts.push(cut);
        scores.push(score);
        below = score;
      }
    }
  });
  return ladder(cuts.reverse(), scores.reverse(), between[0] as number);
}

/**
 * Cuts (highest first) as closures over four constants each: the JIT compiles one of them into
 * the same comparisons a hand-written if-chain makes, where a loop over arrays costs 3–4× more.
 * The caller passes finite numbers only.
 */
function ladder(cuts: number[], scores: number[], bottom: number): (x: number) => number {
  const [c0 = Infinity, c1 = Infinity, c2 = Infinity, c3 = Infinity] = cuts;
  const [s0 = bottom, s1 = bottom, s2 = bottom, s3 = bottom] = scores;
  if (cuts.length <= 4) return (x) => (x >= c0 ? s0 : x >= c1 ? s1 : x >= c2 ? s2 : x >= c3 ? s3 : bottom);
  const rest = ladder(cuts.slice(4), scores.slice(4), bottom);
  return (x) => (x >= c0 ? s0 : x >= c1 ? s1 : x >= c2 ? s2 : x >= c3 ? s3 : rest(x));
}

/** The next double above x: "x > t" becomes "x ≥ nextUp(t)", one comparison per cut. */
function nextUp(x: number): number {
  const view = new Float64Array([x]);
  const bits = new BigInt64Array(view.buffer);
  bits[0] = (bits[0] as bigint) + (x >= 0 ? 1n : -1n);
  return x === 0 ? Number.MIN_VALUE : (view[0] as number);
}
