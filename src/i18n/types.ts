import type { IssueCode, Params, StepCode } from "../engine/issue";

export type Locale = "zh-CN" | "zh-TW" | "en-US";

type Say = (params: Params) => string;

/** What the engine says about a rule and its inputs: all the `KPI.*` functions ever say. */
export type RuleCode = Extract<
  IssueCode,
  `${"quantity" | "rule" | "doubt" | "band" | "levels" | "manual" | "pass" | "deduction" | "step" | "formula" | "function"}.${string}`
>;

/** What the add-in says about a workbook: layouts, scores, writes, files, teaching. */
export type SheetCode = Exclude<IssueCode, RuleCode>;

/** One sentence per issue and explanation step, in one language, in three parts so that the
 * functions bundle carries only the rules' and the steps' (src/i18n/rules.ts). */
export type RuleMessages = Record<RuleCode, Say>;
export type SheetMessages = Record<SheetCode, Say>;
export type StepMessages = Record<StepCode, Say>;
export type Messages = RuleMessages & SheetMessages & StepMessages;
