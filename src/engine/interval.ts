import { compare } from "./precision";
import type { Bound, Interval } from "./rule";

/**
 * Which band a value falls in, with the reading real sheets rely on (DESIGN.md):
 * - a value on an explicit bound (≥90%, 以内) belongs to that band;
 * - a shared endpoint of two dash ranges (80%-90%, 90%-100%) belongs to the range it begins;
 * - nested bands (<60%, <40%; 30天以下, 45天以下): the narrower one wins, and a one-sided band holds
 *   its own bound (30 is in 30天以下);
 * - a value in the gap after a dash range (99.5% after 90%-99%) belongs to the band below it.
 */

function aboveMin(min: Bound | undefined, x: number): boolean {
  if (!min) return true;
  const c = compare(x, min.value);
  return c > 0 || (c === 0 && min.inclusive);
}

function belowMax(max: Bound | undefined, x: number): boolean {
  if (!max) return true;
  const c = compare(x, max.value);
  return c < 0 || (c === 0 && max.inclusive);
}

export function contains(interval: Interval, x: number): boolean {
  return aboveMin(interval.min, x) && belowMax(interval.max, x);
}

/** 3: on an explicit bound; 2: inside, or beginning a band; 1: ending a dash range, or ending a
 * one-sided band where another begins (3万以下 beside 3万以上). A one-sided band holds its end
 * against a wider one (30天以下 beside 45天以下: 30 is in the first). */
function priority(interval: Interval, x: number, begun: boolean): number {
  const onMin = interval.min && compare(x, interval.min.value) === 0;
  const onMax = interval.max && compare(x, interval.max.value) === 0;
  if ((onMin && interval.min?.explicit) || (onMax && interval.max?.explicit)) return 3;
  if (onMax && !onMin && (interval.min || begun)) return 1;
  return 2;
}

/** How far an interval reaches; one-sided ones compare by their bound (<40% is inside <60%). */
function narrower(a: Interval, b: Interval): number {
  const span = (i: Interval) => (i.min && i.max ? i.max.value - i.min.value : Infinity);
  if (span(a) !== Infinity || span(b) !== Infinity) return span(a) - span(b);
  if (a.max && b.max && !a.min && !b.min) return a.max.value - b.max.value;
  if (a.min && b.min && !a.max && !b.max) return b.min.value - a.min.value;
  return 0;
}

export type Selection<T> = { row: T; via: "inside" | "sharedEndpoint" | "gap" };

export function select<T extends Interval>(rows: readonly T[], x: number): Selection<T> | null {
  const candidates = rows.filter((row) => contains(row, x));
  if (candidates.length === 1) return { row: candidates[0] as T, via: "inside" };
  if (candidates.length > 1) {
    const begun = candidates.some((c) => c.min && compare(x, c.min.value) === 0);
    const rank = (r: T) => priority(r, x, begun);
    const ranked = [...candidates].sort((a, b) => rank(b) - rank(a) || narrower(a, b));
    const best = ranked[0] as T;
    const shared = ranked.some((r) => r !== best && rank(r) === 1);
    return { row: best, via: shared ? "sharedEndpoint" : "inside" };
  }
  return gap(rows, x);
}

/** A value between one band's end and the next band's start (99.5% after 90%-99%, 59.5 after
 * ≤59) belongs to the band below. Past the last band there is no gap: the rule is silent. */
function gap<T extends Interval>(rows: readonly T[], x: number): Selection<T> | null {
  const below = rows
    .filter((r) => r.max && compare(r.max.value, x) <= 0)
    .sort((a, b) => (b.max?.value ?? 0) - (a.max?.value ?? 0))[0];
  const aboveExists = rows.some((r) => r.min && compare(r.min.value, x) >= 0);
  return below && aboveExists ? { row: below, via: "gap" } : null;
}
