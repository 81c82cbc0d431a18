import { formatInterval, formatNumber, formatScore } from "./format";
import type { Unit } from "./quantity";
import type { Interval, Rule, RuleOf, Score, TableValue } from "./rule";

/**
 * A rule written back as a 评分标准 text that `parseRule` reads into the same rule: what the task
 * pane shows after a user corrects a rule, and what a portable sheet keeps beside its formulas.
 */
export function printRule(rule: Rule): string {
  switch (rule.kind) {
    case "band":
      return [
        ...rule.bands.map((b) => `${condition(b, rule.unit)}${outcome(b.score)}`),
        ...(rule.otherwise ? [`其他${outcome(rule.otherwise)}`] : []),
      ].join("；");
    case "linear":
      return printLinear(rule);
    case "deduction":
    case "bonus":
      return printSteps(rule);
    case "levels":
      return rule.levels
        .map((l) => `${l.key}:${l.description ?? ""}${l.score ? `(${formatScore(l.score)})` : ""}`)
        .join("；");
    case "manual":
      return `上级评定${rule.min !== undefined && rule.max !== undefined ? `(${formatNumber(rule.min)}-${formatNumber(rule.max)}分)` : rule.max !== undefined ? `,最高${formatNumber(rule.max)}分` : ""}`;
    case "pass":
      return `${rule.when ? `${condition(rule.when, rule.unit)}达标` : "完成"}${outcome(rule.pass)}；${rule.when ? "未达标" : "未完成"}${outcome(rule.fail)}`;
    case "table":
      return rule.rows.map((r) => printRow(r, r.value, rule.output)).join("；");
  }
}

/** Conditions in the forms the parser reads: ≥90%, <60%, 80%-90%, 80%≤x<90%, 为1次. */
function condition(interval: Interval, unit: Unit): string {
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

function outcome(score: Score): string {
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

function printLinear(rule: RuleOf<"linear">): string {
  const parts: string[] = [];
  if (rule.target !== undefined)
    parts.push(
      `目标为${condition({ min: { value: rule.target, inclusive: true, explicit: true } }, rule.unit).slice(1)}`,
    );
  const ratio = rule.inverse ? "目标/实际" : "实际/目标";
  parts.push(
    rule.points !== undefined
      ? `${ratio}×${formatNumber(rule.points)}分`
      : rule.inverse
        ? `${ratio}×分值`
        : "未达标按比例扣分",
  );
  if (rule.cap !== undefined) parts.push(`最高${formatNumber(rule.cap * 100)}%`);
  if (rule.uncapped) parts.push("不封顶");
  if (rule.zeroBelow)
    parts.push(
      `${rule.zeroBelow.inclusive ? "不足" : "不超过"}${formatNumber(rule.zeroBelow.value * 100)}%不得分`,
    );
  if (rule.extra)
    parts.push(`每超额${formatNumber(rule.extra.per)}额外加${formatNumber(rule.extra.points)}分`);
  if (rule.extra?.max !== undefined) parts.push(`最多加${formatNumber(rule.extra.max)}分`);
  return parts.join("；");
}

const MEASURE = { below: "每低于目标", above: "每高于目标" } as const;

function printSteps(rule: RuleOf<"deduction"> | RuleOf<"bonus">): string {
  if (rule.kind === "bonus" && rule.award) return `有突出贡献,额外加${formatScore(rule.award)}`;
  const parts: string[] = [];
  if (rule.judged) parts.push(`上级按所列事项评定${rule.kind === "deduction" ? "扣分" : "加减分"}`);
  const implied = rule.floor === 0 || rule.clauses.some((c) => c.measure !== "count");
  if (rule.fromFull) parts.push("达标得满分");
  // Steps from a target, or down to 0, read as an item's own: without full points they are an adjustment.
  else if (implied && !rule.judged && rule.basePoints === undefined) parts.push("加减分项");
  if (rule.target !== undefined)
    parts.push(
      `目标为${condition({ min: { value: rule.target, inclusive: true, explicit: true } }, rule.unit).slice(1)}`,
    );
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
        `${MEASURE[c.measure]}${condition({ min: { value: c.per, inclusive: true, explicit: true } }, c.perUnit ?? rule.unit).slice(1)}${sign}${points}`,
      );
  }
  if (rule.maxDeduction !== undefined) parts.push(`最高扣${formatNumber(rule.maxDeduction)}分`);
  if (rule.maxBonus !== undefined) parts.push(`最高加${formatNumber(rule.maxBonus)}分`);
  if (rule.floor !== undefined) parts.push(`最低${formatNumber(rule.floor)}分`);
  if (rule.floorShare !== undefined) parts.push(`最低不低于${formatNumber(rule.floorShare * 100)}%`);
  if (rule.ceiling !== undefined) parts.push(`最高${formatNumber(rule.ceiling)}分`);
  if (rule.zeroWhen) parts.push(`${condition(rule.zeroWhen, rule.unit)}不得分`);
  return parts.join("；");
}

function printRow(interval: Interval, value: TableValue, output: RuleOf<"table">["output"]): string {
  const when = formatInterval(interval, "number");
  const score = when === "*" ? "" : `得分${when.replace(/x/, "得分")}`;
  switch (value.type) {
    case "label":
      return `${score}为${value.label}`;
    case "number":
      return `${score} 系数${formatNumber(value.value)}`;
    case "share":
      return `${score}${value.share === 1 ? "全额发放" : value.share === 0 ? "不发" : `发放${formatNumber(value.share * 100)}%`}`;
    case "scorePercent":
      return `${score}${output === "pay" && when === "*" ? "绩效工资=基数×得分%" : "按得分%发放"}`;
  }
}
