import { createRoot } from "react-dom/client";
import { memoryHost } from "../host/memory";
import { loadWorkbook } from "../host/xlsx";
import { toLocale } from "../i18n/locale";
import { message } from "../i18n/messages";
import { loadLocale } from "../taskpane/locale";
import { showUnavailable } from "../i18n/unavailable";
import { Demo } from "./Demo";

/** The sample the demo opens with: served beside the page, so it loads from localhost. */
const SAMPLE = "live-ops-80-20.xlsx";

async function main(): Promise<void> {
  const container = document.getElementById("container") as HTMLElement;
  const query = new URLSearchParams(location.search);
  const locale = toLocale(query.get("lang") ?? "zh-CN");
  let bytes: Uint8Array;
  try {
    await loadLocale(locale);
    const response = await fetch(SAMPLE);
    if (!response.ok) throw new Error(`${SAMPLE}: ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    showUnavailable(container, locale);
    return;
  }
  const read = await loadWorkbook(bytes, SAMPLE);
  if (!read.ok) {
    container.textContent = message(read.issue, locale);
    return;
  }
  createRoot(container).render(
    <Demo
      initial={{ file: SAMPLE, host: memoryHost(read) }}
      locale={locale}
      theme={query.get("theme") === "dark" ? "dark" : "light"}
    />,
  );
}

void main();
