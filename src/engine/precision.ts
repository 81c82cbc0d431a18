/**
 * Number hygiene shared by every rule: comparisons that ignore binary float noise and the
 * half-away-from-zero rounding Excel's ROUND uses.
 */

/** Digits kept when counting whole steps: 0.3 / 0.1 is 3 steps, not 2.9999999999999996. */
export const STEP_DIGITS = 9;

/** Removes float noise (0.1 + 0.2 → 0.3) without changing any value a person could type. */
export function clean(value: number): number {
  if (value === 0) return 0; // -0 too, as rounding gives it
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  // A value whose shortest form has at most 15 digits is clean already (the common case, and
  // much cheaper to tell than to round).
  if (String(value).length <= 15) return value;
  return Number(value.toPrecision(15));
}

/** A value rounded to 9 decimals, for counting steps. */
export function comparable(value: number): number {
  return roundHalfAway(value, STEP_DIGITS);
}

/**
 * Rounds half away from zero, as Excel's ROUND does (ROUND(-2.5,0) = -3, ROUND(2.675,2) = 2.68).
 * @example roundHalfAway(67.39999999999999, 2) //=> 67.4
 */
export function roundHalfAway(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  const scaled = clean(Math.abs(value) * factor);
  const rounded = Math.floor(scaled + 0.5) / factor;
  return clean(value < 0 ? -rounded : rounded) || 0;
}

/** A value cut to `digits` decimals, toward zero as Excel's ROUNDDOWN (取整数，小数部分舍去), from the
 * value at 9 decimals as steps are counted, so 8.7 × 10 = 86.9999 stays 87. */
export function roundDown(value: number, digits: number): number {
  const factor = 10 ** digits;
  return clean(Math.trunc(comparable(comparable(value) * factor)) / factor) || 0;
}

/** Steps in `amount` with a part of one counted whole (`up`) or rounded (`half`): 45 s beyond a
 * standard in steps of 30 s is 2 steps up, 1 step half; whole steps otherwise. */
export function partSteps(amount: number, step: number, mode: "up" | "half" | undefined): number {
  const n = comparable(amount / step);
  return mode === "up" ? Math.ceil(n) : mode === "half" ? roundHalfAway(n, 0) : Math.floor(n);
}

/** Whole steps in `amount` (每低100次 → floor(amount / 100)), immune to 0.3 / 0.1 = 2.9999. */
export function wholeSteps(amount: number, step: number): number {
  return Math.floor(comparable(amount / step));
}

/** Relative tolerance of comparisons: far below any figure a sheet holds, far above float noise. */
export const TOLERANCE = 1e-9;

/** The band around a threshold inside which a value counts as equal to it. */
export function tolerance(threshold: number): number {
  return TOLERANCE * Math.max(1, Math.abs(threshold));
}

/** x < t, x = t or x > t, where x within `tolerance(t)` of t counts as t: 0.8999999999 is 90%. */
export function compare(x: number, t: number): -1 | 0 | 1 {
  const d = x - t;
  const tol = tolerance(t);
  return d < -tol ? -1 : d > tol ? 1 : 0;
}
