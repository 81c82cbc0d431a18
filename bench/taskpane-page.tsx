import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Host } from "../src/host/host";
import type { WorkbookSnapshot } from "../src/plan/operations";
import { loadLocale } from "../src/taskpane/locale";
import { Taskpane } from "../src/taskpane/Taskpane";

/** The task pane on a fixed snapshot, as the bench's page renders it: no ExcelJS, no Office.js, so
 * what is timed is the pane's own first render, its locale's words fetched first as in Excel. */
export async function renderBench(snapshot: WorkbookSnapshot): Promise<void> {
  const host: Host = {
    problems: [],
    read: () => Promise.resolve(snapshot),
    apply: () => Promise.resolve(),
    activeSheet: () => Promise.resolve(snapshot.grids[0]?.name ?? null),
    select: () => Promise.resolve(),
    selection: () => Promise.resolve(null),
  };
  await loadLocale("zh-CN");
  createRoot(document.getElementById("container") as HTMLElement).render(
    <FluentProvider theme={webLightTheme}>
      <Taskpane host={host} locale="zh-CN" />
    </FluentProvider>,
  );
}
