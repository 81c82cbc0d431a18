import { SCALE_ABOVE, SCALE_BELOW, TEN_THOUSAND } from "../engine/coerce";
import { issue, type Issue } from "../engine/issue";
import type { Unit } from "../engine/quantity";
import type { Rule } from "../engine/rule";
import { scaleOf } from "../engine/scale";
import type { CellValue } from "../layout/grid";

/**
 * The unit a header or an item's name gives the plain numbers typed under it (`实际完成(%)`,
 * `目标(万元)`, `客单价(元)`, `销售额(千元)`, `响应时长(分钟)`, `Actual (%)`): 96 under (%) is 96%, 46
 * under (万元) is 460,000元, 90 under (分钟) is an hour and a half. Read only where the rule measures
 * in that kind of unit; where the rule's own scale or unit says the number means something else,
 * asked rather than guessed.
 */

export const HeaderUnit = ["%", "万元", "万", "千元", "元", "秒", "分钟", "小时"] as const;
export type HeaderUnit = (typeof HeaderUnit)[number];

/** Each unit's spellings in headers; `(分)` is points, never minutes, and `(s)` a plural. */
const SPELLINGS: Record<string, HeaderUnit> = {
  "%": "%",
  "％": "%",
  万元: "万元",
  萬元: "万元",
  万: "万",
  萬: "万",
  千元: "千元",
  元: "元",
  秒: "秒",
  秒钟: "秒",
  秒鐘: "秒",
  sec: "秒",
  seconds: "秒",
  分钟: "分钟",
  分鐘: "分钟",
  min: "分钟",
  mins: "分钟",
  minutes: "分钟",
  小时: "小时",
  小時: "小时",
  hours: "小时",
  hrs: "小时",
};
const IN_BRACKETS = new RegExp(
  `[（(]\\s*(${Object.keys(SPELLINGS)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s*[)）]`,
  "gi",
);

/** The one unit a text states in brackets; none where it states none or two different ones. */
export function unitOf(text: string): HeaderUnit | undefined {
  const found = new Set(
    [...text.matchAll(IN_BRACKETS)].map(
      (m) => SPELLINGS[m[1] as string] ?? SPELLINGS[(m[1] as string).toLowerCase()],
    ),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/** The unit of an item's figures: its name's and its column's, where they agree or one is silent. */
export function unitOfBoth(
  name: HeaderUnit | undefined,
  column: HeaderUnit | undefined,
): HeaderUnit | undefined {
  if (name && column && name !== column) return undefined;
  return name ?? column;
}

/**
 * Whether a column's unit speaks for one row's rule: an amount's (元, 万元) not for a row that
 * counts something else (1 complaint under 实际完成(元)), where the unit heads the column for the
 * other rows; a percent's for every row (85 under (%) beside ≥60单 may be a completion rate).
 */
export function columnUnitFor(unit: HeaderUnit | undefined, rule: Rule | null): HeaderUnit | undefined {
  if (unit === undefined || unit === "%" || rule === null || !("unit" in rule)) return unit;
  if (rule.unit === "count" || rule.unit === "points") return undefined;
  return SPEAKS[unit] === "seconds" || rule.unit !== "seconds" ? unit : undefined;
}

/** A target typed as a plain number under (%) as the engine compares it (95 → 0.95). Amounts keep
 * their own numbers: a completion rate divides two figures typed in the same unit. */
export function targetInUnit(value: number, unit: HeaderUnit | undefined): number {
  return unit === "%" ? value / 100 : value;
}

/** The number `value` stands for under `unit`, and the one it stands for read without it: a
 * plain number as typed, in the rule's own time unit (`timeUnit` seconds), or in 万 beside 元. */
function readings(
  value: number,
  unit: HeaderUnit,
  timeUnit: number | undefined,
): { stated: number; other: number } {
  if (unit === "%") return { stated: value / 100, other: value };
  const stated = value * SIZE[unit];
  if (SPEAKS[unit] === "seconds") return { stated, other: value * (timeUnit ?? 1) };
  return { stated, other: unit === "元" ? value * TEN_THOUSAND : value };
}

/** The rule units a header unit speaks for. */
const SPEAKS: Record<HeaderUnit, Unit> = {
  "%": "percent",
  万元: "money",
  万: "money",
  千元: "money",
  元: "money",
  秒: "seconds",
  分钟: "seconds",
  小时: "seconds",
};

/** How a number under the unit is written for the engine to read it (46 under (万) as 46万元). */
const WRITTEN: Partial<Record<HeaderUnit, string>> = { 万: "万元" };

/** Each unit's size in the engine's measure: yuan for amounts, seconds for times. */
const SIZE: Record<Exclude<HeaderUnit, "%">, number> = {
  万元: TEN_THOUSAND,
  万: TEN_THOUSAND,
  千元: 1000,
  元: 1,
  秒: 1,
  分钟: 60,
  小时: 3600,
};

export type UnitInput = { input: CellValue | string; unit?: HeaderUnit } | { issue: Issue };

/**
 * The input as the rule should read it under the header's unit: a plain number written with the
 * unit (`96%`, `46万元`), so the engine reads and explains it as such. Left as typed where the rule
 * counts in plain numbers of the same unit (≥95得…) or divides by a target (a completion rate);
 * asked where the rule counts something else (≥60单 under (%)) or where the number read in the
 * header's unit lies outside the rule's scale while read without it lies inside.
 */
export function inHeaderUnit(
  input: CellValue | string,
  percentFormat: boolean,
  unit: HeaderUnit,
  rule: Rule,
  target: { unit?: HeaderUnit } | undefined,
  item: string,
): UnitInput {
  const hasTarget = target !== undefined;
  // Nought is nought in every unit.
  if (typeof input !== "number" || input === 0 || percentFormat || !("unit" in rule)) return { input };
  const ruleUnit = rule.unit;
  // 46 under 实际(万元) divided by 300,000 under 目标(元): a ratio of two units is no completion.
  if (ruleUnit === "percent" && target?.unit && target.unit !== "%" && unit !== "%" && target.unit !== unit)
    return { issue: issue("score.headerUnits", { item, actual: unit, target: target.unit }) };
  if (ruleUnit === "number" || (ruleUnit === "percent" && unit !== "%" && hasTarget)) return { input };
  const unsure = issue("score.headerUnit", { item, unit, input });
  if (ruleUnit !== SPEAKS[unit]) return { issue: unsure };
  const scale = scaleOf(rule);
  if (scale && !(ruleUnit === "percent" && hasTarget)) {
    const within = (x: number) => x === 0 || (x >= scale.lo / SCALE_BELOW && x <= scale.hi * SCALE_ABOVE);
    const { stated, other } = readings(input, unit, "timeUnit" in rule ? rule.timeUnit : undefined);
    if (!within(stated) && within(other)) return { issue: unsure };
  }
  return { input: `${input}${WRITTEN[unit] ?? unit}`, unit };
}
