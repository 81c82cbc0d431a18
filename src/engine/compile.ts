import { select } from "./interval";
import { tolerance } from "./precision";
import type { Band, RuleOf } from "./rule";
import type { EvaluateOptions } from "./result";
import { impliedMax, resolveScore } from "./score";

/** A threshold crossed going up: reached at `at` (within `compare`'s tolerance), or, when
 * `beyond`, only past that tolerance. */
export type Cut = { at: number; beyond: boolean };

/**
 * A function of a number read as cuts, highest first: x crossing cuts[i] (and none before
 * it) gives values[i]; below every cut, `bottom`. The one reading of bands, tables and
 * conditions shared by the compiled fast path here and the native formulas of `formula.ts`.
 */
export type Cuts<T> = { cuts: Cut[]; values: T[]; bottom: T };

/**
 * Reads `at`, a function that can change only at the breakpoints (compared with tolerance, as
 * `select` and `contains` do), as cuts. At each breakpoint the value is the one of its tolerance
 * band; between two breakpoints it cannot change, so one sample in the middle stands for all.
 * Values are compared with Object.is, so NaN ("no single score") is a value like any other.
 */
export function cutsOf<T>(breakpoints: readonly number[], at: (x: number) => T): Cuts<T> {
  const values = [...new Set(breakpoints)].sort((a, b) => a - b);
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  const between = [
    at(first - 1 - Math.abs(first)),
    ...values.slice(1).map((v, i) => at(((values[i] as number) + v) / 2)),
    at(last + 1 + Math.abs(last)),
  ];
  // Built from the bottom up: a breakpoint adds a cut where the value at it begins (its tolerance
  // band) and one just above it, each only where the value changes.
  const cuts: Cut[] = [];
  const results: T[] = [];
  let below = between[0] as T;
  values.forEach((v, i) => {
    for (const [cut, value] of [
      [{ at: v, beyond: false }, at(v)],
      [{ at: v, beyond: true }, between[i + 1] as T],
    ] as const) {
      if (!Object.is(value, below)) {
        cuts.push(cut);
        results.push(value);
        below = value;
      }
    }
  });
  return { cuts: cuts.reverse(), values: results.reverse(), bottom: between[0] as T };
}

/** A band rule's score as cuts, using the same `select` as `evaluate`, so both always agree.
 * NaN where the rule gives no single score. */
export function bandCuts(rule: RuleOf<"band">, options: EvaluateOptions = {}): Cuts<number> {
  const max = options.max ?? impliedMax([...rule.bands.map((b) => b.score), rule.otherwise]);
  const scoreAt = (x: number): number => {
    const chosen = select(rule.bands, x)?.row.score ?? rule.otherwise;
    if (!chosen) return NaN;
    const resolved = resolveScore(chosen, max);
    return resolved.ok ? resolved.score : NaN;
  };
  return cutsOf(
    rule.bands.flatMap((b: Band) => [b.min?.value, b.max?.value]).filter((v): v is number => v !== undefined),
    scoreAt,
  );
}

/**
 * A band rule turned into a plain function of a number, for the hot paths (10,000 cells of
 * =KPI.SCORE): the bands are read once into cuts. NaN where the rule gives no single score.
 */
export function compileBand(rule: RuleOf<"band">, options: EvaluateOptions = {}): (x: number) => number {
  const { cuts, values, bottom } = bandCuts(rule, options);
  return ladder(
    cuts.map(({ at }) => at),
    cuts.map(limit),
    values,
    bottom,
  );
}

/**
 * Cuts (highest first) as closures over four cuts each: the JIT compiles one of them into the
 * same comparisons a hand-written if-chain makes, where a loop over arrays costs 3–4× more. Each
 * test is `x − at ≥ limit`, the very subtraction `compare` makes, so both agree to the last bit.
 * The caller passes finite numbers only.
 */
function ladder(at: number[], limits: number[], scores: number[], bottom: number): (x: number) => number {
  const [a0 = 0, a1 = 0, a2 = 0, a3 = 0] = at;
  const [l0 = Infinity, l1 = Infinity, l2 = Infinity, l3 = Infinity] = limits;
  const [s0 = bottom, s1 = bottom, s2 = bottom, s3 = bottom] = scores;
  if (at.length <= 4) {
    return (x) => (x - a0 >= l0 ? s0 : x - a1 >= l1 ? s1 : x - a2 >= l2 ? s2 : x - a3 >= l3 ? s3 : bottom);
  }
  const rest = ladder(at.slice(4), limits.slice(4), scores.slice(4), bottom);
  return (x) => (x - a0 >= l0 ? s0 : x - a1 >= l1 ? s1 : x - a2 >= l2 ? s2 : x - a3 >= l3 ? s3 : rest(x));
}

/** Reaching a cut is `x − at ≥ −tolerance`; going beyond it is `x − at > tolerance`, written
 * `≥ nextUp(tolerance)` so every cut is the same one comparison. */
function limit({ at, beyond }: Cut): number {
  return beyond ? nextUp(tolerance(at)) : -tolerance(at);
}

/** The next double above x. */
function nextUp(x: number): number {
  const view = new Float64Array([x]);
  const bits = new BigInt64Array(view.buffer);
  bits[0] = (bits[0] as bigint) + (x >= 0 ? 1n : -1n);
  return x === 0 ? Number.MIN_VALUE : (view[0] as number);
}
