import type { Issue, Step } from "./issue";

/** What evaluating a rule on one input gives: a score (a grade label for grade tables) with the
 * steps that explain it, or an issue. `range` is set when the rule leaves a score range to the
 * evaluator (良好 8-11分). */
export type Evaluation =
  | { ok: true; score: number | string; explanation: Step[] }
  | { ok: false; issue: Issue; explanation: Step[]; range?: [number, number] };

export interface EvaluateOptions {
  /** The item's points (分值 / 权重), the base pay for pay tables. */
  max?: number;
  /** The item's target (目标值) for rules relative to it. */
  target?: number;
  /** A numeric input comes from a cell formatted as a percent. */
  percentFormat?: boolean;
  /** A numeric input comes from a cell formatted as a time (`[m]:ss`): it holds days. */
  durationFormat?: boolean;
}

export function success(score: number | string, explanation: Step[]): Evaluation {
  return { ok: true, score, explanation };
}

export function failure(issue: Issue, explanation: Step[] = [], range?: [number, number]): Evaluation {
  return range ? { ok: false, issue, explanation, range } : { ok: false, issue, explanation };
}
