import { addMessages, hasMessages } from "./messages";
import type { Locale, Messages } from "./types";

/** Each locale's messages as a module of their own, fetched when first asked for. */
const LOCALES: Record<Locale, () => Promise<Messages>> = {
  "zh-CN": () => import("./zh-CN").then((m) => ({ ...m.zhCNRules, ...m.zhCNSheets, ...m.zhCNSteps })),
  "zh-TW": () => import("./zh-TW").then((m) => ({ ...m.zhTWRules, ...m.zhTWSheets, ...m.zhTWSteps })),
  "en-US": () => import("./en-US").then((m) => ({ ...m.enUSRules, ...m.enUSSheets, ...m.enUSSteps })),
};

/** Loads a locale's messages, once: the task pane awaits its user's before its first render. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (!hasMessages(locale)) addMessages(locale, await LOCALES[locale]());
}
