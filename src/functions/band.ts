import { bandFromThresholds } from "../engine/build";
import { lruCache } from "../engine/cache";
import { plainNumber } from "../engine/coerce";
import { compileBand } from "../engine/compile";
import { issue } from "../engine/issue";
import { evaluate } from "../engine/evaluate";
import { numbers } from "./args";
import { toOutcome } from "./evaluation";
import { invalid, isError, type Arg, type CellValue, type Outcome } from "./outcome";

const compiled = lruCache<((x: number) => number) | null>(1000);

/** KPI.BAND: the score of the tier a value reaches, from thresholds and scores given in cells. */
export function band(value: CellValue, thresholds: Arg, scores: Arg, lowerIsBetter: CellValue): Outcome {
  const t = numbers(thresholds, "阈值");
  if (isError(t)) return t;
  const s = numbers(scores, "得分");
  if (isError(s)) return s;
  const lower = lowerIsBetter === true || lowerIsBetter === 1 || lowerIsBetter === "TRUE";
  const rule = bandFromThresholds(t, s, lower);
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
  if (typeof value === "number") {
    // Numbers, the common case over thousands of rows, take the compiled path.
    const key = `${t.join()}|${s.join()}|${lower}`;
    let fast = compiled.get(key);
    if (fast === undefined) {
      fast = compileBand(rule);
      compiled.set(key, fast);
    }
    if (fast) return fast(plainNumber(value, rule.unit));
  }
  return toOutcome(evaluate(rule, value));
}
