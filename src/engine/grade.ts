import { parseRule } from "./parseRule";
import type { RuleOf } from "./rule";

/**
 * The tables used when a sheet states none, written in the words a sheet would use so that
 * they are read by the same parser as the sheet's own (and documented in the README).
 */
export const DEFAULT_GRADE_TEXT = "A+(>100分)、A(81-100分)、B(61-80分)、C(≤60分)";
export const DEFAULT_COEFFICIENT_TEXT =
  "分值≤59 系数0；60≤分值≤79 系数0.5；80≤分值≤99 系数0.8；分值≥100 系数1";
export const DEFAULT_PAY_TEXT = "绩效工资=基数×得分%";

function table(text: string): RuleOf<"table"> {
  const parsed = parseRule(text, { kind: "table" });
  if (!parsed.ok || parsed.rule.kind !== "table") throw new Error(`default table does not parse: ${text}`);
  return parsed.rule;
}

export const defaultGradeTable = (): RuleOf<"table"> => table(DEFAULT_GRADE_TEXT);
export const defaultCoefficientTable = (): RuleOf<"table"> => table(DEFAULT_COEFFICIENT_TEXT);
export const defaultPayTable = (): RuleOf<"table"> => table(DEFAULT_PAY_TEXT);
