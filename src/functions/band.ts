import { bandFromThresholds } from "../engine/build";
import { lruCache } from "../engine/cache";
import { evaluate } from "../engine/evaluate";
import { issue } from "../engine/issue";
import { clean } from "../engine/precision";
import { quickScore } from "../engine/quick";
import type { RuleOf } from "../engine/rule";
import { numbers } from "./args";
import { toOutcome } from "./evaluation";
import { invalid, isError, type Arg, type CellValue, type Outcome } from "./outcome";

/** Rules built from thresholds and scores, by their numbers: the same rule object each time, so
 * `quickScore` compiles its cuts once for a column of thousands of rows. */
const rules = lruCache<RuleOf<"band"> | null>(1000);

/** KPI.BAND: the score of the tier a value reaches, from thresholds and scores given in cells. */
export function band(value: CellValue, thresholds: Arg, scores: Arg, lowerIsBetter: CellValue): Outcome {
  const t = numbers(thresholds, "阈值");
  if (isError(t)) return t;
  const s = numbers(scores, "得分");
  if (isError(s)) return s;
  const lower = lowerIsBetter === true || lowerIsBetter === 1 || lowerIsBetter === "TRUE";
  const key = `${t.join()}|${s.join()}|${lower}`;
  let rule = rules.get(key);
  if (rule === undefined) rules.set(key, (rule = bandFromThresholds(t, s, lower)));
  if (!rule) {
    return invalid(
      issue("function.lengthMismatch", {
        first: "阈值",
        second: "得分",
        firstCount: t.length,
        secondCount: s.length,
      }),
    );
  }
  const quick = quickScore(rule, value);
  if (quick !== undefined) return clean(quick);
  return toOutcome(evaluate(rule, value));
}
