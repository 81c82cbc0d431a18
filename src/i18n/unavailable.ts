import type { Locale } from "./types";

/**
 * What the pane says when its own code or words could not be fetched from the add-in's server (a
 * dropped connection): the one sentence kept outside each locale's chunk, since it is shown
 * exactly when those chunks are missing. No React: the loader shows it too.
 */
export const UNAVAILABLE: Record<Locale, string> = {
  "zh-CN":
    "任务窗格没能加载完整（与加载项服务器的连接中断了）。请关闭任务窗格后重新打开；工作簿里的内容没有任何改动。",
  "zh-TW":
    "工作窗格沒能完整載入（與增益集伺服器的連線中斷了）。請關閉工作窗格後重新開啟；活頁簿裡的內容沒有任何變動。",
  "en-US":
    "The task pane could not finish loading (the connection to the add-in's server dropped). Close the pane and open it again; nothing in the workbook was changed.",
};

/** Shows the sentence in the pane's place, as an alert a screen reader reads out. */
export function showUnavailable(container: HTMLElement, locale: Locale): void {
  container.setAttribute("role", "alert");
  container.setAttribute("lang", locale);
  container.textContent = UNAVAILABLE[locale];
}
