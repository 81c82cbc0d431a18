import { coerce } from "./coerce";
import { printCondition, printOutcome } from "./format";
import { byWord, closed, ifNumber, inside, measured, outcome } from "./formulaText";
import { contains } from "./interval";
import { compare } from "./precision";
import { parseQuantity } from "./quantity";
import { issue, step } from "./issue";
import { normalizeText } from "./normalize";
import type { RuleOf, Score } from "./rule";
import { measuredInput, type FormulaOptions, type RuleKindSpec } from "./ruleKind";
import { failure, success, type EvaluateOptions, type Evaluation } from "./result";
import { scaleOf } from "./scale";
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
  "MET",
  "ACHIEVED",
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
  "NOT DONE",
  "NOT MET",
  "NOT ACHIEVED",
];
const YES = new Set(MET_WORDS);
/** What a cell that holds no number gives: met / not met words and judged amounts are read next. */
const UNREAD: ReadonlySet<string> = new Set(["quantity.unparseable", "quantity.empty"]);
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
    // With a stated standard (≥8%达标), a measured value is judged against it, and a plain number
    // the standard's own scale leaves in doubt (3 beside ≥95%: 3% or 300%?) is asked about.
    const value = coerce(input, rule.unit, options, rule.timeUnit, scaleOf(rule));
    if (value.ok) passed = contains(rule.when, value.value);
    else if (!UNREAD.has(value.issue.code)) return failure(value.issue);
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

/** Met / not-met words HR type, with the Traditional spellings a cell may hold (evaluatePass
 * converts them before matching; a formula compares the text as typed). Which are met is
 * evaluatePass's call. */
const FORMULA_WORDS = [
  ...MET_WORDS,
  ...NOT_MET_WORDS,
  ..."達標 達成 通過 沒完成 未達標 不達標 未達成 未通過 無 沒有".split(" "),
];

function formula(rule: RuleOf<"pass">, x: string, options: FormulaOptions): string {
  const met = outcome(evaluatePass(rule, true, options));
  const notMet = outcome(evaluatePass(rule, false, options));
  // A number other than 1 / 0 is judged by the stated standard (≥8%达标), or, where the rule
  // awards an amount in a range (额外加5-10分), is the amount awarded.
  const otherwise = rule.when
    ? `IF(${inside(measured(x, rule.unit, options, rule.timeUnit, scaleOf(rule)), rule.when)},${met},${notMet})`
    : rule.pass.type === "range"
      ? `IF(${inside(x, closed(rule.pass.min, rule.pass.max))},${x},NA())`
      : "NA()";
  const numeric = `IF(${x}=1,${met},IF(${x}=0,${notMet},${otherwise}))`;
  const words = byWord(FORMULA_WORDS, x, (word) => evaluatePass(rule, word, options));
  return ifNumber(x, numeric, words, `IF(${x},${met},${notMet})`);
}

export const pass: RuleKindSpec<"pass"> = {
  evaluate: evaluatePass,
  print: (rule) =>
    `${rule.when ? `${printCondition(rule.when, rule.unit)}达标` : "完成"}${printOutcome(rule.pass)}；${rule.when ? "未达标" : "未完成"}${printOutcome(rule.fail)}`,
  formula,
  readsWords: () => true,
  statedMax: (rule) => impliedMax([rule.pass, rule.fail]),
  // With a stated standard (≥8%达标) the measured value is typed; otherwise 完成 / 未完成.
  accepts: (rule, { percentCell }) =>
    rule.when !== undefined ? measuredInput(rule.unit, percentCell) : { kind: "met" },
};
