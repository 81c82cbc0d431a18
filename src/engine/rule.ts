import * as z from "zod/mini";
import { Unit } from "./quantity";

/**
 * The rules a 评分标准 cell can hold, as data. Every kind evaluates through `evaluate.ts`,
 * prints back to text through `print.ts` and compiles to a native formula in `formula.ts`.
 */

/** One end of an interval. `explicit` bounds come from a sign or word (≥, 以上, 低于); implicit
 * ones from a dash range (80%-90%), where a shared endpoint goes to the range it begins. */
export const Bound = z.object({
  value: z.number(),
  inclusive: z.boolean(),
  explicit: z.boolean(),
});
export type Bound = z.infer<typeof Bound>;

export const Interval = z.object({ min: z.optional(Bound), max: z.optional(Bound) });
export type Interval = z.infer<typeof Interval>;

/** What a band or level gives: points, a share of the item's points (满分 = 1, 得一半 = 0.5),
 * points off the full score (扣1分), or a range the evaluator chooses within (得8-10分). */
export const Score = z.discriminatedUnion("type", [
  z.object({ type: z.literal("points"), points: z.number() }),
  z.object({ type: z.literal("share"), share: z.number() }),
  z.object({ type: z.literal("deduct"), points: z.number() }),
  z.object({ type: z.literal("range"), min: z.number(), max: z.number() }),
]);
export type Score = z.infer<typeof Score>;

export const Band = z.extend(Interval, { score: Score });
export type Band = z.infer<typeof Band>;

/** Seconds in one plain number when a rule writes every duration in one unit (每少5小时: a plain
 * 110 means 110 hours); 0 when it writes them in several units other than seconds (30分钟 and 1小时:
 * a plain 45 may be minutes or hours, and is asked about). */
const TimeUnit = z.optional(z.number());

/** The period every count of the rule is written in (月 for 3个月, 年, 周, 天): a count typed in
 * another is converted where the two convert exactly (10天 beside ≤2周, a week being 7 days) and
 * asked about where not (90天 beside ≤3个月), never compared as a number of the rule's period. */
const Period = z.optional(z.string());

export const BandRule = z.object({
  kind: z.literal("band"),
  unit: Unit,
  timeUnit: TimeUnit,
  period: Period,
  bands: z.array(Band).check(z.minLength(1)),
  /** The score of every value no band covers (否则不得分, 其他0分). */
  otherwise: z.optional(Score),
});

export const LinearRule = z.object({
  kind: z.literal("linear"),
  unit: Unit,
  timeUnit: TimeUnit,
  /** The value that earns full points; from the text (≥3000得满分) or the item's target. */
  target: z.optional(z.number()),
  /** Highest ratio paid (最高120% → 1.2); none means capped at 100% unless `uncapped`. */
  cap: z.optional(z.number()),
  uncapped: z._default(z.boolean(), false),
  /** Ratio below which the item scores 0 (低于50%不得分). */
  zeroBelow: z.optional(Bound),
  /** The highest score, in points, where the formula's points are the item's (完成率×分值,最高12分). */
  ceiling: z.optional(z.number()),
  /** Ratio from which the full points are earned, the rate itself paid below it (完成率≥90%得满分,
   * 低于90%按完成率×分值计分). */
  fullFrom: z.optional(z.number()),
  /** Points per unit above the target, on top of full points (每超额1人额外+1分), at most `max`
   * of them (最多加5分). */
  extra: z.optional(z.object({ per: z.number(), points: z.number(), max: z.optional(z.number()) })),
  /** Points written in the formula itself (通过数量/总数X50分). */
  points: z.optional(z.number()),
  /** Lower is better: points × target ÷ actual (费用控制得分=预算/实际×15, 目标时长/实际时长×10). */
  inverse: z.optional(z.literal(true)),
  /** The score rounded to `digits` decimals, half away from zero (四舍五入取整, 保留一位小数) or down
   * (取整数，小数部分舍去). */
  round: z.optional(z.object({ digits: z.number(), mode: z.enum(["half", "down"]) })),
});

/** One counted or measured clause of a deduction or bonus rule. */
export const StepClause = z.object({
  /** `count`: the input counts occurrences; `below` / `above`: distance from the target. */
  measure: z.enum(["count", "below", "above"]),
  /** Size of one step (每低100次 → 100; 一次 → 1). */
  per: z.number().check(z.positive()),
  /** Signed points per step (扣2分 → -2, 加3分 → 3). */
  points: z.number(),
  /** A step written as a percent (每低于目标1%): measured in percentage points on percent inputs,
   * as a share of the target on absolute inputs. */
  perUnit: z.optional(Unit),
  /** Label of the occurrence when a rule counts several kinds (一般违纪 / 严重违纪). */
  label: z.optional(z.string()),
  /** `points` is a share of the item's points (每晚交一天扣3%: -0.03 of them per day). */
  share: z.optional(z.literal(true)),
});
export type StepClause = z.infer<typeof StepClause>;

const stepFields = {
  unit: Unit,
  timeUnit: TimeUnit,
  period: Period,
  clauses: z.array(StepClause).check(z.minLength(1)),
  /** Stated base points (基础15分); otherwise the item's points, or 0 for an adjustment item. */
  basePoints: z.optional(z.number()),
  /** The steps count from the item's full points (达标得满分, 每低于目标…, 扣完为止): the rule is
   * an item's, never an adjustment, and cannot score without those points. */
  fromFull: z.optional(z.literal(true)),
  target: z.optional(z.number()),
  /** Most points the clauses may take off / add (最高扣15分, 最高加10分). */
  maxDeduction: z.optional(z.number()),
  maxBonus: z.optional(z.number()),
  /** Lowest and highest final score (最低不低于-5分, 最高不超过5分). */
  floor: z.optional(z.number()),
  ceiling: z.optional(z.number()),
  /** The lowest final score as a share of the item's points (最低不低于50% → 0.5). */
  floorShare: z.optional(z.number()),
  /** A part of a step counted as a whole one (不足30秒按30秒计: `up`) or rounded to the nearest
   * (不足1%的部分四舍五入: `half`); whole steps only otherwise. */
  partSteps: z.optional(z.enum(["up", "half"])),
  /** A value beyond which the item scores 0 (低于4条不得分). */
  zeroWhen: z.optional(Interval),
  /** A list of penalties (and awards) the evaluator weighs case by case (每次最多扣10分, 扣5-20分,
   * 上级扣分需写明具体事项): the input is the points taken off (a deduction) or the net points
   * given (a bonus), and there are no counted clauses. */
  judged: z.optional(z.literal(true)),
};

export const DeductionRule = z
  .object({ kind: z.literal("deduction"), ...stepFields, clauses: z.array(StepClause) })
  .check(
    z.refine((rule) => rule.clauses.length > 0 || rule.judged === true, {
      message: "a deduction rule counts clauses unless it is judged",
      path: ["clauses"],
    }),
  );
export const BonusRule = z.object({
  kind: z.literal("bonus"),
  ...stepFields,
  /** A judged bonus has no counted clauses: the evaluator awards it (an amount within a range, or
   * its points) when the thing happened (有重大贡献,额外加5-10分). */
  clauses: z.array(StepClause),
  award: z.optional(Score),
});

export const Level = z.object({
  key: z.string(),
  description: z.optional(z.string()),
  score: z.optional(Score),
  /** A measurable condition of the level (A、访客高于500). */
  when: z.optional(Interval),
});
export type Level = z.infer<typeof Level>;

export const LevelsRule = z.object({
  kind: z.literal("levels"),
  levels: z.array(Level).check(z.minLength(2)),
  unit: z._default(Unit, "number"),
});

export const ManualRule = z.object({
  kind: z.literal("manual"),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});

export const PassRule = z.object({
  kind: z.literal("pass"),
  pass: Score,
  fail: Score,
  /** The measurable standard, when the text states one (≥8%达标): a value is then judged by it. */
  when: z.optional(Interval),
  unit: z._default(Unit, "number"),
  timeUnit: TimeUnit,
});

/** A row of a grade, coefficient or pay table: an interval of the total score and its value. */
export const TableValue = z.discriminatedUnion("type", [
  z.object({ type: z.literal("label"), label: z.string() }),
  z.object({ type: z.literal("number"), value: z.number() }),
  /** A share of the base (全额 = 1, 不发 = 0). */
  z.object({ type: z.literal("share"), share: z.number() }),
  /** The base times the score as a percent (按得分%发放: 89分 → 89%). */
  z.object({ type: z.literal("scorePercent") }),
]);
export type TableValue = z.infer<typeof TableValue>;

export const TableRow = z.extend(Interval, { value: TableValue });
export type TableRow = z.infer<typeof TableRow>;

export const TableRule = z.object({
  kind: z.literal("table"),
  output: z.enum(["grade", "coefficient", "pay"]),
  rows: z.array(TableRow).check(z.minLength(1)),
  /** Rows over a rate (完成率≥100%，系数1.2): the input is read as a percent, not as points. */
  unit: z.optional(z.literal("percent")),
});

export const Rule = z.discriminatedUnion("kind", [
  BandRule,
  LinearRule,
  DeductionRule,
  BonusRule,
  LevelsRule,
  ManualRule,
  PassRule,
  TableRule,
]);
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule["kind"];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;
