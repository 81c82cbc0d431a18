import type { GradeTone } from "../plan/patch";

/**
 * The colours of a grade cell's conditional format, shared by both adapters so a workbook scored
 * in Excel and one scored by `kpi score` look the same. They are Excel's own Good / Neutral / Bad
 * cell styles: HR staff know them, and the dark text stays readable on each fill, printed too.
 */
export const TONE_FILL: Record<GradeTone, { fill: string; font: string }> = {
  good: { fill: "#C6EFCE", font: "#006100" },
  neutral: { fill: "#FFEB9C", font: "#9C5700" },
  poor: { fill: "#FFC7CE", font: "#9C0006" },
};
