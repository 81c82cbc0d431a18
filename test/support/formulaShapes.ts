import fc from "fast-check";
import corpus from "../rules/corpus.json";
import { evaluate } from "../../src/engine/evaluate";
import type { FormulaOptions } from "../../src/engine/formula";
import { levelKey } from "../../src/engine/levels";
import { parseRule } from "../../src/engine/parseRule";
import { roundHalfAway } from "../../src/engine/precision";
import { SECONDS_PER_DAY, type Unit } from "../../src/engine/quantity";
import type { Interval, Rule } from "../../src/engine/rule";

/**
 * For tests: rule shapes of every kind, from the rule corpus, and the cells HR would fill in for
 * them, shared by the formula tests in HyperFormula (`formula.test.ts`) and in LibreOffice
 * (`test/libreoffice`).
 */

export type Shape = { name: string; text: string; options: FormulaOptions };
/** What a cell holds: a number (a percent cell holds the fraction), text, TRUE/FALSE, or nothing. */
export type Cell = number | string | boolean | null;

function fromCorpus(id: string, name: string, options?: FormulaOptions): Shape {
  const entry = corpus.find((e) => e.id === id);
  if (!entry) throw new Error(`no corpus entry ${id}`);
  return {
    name,
    text: entry.text,
    options: options ?? { max: entry.max ?? undefined, target: entry.target ?? undefined },
  };
}

export const SHAPES: readonly Shape[] = [
  fromCorpus("d002", "sales completion bands, higher is better (≥90%得30分 … <70%不得分)"),
  fromCorpus("d001", "bands with no score below the last one (nothing said under 70%)"),
  fromCorpus("d003", "bands in 万 with scanned signs (->=3W, 3W>->=2W)"),
  fromCorpus("d093", "a return rate, lower is better, with gaps between ranges (≤5%, 6%-10%, 11%-15%)"),
  fromCorpus("d038", "completion ranges with gaps (90%-99%, then 100%)"),
  fromCorpus("r055", "ranges sharing their ends (>90%, 80%-90%, 70%-80%)"),
  fromCorpus("d081", "response time in seconds written as 35</≤45"),
  fromCorpus("d030", "sales in 万元 with a bare 4万元得8分"),
  fromCorpus("d040", "mistakes counted: 0 gives 5分, 1 gives 4分 … more than 4 gives 0"),
  fromCorpus("r054", "violations counted: 0次10分, 1次8分, 2次5分, ≥3次0分"),
  fromCorpus("d094", "full marks, 70% of the points and half the points"),
  fromCorpus("d089", "points off the full score (扣1分, 扣2分)"),
  fromCorpus("j032", "a city ranking, 1st to 5th"),
  fromCorpus("r068", "month-on-month change with negative growth bands"),
  fromCorpus("j035x", "a score band that takes points away (-10)"),
  fromCorpus("j074x", "bare amounts read as lower bounds, nothing said below the first"),
  fromCorpus("j024", "completion against a GMV target of 100万", { max: 20, target: 1_000_000 }),
  {
    name: "bands with an otherwise clause (其他0分)",
    text: "≥90%得10分，80%-90%得5分，其他0分",
    options: { max: 10 },
  },
  fromCorpus("d007", "one point off per mistake, down to zero"),
  fromCorpus("d008", "an adjustment item with no points of its own: 5 off per violation, no floor"),
  fromCorpus("d102", "3 off per complaint, at most 15 off"),
  fromCorpus("d026", "2 off per 100 views below the target of 10000"),
  fromCorpus("d098", "2 off per percentage point below a 90% target"),
  fromCorpus("d098", "2 off per 1% below a sales target of 10万", { max: 20, target: 100_000 }),
  fromCorpus("d069", "2 off per point of return rate above 10%"),
  fromCorpus("d070", "1 off per 0.5% of bad reviews above 2%"),
  fromCorpus("d071", "2 off per 30 seconds over a minute"),
  fromCorpus("d099", "1 off per 0.1 of shop rating below 4.8"),
  fromCorpus("r042", "1 off per lead below 10, nothing under 4 leads"),
  fromCorpus("d033", "2 off per slip, nothing at 13 slips or more"),
  fromCorpus("d096", "1 extra per point above target, at most 10 extra", { max: 20, target: 0.9 }),
  fromCorpus("d097", "full marks at the target and 1 per point above, at most 10 more"),
  fromCorpus("d135", "+3 per new key account, up to +9"),
  fromCorpus("d101", "month-on-month satisfaction: ±1 per point, between -5 and 5"),
  fromCorpus("d080", "in proportion to the target, at most 120% of the points"),
  fromCorpus("d106", "in proportion to completion, nothing below 50%"),
  fromCorpus("d142", "in proportion to a 10万 target, nothing below half of it"),
  fromCorpus("j020", "in proportion to 10 store visits, 2 extra per visit above"),
  fromCorpus("r051", "50 people target, nothing below half, 1 extra per person above"),
  fromCorpus("r070", "points in the formula itself (通过数量/总数X50分)"),
  fromCorpus("d104", "in proportion to a monthly sales target of 50万"),
  fromCorpus("d109", "levels A/B/C with their points"),
  fromCorpus("r069", "甲等/乙等/丙等/丁等 with their points"),
  fromCorpus("d121", "优秀/良好/合格/不合格 in Traditional Chinese"),
  fromCorpus("d137", "Excellent/Good/Fair/Poor"),
  fromCorpus("d108", "levels without points, spread from the item's 20 points"),
  fromCorpus("d107", "levels whose score the evaluator chooses within a range (优秀12-15分)"),
  fromCorpus("j061x", "level ranges sharing their ends (90-100, 75-90, 60-75)"),
  fromCorpus("j042", "numbered levels described in words"),
  fromCorpus("d042", "levels chosen by the number of visitors (A: above 500)"),
  fromCorpus("d045", "levels chosen by a completion percent (B: 60% and above)"),
  fromCorpus("d051", "the manager's score within the item's points"),
  fromCorpus("d010", "a discretionary bonus with no upper limit"),
  fromCorpus("d136", "Manager's discretion (0-10)"),
  fromCorpus("d111", "done or not done"),
  fromCorpus("d029", "an extra 5-10 points for a major contribution, the amount typed in"),
  fromCorpus("d110", "met or not met, full marks"),
  fromCorpus("d072", "a click-rate standard (≥8%达标)"),
  fromCorpus("d113", "a return-rate standard (≤10%达标)"),
  fromCorpus("d062", "grades A+/A/B/C from the total"),
  fromCorpus("d118", "grades 优秀/良好/合格/不合格 from the total"),
  fromCorpus("d139", "grades with nothing said above 100"),
  fromCorpus("d020", "pay coefficients 0/0.5/0.8/1"),
  fromCorpus("d117", "pay coefficients 1.2 down to 0"),
  fromCorpus("d116", "bonus pay: all of it from 90, score% from 70, none below", { max: 3000 }),
  fromCorpus("d061", "bonus pay = base × score%", { max: 3000 }),
  ...percentCells(),
  ...durationCells(),
];

/** Shapes read from cells formatted as percents, where the cell holds the fraction (250% is 2.5):
 * percent rules take it as it is, rules of other units and points refuse it. */
function percentCells(): Shape[] {
  const read = (id: string, name: string, options: FormulaOptions = {}): Shape => {
    const shape = fromCorpus(id, name);
    return {
      ...shape,
      name: `${name}, from a percent cell`,
      options: { ...shape.options, ...options, percentFormat: true },
    };
  };
  return [
    read("d002", "sales completion bands"),
    read("j024", "completion against a GMV target of 100万", { max: 20, target: 1_000_000 }),
    read("d040", "mistakes counted"),
    read("d080", "in proportion to the target"),
    read("d098", "2 off per percentage point below a 90% target"),
    read("d045", "levels chosen by a completion percent"),
    read("d072", "a click-rate standard (≥8%达标)"),
    read("d051", "the manager's score within the item's points"),
    read("d062", "grades A+/A/B/C from the total"),
    {
      name: "a judged list of penalties, from a percent cell",
      text: "迟到每次最多扣10分；违反纪律扣5-20分",
      options: { max: 20, percentFormat: true },
    },
  ];
}

/** Shapes read from cells formatted as times (`[m]:ss`), where the cell holds days (0:35 is
 * 35/86400): time rules take the time shown, rules of other units refuse it. */
function durationCells(): Shape[] {
  const read = (id: string, name: string): Shape => {
    const shape = fromCorpus(id, name);
    return {
      ...shape,
      name: `${name}, from a time cell`,
      options: { ...shape.options, durationFormat: true },
    };
  };
  return [
    read("d081", "response time in seconds written as 35</≤45"),
    read("d071", "2 off per 30 seconds over a minute"),
    read("d040", "mistakes counted"),
    read("d002", "sales completion bands"),
  ];
}

export function ruleOf(shape: Shape): Rule {
  const parsed = parseRule(shape.text);
  if (!parsed.ok) throw new Error(`not understood: ${shape.text}`);
  return parsed.rule;
}

/** Text a formula cannot read as a quantity: it may give #N/A there, never another score. */
export const QUANTITY_TEXTS: readonly string[] = ["95%", "3.5万", "20分", "3分40秒", "七成", "12次"];

const PASS_WORDS = [
  "是",
  "否",
  "完成",
  "未完成",
  "達標",
  "未达标",
  "√",
  "×",
  "1",
  "0",
  "yes",
  "No",
  " OK ",
  "x",
];
const UNKNOWN_WORDS = ["也许", "Z", "abc", "", " "];

/**
 * The words a cell may hold for the rule, each of which the formula must score as `evaluate` does:
 * level names as written, in lower case, with stray spaces, their descriptions; met / not-met words.
 */
export function wordsFor(rule: Rule): string[] {
  const names =
    rule.kind === "levels"
      ? rule.levels.flatMap((l) => [
          l.key,
          levelKey(l.key),
          l.key.toLowerCase(),
          ` ${l.key} `,
          l.description ?? "",
        ])
      : rule.kind === "pass"
        ? PASS_WORDS
        : [];
  return [...new Set([...names, ...UNKNOWN_WORDS])];
}

/**
 * Every boundary of the rule as a cell value, the values 1e-12 and 0.001 on either side of each,
 * the middle of each gap between them, and values far outside: the edges where a formula could
 * disagree with the engine.
 */
export function edgesOf(rule: Rule, options: FormulaOptions): number[] {
  const points = boundariesOf(rule, options);
  const near = points.flatMap((p) => [p, p - 1e-12, p + 1e-12, p - 0.001, p + 0.001]);
  const gaps = points.slice(1).map((p, i) => ((points[i] as number) + p) / 2);
  const lo = points[0] as number;
  const hi = points[points.length - 1] as number;
  const span = Math.max(1, hi - lo);
  return [...new Set([...near, ...gaps, lo - span, hi + span, lo - 1000 * span, hi + 1000 * span])];
}

/** The rule's boundaries as cell values, with 0, 1 and ±2 (where percent points begin). */
export function boundariesOf(rule: Rule, options: FormulaOptions): number[] {
  return [...new Set([0, 1, 2, -2, ...thresholds(rule, options)])].sort((a, b) => a - b);
}

/** Numbers HR type around the rule's boundaries: whole numbers, two decimals, any double. */
export function randomCells(rule: Rule, options: FormulaOptions, count: number, seed: number): number[] {
  const points = thresholds(rule, options);
  const lo = Math.min(-3, ...points);
  const hi = Math.max(3, ...points);
  const span = hi - lo;
  const inRange = fc.oneof(
    fc.double({ min: lo - span, max: hi + span, noNaN: true }),
    fc.integer({ min: Math.floor(lo - span), max: Math.ceil(hi + span) }),
    fc
      .integer({ min: Math.round((lo - span) * 100), max: Math.round((hi + span) * 100) })
      .map((n) => n / 100),
    fc.double({ min: -2.5, max: 2.5, noNaN: true }),
  );
  // No sheet holds numbers as small as 1e-300, and HyperFormula shows results below 1e-290 as NaN.
  return fc.sample(inRange, { numRuns: count, seed }).map((x) => (Math.abs(x) < 1e-100 ? 0 : x));
}

/** The boundaries of a rule in the values a cell holds: a time cell holds days. */
function thresholds(rule: Rule, options: FormulaOptions): number[] {
  if (options.durationFormat && "unit" in rule && rule.unit === "seconds")
    return inCell(rule, { ...options, durationFormat: false }).map(
      (v) => (v * ("timeUnit" in rule ? (rule.timeUnit ?? 1) : 1)) / SECONDS_PER_DAY,
    );
  return inCell(rule, options);
}

function inCell(rule: Rule, options: FormulaOptions): number[] {
  switch (rule.kind) {
    case "band":
      return rule.bands.flatMap(bounds).flatMap((t) => asCell(t, rule.unit, options.target, rule.timeUnit));
    case "table":
      return rule.rows.flatMap(bounds);
    case "manual":
      return [rule.min ?? 0, rule.max ?? options.max ?? 0];
    case "pass":
      return [
        ...(rule.when ? bounds(rule.when).flatMap((t) => asCell(t, rule.unit, options.target)) : []),
        ...(rule.pass.type === "range" ? [rule.pass.min, rule.pass.max] : []),
      ];
    case "levels":
      return rule.levels.flatMap((l) => {
        const e = evaluate(rule, l.key, options);
        return [
          ...(e.ok && typeof e.score === "number" ? [e.score] : []),
          ...(l.score?.type === "range" ? [l.score.min, l.score.max] : []),
          ...(l.when ? bounds(l.when).flatMap((t) => asCell(t, rule.unit, options.target)) : []),
        ];
      });
    case "linear": {
      const target = rule.target ?? options.target;
      const ratios = [1, rule.cap ?? 1, ...(rule.zeroBelow ? [rule.zeroBelow.value] : [])];
      if (target === undefined) return ratios.flatMap((r) => asCell(r, "percent", undefined));
      const unit = rule.target !== undefined ? rule.unit : target <= 2 ? "percent" : "number";
      const extra = rule.extra ? steps(rule.extra.per).map((d) => target + d) : [];
      return [...ratios.map((r) => r * target), ...extra].flatMap((v) =>
        asCell(v, unit, undefined, rule.timeUnit),
      );
    }
    case "deduction":
    case "bonus": {
      const target = rule.target ?? options.target ?? 0;
      const absolute = rule.target === undefined && target > 2;
      const unit = absolute ? "number" : rule.unit;
      return [
        ...rule.clauses.flatMap((c) => {
          if (c.measure === "count") return steps(c.per);
          const side = c.measure === "below" ? -1 : 1;
          const size = c.perUnit === "percent" && absolute ? c.per * target : c.per;
          return steps(size).flatMap((d) => asCell(target + side * d, unit, undefined, rule.timeUnit));
        }),
        ...(rule.zeroWhen
          ? bounds(rule.zeroWhen).flatMap((t) => asCell(t, unit, undefined, rule.timeUnit))
          : []),
      ];
    }
  }
}

/** Twenty steps of a size: far enough to reach every cap and floor of the corpus's rules. */
function steps(size: number): number[] {
  return Array.from({ length: 21 }, (_, k) => k * size);
}

/** A compared value as the cells that give it: a percent as a fraction and as percent points, a
 * duration in the rule's time unit. */
function asCell(value: number, unit: Unit, target: number | undefined, timeUnit?: number): number[] {
  // timeUnit 0: minutes and hours both, where every plain number is asked about.
  if (unit === "seconds" && timeUnit !== undefined && timeUnit !== 0) return [value / timeUnit];
  if (unit !== "percent") return [value];
  if (target !== undefined && target > 2) return [value * target];
  return [value, value * 100];
}

function bounds(interval: Interval): number[] {
  return [interval.min?.value, interval.max?.value].filter((v): v is number => v !== undefined);
}

/** What HR see: the score rounded as shown, or the grade. */
export function shown(value: number | string): string {
  return typeof value === "number" ? String(roundHalfAway(value, 2)) : value;
}

export type Mismatch = { cell: Cell; engine: string; formula: string };

/**
 * The cells where a spreadsheet shows something else than `evaluate` gives (an error is "#N/A"):
 * none may differ, except text quantities (3.5万), which a formula may leave at #N/A.
 */
export function mismatches(
  rule: Rule,
  options: FormulaOptions,
  cells: readonly Cell[],
  sheet: readonly string[],
): Mismatch[] {
  return cells.flatMap((cell, i) => {
    const e = evaluate(rule, cell, options);
    const engine = e.ok ? shown(e.score) : "#N/A";
    const formula = sheet[i] as string;
    const unread = typeof cell === "string" && QUANTITY_TEXTS.includes(cell) && formula === "#N/A";
    return formula === engine || unread ? [] : [{ cell, engine, formula }];
  });
}
