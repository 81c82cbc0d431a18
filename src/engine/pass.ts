import { coerce } from "./coerce";
import { contains } from "./interval";
import { compare } from "./precision";
import { parseQuantity } from "./quantity";
import { issue, step } from "./issue";
import { normalizeText } from "./normalize";
import type { RuleOf, Score } from "./rule";
import { failure, success, type EvaluateOptions, type Evaluation } from "./result";
import { impliedMax, resolveScore } from "./score";

/** Words HR type for met and not met (compared after normalisation: upper case, Simplified). */
export const MET_WORDS = [
  "是",
  "完成",
  "已完成",
  "达标",
  "达成",
  "合格",
  "通过",
  "有",
  "√",
  "✓",
  "✔",
  "1",
  "Y",
  "YES",
  "TRUE",
  "PASS",
  "DONE",
  "OK",
];
export const NOT_MET_WORDS = [
  "否",
  "未完成",
  "没完成",
  "未达标",
  "不达标",
  "未达成",
  "不合格",
  "未通过",
  "无",
  "没有",
  "×",
  "✗",
  "✘",
  "X",
  "0",
  "N",
  "NO",
  "FALSE",
  "FAIL",
];
const YES = new Set(MET_WORDS);
const NO = new Set(NOT_MET_WORDS);

/** A judged bonus read as the met / not met item it is: the award when it happened, else 0. */
export function awardAsPass(award: Score): RuleOf<"pass"> {
  return { kind: "pass", pass: award, fail: { type: "points", points: 0 }, unit: "number" };
}

/** Met / not met items (达标得满分, 未达标不得分). */
export function evaluatePass(rule: RuleOf<"pass">, input: unknown, options: EvaluateOptions): Evaluation {
  const text =
    typeof input === "boolean" ? (input ? "1" : "0") : normalizeText(String(input ?? "")).toUpperCase();
  let passed = YES.has(text) ? true : NO.has(text) ? false : undefined;
  if (passed === undefined && rule.when) {
    // With a stated standard (≥8%达标), a measured value is judged against it.
    const value = coerce(input, rule.unit, options);
    if (value.ok) passed = contains(rule.when, value.value);
  }
  // 额外加5-10分 with the amount awarded typed in: a number inside the range is the score.
  const amount = passed === undefined && rule.pass.type === "range" ? parseQuantity(input) : undefined;
  if (amount?.ok && rule.pass.type === "range") {
    const n = amount.quantity.value;
    if (n === 0) passed = false;
    else if (compare(n, rule.pass.min) >= 0 && compare(n, rule.pass.max) <= 0)
      return success(n, [step("manual.score", { score: n })]);
  }
  if (passed === undefined) return failure(issue("pass.unknown", { input: String(input ?? "") }));
  const resolved = resolveScore(
    passed ? rule.pass : rule.fail,
    options.max ?? impliedMax([rule.pass, rule.fail]),
  );
  if (!resolved.ok) return failure(resolved.issue, [], resolved.range);
  return success(resolved.score, [step("pass.result", { passed: passed ? 1 : 0 }), resolved.step]);
}
