import { evaluate } from "../../src/engine/evaluate";
import type { EvaluateOptions } from "../../src/engine/result";
import { roundHalfAway } from "../../src/engine/precision";
import { parseRule } from "../../src/engine/parseRule";

/** A score, a grade, or null where the input is refused. */
export type Expect = number | string | null;

/** For tests: the text is read sure, and each input scores as listed (null: refused). */
export function scores(
  text: string,
  options: EvaluateOptions,
  inputs: ReadonlyArray<readonly [string, Expect]>,
): void {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(`not understood: ${text}`);
  expect(parsed.doubt).toBeUndefined();
  const got = inputs.map(([input]) => {
    const e = evaluate(parsed.rule, input, options);
    return [
      input,
      e.ok ? (typeof e.score === "number" ? roundHalfAway(e.score, 2) : e.score) : null,
    ] as const;
  });
  expect(got).toEqual(inputs);
}

/** For tests: the text is not read sure (the user is asked), with the doubt named where given. */
export function asks(text: string, code?: string): void {
  const parsed = parseRule(text);
  if (code === undefined) expect(parsed.ok && parsed.doubt === undefined).toBe(false);
  else expect(parsed.ok && parsed.doubt?.code).toBe(code);
}
