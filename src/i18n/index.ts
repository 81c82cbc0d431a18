import type { Issue, Step } from "../engine/issue";
import { enUS } from "./en-US";
import type { Locale, Messages } from "./types";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { Locale, Messages } from "./types";

const TABLES: Record<Locale, Messages> = { "zh-CN": zhCN, "zh-TW": zhTW, "en-US": enUS };

/** Office's display language to ours: zh-HK / zh-MO / zh-Hant read Traditional, other zh Simplified. */
export function toLocale(language: string | undefined): Locale {
  const l = (language ?? "").toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return "zh-TW";
  if (l.startsWith("en")) return "en-US";
  return "zh-CN";
}

/** The sentence for an issue or explanation step. */
export function message(item: Issue | Step, locale: Locale = "zh-CN"): string {
  return TABLES[locale][item.code](item.params);
}

/** An explanation as one readable line: steps joined in the locale's way. */
export function explain(steps: readonly Step[], locale: Locale = "zh-CN"): string {
  return steps.map((s) => message(s, locale)).join(locale === "en-US" ? "; " : "；");
}
