import type { Locale } from "../i18n/types";

/** The language of function messages; the add-in sets it from Office's display language. */
let locale: Locale = "zh-CN";

export function setLocale(next: Locale): void {
  locale = next;
}

export function currentLocale(): Locale {
  return locale;
}
