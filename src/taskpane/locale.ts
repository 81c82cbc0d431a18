import type { Locale } from "../i18n";
import { loadMessages } from "../i18n/load";
import { loadStrings } from "./strings";

/** Everything the pane says in the user's language (its own words and the workbook's messages),
 * fetched before its first render; the other two languages are never downloaded. */
export async function loadLocale(locale: Locale): Promise<void> {
  await Promise.all([loadMessages(locale), loadStrings(locale)]);
}
