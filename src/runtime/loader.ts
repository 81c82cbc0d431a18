import { rebindFunctions } from "../host/officeRebind";
import { toLocale } from "../i18n/locale";
import { showUnavailable } from "../i18n/unavailable";

/**
 * The shared-runtime page serves both the KPI functions and the task pane. Custom functions can
 * start the runtime with no pane shown; the task pane's UI (taskpane.js: React and Fluent UI) is
 * loaded only once the page is shown as a task pane, so recalculating a sheet never pays for it.
 */
let loaded = false;

function loadTaskpane(): void {
  if (loaded) return;
  loaded = true;
  const script = document.createElement("script");
  // An ES module: it fetches its chunks (the user's locale, rarer parts) from this same origin.
  script.type = "module";
  script.src = "taskpane.js";
  // A dropped connection: the pane says so, and showing it again tries again.
  script.onerror = () => {
    loaded = false;
    script.remove();
    const container = document.getElementById("container");
    if (container) showUnavailable(container, toLocale(Office.context.displayLanguage));
  };
  document.head.appendChild(script);
}

void Office.onReady(() => {
  // KPI formulas a file brought in show #NAME? until entered again (src/host/officeRebind.ts).
  void Excel.run(rebindFunctions).catch(() => undefined);
  // A runtime started by a formula is hidden; one opened from the ribbon is visible at once.
  if (document.visibilityState === "visible") loadTaskpane();
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") loadTaskpane();
  });
  // Office's own event, for hosts where the page's visibility does not follow the pane's.
  void Office.addin?.onVisibilityModeChanged((message) => {
    if (message.visibilityMode === Office.VisibilityMode.taskpane) loadTaskpane();
  });
});
