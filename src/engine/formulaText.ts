import {
  beyondRates,
  PERCENT_POINTS_FROM,
  RATE_TARGET_UP_TO,
  RATIO_APART,
  rateBesideTargetZones,
  scaleZones,
  type Scale,
} from "./coerce";
import type { Cut, Cuts } from "./compile";
import { EXCEL } from "./excel";
import { issue, type Issue } from "./issue";
import { STEP_DIGITS, tolerance } from "./precision";
import { SECONDS_PER_DAY, type Unit } from "./quantity";
import type { Interval } from "./rule";
import type { FormulaOptions } from "./ruleKind";
import type { Evaluation } from "./result";

/**
 * The pieces every rule kind's native formula is written with (`formula` in each kind's module).
 * Only functions Excel 2007+, WPS and LibreOffice all read without a prefix (IF, AND, OR, MIN,
 * MAX, ABS, ROUND, ROUNDDOWN, ISNUMBER, ISLOGICAL, TRIM, NA); where `evaluate` gives no score the
 * formula gives #N/A.
 */

/** Where the input's reference goes while a formula is built once for many cells: a character no
 * cell or rule word holds (see `byWord`). */
export const INPUT = "\u0000";

/**
 * The number a rule compares, as `coerce` reads a numeric cell: in a percent rule a plain number
 * above 2 is percent points (95 → 95%) and an absolute target makes it a completion ratio; in a
 * time rule written in one unit (每少5小时) it counts that unit. A cell formatted as a percent holds
 * the fraction itself (250% is 2.5), which only a percent rule reads.
 */
export function measured(
  x: string,
  unit: Unit,
  options: FormulaOptions,
  timeUnit?: number,
  scale?: Scale,
): string {
  const read = measuredAsTyped(x, unit, options, timeUnit, scale);
  // As coerce: a negative actual where the bands reaching below zero score best (scale.negativeBest),
  // and a negative count.
  return scale?.negativeBest || unit === "count" ? `IF(${x}<0,NA(),${read})` : read;
}

function measuredAsTyped(
  x: string,
  unit: Unit,
  { target, percentFormat, durationFormat }: FormulaOptions,
  timeUnit?: number,
  scale?: Scale,
): string {
  const pointsTarget = target !== undefined && target > PERCENT_POINTS_FROM && target <= RATE_TARGET_UP_TO;
  // A rate beside a target in percent points, asked about as `coerce` does (rateScaleDoubt).
  const asked = (reading: string, rate: string) => (pointsTarget ? `IF(${rate},NA(),${reading})` : reading);
  if (percentFormat) {
    if (unit !== "percent") return "NA()";
    const beyond = scale ? beyondRates(unit, scale, false)[0] : undefined;
    return asked(beyond ? `IF(${inside(x, beyond)},NA(),${x})` : x, `${x}>0`);
  }
  if (durationFormat) return unit === "seconds" ? `${x}*${SECONDS_PER_DAY}` : "NA()";
  // As coerce: durations in minutes and hours both leave a plain number's unit unknown.
  if (unit === "seconds" && timeUnit === 0) return "NA()";
  if (unit === "seconds" && timeUnit !== undefined && timeUnit !== 1) return `${x}*${num(timeUnit)}`;
  if (unit !== "percent") return scale ? inScale(x, unit, x, scale) : x;
  if (target !== undefined && target > PERCENT_POINTS_FROM) {
    // An actual a thousand times apart from its target (ratioApartDoubt) or a rate typed beside an
    // amount target (rateBesideTargetZones), asked about as `coerce` does.
    const apart = apartFrom(x, target);
    const rates = scale ? rateBesideTargetZones(target, scale).map((z) => inside(x, z)) : [];
    const ratio = `IF(OR(${[apart, ...rates].join(",")}),NA(),${x}/${num(target)})`;
    return asked(ratio, `AND(${x}>0,OR(${x}<1,${x}*50<=${num(target)}))`);
  }
  const read = `${x}/IF(ABS(${x})>${PERCENT_POINTS_FROM},100,1)`;
  return scale ? inScale(x, unit, read, scale) : read;
}

/** An actual a thousand times apart from its target, as `ratioApartDoubt` asks. */
export const apartFrom = (x: string, target: number): string =>
  `AND(${x}>0,OR(${x}<${num(target / RATIO_APART)},${x}>${num(target * RATIO_APART)}))`;

/** As `coerce` asks (scaleDoubt): #N/A for the plain numbers the rule's own scale leaves in doubt. */
function inScale(x: string, unit: Unit, read: string, scale: Scale): string {
  const zones = scaleZones(unit, scale).map((z) => inside(x, z));
  if (zones.length === 0) return read;
  return `IF(${zones.length === 1 ? zones[0] : `OR(${zones.join(",")})`},NA(),${read})`;
}

/** A number read as points (a judged score, a total): a percent-formatted cell is refused, as
 * `coerce` refuses a percent where it reads points. */
export function asPoints({ percentFormat, durationFormat }: FormulaOptions, numeric: string): string {
  return percentFormat || durationFormat ? "NA()" : numeric;
}

/** Whole steps in a distance, as `precision.wholeSteps` counts them (9 decimals, then down);
 * none below zero, as neither a count nor a distance on the wrong side of the target takes any. */
export function wholeSteps(distance: string, per: number, part?: "up" | "half"): string {
  const n = `ROUND(${per === 1 ? distance : `${distance}/${num(per)}`},${STEP_DIGITS})`;
  // As precision.partSteps: a started step counted whole (no ROUNDUP: up from the whole steps), or
  // rounded half away from zero.
  if (part === "up") return `MAX(0,IF(${n}>ROUNDDOWN(${n},0),ROUNDDOWN(${n},0)+1,${n}))`;
  if (part === "half") return `MAX(0,ROUND(${n},0))`;
  return `MAX(0,ROUNDDOWN(${n},0))`;
}

/** `contains` as a condition, bound by bound. */
export function inside(v: string, { min, max }: Interval): string {
  const tests = [
    ...(min ? [compared(v, min.value, min.inclusive ? ">=" : ">")] : []),
    ...(max ? [compared(v, max.value, max.inclusive ? "<=" : "<")] : []),
  ];
  return tests.length === 1 ? (tests[0] as string) : `AND(${tests.join(",")})`;
}

/** Cuts as nested IFs, highest first: IF(v-0.9>=-0.000000001,30,IF(v-0.8>=-0.000000001,20,0)). */
export function ladder(v: string, { cuts, values, bottom }: Cuts<string>): string {
  return cuts.reduceRight(
    (below, cut: Cut, i) => `IF(${compared(v, cut.at, cut.beyond ? ">" : ">=")},${values[i]},${below})`,
    bottom,
  );
}

/**
 * `compare(v, t)` against 0, spelled as precision.ts computes it: v − t ≥ −tolerance(t) and so on. The
 * same subtraction gives the same double in every spreadsheet, so a value exactly on the edge of
 * the tolerance falls on the same side as in the engine, where a precomputed "v ≥ 0.899999999"
 * could not (15 digits cannot hold every edge).
 */
function compared(v: string, t: number, op: ">=" | ">" | "<=" | "<"): string {
  const d = t === 0 ? v : t < 0 ? `${v}+${num(-t)}` : `${v}-${num(t)}`;
  return `${d}${op}${num(op === ">=" || op === "<" ? -tolerance(t) : tolerance(t))}`;
}

/** Text cells: each word the rule reads (its levels' names, 是/否…) scores what the rule's own
 * evaluation gives it; the formula matches them as typed, in any case, without stray spaces. */
export function byWord(words: readonly string[], x: string, scoreOf: (word: string) => Evaluation): string {
  const groups = new Map<string, string[]>();
  for (const word of new Set(words.map((w) => w.trim().replace(/ +/g, " ")))) {
    const scored = outcome(scoreOf(word));
    // Excel reads no longer text in a formula; a word holding INPUT would take the input's place.
    if (scored === "NA()" || word === "" || word.length > EXCEL.literalLength || word.includes(INPUT))
      continue;
    groups.set(scored, [...(groups.get(scored) ?? []), word]);
  }
  return [...groups].reduceRight((otherwise, [scored, group]) => {
    // Plain comparisons: an array {"是","完成"} is not compared element by element everywhere, and
    // MATCH would read * and ? in a cell as wildcards.
    const tests = group.map((w) => `TRIM(${x})=${text(w)}`);
    return `IF(${tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`},${scored},${otherwise})`;
  }, "NA()");
}

/** The reading by what the cell holds: TRUE/FALSE first (LibreOffice counts them as numbers too),
 * then a number, then text. A blank cell is no number: not scored yet, never 0. */
export function ifNumber(x: string, number: string, words = "NA()", logical = "NA()"): string {
  return `IF(ISLOGICAL(${x}),${logical},IF(ISNUMBER(${x}),${number},${words}))`;
}

/** What an evaluation gives, as a formula constant: its score, or #N/A. */
export function outcome(e: Evaluation): string {
  if (!e.ok) return "NA()";
  return typeof e.score === "number" ? num(e.score) : text(e.score);
}

/** A cut's score: NaN (no single score) is #N/A. */
export function score(n: number): string {
  return Number.isNaN(n) ? "NA()" : num(n);
}

export function mapCuts<T>(c: Cuts<T>, f: (value: T) => string): Cuts<string> {
  return { cuts: c.cuts, values: c.values.map(f), bottom: f(c.bottom) };
}

/** Every bound of some intervals: where a ladder of them may change. */
export function bounds(rows: readonly Interval[]): number[] {
  return rows.flatMap((r) => [r.min?.value, r.max?.value]).filter((v): v is number => v !== undefined);
}

export function closed(min: number, max: number): Interval {
  return {
    min: { value: min, inclusive: true, explicit: true },
    max: { value: max, inclusive: true, explicit: true },
  };
}

export function unsupported(reason: "scoreRange" | "countList"): Issue {
  return issue("formula.unsupported", { reason });
}

/** Terms added up: "20-2*A+3*B" (a term carries its own sign). */
export function sum(terms: readonly string[]): string {
  return terms.reduce((total, t) => (t.startsWith("-") ? total + t : `${total}+${t}`));
}

/** points × expression, without the 1×. */
export function times(points: number, expression: string): string {
  return points === 1 ? expression : points === -1 ? `-${expression}` : `${num(points)}*${expression}`;
}

/** Terms as one term of a sum, capped where the rule says. */
export function group(terms: readonly string[], cap?: (sum: string) => string): string[] {
  if (terms.length === 0) return [];
  if (cap) return [cap(sum(terms))];
  return terms.length === 1 ? [...terms] : [`(${sum(terms)})`];
}

/** 15 significant digits at most (Excel reads no more), never in exponent form (HyperFormula
 * does not read 1E-9). */
const DECIMAL = new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 15 });

export function num(n: number): string {
  return DECIMAL.format(n === 0 ? 0 : n);
}

/** Text as a formula string literal. */
export function text(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
