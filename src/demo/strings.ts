import type { Locale } from "../i18n";

/** The demo page's own words (the task pane's are in src/taskpane/strings). */
export interface DemoStrings {
  title: string;
  intro: string;
  open: string;
  download: string;
  language: string;
  theme: string;
  themes: Record<"light" | "dark", string>;
  formulaNote: string;
  /** How to select in the grid, as in Excel (the pane's 教一次 takes the selection). */
  selectNote: string;
  written: string;
  loading: string;
}

export const DEMO_STRINGS: Record<Locale, DemoStrings> = {
  "zh-CN": {
    title: "KPI 绩效评分 — 演示（无需 Excel）",
    intro: "左边是工作簿，右边是加载项的任务窗格。所有计算都在本页完成，数据不会离开这台电脑。",
    open: "打开 .xlsx 工作簿",
    download: "下载评分后的工作簿",
    language: "语言",
    theme: "主题",
    themes: { light: "浅色", dark: "深色" },
    formulaNote: "演示页不计算公式：加载项写入公式的单元格，显示的是它算出的数值（与“数值”方式写入的相同）。",
    selectNote: "单击选中一个单元格，按住 Shift 单击选中一个区域，与在 Excel 中一样（“教一次”用）。",
    written: "加载项写入的单元格",
    loading: "正在打开工作簿…",
  },
  "zh-TW": {
    title: "KPI 績效評分 — 示範（不需 Excel）",
    intro: "左邊是活頁簿，右邊是增益集的工作窗格。所有計算都在本頁完成，資料不會離開這台電腦。",
    open: "開啟 .xlsx 活頁簿",
    download: "下載評分後的活頁簿",
    language: "語言",
    theme: "主題",
    themes: { light: "淺色", dark: "深色" },
    formulaNote:
      "示範頁不計算公式：增益集寫入公式的儲存格，顯示的是它算出的數值（與「數值」方式寫入的相同）。",
    selectNote: "按一下選取一個儲存格，按住 Shift 再按一下選取一個範圍，與在 Excel 中一樣（「教一次」用）。",
    written: "增益集寫入的儲存格",
    loading: "正在開啟活頁簿…",
  },
  "en-US": {
    title: "KPI scoring — demo (no Excel needed)",
    intro:
      "The workbook is on the left, the add-in's task pane on the right. Everything runs in this page: no data leaves this computer.",
    open: "Open an .xlsx workbook",
    download: "Download the scored workbook",
    language: "Language",
    theme: "Theme",
    themes: { light: "Light", dark: "Dark" },
    formulaNote:
      "This page computes no formulas: a cell where the add-in wrote a formula shows the number the add-in computed (what the values mode writes).",
    selectNote: "Click a cell to select it, Shift-click to select a range, as in Excel (for Teach once).",
    written: "Cells the add-in wrote",
    loading: "Opening the workbook…",
  },
};
