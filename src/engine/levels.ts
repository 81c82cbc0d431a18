import { coerce } from "./coerce";
import { cutsOf } from "./compile";
import { formatNumber, formatScore } from "./format";
import { bounds, byWord, closed, ifNumber, inside, ladder, measured, outcome } from "./formulaText";
import { select } from "./interval";
import { issue, step } from "./issue";
import { normalizeText } from "./normalize";
import { compare } from "./precision";
import { parseQuantity } from "./quantity";
import type { Level, RuleOf, Score } from "./rule";
import { measuredInput, type FormulaOptions, type RuleKindSpec } from "./ruleKind";
import { failure, success, type EvaluateOptions, type Evaluation } from "./result";
import { impliedMax, resolveScore } from "./score";

/**
 * Level rules (A/B/C, 优秀/良好/合格, 甲等/乙等): the input is the level, or the level's own
 * score, or (when levels carry conditions such as 访客高于500) the measured value.
 */
export function evaluateLevels(rule: RuleOf<"levels">, input: unknown, options: EvaluateOptions): Evaluation {
  const max = options.max ?? impliedMax(rule.levels.map((l) => l.score));
  const scores = levelScores(rule.levels, max);
  const key = typeof input === "string" ? levelKey(input) : undefined;
  const byKey =
    key === undefined
      ? -1
      : rule.levels.findIndex(
          (l) => levelKey(l.key) === key || (l.description && levelKey(l.description) === key),
        );
  if (byKey >= 0) return scoreOf(rule.levels[byKey] as Level, scores[byKey], max);
  const unknown = failure(
    issue("levels.unknown", { input: String(input ?? ""), levels: rule.levels.map((l) => l.key).join("/") }),
  );
  // A plain number is the score itself when it is one of the levels' scores or inside a level's range.
  const plain = parseQuantity(input);
  if (plain.ok && (plain.quantity.unit === "number" || plain.quantity.unit === "points")) {
    const n = plain.quantity.value;
    const index = rule.levels.findIndex((l, i) => {
      if (l.score?.type === "range") return compare(n, l.score.min) >= 0 && compare(n, l.score.max) <= 0;
      const s = scores[i];
      return s !== undefined && compare(s, n) === 0;
    });
    if (index >= 0) {
      const level = rule.levels[index] as Level;
      return success(n, [step("levels.matched", { level: level.key, score: formatNumber(n) })]);
    }
  }
  if (!rule.levels.some((l) => l.when)) return unknown;
  // Otherwise a measured value picks the level by its condition (访客高于500).
  const value = coerce(input, rule.unit, options);
  if (!value.ok) return unknown;
  const chosen = select(
    rule.levels.flatMap((l, i) => (l.when ? [{ ...l.when, index: i }] : [])),
    value.value,
  );
  return chosen ? scoreOf(rule.levels[chosen.row.index] as Level, scores[chosen.row.index], max) : unknown;
}

/** Scores of levels written without points, spread evenly from the item's points down to 0. */
function levelScores(levels: readonly Level[], max: number | undefined): (number | undefined)[] {
  const n = levels.length;
  return levels.map((level, i) => {
    if (level.score) {
      const resolved = resolveScore(level.score, max);
      return resolved.ok ? resolved.score : undefined;
    }
    return max === undefined ? undefined : (max * (n - 1 - i)) / (n - 1);
  });
}

function scoreOf(level: Level, score: number | undefined, max: number | undefined): Evaluation {
  if (level.score) {
    const resolved = resolveScore(level.score as Score, max);
    if (!resolved.ok) {
      const range = resolved.range;
      return range
        ? failure(issue("levels.scoreRange", { level: level.key, min: range[0], max: range[1] }), [], range)
        : failure(resolved.issue);
    }
  }
  if (score === undefined) return failure(issue("rule.needsMax"));
  return success(score, [step("levels.matched", { level: level.key, score: formatNumber(score) })]);
}

/** Compares level names loosely: A级 = a = Ａ, 甲等 = 甲, 优秀 = 优. */
export function levelKey(text: string): string {
  return normalizeText(text)
    .toUpperCase()
    .replace(/[\s:：、.。()（）]/g, "")
    .replace(/(等级|等|级|档|类)$/, "");
}

function formula(rule: RuleOf<"levels">, x: string, options: FormulaOptions): string {
  // A level scores what the engine gives its name: its points, a share of the item, the even spread.
  const named = rule.levels.map((l) => evaluateLevels(rule, l.key, options));
  const outcomes = named.map(outcome);
  // A number is the score itself when it is a level's score or inside a level's score range.
  const isScore = rule.levels.flatMap((l, i) => {
    const e = named[i] as Evaluation;
    if (l.score?.type === "range") return [inside(x, closed(l.score.min, l.score.max))];
    return e.ok && typeof e.score === "number" ? [inside(x, closed(e.score, e.score))] : [];
  });
  const rows = rule.levels.flatMap((l, i) => (l.when ? [{ ...l.when, index: i }] : []));
  // Otherwise a measured value picks the level by its condition (访客高于500).
  const byCondition =
    rows.length === 0
      ? "NA()"
      : ladder(
          measured(x, rule.unit, options),
          cutsOf(bounds(rows), (v) => {
            const chosen = select(rows, v);
            return chosen ? (outcomes[chosen.row.index] as string) : "NA()";
          }),
        );
  const numeric = isScore.length > 0 ? `IF(OR(${isScore.join(",")}),${x},${byCondition})` : byCondition;
  const names = rule.levels.flatMap((l) => [
    l.key,
    levelKey(l.key),
    ...(l.description ? [l.description, levelKey(l.description)] : []),
  ]);
  return ifNumber(
    x,
    numeric,
    byWord(names, x, (word) => evaluateLevels(rule, word, options)),
  );
}

export const levels: RuleKindSpec<"levels"> = {
  evaluate: evaluateLevels,
  print: (rule) =>
    rule.levels
      .map((l) => `${l.key}:${l.description ?? ""}${l.score ? `(${formatScore(l.score)})` : ""}`)
      .join("；"),
  formula,
  readsWords: () => true,
  statedMax: (rule) => impliedMax(rule.levels.map((l) => l.score)),
  // Levels picked by a measured value (访客高于500) take the value; others a level's name.
  accepts: (rule, { percentCell }) =>
    rule.levels.some((l) => l.when !== undefined)
      ? measuredInput("number", percentCell)
      : { kind: "levels", keys: rule.levels.map((l) => l.key) },
};
