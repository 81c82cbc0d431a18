import { tableFromRows } from "../engine/build";
import { issue } from "../engine/issue";
import { evaluate } from "../engine/evaluate";
import { defaultCoefficientTable, defaultGradeTable, defaultPayTable } from "../engine/grade";
import { parseRule } from "../engine/parseRule";
import type { RuleOf } from "../engine/rule";
import { isBlank, number, pairs, unwrap } from "./args";
import { fromIssue, toOutcome } from "./evaluation";
import { invalid, isError, type Arg, type CellValue, type Outcome } from "./outcome";

type Output = RuleOf<"table">["output"];

const DEFAULTS: Record<Output, () => RuleOf<"table">> = {
  grade: defaultGradeTable,
  coefficient: defaultCoefficientTable,
  pay: defaultPayTable,
};

/** A table given as text (A(81-100分)、B(61-80分)…), as a two-column range, or the default. */
function tableOf(given: Arg, output: Output): RuleOf<"table"> | Outcome {
  const table = unwrap(given);
  if (isBlank(table as CellValue)) return DEFAULTS[output]();
  if (typeof table === "string") {
    const parsed = parseRule(table, { kind: "table" });
    if (!parsed.ok) return fromIssue(parsed.issue);
    if (parsed.rule.kind !== "table") return fromIssue(issue("rule.notUnderstood", { text: table }));
    return parsed.doubt ? fromIssue(parsed.doubt) : parsed.rule;
  }
  const rows = pairs(table);
  const numeric = rows?.map(([min, v]) => [typeof min === "number" ? min : NaN, v] as const);
  const usable = numeric?.every(
    ([min, v]) => Number.isFinite(min) && (typeof v === "number" || typeof v === "string"),
  );
  const rule = usable ? tableFromRows(numeric as Array<[number, string | number]>, output) : null;
  return rule ?? invalid(issue("function.table"));
}

function lookUp(score: CellValue, table: Arg, output: Output, base?: number): Outcome {
  const rule = tableOf(table, output);
  if (typeof rule !== "object" || isError(rule)) return rule;
  return toOutcome(evaluate(rule, score, base !== undefined ? { max: base } : {}));
}

/** KPI.GRADE: the grade of a total. */
export function grade(score: CellValue, table: Arg): Outcome {
  return lookUp(score, table, "grade");
}

/** KPI.COEF: the 绩效系数 of a total. */
export function coef(score: CellValue, table: Arg): Outcome {
  return lookUp(score, table, "coefficient");
}

/** KPI.PAY: the performance pay of a total from its base (基数 × 得分% unless a rule says otherwise). */
export function pay(base: CellValue, score: CellValue, rule: Arg): Outcome {
  const amount = number(base, "基数");
  if (isError(amount)) return amount;
  return lookUp(score, rule, "pay", amount);
}
