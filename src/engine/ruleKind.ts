import type { Issue } from "./issue";
import type { EvaluateOptions, Evaluation } from "./result";
import type { RuleKind, RuleOf } from "./rule";

/**
 * What one kind of rule declares, in the module that holds it: how it scores an input (with the
 * steps that explain it), how it is written back as text, how it compiles to a native Excel
 * formula, and what its input cell accepts. `kinds.ts` holds one of these per kind; the engine's
 * entry points (`evaluate`, `printRule`, `formulaFor`) and every layer above ask it, so adding a
 * kind touches its module and the registry, nothing else.
 */

/** What a native formula reads as `evaluate` does: the item's points, its target, a percent cell. */
export type FormulaOptions = Pick<EvaluateOptions, "max" | "target" | "percentFormat" | "durationFormat">;

/**
 * What an input cell accepts, as data (the add-in turns it into data validation):
 * - `quantity`: a measured number, 0 or more (a percent when `percent`); amounts may be typed as
 *   text the engine reads (3.5万), so other input is only warned about;
 * - `score`: points the evaluator types, within `min` and `max` where known;
 * - `levels`: one of the levels' names;
 * - `met`: met or not met (完成 / 未完成).
 */
export type InputSpec =
  | { kind: "quantity"; percent: boolean }
  | { kind: "score"; min?: number; max?: number }
  | { kind: "levels"; keys: string[] }
  | { kind: "met" };

export interface RuleKindSpec<K extends RuleKind> {
  /** One raw cell input scored, with the steps that explain the score. Never throws. */
  evaluate(rule: RuleOf<K>, input: unknown, options: EvaluateOptions): Evaluation;
  /** The rule written back as a 评分标准 text that `parseRule` reads into the same rule. */
  print(rule: RuleOf<K>): string;
  /** The formula body (no =) of the input cell `x`, where `x` is any reference; or why there is
   * none (`formula.unsupported`, a missing item's points or target). */
  formula(rule: RuleOf<K>, x: string, options: FormulaOptions): string | Issue;
  /** The native formula reads words in the input cell (a level's name, 完成 / 未完成), so a text
   * cell is no reason to write a number instead. */
  readsWords(rule: RuleOf<K>): boolean;
  /** The highest score the rule states itself (得100分, 满分10分, 基础15分), if any. */
  statedMax(rule: RuleOf<K>): number | undefined;
  /** What the input cell accepts, given the item's points and whether the cell is formatted as a
   * percent; null where any text may be right (durations typed as 3分40秒). */
  accepts(rule: RuleOf<K>, cell: { points?: number; percentCell: boolean }): InputSpec | null;
}

/** A quantity measured in `unit`: a percent where the rule or the cell says so; none for durations,
 * which HR type in words. */
export function measuredInput(unit: string, percentCell: boolean): InputSpec | null {
  if (unit === "seconds") return null;
  return { kind: "quantity", percent: unit === "percent" || percentCell };
}
