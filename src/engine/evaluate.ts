import { evaluateBand } from "./band";
import { evaluateLevels } from "./levels";
import { evaluateLinear } from "./linear";
import { evaluateManual } from "./manual";
import { awardAsPass, evaluatePass } from "./pass";
import type { Rule } from "./rule";
import { type EvaluateOptions, type Evaluation } from "./result";
import { evaluateSteps } from "./step";
import { evaluateTable } from "./table";

/**
 * Scores one raw cell input with a rule. Never throws: bad input is an issue in the result.
 * Scores are exact; rounding is left to what HR see (`roundHalfAway`).
 */
export function evaluate(rule: Rule, input: unknown, options: EvaluateOptions = {}): Evaluation {
  switch (rule.kind) {
    case "band":
      return evaluateBand(rule, input, options);
    case "linear":
      return evaluateLinear(rule, input, options);
    case "deduction":
      return evaluateSteps(rule, input, options);
    case "bonus":
      return rule.award
        ? evaluatePass(awardAsPass(rule.award), input, options)
        : evaluateSteps(rule, input, options);
    case "levels":
      return evaluateLevels(rule, input, options);
    case "manual":
      return evaluateManual(rule, input, options);
    case "pass":
      return evaluatePass(rule, input, options);
    case "table":
      return evaluateTable(rule, input, options);
  }
}
