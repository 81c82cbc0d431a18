/**
 * Number hygiene shared by every rule: comparisons that ignore binary float noise and the
 * half-away-from-zero rounding Excel's ROUND uses.
 */

/** Digits kept before comparing: 0.8999999999999999 and 0.9 compare equal, 0.8999 does not. */
const COMPARE_DIGITS = 9;

/** Removes float noise (0.1 + 0.2 → 0.3) without changing any value a person could type. */
export function clean(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Number(value.toPrecision(15));
}

/** The value as compared against rule thresholds: cleaned, then rounded to 9 decimals. */
export function comparable(value: number): number {
  return roundHalfAway(value, COMPARE_DIGITS);
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

/** Whole steps in `amount` (每低100次 → floor(amount / 100)), immune to 0.3 / 0.1 = 2.9999. */
export function wholeSteps(amount: number, step: number): number {
  return Math.floor(comparable(amount / step));
}

/** a < b, a = b or a > b after rounding both to the comparison precision. */
export function compare(a: number, b: number): -1 | 0 | 1 {
  const x = comparable(a);
  const y = comparable(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
