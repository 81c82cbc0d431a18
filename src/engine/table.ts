import { coerce } from "./coerce";
import { formatInterval, formatNumber } from "./format";
import { select } from "./interval";
import { issue, step } from "./issue";
import type { RuleOf } from "./rule";
import { failure, success, type EvaluateOptions, type Evaluation } from "./result";

/**
 * Grade, coefficient and pay tables over a total score. For pay, `options.max` is the base
 * (绩效工资基数): 全额 pays it all, 按得分% pays base × score%.
 */
export function evaluateTable(rule: RuleOf<"table">, input: unknown, options: EvaluateOptions): Evaluation {
  const value = coerce(input, "points", options);
  if (!value.ok) return failure(value.issue);
  const chosen = select(rule.rows, value.value);
  if (!chosen) return failure(issue("band.uncovered", { actual: formatNumber(value.value) }));
  const row = chosen.row;
  const matched = step("table.matched", {
    actual: formatNumber(value.value),
    band: formatInterval(row, "number"),
  });
  const v = row.value;
  if (v.type === "label") return success(v.label, [matched]);
  if (v.type === "number") return success(v.value, [matched]);
  if (options.max === undefined) return failure(issue("rule.needsMax"), [matched]);
  if (v.type === "share") return success(options.max * v.share, [matched]);
  const pay = (options.max * value.value) / 100;
  return success(pay, [matched, step("table.scorePercent", { base: options.max, score: value.value, pay })]);
}
