import { coerce, inPeriod } from "./coerce";
import { scaleOf } from "./scale";
import { bandCuts } from "./compile";
import { formatInterval, formatQuantity, printCondition, printOutcome } from "./format";
import { ifNumber, inside, ladder, mapCuts, measured, score, unsupported } from "./formulaText";
import { issue, step } from "./issue";
import { contains, select } from "./interval";
import { compare } from "./precision";
import type { Band, Interval, RuleOf } from "./rule";
import { measuredInput, type RuleKindSpec } from "./ruleKind";
import { failure, success, type EvaluateOptions, type Evaluation } from "./result";
import { impliedMax, resolveScore } from "./score";

/** Tiered rules (≥90%得30分，80%-90%得20分，低于80%不得分): the band the value falls in gives the score. */

const STEP_OF = {
  inside: "band.matched",
  sharedEndpoint: "band.sharedEndpoint",
  gap: "band.gap",
  otherwise: "band.otherwise",
} as const;

/** A band's interval as the explanation names it: the same words for every input of a roster. */
function bandText(band: Band, unit: RuleOf<"band">["unit"]): string {
  const known = BAND_TEXT.get(band);
  if (known !== undefined) return known;
  const text = formatInterval(band, unit);
  BAND_TEXT.set(band, text);
  return text;
}

const BAND_TEXT = new WeakMap<Band, string>();

/**
 * @example evaluateBand(parseRule("≥90%得30分,80%-90%得20分").rule, "85%") //=> score 20
 */
export function evaluateBand(rule: RuleOf<"band">, input: unknown, options: EvaluateOptions): Evaluation {
  const period = inPeriod(input, rule.period);
  if (!period.ok) return failure(period.issue);
  const value = coerce(period.input, rule.unit, options, rule.timeUnit, scaleOf(rule));
  if (!value.ok) return failure(value.issue);
  if (contested(rule).some((point) => contains(point, value.value)))
    return failure(issue("band.contested", { actual: formatQuantity(value.value, rule.unit) }), value.steps);
  const selection =
    select(rule.bands, value.value) ??
    (rule.otherwise ? { row: { score: rule.otherwise } as Band, via: "otherwise" as const } : null);
  if (!selection) {
    return failure(issue("band.uncovered", { actual: formatQuantity(value.value, rule.unit) }), value.steps);
  }
  const band = selection.row;
  const matched = step(STEP_OF[selection.via], {
    actual: formatQuantity(value.value, rule.unit),
    band: bandText(band, rule.unit),
  });
  const steps = [...value.steps, matched];
  const resolved = resolveScore(
    band.score,
    options.max ?? impliedMax([...rule.bands.map((b) => b.score), rule.otherwise]),
  );
  if (!resolved.ok) return failure(resolved.issue, steps, resolved.range);
  return success(resolved.score, [...steps, resolved.step]);
}

const scores = (rule: RuleOf<"band">) => [...rule.bands.map((b) => b.score), rule.otherwise];

const CONTESTED = new WeakMap<RuleOf<"band">, Interval[]>();

/** Values two bands both say outright they hold, scoring them differently (≥100%得30分 beside
 * 90%-100%(含)得20分): a value there is asked about, in the engine and the formula alike. Found
 * once per rule: a roster evaluates one rule for every person. */
function contested(rule: RuleOf<"band">): Interval[] {
  let points = CONTESTED.get(rule);
  if (points === undefined) CONTESTED.set(rule, (points = contestedPoints(rule)));
  return points;
}

function contestedPoints(rule: RuleOf<"band">): Interval[] {
  const claimed = (end: Band["min"]): end is NonNullable<Band["min"]> =>
    end !== undefined && end.explicit && end.inclusive;
  return rule.bands.flatMap((a) =>
    rule.bands.flatMap((b) =>
      a !== b &&
      claimed(a.max) &&
      claimed(b.min) &&
      compare(a.max.value, b.min.value) === 0 &&
      JSON.stringify(a.score) !== JSON.stringify(b.score)
        ? [{ min: a.max, max: a.max }]
        : [],
    ),
  );
}

export const band: RuleKindSpec<"band"> = {
  evaluate: evaluateBand,
  print: (rule) =>
    [
      ...rule.bands.map((b) => `${printCondition(b, rule.unit)}${printOutcome(b.score)}`),
      ...(rule.otherwise ? [`其他${printOutcome(rule.otherwise)}`] : []),
    ].join("；"),
  formula(rule, x, options) {
    // A measured value in a band scored 8-10分 leaves the score to the evaluator: no formula has it.
    if (scores(rule).some((s) => s?.type === "range")) return unsupported("scoreRange");
    const cuts = bandCuts(rule, options);
    const v = measured(x, rule.unit, options, rule.timeUnit, scaleOf(rule));
    const scored = contested(rule).reduce(
      (f, point) => `IF(${inside(v, point)},NA(),${f})`,
      ladder(v, mapCuts(cuts, score)),
    );
    return ifNumber(x, scored);
  },
  readsWords: () => false,
  statedMax: (rule) => impliedMax(scores(rule)),
  accepts: (rule, { percentCell }) => measuredInput(rule.unit, percentCell),
};
