import type { Issue, Step } from "../engine/issue";
import type { Locale, Messages } from "./types";

/**
 * The sentences of the locales loaded so far. Node code (the CLI, the tests) has all three from
 * the start (src/i18n/index.ts); the task pane loads only the user's (src/i18n/load.ts), so its
 * first download carries one language's messages, not three.
 */
const loaded: Partial<Record<Locale, Messages>> = {};

export function addMessages(locale: Locale, messages: Messages): void {
  loaded[locale] = messages;
}

export const hasMessages = (locale: Locale): boolean => loaded[locale] !== undefined;

/** The sentence for an issue or explanation step. A locale asked for before it is loaded is a
 * mistake of the caller, said as such rather than shown as an empty or foreign sentence. */
export function message(item: Issue | Step, locale: Locale = "zh-CN"): string {
  const table = loaded[locale];
  if (!table) throw new Error(`The ${locale} messages are not loaded (src/i18n/load.ts).`);
  return table[item.code](item.params);
}

/** An explanation as one readable line: steps joined in the locale's way. */
export function explain(steps: readonly Step[], locale: Locale = "zh-CN"): string {
  return steps.map((s) => message(s, locale)).join(locale === "en-US" ? "; " : "；");
}
