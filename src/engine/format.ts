import type { Unit } from "./quantity";
import type { Bound, Interval, Score } from "./rule";

/** Quantities and intervals written back as a sheet would write them (90%, 3万, 300秒). */

/** At most 12 significant digits: what a person reads, with no float noise (4.8 − 4.65 is 0.15). */
export function formatNumber(value: number): string {
  const shortest = String(value);
  // Twelve characters hold at most twelve digits: nothing to round (the common case, and cheap).
  return shortest.length <= 12 ? shortest : String(Number(value.toPrecision(12)));
}

export function formatQuantity(value: number, unit: Unit): string {
  switch (unit) {
    case "percent":
      return `${formatNumber(value * 100)}%`;
    case "money":
      return Math.abs(value) >= 10000 && value % 100 === 0
        ? `${formatNumber(value / 10000)}万`
        : `${formatNumber(value)}元`;
    case "seconds":
      // Whole hours and minutes read as a sheet writes them: 120小时, 5分钟.
      if (value !== 0 && value % 3600 === 0) return `${formatNumber(value / 3600)}小时`;
      if (value !== 0 && value % 60 === 0) return `${formatNumber(value / 60)}分钟`;
      return `${formatNumber(value)}秒`;
    case "points":
      return `${formatNumber(value)}分`;
    default:
      return formatNumber(value);
  }
}

function isEquality(interval: Interval): boolean {
  const { min, max } = interval;
  return !!min && !!max && min.inclusive && max.inclusive && min.value === max.value;
}

function side(bound: Bound, unit: Unit, sign: "≥" | "≤", strict: ">" | "<"): string {
  return `${bound.inclusive ? sign : strict}${formatQuantity(bound.value, unit)}`;
}

/** `≥90%`, `<60%`, `80%-90%` (a dash range), `80%≤x<90%`, `=1`. */
export function formatInterval(interval: Interval, unit: Unit): string {
  const { min, max } = interval;
  if (isEquality(interval)) return `=${formatQuantity((min as Bound).value, unit)}`;
  if (min && max) {
    if (!min.explicit && !max.explicit && min.inclusive && max.inclusive) {
      return `${formatQuantity(min.value, unit)}-${formatQuantity(max.value, unit)}`;
    }
    return `${formatQuantity(min.value, unit)}${min.inclusive ? "≤" : "<"}x${max.inclusive ? "≤" : "<"}${formatQuantity(max.value, unit)}`;
  }
  if (min) return side(min, unit, "≥", ">");
  if (max) return side(max, unit, "≤", "<");
  return "*";
}

/** `30分`, `满分`, `得分值的50%`, `扣1分`, `8-10分`. */
export function formatScore(score: Score): string {
  switch (score.type) {
    case "points":
      return `${formatNumber(score.points)}分`;
    case "share":
      return score.share === 1 ? "满分" : `${formatNumber(score.share * 100)}%分值`;
    case "deduct":
      return `扣${formatNumber(score.points)}分`;
    case "range":
      return `${formatNumber(score.min)}-${formatNumber(score.max)}分`;
  }
}

/** A condition in the forms the rule parser reads back: ≥90%, <60%, 80%-90%, 80%≤x<90%, 为1次. */
export function printCondition(interval: Interval, unit: Unit): string {
  const text = formatInterval(interval, unit === "money" ? "money" : unit);
  const withUnit =
    unit === "money"
      ? text.replace(/(\d)(?=$|[-≤<x])/g, "$1元").replace(/万(?!元)/g, "万元")
      : unit === "count"
        ? text.replace(/(\d)(?=$|[-≤<x])/g, "$1次")
        : text;
  if (withUnit.startsWith("=")) return `为${withUnit.slice(1)}`;
  return soft(interval) ? `${withUnit.slice(1)}${withUnit.startsWith("≥") ? "以上" : "以下"}` : withUnit;
}

/** 90%以上, 60分以下: a one-sided bound that yields a shared endpoint is written with its word. */
function soft(interval: Interval): boolean {
  const { min, max } = interval;
  return (
    (!!min && !max && min.inclusive && !min.explicit) || (!!max && !min && max.inclusive && !max.explicit)
  );
}

/** A score as a clause ends with it, in the forms the rule parser reads back: 得30分, 得满分. */
export function printOutcome(score: Score): string {
  switch (score.type) {
    case "points":
      return `得${formatNumber(score.points)}分`;
    case "share":
      return score.share === 1 ? "得满分" : `得${formatNumber(score.share * 100)}%分值`;
    case "deduct":
      return `扣${formatNumber(score.points)}分`;
    case "range":
      return `得${formatNumber(score.min)}-${formatNumber(score.max)}分`;
  }
}

/** `目标为3万元`: a target as the rule parser reads it. */
export function printTarget(target: number, unit: Unit): string {
  return `目标为${printCondition({ min: { value: target, inclusive: true, explicit: true } }, unit).slice(1)}`;
}
