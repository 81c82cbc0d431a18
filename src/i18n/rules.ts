import type { Issue, Params, Step } from "../engine/issue";
import { enUSRules, enUSSteps } from "./en-US";
import type { Locale, RuleMessages, StepMessages } from "./types";
import { zhCNRules, zhCNSteps } from "./zh-CN";
import { zhTWRules, zhTWSteps } from "./zh-TW";

/**
 * The sentences of the engine alone (a rule, its inputs, the steps of an explanation), for the
 * `KPI.*` functions: their bundle carries none of the workbook's messages.
 */

const TABLES: Record<Locale, RuleMessages & StepMessages> = {
  "zh-CN": { ...zhCNRules, ...zhCNSteps },
  "zh-TW": { ...zhTWRules, ...zhTWSteps },
  "en-US": { ...enUSRules, ...enUSSteps },
};

/** The sentence for an issue of a rule or an explanation step. The engine raises no other; were a
 * workbook's issue ever passed, its code is shown rather than nothing. */
export function ruleMessage(item: Issue | Step, locale: Locale): string {
  const table: Partial<Record<string, (params: Params) => string>> = TABLES[locale];
  return table[item.code]?.(item.params) ?? item.code;
}
