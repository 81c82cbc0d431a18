import type { Issue } from "../engine/issue";
import { ruleMessage } from "../i18n/rules";
import { currentLocale } from "./locale";

/** What a cell passes to a function: a value, or a range as rows of values. Blank is null. */
export type CellValue = number | string | boolean | null | undefined;
export type Arg = CellValue | CellValue[][];

/** An Excel error a function returns instead of a wrong number, with a message in the user's
 * language (Excel shows custom messages for #VALUE! and #N/A only). */
export type FormulaError = { error: "#VALUE!" | "#N/A"; message: string };

export type Outcome = number | string | FormulaError;

export function isError(value: unknown): value is FormulaError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** Bad input (text where a number belongs, a range where a cell belongs): #VALUE!. */
export function invalid(problem: Issue): FormulaError {
  return { error: "#VALUE!", message: ruleMessage(problem, currentLocale()) };
}

/** No value to give yet (not scored yet, outside every band, a range left to judgement): #N/A. */
export function unavailable(problem: Issue): FormulaError {
  return { error: "#N/A", message: ruleMessage(problem, currentLocale()) };
}
