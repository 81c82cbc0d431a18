import type { Locale } from "../../i18n";
import type { TaskpaneStrings } from "./types";

export type { TaskpaneStrings } from "./types";

/** Each locale's words as a module of their own: the pane's first download carries one language. */
const LOCALES: Record<Locale, () => Promise<TaskpaneStrings>> = {
  "zh-CN": () => import("./zh-CN").then((m) => m.zhCN),
  "zh-TW": () => import("./zh-TW").then((m) => m.zhTW),
  "en-US": () => import("./en-US").then((m) => m.enUS),
};

const loaded: Partial<Record<Locale, TaskpaneStrings>> = {};

/** Loads the task pane's words in a locale, once (src/taskpane/locale.ts, before the first render). */
export async function loadStrings(locale: Locale): Promise<void> {
  loaded[locale] ??= await LOCALES[locale]();
}

/** The task pane's words in a locale already loaded (src/i18n's `toLocale` maps Office's display
 * language). */
export function stringsFor(locale: Locale): TaskpaneStrings {
  const strings = loaded[locale];
  if (!strings) throw new Error(`The task pane's ${locale} words are not loaded (loadLocale).`);
  return strings;
}
