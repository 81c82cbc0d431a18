import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeHost } from "../host/office";
import { toLocale } from "../i18n/locale";
import { loadLocale } from "./locale";
import { Taskpane } from "./Taskpane";
import { themeFor } from "./theme";
import { showUnavailable } from "../i18n/unavailable";

/**
 * The task pane in Excel (taskpane.js, an ES module whose rarer parts are chunks of their own):
 * loaded by the shared-runtime page only when the pane is shown (src/runtime/loader.ts), so a
 * runtime started for the KPI functions alone never loads React.
 */
void Office.onReady(async () => {
  const container = document.getElementById("container");
  if (!container) return;
  const locale = toLocale(Office.context.displayLanguage);
  try {
    await loadLocale(locale);
  } catch {
    showUnavailable(container, locale);
    return;
  }
  createRoot(container).render(
    <FluentProvider theme={themeFor(Office.context.officeTheme)}>
      <Taskpane host={officeHost()} locale={locale} />
    </FluentProvider>,
  );
});
