import { resolve } from "path";
import { applyPatch, openWorkbook, saveWorkbook } from "../host/xlsx";
import { message, type Locale } from "../i18n";
import { recognize } from "../layout/recognize";
import { planWorkbook, type PatchMode, type WorkbookPatch } from "../plan/patch";
import type { ScoreReport } from "../plan/report";
import { scoreWorkbook } from "../plan/score";
import { UsageError } from "./errors";

export interface ScoreCommand {
  file: string;
  output: string;
  mode: PatchMode;
  overwrite: boolean;
}

export interface ScoreOutput {
  report: ScoreReport;
  patch: WorkbookPatch;
}

/** How many conflicting cells the message names before "…". */
const LISTED = 20;

/**
 * `kpi score`: recognises and scores a workbook, plans the writes, and saves the scored copy. All or
 * nothing: a cell the add-in did not write is only overwritten with `overwrite`; otherwise nothing is
 * written and the cells are named (exit 2).
 */
export async function runScore(command: ScoreCommand, locale: Locale = "zh-CN"): Promise<ScoreOutput> {
  if (resolve(command.file) === resolve(command.output))
    throw new UsageError(
      "输出文件不能与输入文件相同：kpi score 写入的是工作簿的副本，请用 -o 指定另一个文件",
    );
  const read = await openWorkbook(command.file);
  if (!read.ok) throw new UsageError(message(read.issue, locale));
  const layout = recognize(read.grids).layout;
  const report = scoreWorkbook(read.grids, layout);
  const patch = planWorkbook(read.grids, layout, report, command.mode);
  if (patch.conflicts.length > 0 && !command.overwrite) {
    const lines = patch.conflicts.slice(0, LISTED).map((c) => `  ${message(c, locale)}`);
    if (patch.conflicts.length > LISTED) lines.push(`  …（共${patch.conflicts.length}个单元格）`);
    throw new UsageError(
      `以下${patch.conflicts.length}个单元格已有内容，未写入任何单元格：\n${lines.join("\n")}\n确认要覆盖这些单元格时，请加上 --overwrite 重新运行`,
    );
  }
  applyPatch(read.workbook, patch);
  await saveWorkbook(read.workbook, command.output);
  return { report: withPatchWarnings(report, patch), patch };
}

/** The contract JSON: the report, with the cells the patch could not fill as the mode asks. */
function withPatchWarnings(report: ScoreReport, patch: WorkbookPatch): ScoreReport {
  return {
    sheets: report.sheets.map((sheet) => ({
      ...sheet,
      warnings: [
        ...sheet.warnings,
        ...patch.warnings
          .filter((w) => w.sheet === sheet.name)
          .map(({ code, params, cell }) => ({ code, params, ...(cell !== undefined ? { cell } : {}) })),
      ],
    })),
  };
}

const MODE_CN: Record<PatchMode, string> = {
  values: "数值",
  functions: "KPI 函数公式",
  portable: "Excel 原生公式",
};

/** A short summary in Chinese: per sheet and person, the total, grade and coefficient. */
export function formatScore(output: ScoreOutput, command: ScoreCommand, locale: Locale = "zh-CN"): string {
  const lines: string[] = [];
  for (const sheet of output.report.sheets) {
    lines.push(`工作表“${sheet.name}”：`);
    for (const p of sheet.people) {
      const shown = (v: number | string | null) => (v === null ? "—" : String(v));
      lines.push(
        `  ${p.name || "（未填姓名）"}${p.row !== undefined ? `（第${p.row}行）` : ""}：总分 ${shown(p.total)}，等级 ${shown(p.grade)}，系数 ${shown(p.coefficient)}`,
      );
    }
    for (const w of sheet.warnings)
      lines.push(`  注意：${message(w, locale)}${w.cell ? `（${w.cell}）` : ""}`);
  }
  const overwritten = output.patch.conflicts.length;
  lines.push(
    `已按“${MODE_CN[command.mode]}”写入 ${output.patch.writes.length} 个单元格${overwritten > 0 ? `（其中覆盖原有内容 ${overwritten} 个）` : ""}，保存为 ${command.output}`,
  );
  return `${lines.join("\n")}\n`;
}
