import { issue, step, type Issue, type Step } from "./issue";
import { parseQuantity, type Unit } from "./quantity";
import { roundHalfAway } from "./precision";
import type { EvaluateOptions } from "./result";

export type Coerced = { ok: true; value: number; steps: Step[] } | { ok: false; issue: Issue };

/** Units an input may carry for a rule measured in `unit`; a plain number fits every rule. */
const COMPATIBLE: Record<Unit, readonly Unit[]> = {
  percent: ["percent", "number"],
  money: ["money", "number"],
  seconds: ["seconds", "number", "points"],
  count: ["count", "number"],
  points: ["points", "number"],
  number: ["number", "count", "money", "points", "seconds"],
};

/** Above this a plain number typed for a percent rule means percent points (95 → 95%). */
export const PERCENT_POINTS_FROM = 2;

/** A plain number as a rule in `unit` reads it: percent points above 2 in a percent rule. */
function plainNumber(value: number, unit: Unit): number {
  return unit === "percent" && Math.abs(value) > PERCENT_POINTS_FROM ? value / 100 : value;
}

/** Targets that may be percent points (30 for 30%): above 2, up to 100. */
export const RATE_TARGET_UP_TO = 100;

/**
 * A target written in percent points (30, for 30%) beside an actual written as a fraction (0.32):
 * divided as typed the completion is 1%, read as two rates it is 107%. Beside an actual written as
 * a percent (32%), the percent may be the completion itself or the rate to divide by 30%. Asked,
 * not guessed, for any percent and any fraction of 1 (a rate as likely as not); a whole number
 * only where the rates' reading is a completion rate at all (within 200%: at most a fiftieth of
 * the target), so 1 order of a target of 5 is divided as typed; nothing beside a target above
 * 100 (95% beside a target of 50,000 is the completion).
 */
function rateScaleDoubt(value: number, given: Unit, target: number): Issue | undefined {
  if (given !== "number" && given !== "percent") return undefined;
  if (target <= PERCENT_POINTS_FROM || target > RATE_TARGET_UP_TO) return undefined;
  if (value <= 0 || (given === "number" && value >= 1 && value * 50 > target)) return undefined;
  const percent = (n: number) => `${roundHalfAway(n * 100, 2)}%`;
  const readings = { target, share: percent(value), asRates: percent((value * 100) / target) };
  return given === "percent"
    ? issue("quantity.rateTarget", { ...readings, asTyped: percent(value) })
    : issue("quantity.rateScale", { ...readings, actual: value, asTyped: percent(value / target) });
}

/**
 * Reads a raw cell input as the quantity a rule compares: in the rule's unit, as a completion
 * ratio when the rule is in percent and the input is an absolute value with a known target.
 */
export function coerce(input: unknown, unit: Unit, options: EvaluateOptions, timeUnit?: number): Coerced {
  const parsed = parseQuantity(input, { percentFormat: options.percentFormat });
  if (!parsed.ok) return parsed;
  const { value, unit: given } = parsed.quantity;
  if (unit === "percent" && options.target !== undefined && options.target !== 0) {
    const doubt = rateScaleDoubt(value, given, options.target);
    if (doubt) return { ok: false, issue: doubt };
  }
  if (unit === "percent" && given !== "percent" && options.target !== undefined && options.target !== 0) {
    if (options.target > PERCENT_POINTS_FROM || given !== "number") {
      const ratio = value / options.target;
      return {
        ok: true,
        value: ratio,
        steps: [step("input.ratio", { actual: value, target: options.target, ratio })],
      };
    }
  }
  if (!COMPATIBLE[unit].includes(given)) {
    return {
      ok: false,
      issue: issue("quantity.unitMismatch", { input: String(input), expected: unit, given }),
    };
  }
  if (given === "number" && plainNumber(value, unit) !== value) {
    return {
      ok: true,
      value: plainNumber(value, unit),
      steps: [step("input.percentPoints", { input: value })],
    };
  }
  if (unit === "seconds" && given === "number" && timeUnit !== undefined && timeUnit !== 1) {
    return {
      ok: true,
      value: value * timeUnit,
      steps: [step("input.timeUnit", { input: value, seconds: timeUnit })],
    };
  }
  if (unit === "seconds" && given === "points") {
    // 5分 in a time rule is five minutes, not five points.
    return { ok: true, value: value * 60, steps: [step("input.minutes", { input: value })] };
  }
  return { ok: true, value, steps: [] };
}
