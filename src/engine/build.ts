import type { Band, Bound, Level, RuleOf, TableRow, TableValue } from "./rule";

/**
 * Rules built from numbers in cells rather than from text: the thresholds and scores of
 * =KPI.BAND(G5,{0.7,0.8,0.9},{10,20,30}), the two-column tables of =KPI.GRADE(H20,$K$2:$L$5).
 */

const at = (value: number, inclusive: boolean): Bound => ({ value, inclusive, explicit: true });

/**
 * Tiers from thresholds and their scores. Higher is better: a value at or above a threshold earns
 * its score. Lower is better: a value at or below a threshold earns it. One extra score, first
 * (higher) or last (lower), is the score beyond every threshold; otherwise that score is 0.
 * @example bandFromThresholds([0.7, 0.8, 0.9], [10, 20, 30]) // <70% → 0, 70%–80% → 10, …, ≥90% → 30
 */
export function bandFromThresholds(
  thresholds: number[],
  scores: number[],
  lowerIsBetter = false,
): RuleOf<"band"> | null {
  const n = thresholds.length;
  if (n === 0 || (scores.length !== n && scores.length !== n + 1)) return null;
  const order = thresholds
    .map((t, i) => i)
    .sort((a, b) => (thresholds[a] as number) - (thresholds[b] as number));
  const t = order.map((i) => thresholds[i] as number);
  if (t.some((v, i) => i > 0 && v === t[i - 1])) return null;
  const extra = scores.length === n + 1;
  const points = (i: number) => ({ type: "points" as const, points: scores[i] as number });
  const tier = (k: number) =>
    lowerIsBetter ? points(order[k] as number) : points((order[k] as number) + (extra ? 1 : 0));
  const beyond = extra ? points(lowerIsBetter ? n : 0) : { type: "points" as const, points: 0 };
  const bands: Band[] = lowerIsBetter
    ? [
        ...t.map((v, k) => ({
          ...(k > 0 ? { min: at(t[k - 1] as number, false) } : {}),
          max: at(v, true),
          score: tier(k),
        })),
        { min: at(t[n - 1] as number, false), score: beyond },
      ]
    : [
        { max: at(t[0] as number, false), score: beyond },
        ...t.map((v, k) => ({
          min: at(v, true),
          ...(k < n - 1 ? { max: at(t[k + 1] as number, false) } : {}),
          score: tier(k),
        })),
      ];
  // Fractional thresholds within ±200% ({0.7,0.8,0.9}) are rates: inputs such as 95% or 95 read as such.
  const rates = t.every((v) => Math.abs(v) <= 2) && t.some((v) => !Number.isInteger(v));
  return { kind: "band", unit: rates ? "percent" : "number", bands };
}

/**
 * A grade, coefficient or pay table from rows of [lowest score, value]: each row holds from its
 * score up to the next row's, and a score below the first row has no value, as with VLOOKUP.
 * Values that are numbers make a coefficient table (or, for pay, the share of the base); text
 * makes grades.
 */
export function tableFromRows(
  rows: Array<[number, string | number]>,
  output: RuleOf<"table">["output"],
): RuleOf<"table"> | null {
  if (rows.length === 0) return null;
  const sorted = [...rows].sort((a, b) => a[0] - b[0]);
  const value = (v: string | number): TableValue =>
    typeof v === "string"
      ? { type: "label", label: v }
      : output === "pay"
        ? { type: "share", share: v }
        : { type: "number", value: v };
  const tableRows: TableRow[] = sorted.map(([min, v], i) => {
    const next = sorted[i + 1];
    return { min: at(min, true), ...(next ? { max: at(next[0], false) } : {}), value: value(v) };
  });
  return { kind: "table", output, rows: tableRows };
}

/** Levels from a list of names (scores spread from the points down to 0) or [name, score] rows. */
export function levelsFromRows(rows: Array<[string, number | null]>): RuleOf<"levels"> | null {
  if (rows.length < 2) return null;
  const levels: Level[] = rows.map(([key, score]) =>
    score === null ? { key } : { key, score: { type: "points", points: score } },
  );
  return { kind: "levels", unit: "number", levels };
}
