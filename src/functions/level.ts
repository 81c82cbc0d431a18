import { levelsFromRows } from "../engine/build";
import { issue } from "../engine/issue";
import { evaluate } from "../engine/evaluate";
import { parseRule } from "../engine/parseRule";
import type { Rule } from "../engine/rule";
import { number, pairs, unwrap, values } from "./args";
import { fromIssue, toOutcome } from "./evaluation";
import { isError, type Arg, type CellValue, type Outcome } from "./outcome";

/** The levels of KPI.LEVEL: a rule text (A:按要求完成 B:低于要求 C:没有完成), a two-column range of
 * [level, score], or a list of level names scored from the points down to 0. */
function levelsOf(given: Arg): Rule | Outcome {
  const levels = unwrap(given);
  const single = Array.isArray(levels) ? null : levels;
  if (typeof single === "string") {
    const parsed = parseRule(single);
    if (!parsed.ok) return fromIssue(parsed.issue);
    return parsed.doubt ? fromIssue(parsed.doubt) : parsed.rule;
  }
  const rows = pairs(levels);
  const scored = rows?.every(([, score]) => typeof score === "number");
  const rule = scored
    ? levelsFromRows((rows ?? []).map(([key, score]) => [String(key), score as number]))
    : levelsFromRows(values(levels).map((key) => [String(key), null]));
  return rule ?? fromIssue(issue("rule.notUnderstood", { text: String(values(levels).join("/")) }));
}

/** KPI.LEVEL: the score of the level chosen (A, 优秀, or the level's own score). */
export function level(choice: CellValue, levels: Arg, points: CellValue): Outcome {
  const max = number(points, "分值");
  if (isError(max)) return max;
  const rule = levelsOf(levels);
  if (typeof rule !== "object" || isError(rule)) return rule;
  return toOutcome(evaluate(rule, choice, { max }));
}
