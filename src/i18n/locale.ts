import type { Locale } from "./types";

/** Office's display language to ours: zh-HK / zh-MO / zh-Hant read Traditional, other zh Simplified. */
export function toLocale(language: string | undefined): Locale {
  const l = (language ?? "").toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return "zh-TW";
  if (l.startsWith("en")) return "en-US";
  return "zh-CN";
}
