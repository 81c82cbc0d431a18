import type { Issue, Step } from "../engine/issue";
import { enUSRules, enUSSheets, enUSSteps } from "./en-US";
import type { Locale, Messages } from "./types";
import { zhCNRules, zhCNSheets, zhCNSteps } from "./zh-CN";
import { zhTWRules, zhTWSheets, zhTWSteps } from "./zh-TW";

export type { Locale, Messages } from "./types";
export { toLocale } from "./locale";

const TABLES: Record<Locale, Messages> = {
  "zh-CN": { ...zhCNRules, ...zhCNSheets, ...zhCNSteps },
  "zh-TW": { ...zhTWRules, ...zhTWSheets, ...zhTWSteps },
  "en-US": { ...enUSRules, ...enUSSheets, ...enUSSteps },
};

/** The sentence for an issue or explanation step. */
export function message(item: Issue | Step, locale: Locale = "zh-CN"): string {
  return TABLES[locale][item.code](item.params);
}

/** An explanation as one readable line: steps joined in the locale's way. */
export function explain(steps: readonly Step[], locale: Locale = "zh-CN"): string {
  return steps.map((s) => message(s, locale)).join(locale === "en-US" ? "; " : "；");
}
