import { PERCENT_POINTS_FROM } from "./coerce";
import { bandCuts, cutsOf, type Cut, type Cuts } from "./compile";
import { evaluate } from "./evaluate";
import { select } from "./interval";
import { issue, type Issue } from "./issue";
import { levelKey } from "./levels";
import { awardAsPass, MET_WORDS, NOT_MET_WORDS } from "./pass";
import { STEP_DIGITS, tolerance } from "./precision";
import type { Unit } from "./quantity";
import type { Interval, Rule, RuleOf, StepClause } from "./rule";
import { floorOf, silentSide, stepPoints } from "./step";
import type { EvaluateOptions, Evaluation } from "./result";

/**
 * A rule as a native Excel formula of its input cell, so a scored workbook keeps computing the
 * same numbers without the add-in (Excel 2007+, WPS, LibreOffice). Only functions every one of
 * them reads without a prefix (IF, AND, OR, MIN, MAX, ABS, ROUND, ROUNDDOWN, ISNUMBER, ISLOGICAL,
 * TRIM, NA); where `evaluate` gives no score the formula gives #N/A. A numeric cell scores as
 * `evaluate` scores the number; text scores only as a level or met / not-met word (3.5万 typed
 * as text gives #N/A, never a wrong score).
 */

export type FormulaOptions = Pick<EvaluateOptions, "max" | "target" | "percentFormat">;
export type Formula = { ok: true; formula: string } | { ok: false; issue: Issue };

/**
 * @example toFormula(parseRule("≥90%得30分，低于90%不得分").rule, "G5")
 * //=> { ok: true, formula: "=IF(ISLOGICAL(G5),NA(),IF(ISNUMBER(G5),IF(G5/IF(ABS(G5)>2,100,1)-0.9>=-0.000000001,30,0),NA()))" }
 */
export function toFormula(rule: Rule, input: string, options: FormulaOptions = {}): Formula {
  return formulaFor(rule, options)(input);
}

/** The formula of a rule for any input cell: the rule is read once, and each of a sheet's 10,000
 * rows only puts in its reference. */
export function formulaFor(rule: Rule, options: FormulaOptions = {}): (input: string) => Formula {
  // Parsed rules are shared (parseRule's cache): a roster's 2,000 rows compile each rule once.
  const byOptions = compiled.get(rule) ?? new Map<string, (input: string) => Formula>();
  compiled.set(rule, byOptions);
  const key = `${options.max}|${options.target}|${options.percentFormat === true}`;
  const known = byOptions.get(key);
  if (known) return known;
  const body = bodyOf(rule, INPUT, options);
  const parts = typeof body === "string" ? body.split(INPUT) : null;
  const fill = (input: string): Formula =>
    parts === null ? { ok: false, issue: body as Issue } : { ok: true, formula: `=${parts.join(input)}` };
  byOptions.set(key, fill);
  return fill;
}

const compiled = new WeakMap<Rule, Map<string, (input: string) => Formula>>();

/** Where the input's reference goes: a character no cell or rule word holds (see `byWord`). */
const INPUT = "\u0000";

function bodyOf(rule: Rule, x: string, options: FormulaOptions): string | Issue {
  switch (rule.kind) {
    case "band":
      return band(rule, x, options);
    case "linear":
      return linear(rule, x, options);
    case "deduction":
      return steps(rule, x, options);
    case "bonus":
      return rule.award ? pass(awardAsPass(rule.award), x, options) : steps(rule, x, options);
    case "levels":
      return levels(rule, x, options);
    case "manual":
      return manual(rule, x, options);
    case "pass":
      return pass(rule, x, options);
    case "table":
      return table(rule, x, options);
  }
}

function band(rule: RuleOf<"band">, x: string, options: FormulaOptions): string | Issue {
  // A measured value in a band scored 8-10分 leaves the score to the evaluator: no formula has it.
  if ([...rule.bands.map((b) => b.score), rule.otherwise].some((s) => s?.type === "range")) {
    return unsupported("scoreRange");
  }
  const scores = bandCuts(rule, options);
  return ifNumber(x, ladder(measured(x, rule.unit, options, rule.timeUnit), mapCuts(scores, score)));
}

function linear(rule: RuleOf<"linear">, x: string, options: FormulaOptions): string | Issue {
  const points = rule.points ?? options.max;
  if (points === undefined) return issue("rule.needsMax");
  const target = rule.target ?? options.target;
  // As linear.ts reads the input: a percent unless the item's target is an absolute value.
  const unit =
    rule.target !== undefined ? rule.unit : target === undefined || target <= 2 ? "percent" : "number";
  const v = measured(x, unit, { percentFormat: options.percentFormat }, rule.timeUnit);
  if (rule.inverse && target === undefined) return issue("rule.needsTarget");
  // As linear.ts: lower is better, the target over the actual value (nothing spent earns the cap).
  const ratio =
    target === undefined
      ? v
      : rule.inverse
        ? `IF(${v}=0,${num(rule.uncapped ? 1e9 : (rule.cap ?? 1))},${num(target)}/${v})`
        : `${v}/${num(target)}`;
  // points × (actual ÷ target), in that order, as linear.ts multiplies.
  let paid = `${num(points)}*${rule.uncapped ? `(${ratio})` : `MIN(${ratio},${num(rule.cap ?? 1)})`}`;
  if (rule.extra && target !== undefined) {
    const extra = times(rule.extra.points, wholeSteps(`(${v}-${num(target)})`, rule.extra.per));
    paid = sum([paid, rule.extra.max === undefined ? extra : `MIN(${extra},${num(rule.extra.max)})`]);
  }
  return ifNumber(x, rule.zeroBelow ? `IF(${inside(ratio, { min: rule.zeroBelow })},${paid},0)` : paid);
}

function steps(
  rule: RuleOf<"deduction"> | RuleOf<"bonus">,
  x: string,
  options: FormulaOptions,
): string | Issue {
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
  // As step.ts reads the input: 每低于目标1% of an amount target (10万) takes the amount itself.
  const unit =
    rule.target === undefined && target !== undefined && target > 2 && rule.unit === "percent"
      ? "number"
      : rule.unit;
  const v = measured(x, unit, { percentFormat: options.percentFormat }, rule.timeUnit);
  const delta = (c: StepClause): string => {
    const t = num(target ?? 0);
    const raw = c.measure === "count" ? v : c.measure === "below" ? `(${t}-${v})` : `(${v}-${t})`;
    const distance =
      c.measure !== "count" && c.perUnit === "percent" && unit !== "percent" ? `${raw}/${t}` : raw;
    return times(stepPoints(c, full ?? 0), wholeSteps(distance, c.per));
  };
  // A judged list takes the points typed: off the base for a deduction (10 or -10), as signed for a bonus.
  const judged = rule.judged ? [rule.kind === "deduction" ? `-ABS(${x})` : `MIN(${x},0)`] : [];
  const minus = [...judged, ...rule.clauses.filter((c) => c.points < 0).map(delta)];
  const plus = [
    ...(rule.judged && rule.kind === "bonus" ? [`MAX(${x},0)`] : []),
    ...rule.clauses.filter((c) => c.points > 0).map(delta),
  ];
  const { maxDeduction, maxBonus } = rule;
  // Deductions and bonuses add up (within their caps) before they meet the base, as in step.ts.
  let score = sum([
    num(rule.basePoints ?? options.max ?? 0),
    ...group(minus, maxDeduction === undefined ? undefined : (s) => `MAX(${s},${num(-maxDeduction)})`),
    ...group(plus, maxBonus === undefined ? undefined : (s) => `MIN(${s},${num(maxBonus)})`),
  ]);
  // Deductions inside an item stop at 0; an adjustment item (no points of its own) only where stated.
  const floor = floorOf(rule, full ?? 0, options.max !== undefined);
  if (floor !== undefined) score = `MAX(${score},${num(floor)})`;
  if (rule.ceiling !== undefined) score = `MIN(${score},${num(rule.ceiling)})`;
  let numeric = rule.zeroWhen ? `IF(${inside(v, rule.zeroWhen)},0,${score})` : score;
  // As step.ts: a bonus counted above its target says nothing below it.
  const silent = silentSide(rule);
  if (silent && target !== undefined) {
    const outside =
      silent === "below"
        ? `${v}-${num(target)}<${num(-tolerance(target))}`
        : `${v}-${num(target)}>${num(tolerance(target))}`;
    numeric = `IF(${outside},NA(),${numeric})`;
  }
  return ifNumber(x, rule.judged ? asPoints(options, numeric) : numeric);
}

function levels(rule: RuleOf<"levels">, x: string, options: FormulaOptions): string {
  // A level scores what the engine gives its name: its points, a share of the item, the even spread.
  const named = rule.levels.map((l) => evaluate(rule, l.key, options));
  const outcomes = named.map(outcome);
  // A number is the score itself when it is a level's score or inside a level's score range.
  const isScore = rule.levels.flatMap((l, i) => {
    const e = named[i] as Evaluation;
    if (l.score?.type === "range") return [inside(x, closed(l.score.min, l.score.max))];
    return e.ok && typeof e.score === "number" ? [inside(x, closed(e.score, e.score))] : [];
  });
  const rows = rule.levels.flatMap((l, i) => (l.when ? [{ ...l.when, index: i }] : []));
  // Otherwise a measured value picks the level by its condition (访客高于500).
  const byCondition =
    rows.length === 0
      ? "NA()"
      : ladder(
          measured(x, rule.unit, options),
          cutsOf(bounds(rows), (v) => {
            const chosen = select(rows, v);
            return chosen ? (outcomes[chosen.row.index] as string) : "NA()";
          }),
        );
  const numeric = isScore.length > 0 ? `IF(OR(${isScore.join(",")}),${x},${byCondition})` : byCondition;
  const names = rule.levels.flatMap((l) => [
    l.key,
    levelKey(l.key),
    ...(l.description ? [l.description, levelKey(l.description)] : []),
  ]);
  return ifNumber(x, numeric, byWord(rule, names, x, options));
}

function manual(rule: RuleOf<"manual">, x: string, options: FormulaOptions): string {
  const max = rule.max ?? options.max;
  const range: Interval = {
    min: { value: rule.min ?? 0, inclusive: true, explicit: true },
    ...(max === undefined ? {} : { max: { value: max, inclusive: true, explicit: true } }),
  };
  return ifNumber(x, asPoints(options, `IF(${inside(x, range)},${x},NA())`));
}

/** Met / not-met words HR type, with the Traditional spellings a cell may hold (evaluate converts
 * them before matching; a formula compares the text as typed). Which are met is `evaluate`'s call. */
const PASS_WORDS = [
  ...MET_WORDS,
  ...NOT_MET_WORDS,
  ..."達標 達成 通過 沒完成 未達標 不達標 未達成 未通過 無 沒有".split(" "),
];

function pass(rule: RuleOf<"pass">, x: string, options: FormulaOptions): string {
  const met = outcome(evaluate(rule, true, options));
  const notMet = outcome(evaluate(rule, false, options));
  // A number other than 1 / 0 is judged by the stated standard (≥8%达标), or, where the rule
  // awards an amount in a range (额外加5-10分), is the amount awarded.
  const otherwise = rule.when
    ? `IF(${inside(measured(x, rule.unit, options), rule.when)},${met},${notMet})`
    : rule.pass.type === "range"
      ? `IF(${inside(x, closed(rule.pass.min, rule.pass.max))},${x},NA())`
      : "NA()";
  const numeric = `IF(${x}=1,${met},IF(${x}=0,${notMet},${otherwise}))`;
  return ifNumber(x, numeric, byWord(rule, PASS_WORDS, x, options), `IF(${x},${met},${notMet})`);
}

function table(rule: RuleOf<"table">, x: string, options: FormulaOptions): string {
  const { max } = options;
  const valueOf = (row: RuleOf<"table">["rows"][number]): string => {
    const v = row.value;
    if (v.type === "label") return text(v.label);
    if (v.type === "number") return num(v.value);
    if (max === undefined) return "NA()";
    return v.type === "share" ? num(max * v.share) : `${num(max)}*${x}/100`;
  };
  const rows = cutsOf(bounds(rule.rows), (v) => {
    const chosen = select(rule.rows, v);
    return chosen ? valueOf(chosen.row) : "NA()";
  });
  return ifNumber(x, asPoints(options, ladder(x, rows)));
}

/**
 * The number a rule compares, as `coerce` reads a numeric cell: in a percent rule a plain number
 * above 2 is percent points (95 → 95%) and an absolute target makes it a completion ratio; in a
 * time rule written in one unit (每少5小时) it counts that unit. A cell formatted as a percent holds
 * the fraction itself (250% is 2.5), which only a percent rule reads.
 */
function measured(
  x: string,
  unit: Unit,
  { target, percentFormat }: FormulaOptions,
  timeUnit?: number,
): string {
  if (percentFormat) return unit === "percent" ? x : "NA()";
  if (unit === "seconds" && timeUnit !== undefined && timeUnit !== 1) return `${x}*${num(timeUnit)}`;
  if (unit !== "percent") return x;
  if (target !== undefined && target > PERCENT_POINTS_FROM) return `${x}/${num(target)}`;
  return `${x}/IF(ABS(${x})>${PERCENT_POINTS_FROM},100,1)`;
}

/** A number read as points (a judged score, a total): a percent-formatted cell is refused, as
 * `coerce` refuses a percent where it reads points. */
function asPoints({ percentFormat }: FormulaOptions, numeric: string): string {
  return percentFormat ? "NA()" : numeric;
}

/** Whole steps in a distance, as `precision.wholeSteps` counts them (9 decimals, then down);
 * none below zero, as neither a count nor a distance on the wrong side of the target takes any. */
function wholeSteps(distance: string, per: number): string {
  return `MAX(0,ROUNDDOWN(ROUND(${per === 1 ? distance : `${distance}/${num(per)}`},${STEP_DIGITS}),0))`;
}

/** `contains` as a condition, bound by bound. */
function inside(v: string, { min, max }: Interval): string {
  const tests = [
    ...(min ? [compared(v, min.value, min.inclusive ? ">=" : ">")] : []),
    ...(max ? [compared(v, max.value, max.inclusive ? "<=" : "<")] : []),
  ];
  return tests.length === 1 ? (tests[0] as string) : `AND(${tests.join(",")})`;
}

/** Cuts as nested IFs, highest first: IF(v-0.9>=-0.000000001,30,IF(v-0.8>=-0.000000001,20,0)). */
function ladder(v: string, { cuts, values, bottom }: Cuts<string>): string {
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

/** Text cells: each word the rule reads (its levels' names, 是/否…) scores what `evaluate` gives it;
 * the formula matches them as typed, in any case, without stray spaces. */
function byWord(rule: Rule, words: readonly string[], x: string, options: FormulaOptions): string {
  const groups = new Map<string, string[]>();
  for (const word of new Set(words.map((w) => w.trim().replace(/ +/g, " ")))) {
    const scored = outcome(evaluate(rule, word, options));
    // Excel reads no longer text in a formula; a word holding INPUT would take the input's place.
    if (scored === "NA()" || word === "" || word.length > 255 || word.includes(INPUT)) continue;
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
function ifNumber(x: string, number: string, text = "NA()", logical = "NA()"): string {
  return `IF(ISLOGICAL(${x}),${logical},IF(ISNUMBER(${x}),${number},${text}))`;
}

function outcome(e: Evaluation): string {
  if (!e.ok) return "NA()";
  return typeof e.score === "number" ? num(e.score) : text(e.score);
}

function score(n: number): string {
  return Number.isNaN(n) ? "NA()" : num(n);
}

function mapCuts<T>(c: Cuts<T>, f: (value: T) => string): Cuts<string> {
  return { cuts: c.cuts, values: c.values.map(f), bottom: f(c.bottom) };
}

function bounds(rows: readonly Interval[]): number[] {
  return rows.flatMap((r) => [r.min?.value, r.max?.value]).filter((v): v is number => v !== undefined);
}

function closed(min: number, max: number): Interval {
  return {
    min: { value: min, inclusive: true, explicit: true },
    max: { value: max, inclusive: true, explicit: true },
  };
}

function unsupported(reason: "scoreRange" | "countList"): Issue {
  return issue("formula.unsupported", { reason });
}

/** Terms added up: "20-2*A+3*B" (a term carries its own sign). */
function sum(terms: readonly string[]): string {
  return terms.reduce((total, t) => (t.startsWith("-") ? total + t : `${total}+${t}`));
}

/** points × expression, without the 1×. */
function times(points: number, expression: string): string {
  return points === 1 ? expression : points === -1 ? `-${expression}` : `${num(points)}*${expression}`;
}

/** Terms as one term of a sum, capped where the rule says. */
function group(terms: readonly string[], cap?: (sum: string) => string): string[] {
  if (terms.length === 0) return [];
  if (cap) return [cap(sum(terms))];
  return terms.length === 1 ? [...terms] : [`(${sum(terms)})`];
}

/** 15 significant digits at most (Excel reads no more), never in exponent form (HyperFormula
 * does not read 1E-9). */
const DECIMAL = new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 15 });

function num(n: number): string {
  return DECIMAL.format(n === 0 ? 0 : n);
}

function text(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
