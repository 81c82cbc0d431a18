import type { Locale } from "../../i18n";
import { enUS } from "./en-US";
import type { TaskpaneStrings } from "./types";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { TaskpaneStrings } from "./types";

const TABLES: Record<Locale, TaskpaneStrings> = { "zh-CN": zhCN, "zh-TW": zhTW, "en-US": enUS };

/** The task pane's words in a locale (src/i18n's `toLocale` maps Office's display language). */
export const stringsFor = (locale: Locale): TaskpaneStrings => TABLES[locale];
