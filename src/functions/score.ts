import { doubtOf } from "../engine/certainty";
import { evaluate } from "../engine/evaluate";
import { parseRule } from "../engine/parseRule";
import { clean } from "../engine/precision";
import { quickScore } from "../engine/quick";
import { isBlank, number } from "./args";
import { fromIssue, toOutcome } from "./evaluation";
import { isError, type CellValue, type Outcome } from "./outcome";

/** KPI.SCORE: a value scored by a rule written in words, usually the sheet's own 评分标准 cell. */
export function score(value: CellValue, ruleText: CellValue, points: CellValue, target: CellValue): Outcome {
  const parsed = parseRule(typeof ruleText === "string" ? ruleText : String(ruleText ?? ""));
  if (!parsed.ok) return fromIssue(parsed.issue);
  // Sure or ask: a tentative reading scores nothing, in a cell as anywhere else.
  if (parsed.doubt) return fromIssue(parsed.doubt);
  const max = isBlank(points) ? undefined : number(points, "分值");
  if (isError(max)) return max;
  const goal = isBlank(target) ? undefined : number(target, "目标值");
  if (isError(goal)) return goal;
  // A reading that is not sure gives no number: #N/A, saying why.
  const doubt = doubtOf(parsed, { max, target: goal }, String(ruleText ?? ""));
  if (doubt) return fromIssue(doubt);
  // Band rules, the common case over thousands of rows, take the compiled path.
  const quick = quickScore(parsed.rule, value, { max, target: goal });
  if (quick !== undefined) return clean(quick);
  return toOutcome(evaluate(parsed.rule, value, { max, target: goal }));
}
