import type { Issue } from "../engine/issue";
import { clean } from "../engine/precision";
import type { Evaluation } from "../engine/result";
import { invalid, unavailable, type Outcome } from "./outcome";

/** Issues that mean "no value yet" rather than "wrong input" (a rule read only tentatively gives
 * none until its reading is confirmed). */
const NOT_AVAILABLE = new Set<Issue["code"]>([
  "rule.unsure",
  "quantity.empty",
  "band.uncovered",
  "band.scoreRange",
  "levels.scoreRange",
  "function.pending",
  "step.otherSide",
]);

/** Doubts of a rule's reading: the value is not available until someone confirms the rule. */
const isDoubt = (code: Issue["code"]): boolean => code.startsWith("doubt.");

/** An engine result as a cell value: the score without float noise, or the matching Excel error. */
export function toOutcome(evaluation: Evaluation): Outcome {
  if (evaluation.ok) return typeof evaluation.score === "number" ? clean(evaluation.score) : evaluation.score;
  return fromIssue(evaluation.issue);
}

export function fromIssue(problem: Issue): Outcome {
  return NOT_AVAILABLE.has(problem.code) || isDoubt(problem.code) ? unavailable(problem) : invalid(problem);
}
