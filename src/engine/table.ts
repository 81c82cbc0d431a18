import { coerce } from "./coerce";
import { cutsOf } from "./compile";
import { formatInterval, formatNumber, formatQuantity } from "./format";
import { asPoints, bounds, ifNumber, ladder, measured, num, text } from "./formulaText";
import { select } from "./interval";
import { issue, step } from "./issue";
import type { Interval, RuleOf, TableValue } from "./rule";
import type { FormulaOptions, RuleKindSpec } from "./ruleKind";
import { failure, success, type EvaluateOptions, type Evaluation } from "./result";

/**
 * Grade, coefficient and pay tables over a total score. For pay, `options.max` is the base
 * (绩效工资基数): 全额 pays it all, 按得分% pays base × score%.
 */
export function evaluateTable(rule: RuleOf<"table">, input: unknown, options: EvaluateOptions): Evaluation {
  const value = coerce(input, rule.unit ?? "points", options);
  if (!value.ok) return failure(value.issue);
  const chosen = select(rule.rows, value.value);
  if (!chosen)
    return failure(issue("band.uncovered", { actual: formatQuantity(value.value, rule.unit ?? "number") }));
  const row = chosen.row;
  const matched = step(rule.unit ? "table.rateMatched" : "table.matched", {
    actual: formatQuantity(value.value, rule.unit ?? "number"),
    band: formatInterval(row, rule.unit ?? "number"),
  });
  const v = row.value;
  if (v.type === "label") return success(v.label, [matched]);
  if (v.type === "number") return success(v.value, [matched]);
  if (options.max === undefined) return failure(issue("rule.needsMax"), [matched]);
  if (v.type === "share") return success(options.max * v.share, [matched]);
  // 按得分%发放: the score as a percent; over rates, the rate read (0.8 is 80%).
  const percent = rule.unit ? value.value * 100 : value.value;
  const pay = (options.max * percent) / 100;
  return success(pay, [matched, step("table.scorePercent", { base: options.max, score: percent, pay })]);
}

function printRow(interval: Interval, value: TableValue, rule: RuleOf<"table">): string {
  const { output } = rule;
  const when = formatInterval(interval, rule.unit ?? "number");
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

function formula(rule: RuleOf<"table">, x: string, options: FormulaOptions): string {
  const { max } = options;
  // As evaluateTable: rows over a rate read the cell as a percent (95 or 0.95 is 95%).
  const read = rule.unit ? measured(x, rule.unit, options) : x;
  const valueOf = (row: RuleOf<"table">["rows"][number]): string => {
    const v = row.value;
    if (v.type === "label") return text(v.label);
    if (v.type === "number") return num(v.value);
    if (max === undefined) return "NA()";
    if (v.type === "share") return num(max * v.share);
    return rule.unit ? `${num(max)}*${read}` : `${num(max)}*${x}/100`;
  };
  const rows = cutsOf(bounds(rule.rows), (v) => {
    const chosen = select(rule.rows, v);
    return chosen ? valueOf(chosen.row) : "NA()";
  });
  return ifNumber(x, asPoints(options, ladder(read, rows)));
}

/** Grade, coefficient and pay tables: what a total gives, never an item's score (no input cell of
 * their own to validate). */
export const table: RuleKindSpec<"table"> = {
  evaluate: evaluateTable,
  print: (rule) => rule.rows.map((r) => printRow(r, r.value, rule)).join("；"),
  formula,
  readsWords: () => false,
  statedMax: () => undefined,
  accepts: () => null,
};
