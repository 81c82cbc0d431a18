import { evaluate } from "../../src/engine/evaluate";
import { parseRule } from "../../src/engine/parseRule";

/**
 * For tests: a rule text as a function of one input, giving the score, the range left to the
 * evaluator, or the issue code.
 */
export function scorer(text: string, max?: number, target?: number) {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(`not understood: ${text}`);
  return (input: unknown) => {
    const e = evaluate(parsed.rule, input, { max, target });
    if (e.ok) return e.score;
    return e.range ?? e.issue.code;
  };
}
