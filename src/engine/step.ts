import { cellFormat, coerce, completionTyped, completionZones, inPeriod, ratioApartDoubt } from "./coerce";
import { scaleOf } from "./scale";
import {
  formatInterval,
  formatNumber,
  formatQuantity,
  formatScore,
  printCondition,
  printTarget,
} from "./format";
import {
  apartFrom,
  asPoints,
  group,
  ifNumber,
  inside,
  measured,
  num,
  sum,
  times,
  unsupported,
  wholeSteps as stepsIn,
} from "./formulaText";
import { contains } from "./interval";
import { issue, step, type Issue, type Step } from "./issue";
import { awardAsPass, pass } from "./pass";
import { comparable, compare, partSteps, tolerance } from "./precision";
import { parseQuantity } from "./quantity";
import type { RuleOf, StepClause } from "./rule";
import { measuredInput, type FormulaOptions, type RuleKindSpec } from "./ruleKind";
import { failure, success, type EvaluateOptions, type Evaluation } from "./result";

type StepRule = RuleOf<"deduction"> | RuleOf<"bonus">;

/**
 * Per-occurrence and per-step rules (一次扣5分, 每低100次扣2分, 奖励加3分/次): a base (the item's
 * points, or 0 for an adjustment item that has none), plus or minus whole steps, within the stated
 * caps. Deductions inside an item stop at zero (扣完为止); adjustment items are not floored unless
 * the text says so.
 */
export function evaluateSteps(rule: StepRule, input: unknown, options: EvaluateOptions): Evaluation {
  const full = rule.basePoints ?? options.max;
  if (
    full === undefined &&
    (rule.fromFull || rule.floorShare !== undefined || rule.clauses.some((c) => c.share))
  )
    return failure(issue("rule.needsMax"));
  const base = full ?? 0;
  // 每低于目标1% on an item whose target is an amount (10万): the input is that amount too.
  const target = rule.target ?? options.target;
  const unit =
    rule.target === undefined && target !== undefined && target > 2 && rule.unit === "percent"
      ? "number"
      : rule.unit;
  const values = rule.judged
    ? judgedInput(rule, input, options)
    : readInputs(rule, unit, input, { ...options, target: itemRate(rule, options) });
  if (!values.ok) return failure(values.issue);
  const caps = capsOf(rule, base);
  if ("code" in caps) return failure(caps);
  const steps: Step[] = [...values.steps, step("step.base", { base })];
  const x = values.values[0] as number;
  if (x < 0 && deviationOff(rule)) return failure(issue("quantity.negative", { input: String(input) }));
  // 0.95 or 95 beside an amount target of 500,000: a completion rate typed, not the amount; asked.
  if (unit !== rule.unit) {
    const apart = ratioApartDoubt(x, target as number) ?? completionTyped(x, target as number);
    if (apart) return failure(apart);
  }
  // 低于80%不得分 says what the steps below the target do not: it is read first.
  if (rule.zeroWhen && contains(rule.zeroWhen, x)) {
    return success(0, [...steps, step("step.zeroBelow", { when: formatInterval(rule.zeroWhen, rule.unit) })]);
  }
  // 每高于目标1%加0.5分 says nothing below the target: a value there is not scored.
  const silent = silentSide(rule);
  if (silent && target !== undefined && compare(x, target) === (silent === "below" ? -1 : 1))
    return failure(
      issue("step.otherSide", {
        actual: formatQuantity(x, unit),
        target: formatQuantity(target, unit),
        side: silent,
      }),
      steps,
    );
  let minus = rule.judged && x < 0 ? x : 0;
  let plus = rule.judged && x > 0 ? x : 0;
  for (const [i, clause] of rule.clauses.entries()) {
    const delta = clauseDelta(
      clause,
      unit,
      target,
      values.values[Math.min(i, values.values.length - 1)] as number,
      base,
      rule.partSteps,
    );
    if ("code" in delta) return failure(delta);
    if (delta.points < 0) minus += delta.points;
    else plus += delta.points;
    steps.push(delta.step);
  }
  if (rule.maxDeduction !== undefined && -minus > rule.maxDeduction) {
    minus = -rule.maxDeduction;
    steps.push(step("step.cap", { limit: -rule.maxDeduction }));
  }
  const { maxBonus, ceiling } = caps;
  if (maxBonus !== undefined && plus > maxBonus) {
    plus = maxBonus;
    steps.push(step("step.cap", { limit: maxBonus }));
  }
  let score = base + minus + plus;
  const floor = floorOf(rule, base, options.max !== undefined);
  if (floor !== undefined && score < floor) {
    score = floor;
    steps.push(step("step.floor", { floor }));
  }
  if (ceiling !== undefined && score > ceiling) {
    score = ceiling;
    steps.push(step("step.cap", { limit: ceiling }));
  }
  if (overPoints(rule, options.max) && compare(score, options.max as number) > 0)
    return failure(issue("step.overPoints", { score, max: options.max as number }), steps);
  return success(score, steps);
}

/** A bonus counted up from nothing, or from points the text states up to the item's (达到95%得4分,
 * 每提高1%加0.5分; 基础分10分，每完成1单加2分 on an item of 10), with no cap of its own may run past
 * the item's points: a score there is asked about, not written (the text may mean the points as its
 * cap, or not). Steps added above a target onto the item's points (高于目标每1%加1分) say they go
 * beyond. */
const overPoints = (rule: StepRule, max: number | undefined): boolean =>
  max !== undefined &&
  ((rule.kind === "bonus" && countedOntoPoints(rule)) ||
    (rule.ceiling === undefined &&
      rule.clauses.some((c) => c.points > 0) &&
      rule.basePoints !== undefined &&
      rule.basePoints <= max &&
      rule.maxBonus === undefined));

/** 建议被采纳每次加2分，最多加6分 on an item of 10 points: whether the additions go onto the item's
 * points or are its score, the text does not say; past the item's points it is asked about. */
const countedOntoPoints = (rule: StepRule): boolean =>
  rule.basePoints === undefined && !rule.fromFull && rule.clauses.every((c) => c.measure === "count");

/** 完成率≥100%得20分,每低5%扣4分 on an item whose target is an amount (50万): the input over the
 * item's target is the rate the text's standard is written in, as a band rule reads it. A change
 * (较上月每提升1个百分点, from 0) is typed as the change itself. */
const itemRate = (rule: StepRule, options: EvaluateOptions): number | undefined =>
  rule.unit === "percent" && rule.target !== undefined && rule.target !== 0 ? options.target : undefined;

/**
 * What caps the score, measured against the points the steps start from (`base`):
 * - 每完成1单加1分，最高10分 on a 10-point item: counts added onto the item's points, with a cap at
 *   or below them, would score the cap whatever the count. The text means the count's points from
 *   0, or a cap on the additions past the item's points; which, it does not say: asked, in the
 *   engine and the formula alike;
 * - 每多1单加1分,上限3分 on an item of 10 points (steps above a target): a ceiling below the score
 *   the steps start from cannot be the score's; beside added steps it caps what they add.
 */
function capsOf(rule: StepRule, base: number): { maxBonus?: number; ceiling?: number } | Issue {
  const { maxBonus, ceiling } = rule;
  const counted =
    rule.kind === "bonus" &&
    rule.basePoints === undefined &&
    rule.clauses.every((c) => c.points > 0 && c.measure === "count");
  if (ceiling !== undefined && counted && compare(base, ceiling) >= 0)
    return issue("step.capAtBase", { base, cap: ceiling });
  if (
    ceiling !== undefined &&
    maxBonus === undefined &&
    ceiling < base &&
    rule.clauses.some((c) => c.points > 0)
  )
    return { maxBonus: ceiling };
  return { ...(maxBonus !== undefined ? { maxBonus } : {}), ...(ceiling !== undefined ? { ceiling } : {}) };
}

type Inputs = { ok: true; values: number[]; steps: Step[] } | { ok: false; issue: ReturnType<typeof issue> };

/** The points the evaluator weighed, signed: a deduction takes them off whether typed 10 or -10;
 * a bonus list of awards and penalties gives them as typed (+20, -10). */
function judgedInput(rule: StepRule, input: unknown, options: EvaluateOptions): Inputs {
  const value = coerce(input, "points", { ...options, target: undefined });
  if (!value.ok) return value;
  const points = rule.kind === "deduction" ? -Math.abs(value.value) : value.value;
  return { ok: true, values: [points], steps: [...value.steps, step("judged.points", { points })] };
}

/** Below this a count's fraction is float noise, not a part of one. */
const PART_OF_ONE = 1e-9;

const partOfOne = (x: number): boolean => Math.abs(x - Math.round(x)) > PART_OF_ONE;

/** Points taken off for a rate above a standard (偏差率±3%以内得10分，每超出1%扣2分): a negative
 * actual would be no rate at all, or a deviation the steps do not measure; asked, never full marks. */
function deviationOff(rule: StepRule): boolean {
  return (
    rule.kind === "deduction" &&
    rule.unit === "percent" &&
    !rule.judged &&
    rule.clauses.some((c) => c.measure === "above" && c.points < 0)
  );
}

/** One number, or one per counted kind when a rule counts several (一般违纪 2, 严重违纪 1 → "2,1"). */
function readInputs(
  rule: StepRule,
  unit: StepRule["unit"],
  input: unknown,
  options: EvaluateOptions,
): Inputs {
  const counted = rule.clauses.filter((c) => c.label !== undefined && c.measure === "count");
  const parts =
    typeof input === "string" && counted.length > 1 ? input.split(/[,，、;；\s]+/).filter(Boolean) : [input];
  // A single 0 says nothing happened, whatever the kinds counted.
  if (
    counted.length > 1 &&
    parts.length === 1 &&
    parseQuantity(parts[0]).ok &&
    (parseQuantity(parts[0]) as { quantity: { value: number } }).quantity.value === 0
  ) {
    return { ok: true, values: rule.clauses.map(() => 0), steps: [] };
  }
  if (counted.length > 1 && parts.length !== rule.clauses.length) {
    return {
      ok: false,
      issue: issue("deduction.countList", { labels: counted.map((c) => c.label).join("、") }),
    };
  }
  const values: number[] = [];
  const steps: Step[] = [];
  for (const typed of parts) {
    const period = inPeriod(typed, rule.period);
    if (!period.ok) return period;
    const part = period.input;
    // The rule's own scale reads a plain number in its own unit (not one divided by a target).
    const value = coerce(part, unit, options, rule.timeUnit, unit === rule.unit ? scaleOf(rule) : undefined);
    if (!value.ok) return value;
    values.push(value.value);
    steps.push(...value.steps);
  }
  return { ok: true, values, steps };
}

/** A bonus whose steps all count one way from a target (每高于目标1%加0.5分): on the other side the
 * text is silent. */
export function silentSide(rule: StepRule): "below" | "above" | undefined {
  if (rule.kind !== "bonus" || rule.clauses.length === 0) return undefined;
  if (rule.clauses.every((c) => c.measure === "above")) return "below";
  if (rule.clauses.every((c) => c.measure === "below")) return "above";
  return undefined;
}

/** The lowest score: stated (最低-5分), a share of the points (最低不低于50%), or 0 inside an item. */
export function floorOf(rule: StepRule, base: number, hasMax: boolean): number | undefined {
  if (rule.floorShare !== undefined) return rule.floorShare * base;
  return rule.floor ?? (hasMax || rule.basePoints !== undefined ? 0 : undefined);
}

/** Points of one step: its own, or its share of the item's points (每晚交一天扣3%). */
export function stepPoints(clause: StepClause, base: number): number {
  return clause.share ? clause.points * base : clause.points;
}

function clauseDelta(
  clause: StepClause,
  unit: StepRule["unit"],
  target: number | undefined,
  x: number,
  base: number,
  part: StepRule["partSteps"],
): { points: number; step: Step } | ReturnType<typeof issue> {
  const each = stepPoints(clause, base);
  if (clause.measure === "count") {
    // -2 complaints is no count: a slip of the sign, or points typed where the count goes.
    if (x < 0) return issue("quantity.negativeCount", { input: x });
    // 2.5 late arrivals: no count is a part; whether a half is one, none or half a step is unsaid
    if (unit === "count" && part === undefined && partOfOne(x))
      return issue("quantity.partCount", { input: x });
    const n = partSteps(x, clause.per, part);
    return {
      points: n * each,
      step: step("step.count", { count: x, per: clause.per, each, total: n * each }),
    };
  }
  if (target === undefined) return issue("rule.needsTarget");
  const raw = clause.measure === "below" ? target - x : x - target;
  // A step in percent on an absolute quantity is a share of the target (每低于目标1% of 10万).
  const distance = clause.perUnit === "percent" && unit !== "percent" ? raw / target : raw;
  const n = comparable(distance) > 0 ? partSteps(distance, clause.per, part) : 0;
  return {
    points: n * each,
    step: step("step.relative", {
      actual: x,
      target: formatQuantity(target, unit),
      distance: formatQuantity(distance, clause.perUnit ?? unit),
      per: formatQuantity(clause.per, clause.perUnit ?? unit),
      each,
      total: n * each,
    }),
  };
}

const MEASURE = { below: "每低于目标", above: "每高于目标" } as const;

function print(rule: StepRule): string {
  if (rule.kind === "bonus" && rule.award) return `有突出贡献,额外加${formatScore(rule.award)}`;
  const parts: string[] = [];
  if (rule.judged) parts.push(`上级按所列事项评定${rule.kind === "deduction" ? "扣分" : "加减分"}`);
  const implied = rule.floor === 0 || rule.clauses.some((c) => c.measure !== "count");
  if (rule.fromFull) parts.push("达标得满分");
  // Steps from a target, or down to 0, read as an item's own: without full points they are an adjustment.
  else if (implied && !rule.judged && rule.basePoints === undefined) parts.push("加减分项");
  if (rule.target !== undefined) parts.push(printTarget(rule.target, rule.unit));
  if (rule.basePoints !== undefined) parts.push(`基础${formatNumber(rule.basePoints)}分`);
  for (const c of rule.clauses) {
    const sign = c.points < 0 ? "扣" : "加";
    // A share of the item's points is written as the percent it is (扣3%).
    const points = c.share
      ? `${formatNumber(Math.abs(c.points) * 100)}%`
      : `${formatNumber(Math.abs(c.points))}分`;
    if (c.measure === "count") parts.push(`${c.label ?? ""}每${formatNumber(c.per)}次${sign}${points}`);
    else
      parts.push(
        `${MEASURE[c.measure]}${printCondition({ min: { value: c.per, inclusive: true, explicit: true } }, c.perUnit ?? rule.unit).slice(1)}${sign}${points}`,
      );
  }
  if (rule.maxDeduction !== undefined) parts.push(`最高扣${formatNumber(rule.maxDeduction)}分`);
  if (rule.maxBonus !== undefined) parts.push(`最高加${formatNumber(rule.maxBonus)}分`);
  if (rule.partSteps) parts.push(rule.partSteps === "up" ? "不足一步按一步计" : "不足一步的部分四舍五入");
  if (rule.floor !== undefined) parts.push(`最低${formatNumber(rule.floor)}分`);
  if (rule.floorShare !== undefined) parts.push(`最低不低于${formatNumber(rule.floorShare * 100)}%`);
  if (rule.ceiling !== undefined) parts.push(`最高${formatNumber(rule.ceiling)}分`);
  if (rule.zeroWhen) parts.push(`${printCondition(rule.zeroWhen, rule.unit)}不得分`);
  return parts.join("；");
}

function formula(rule: StepRule, x: string, options: FormulaOptions): string | Issue {
  if (rule.clauses.filter((c) => c.label !== undefined && c.measure === "count").length > 1) {
    return unsupported("countList");
  }
  const target = rule.target ?? options.target;
  if (target === undefined && rule.clauses.some((c) => c.measure !== "count"))
    return issue("rule.needsTarget");
  const full = rule.basePoints ?? options.max;
  if (
    full === undefined &&
    (rule.fromFull || rule.floorShare !== undefined || rule.clauses.some((c) => c.share))
  )
    return issue("rule.needsMax");
  const caps = capsOf(rule, full ?? 0);
  if ("code" in caps) return caps;
  // As evaluateSteps reads the input: 每低于目标1% of an amount target (10万) takes the amount itself.
  const unit =
    rule.target === undefined && target !== undefined && target > 2 && rule.unit === "percent"
      ? "number"
      : rule.unit;
  const read = measured(
    x,
    unit,
    { ...cellFormat(options), target: itemRate(rule, options) },
    rule.timeUnit,
    unit === rule.unit ? scaleOf(rule) : undefined,
  );
  // As evaluateSteps asks about a negative rate above a standard, and about an actual a thousand
  // times apart from an amount target or a completion rate typed beside it.
  const apart =
    unit !== rule.unit && target !== undefined && target > 0
      ? [apartFrom(x, target), ...completionZones(target).map((z) => inside(x, z))]
      : [];
  const checks = [...(deviationOff(rule) ? [`${x}<0`] : []), ...apart];
  const v =
    checks.length === 0
      ? read
      : `IF(${checks.length === 1 ? checks[0] : `OR(${checks.join(",")})`},NA(),${read})`;
  const delta = (c: StepClause): string => {
    const t = num(target ?? 0);
    // A count's reading is #N/A below zero already (measured); other units are checked here.
    const counted =
      unit !== "count"
        ? `IF(${v}<0,NA(),${v})`
        : rule.partSteps === undefined
          ? `IF(ABS(${v}-ROUND(${v},0))>${num(PART_OF_ONE)},NA(),${v})`
          : v;
    const raw = c.measure === "count" ? counted : c.measure === "below" ? `(${t}-${v})` : `(${v}-${t})`;
    const distance =
      c.measure !== "count" && c.perUnit === "percent" && unit !== "percent" ? `${raw}/${t}` : raw;
    return times(stepPoints(c, full ?? 0), stepsIn(distance, c.per, rule.partSteps));
  };
  // A judged list takes the points typed: off the base for a deduction (10 or -10), as signed for a bonus.
  const judged = rule.judged ? [rule.kind === "deduction" ? `-ABS(${x})` : `MIN(${x},0)`] : [];
  const minus = [...judged, ...rule.clauses.filter((c) => c.points < 0).map(delta)];
  const plus = [
    ...(rule.judged && rule.kind === "bonus" ? [`MAX(${x},0)`] : []),
    ...rule.clauses.filter((c) => c.points > 0).map(delta),
  ];
  const { maxDeduction } = rule;
  const { maxBonus, ceiling } = caps;
  // Deductions and bonuses add up (within their caps) before they meet the base, as evaluateSteps does.
  let score = sum([
    num(rule.basePoints ?? options.max ?? 0),
    ...group(minus, maxDeduction === undefined ? undefined : (s) => `MAX(${s},${num(-maxDeduction)})`),
    ...group(plus, maxBonus === undefined ? undefined : (s) => `MIN(${s},${num(maxBonus)})`),
  ]);
  // Deductions inside an item stop at 0; an adjustment item (no points of its own) only where stated.
  const floor = floorOf(rule, full ?? 0, options.max !== undefined);
  if (floor !== undefined) score = `MAX(${score},${num(floor)})`;
  if (ceiling !== undefined) score = `MIN(${score},${num(ceiling)})`;
  if (overPoints(rule, options.max))
    score = `IF(${score}-${num(options.max as number)}>${num(tolerance(options.max as number))},NA(),${score})`;
  let numeric = score;
  // As evaluateSteps: a bonus counted above its target says nothing below it, unless a zero band does.
  const silent = silentSide(rule);
  if (silent && target !== undefined) {
    const outside =
      silent === "below"
        ? `${v}-${num(target)}<${num(-tolerance(target))}`
        : `${v}-${num(target)}>${num(tolerance(target))}`;
    numeric = `IF(${outside},NA(),${numeric})`;
  }
  if (rule.zeroWhen) numeric = `IF(${inside(v, rule.zeroWhen)},0,${numeric})`;
  return ifNumber(x, rule.judged ? asPoints(options, numeric) : numeric);
}

/** Deductions (错误一次扣1分, 每低100次扣2分, 扣完为止). */
export const deduction: RuleKindSpec<"deduction"> = {
  evaluate: evaluateSteps,
  print,
  formula,
  readsWords: () => false,
  statedMax: (rule) => rule.basePoints,
  accepts: (rule, { percentCell }) => measuredInput(rule.unit, percentCell),
};

/** Bonuses (奖励加3分/次, 每高于目标1个百分点加1分), and a judged bonus (有重大贡献,额外加5-10分),
 * which is scored as the met / not met item it is. */
export const bonus: RuleKindSpec<"bonus"> = {
  evaluate: (rule, input, options) =>
    rule.award ? pass.evaluate(awardAsPass(rule.award), input, options) : evaluateSteps(rule, input, options),
  print,
  formula: (rule, x, options) =>
    rule.award ? pass.formula(awardAsPass(rule.award), x, options) : formula(rule, x, options),
  readsWords: (rule) => rule.award !== undefined,
  statedMax: (rule) => rule.basePoints,
  // A judged bonus is the net points awarded or taken (+20, -10): any number.
  accepts: (rule, { percentCell }) =>
    rule.judged ? { kind: "score" } : measuredInput(rule.unit, percentCell),
};
