import { contains } from "./interval";
import { issue, step, type Issue, type Step } from "./issue";
import { parseQuantity, type QuantityOptions, type Unit } from "./quantity";
import { roundHalfAway } from "./precision";
import type { EvaluateOptions } from "./result";
import type { Interval } from "./rule";

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

/** The period a count is written in, one word for each (日 is 天, 个月 is 月); undefined for a
 * counter that is no period (次, 个, 单). */
export function periodOf(word: string): string | undefined {
  const period = word
    .replace(/^个/, "")
    .replace(/^日$/, "天")
    .replace(/^工作日$/, "天");
  return /^(天|周|月|年)$/.test(period) ? period : undefined;
}

/** Periods that convert exactly, in their smallest: a week is 7 days, a year 12 months; a month is
 * no whole number of days or weeks, and a working day no fixed part of a week. */
const EXACT: Readonly<Record<string, readonly [string, number]>> = {
  天: ["天", 1],
  日: ["天", 1],
  周: ["天", 7],
  月: ["月", 1],
  个月: ["月", 1],
  年: ["月", 12],
};

/**
 * A count typed in another period than the rule's: 10天 beside a rule counting weeks (≤2周) is
 * 10/7 weeks, 1周 beside one counting days 7 days; 90天 beside ≤3个月 is asked about (a month has
 * no fixed number of days). Any other input comes back as typed.
 */
export function inPeriod(
  input: unknown,
  period: string | undefined,
): { ok: true; input: unknown } | { ok: false; issue: Issue } {
  if (period === undefined || typeof input !== "string") return { ok: true, input };
  const typed = /\d\s*(个月|个工作日|工作日|[天日周月年])\s*$/.exec(input.trim())?.[1];
  const own = typed === undefined ? undefined : periodOf(typed);
  if (typed === undefined || own === undefined || own === period) return { ok: true, input };
  const from = EXACT[typed];
  const to = EXACT[period];
  const parsed = parseQuantity(input);
  if (!from || !to || from[0] !== to[0] || !parsed.ok)
    return { ok: false, issue: issue("quantity.period", { input, period }) };
  return { ok: true, input: String((parsed.quantity.value * from[1]) / to[1]) };
}

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
 * An actual below a thousandth of its target or above a thousand times it is no completion: the
 * two are in different units (95 typed in 万 beside a target of 1,000,000 元, or 12,000元 beside
 * 1.2 in 万), asked about rather than scored as 0.01% or 1,000,000%.
 */
export const RATIO_APART = 1000;

export function ratioApartDoubt(value: number, target: number): Issue | undefined {
  if (target <= 0 || value <= 0) return undefined;
  if (value >= target / RATIO_APART && value <= target * RATIO_APART) return undefined;
  return issue("quantity.ratioApart", {
    actual: value,
    target,
    ratio: `${roundHalfAway((value / target) * 100, 4)}%`,
  });
}

/** The lowest and highest positive values a rule names (its bounds, its target): the scale its
 * input is read against. `rates`: the rule counts its amounts in percent steps of them (目标50万，
 * 完成率每低1%), so a completion rate is a reading of its input too. */
export type Scale = {
  lo: number;
  hi: number;
  rates?: true;
  negativeBest?: true;
  lowerBetter?: true;
  /** Bands of a change from zero (增长0-10%, 负增长): no change reaches a hundred percent points. */
  change?: true;
};

/** How far beyond a rule's scale a reading is out of the question: below a tenth of its lowest
 * value, above five times its highest. */
export const SCALE_BELOW = 10;
export const SCALE_ABOVE = 5;

/** Where lower is better, a fraction twice the rule's highest rate is far into its worst band. */
const LOWER_BETTER_ABOVE = 2;

/** Amounts written in 万 (100万) beside a plain number typed in 万 (90). */
export const TEN_THOUSAND = 10_000;

/**
 * The plain numbers whose other reading lies within the rule's own scale, asked about rather than
 * read by a fixed cut: 1.5 beside 流失率≤5% (150% or 1.5%?), 3.2 beside 投入产出比≥300% (3.2% or
 * 320%?), and 90 beside 销售额≥100万 (90元, or 90万 typed in a 万 column?). As intervals of the
 * number typed, so the formula asks about the same numbers (`formulaText.measured`).
 */
export function scaleZones(unit: Unit, scale: Scale): Interval[] {
  return [
    ...ownZones(unit, scale),
    ...fractionZones(unit, scale),
    ...rateZones(unit, scale),
    ...beyondRates(unit, scale, true),
    ...hundredZones(unit, scale),
  ];
}

/**
 * 85 beside 完成率≥0.9得10分，0.8-0.9得6分, 120 beside 人效≥1.2 (rates written as fractions, every
 * value up to 2, where percent points begin): a
 * number far above the rule's scale (five times its highest, and above 2) that a hundred times
 * smaller lies within it, as percent points typed beside fractions read.
 */
function hundredZones(unit: Unit, { lo, hi }: Scale): Interval[] {
  if (unit !== "number" || hi > PERCENT_POINTS_FROM) return [];
  const from = Math.max(PERCENT_POINTS_FROM, hi * SCALE_ABOVE, (lo / SCALE_BELOW) * 100);
  return zone(from, hi * SCALE_ABOVE * 100, false, true);
}

/** No rate is read above ten times over (1000%), nor above five times the rule's highest. */
const RATES_UP_TO = 10;

/**
 * 95000 or 1.2万 beside 完成率≥100%: read as percent points it is a completion of 95000%, which no
 * rate reaches; an amount or a count typed where the rule wants the rate. Asked, not scored as
 * full marks. `plain`: the number typed without its % (percent points); else the fraction itself.
 */
export function beyondRates(unit: Unit, { hi, change }: Scale, plain: boolean): Interval[] {
  if (unit !== "percent") return [];
  // 105 beside 同比增长≥10%: the amount this month, not 105% growth, as likely (asked past 100%).
  const from = Math.max(hi * SCALE_ABOVE, change && plain ? 1 : RATES_UP_TO) * (plain ? HUNDRED : 1);
  return [{ min: { value: from, inclusive: false, explicit: true } }];
}

const beyond = (value: number, asRead: number): Issue =>
  issue("quantity.beyondRates", { input: value, asRead: `${roundHalfAway(asRead * 100, 4)}%` });

/** A hundred: 0.95 beside 完成率≥100 (a rate written without its %) reads as 95 too. */
const HUNDRED = 100;

/**
 * 0.95 or 1.2 beside 完成率≥100得10分, 出勤率低于95扣5分: a fraction far below a rule of plain
 * numbers or counts of 10 and more (a tenth of its lowest), which a hundred times over lies within
 * it, as rates written without their % read (half of 200 orders is no count).
 */
function fractionZones(unit: Unit, { lo, hi }: Scale): Interval[] {
  if ((unit !== "number" && unit !== "count") || lo < SCALE_BELOW) return [];
  const from = lo / SCALE_BELOW;
  const to = Math.min((hi * SCALE_ABOVE) / HUNDRED, PERCENT_POINTS_FROM);
  return to < from ? zone(from / HUNDRED, to, true, true) : zone(from / HUNDRED, from, true, false);
}

/** As an interval of the number typed, from `min` to `max`, empty where they do not enclose. */
function zone(min: number, max: number, minInclusive: boolean, maxInclusive: boolean): Interval[] {
  return min < max
    ? [
        {
          min: { value: min, inclusive: minInclusive, explicit: true },
          max: { value: max, inclusive: maxInclusive, explicit: true },
        },
      ]
    : [];
}

/**
 * 0.9 or 95 beside 目标50万，完成率每低1%: far below any amount the rule could mean (a tenth of its
 * lowest), yet within its scale as a completion rate (a fraction up to 2, else percent points).
 */
function rateZones(unit: Unit, { lo, rates }: Scale): Interval[] {
  if (!rates || (unit !== "number" && unit !== "money")) return [];
  const from = lo / SCALE_BELOW;
  const upTo = (max: number): [number, boolean] => (max < from ? [max, true] : [from, false]);
  const [fractions, fractionsInclusive] = upTo(PERCENT_POINTS_FROM);
  const [points, pointsInclusive] = upTo(SCALE_ABOVE * 100);
  return [
    ...zone(1 / SCALE_BELOW, fractions, true, fractionsInclusive),
    ...zone(PERCENT_POINTS_FROM, points, false, pointsInclusive),
  ];
}

/**
 * 0.9 or 95 beside an item's target of 500,000 in a rule of rates: divided by the target it is next
 * to nothing, far below the rule's scale, while as a rate itself (a fraction up to 2, else percent
 * points) it lies within it. Targets up to 100 are asked about by `rateScaleDoubt`.
 */
export function rateBesideTargetZones(target: number, { lo, hi }: Scale): Interval[] {
  if (target <= RATE_TARGET_UP_TO) return [];
  const from = lo / SCALE_BELOW;
  const to = hi * SCALE_ABOVE;
  const nothing = from * target;
  const upTo = (max: number): [number, boolean] => (max < nothing ? [max, true] : [nothing, false]);
  const [fractions, fractionsInclusive] = upTo(Math.min(to, PERCENT_POINTS_FROM));
  const [points, pointsInclusive] = upTo(to * 100);
  return [
    ...zone(from, fractions, true, fractionsInclusive),
    ...zone(
      Math.max(from * 100, PERCENT_POINTS_FROM),
      points,
      from * 100 > PERCENT_POINTS_FROM,
      pointsInclusive,
    ),
  ];
}

/** A plain number typed beside an item's target that reads like a rate (rateBesideTargetZones). */
export function rateBesideTarget(value: number, target: number, scale: Scale | undefined): Issue | undefined {
  return scale && rateBesideTargetZones(target, scale).some((z) => contains(z, value))
    ? rateOrAmount(value)
    : undefined;
}

/** A rule of rates around 100% (完成率每低于目标1%). */
const WHOLE: Scale = { lo: 1, hi: 1 };

/**
 * 0.95 beside an amount target of 200 under steps in percent of it (完成率每低于目标1%扣0.5分): a
 * completion rate typed, not half a percent of the target. Above targets of 100 the zones
 * rateBesideTargetZones gives a rule of rates around 100%; up to 100, the fractions below a tenth of
 * the target.
 */
export function completionZones(target: number): Interval[] {
  if (target > RATE_TARGET_UP_TO) return rateBesideTargetZones(target, WHOLE);
  return zone(1 / SCALE_BELOW, Math.min(PERCENT_POINTS_FROM, target / SCALE_BELOW), true, false);
}

export function completionTyped(value: number, target: number): Issue | undefined {
  return completionZones(target).some((z) => contains(z, value)) ? rateOrAmount(value) : undefined;
}

const rateOrAmount = (value: number): Issue =>
  issue("quantity.rateOrAmount", {
    input: value,
    rate: `${roundHalfAway(plainNumber(value, "percent") * 100, 4)}%`,
  });

function ownZones(unit: Unit, { lo, hi, lowerBetter }: Scale): Interval[] {
  const from = lo / SCALE_BELOW;
  const to = hi * SCALE_ABOVE;
  // A rate where lower is better (离职率低于15%得10分, 客诉率每超1%扣2分) reaches down to nothing:
  // 0.8 is 0.8% (the best) as likely as 80%, far past its worst bound (0.04 beside ≤3%, 3%-5% is 4%).
  const fractionsFrom = lowerBetter ? Math.min(from * 100, hi * LOWER_BETTER_ABOVE) : from * 100;
  if (unit === "percent")
    return [
      // Up to 2 a fraction (0.5 → 50%), read otherwise as percent points (0.5%).
      ...zone(Math.max(fractionsFrom, 0), Math.min(to * 100, PERCENT_POINTS_FROM), fractionsFrom > 0, true),
      // Above 2 percent points (3 → 3%), read otherwise as a fraction (300%).
      ...zone(Math.max(from, PERCENT_POINTS_FROM), to, from > PERCENT_POINTS_FROM, true),
    ];
  if (unit !== "number" && unit !== "money") return [];
  return MULTIPLIERS.flatMap(({ times }) => typedIn(times, { lo, hi }));
}

/** The plain numbers typed in a multiplier (万) beside amounts that reach it: far below the
 * rule's lowest amount, yet within its scale read in that multiplier (90 beside ≥100万). */
function typedIn(times: number, { lo, hi }: Pick<Scale, "lo" | "hi">): Interval[] {
  if (lo < times) return [];
  const from = lo / SCALE_BELOW;
  const to = hi * SCALE_ABOVE;
  return zone(from / times, Math.min(to / times, from), true, to / times < from);
}

/** The multipliers amounts are written in (50千元, 100万, 2亿元, 500k), most used first: a plain
 * number far below a rule's amounts may be typed in any of them its amounts reach. */
const MULTIPLIERS = [
  { times: TEN_THOUSAND, unit: "万" },
  { times: 1_000, unit: "千" },
  { times: 100_000_000, unit: "亿" },
] as const;

/** Each rule's scale is one object (`scaleOf` keeps it), read for every cell of a roster: its zones
 * are worked out once per unit. */
const ZONES = new WeakMap<Scale, Map<Unit, Interval[]>>();

function zonesOf(unit: Unit, scale: Scale): Interval[] {
  let byUnit = ZONES.get(scale);
  if (!byUnit) ZONES.set(scale, (byUnit = new Map()));
  let zones = byUnit.get(unit);
  if (!zones) byUnit.set(unit, (zones = scaleZones(unit, scale)));
  return zones;
}

function scaleDoubt(value: number, unit: Unit, scale: Scale): Issue | undefined {
  if (!zonesOf(unit, scale).some((z) => contains(z, value))) return undefined;
  if (beyondRates(unit, scale, true).some((z) => contains(z, value)))
    return scale.change
      ? issue("quantity.beyondChange", { input: value, asRead: `${roundHalfAway(value, 4)}%` })
      : beyond(value, value / 100);
  if (hundredZones(unit, scale).some((z) => contains(z, value)))
    return issue("quantity.hundredfold", { input: value, other: roundHalfAway(value / 100, 6) });
  if (fractionZones(unit, scale).some((z) => contains(z, value)))
    return issue("quantity.fraction", { input: value, other: roundHalfAway(value * HUNDRED, 4) });
  if (unit !== "percent" && !ownZones(unit, scale).some((z) => contains(z, value)))
    return rateOrAmount(value);
  if (unit !== "percent") {
    const { times, unit: written } =
      MULTIPLIERS.find(({ times }) => typedIn(times, scale).some((z) => contains(z, value))) ??
      MULTIPLIERS[0];
    return issue("quantity.tenThousand", { input: value, other: value * times, unit: written });
  }
  const percent = (n: number) => `${roundHalfAway(n * 100, 4)}%`;
  const read = plainNumber(value, unit);
  return issue("quantity.percentScale", {
    input: value,
    asRead: percent(read),
    other: percent(read === value ? value / 100 : value),
  });
}

/** What a cell's number format says of the number it holds, as `parseQuantity` reads it. */
export const cellFormat = ({ percentFormat, durationFormat }: EvaluateOptions): QuantityOptions => ({
  percentFormat,
  durationFormat,
});

/**
 * Reads a raw cell input as the quantity a rule compares: in the rule's unit, as a completion
 * ratio when the rule is in percent and the input is an absolute value with a known target. A
 * plain number the rule's own scale (`scale`) leaves in doubt is asked about.
 */
export function coerce(
  input: unknown,
  unit: Unit,
  options: EvaluateOptions,
  timeUnit?: number,
  scale?: Scale,
): Coerced {
  const parsed = parseQuantity(input, cellFormat(options));
  if (!parsed.ok) return parsed;
  const { value, unit: given } = parsed.quantity;
  if (scale?.negativeBest && value < 0 && (given === "number" || given === unit))
    return { ok: false, issue: issue("quantity.negative", { input: String(input) }) };
  // −3 new clients is no count: a slip of the sign, or a change typed where the count goes.
  if (unit === "count" && value < 0 && (given === "number" || given === unit))
    return { ok: false, issue: issue("quantity.negativeCount", { input: value }) };
  if (unit === "percent" && options.target !== undefined && options.target !== 0) {
    const doubt = rateScaleDoubt(value, given, options.target);
    if (doubt) return { ok: false, issue: doubt };
  }
  if (
    unit === "percent" &&
    given === "percent" &&
    scale &&
    beyondRates(unit, scale, false).some((z) => contains(z, value))
  )
    return { ok: false, issue: beyond(value, value) };
  if (unit === "percent" && given !== "percent" && options.target !== undefined && options.target !== 0) {
    // An amount or a count divided by a rate target (12单 beside 100%) is no completion: asked, as
    // far apart from the target where it is (12000元 beside 1.2), else as a unit the rule does not read.
    if (options.target <= PERCENT_POINTS_FROM && given !== "number") {
      const apart = ratioApartDoubt(value, options.target);
      if (apart) return { ok: false, issue: apart };
    } else if (options.target > PERCENT_POINTS_FROM) {
      // A rate typed beside an amount target says more than its being far from the target.
      const doubt =
        (given === "number" ? rateBesideTarget(value, options.target, scale) : undefined) ??
        ratioApartDoubt(value, options.target);
      if (doubt) return { ok: false, issue: doubt };
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
  const doubt = given === "number" && scale ? scaleDoubt(value, unit, scale) : undefined;
  if (doubt) return { ok: false, issue: doubt };
  if (given === "number" && plainNumber(value, unit) !== value) {
    return {
      ok: true,
      value: plainNumber(value, unit),
      steps: [step("input.percentPoints", { input: value })],
    };
  }
  if (unit === "seconds" && given === "number" && timeUnit === 0)
    return { ok: false, issue: issue("quantity.timeUnits", { input: String(input) }) };
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
