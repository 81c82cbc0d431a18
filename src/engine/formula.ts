import { INPUT } from "./formulaText";
import type { Issue } from "./issue";
import { kindSpec } from "./kinds";
import type { Rule } from "./rule";
import type { FormulaOptions } from "./ruleKind";

/**
 * A rule as a native Excel formula of its input cell, so a scored workbook keeps computing the
 * same numbers without the add-in (Excel 2007+, WPS, LibreOffice). Only functions every one of
 * them reads without a prefix (IF, AND, OR, MIN, MAX, ABS, ROUND, ROUNDDOWN, ISNUMBER, ISLOGICAL,
 * TRIM, NA); where `evaluate` gives no score the formula gives #N/A. A numeric cell scores as
 * `evaluate` scores the number; text scores only as a level or met / not-met word (3.5万 typed
 * as text gives #N/A, never a wrong score).
 */

export type { FormulaOptions };
export type Formula = { ok: true; formula: string } | { ok: false; issue: Issue };

/**
 * @example toFormula(parseRule("≥90%得30分，低于90%不得分").rule, "G5")
 * //=> { ok: true, formula: "=IF(ISLOGICAL(G5),NA(),IF(ISNUMBER(G5),IF(IF(AND(G5-2>0.000000002,G5-4.5<=0.0000000045),NA(),G5/IF(ABS(G5)>2,100,1))-0.9>=-0.000000001,30,0),NA()))" }
 */
export function toFormula(rule: Rule, input: string, options: FormulaOptions = {}): Formula {
  return formulaFor(rule, options)(input);
}

/** The formula of a rule for any input cell: the rule is read once, and each of a sheet's 10,000
 * rows only puts in its reference. */
export function formulaFor(rule: Rule, options: FormulaOptions = {}): (input: string) => Formula {
  // Parsed rules are shared (parseRule's cache): a roster's 2,000 rows compile each rule once.
  const byOptions = compiled.get(rule) ?? new Map<string, (input: string) => Formula>();
  compiled.set(rule, byOptions);
  const key = `${options.max}|${options.target}|${options.percentFormat === true}|${options.durationFormat === true}`;
  const known = byOptions.get(key);
  if (known) return known;
  const body = kindSpec(rule).formula(rule, INPUT, options);
  const parts = typeof body === "string" ? body.split(INPUT) : null;
  const fill = (input: string): Formula =>
    parts === null ? { ok: false, issue: body as Issue } : { ok: true, formula: `=${parts.join(input)}` };
  byOptions.set(key, fill);
  return fill;
}

const compiled = new WeakMap<Rule, Map<string, (input: string) => Formula>>();
