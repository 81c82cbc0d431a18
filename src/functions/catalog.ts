import { single } from "./args";
import { band } from "./band";
import { deduct } from "./deduct";
import { level } from "./level";
import { isError, type Arg, type CellValue, type Outcome } from "./outcome";
import { num } from "./num";
import { ratio } from "./ratio";
import { score } from "./score";
import { coef, grade, pay } from "./tables";
import { total } from "./total";

/**
 * The KPI functions as metadata with tiny bodies: each parameter's shape, and one runner that
 * checks and reduces the arguments before the body runs. A test checks this table against the
 * metadata generated from functions.ts, so Excel and the formula engine of the tests see the
 * same functions.
 */
export type Param = { name: string; shape: "scalar" | "matrix"; optional?: true };
export type Entry = { params: Param[]; body: (...args: Arg[]) => Outcome };

const scalar = (name: string, optional?: true): Param => ({
  name,
  shape: "scalar",
  ...(optional ? { optional } : {}),
});
const matrix = (name: string, optional?: true): Param => ({
  name,
  shape: "matrix",
  ...(optional ? { optional } : {}),
});
const cell = (a: Arg) => a as CellValue;

export const CATALOG = {
  BAND: {
    params: [scalar("value"), matrix("thresholds"), matrix("scores"), scalar("lower_is_better", true)],
    body: (v, t, s, l) => band(cell(v), t, s, cell(l)),
  },
  SCORE: {
    params: [scalar("value"), scalar("rule_text"), scalar("points", true), scalar("target", true)],
    body: (v, r, p, t) => score(cell(v), cell(r), cell(p), cell(t)),
  },
  RATIO: {
    params: [scalar("actual"), scalar("target"), scalar("points"), scalar("cap", true)],
    body: (a, t, p, c) => ratio(cell(a), cell(t), cell(p), cell(c)),
  },
  DEDUCT: {
    params: [scalar("count"), scalar("each"), scalar("points")],
    body: (c, e, p) => deduct(cell(c), cell(e), cell(p)),
  },
  LEVEL: {
    params: [scalar("choice"), matrix("levels"), scalar("points")],
    body: (c, l, p) => level(cell(c), l, cell(p)),
  },
  TOTAL: {
    params: [matrix("scores"), matrix("weights", true), matrix("adjustments", true)],
    body: (s, w, a) => total(s, w, a),
  },
  GRADE: { params: [scalar("score"), matrix("table", true)], body: (s, t) => grade(cell(s), t) },
  COEF: { params: [scalar("score"), matrix("table", true)], body: (s, t) => coef(cell(s), t) },
  PAY: {
    params: [scalar("base"), scalar("score"), matrix("rule", true)],
    body: (b, s, r) => pay(cell(b), cell(s), r),
  },
  NUM: { params: [scalar("text")], body: (t) => num(cell(t)) },
} satisfies Record<string, Entry>;

export type FunctionId = keyof typeof CATALOG;

/** Runs a KPI function on the arguments a host passes: scalars reduced from one-cell ranges. */
export function invoke(id: FunctionId, args: readonly Arg[]): Outcome {
  const entry: Entry = CATALOG[id];
  const reduced: Arg[] = [];
  for (const [i, param] of entry.params.entries()) {
    const arg = args[i] ?? null;
    const value = param.shape === "scalar" ? single(arg, param.name) : arg;
    if (isError(value)) return value;
    reduced.push(value);
  }
  return entry.body(...reduced);
}
