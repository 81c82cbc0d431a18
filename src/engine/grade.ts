import { evaluate } from "./evaluate";
import { parseRule } from "./parseRule";
import { clean } from "./precision";
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

export type Appraisal = { grade?: string; coefficient?: number; pay?: number };

export interface AppraiseOptions {
  grades?: RuleOf<"table">;
  coefficients?: RuleOf<"table">;
  /** How pay is worked out: a pay table (≥90分全额…, 基数×得分%), or "coefficient" for 基数 × 系数. */
  pay?: RuleOf<"table"> | "coefficient";
  /** 绩效工资基数; without it there is no pay. */
  base?: number;
}

/**
 * A total's grade, coefficient and pay, each by the sheet's table or the default one:
 * grade → coefficient → pay as 基数 × 系数, 基数 × 得分% or a pay table.
 * @example appraise(85, { base: 3000, pay: "coefficient" }) //=> { grade: "A", coefficient: 0.8, pay: 2400 }
 */
export function appraise(total: number, options: AppraiseOptions = {}): Appraisal {
  const grade = evaluate(options.grades ?? defaultGradeTable(), total);
  const coefficient = evaluate(options.coefficients ?? defaultCoefficientTable(), total);
  const out: Appraisal = {};
  if (grade.ok) out.grade = String(grade.score);
  if (coefficient.ok && typeof coefficient.score === "number") out.coefficient = coefficient.score;
  if (options.base === undefined) return out;
  if (options.pay === "coefficient") {
    if (out.coefficient !== undefined) out.pay = clean(options.base * out.coefficient);
    return out;
  }
  const pay = evaluate(options.pay ?? defaultPayTable(), total, { max: options.base });
  if (pay.ok && typeof pay.score === "number") out.pay = clean(pay.score);
  return out;
}
