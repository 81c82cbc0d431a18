import { basename, resolve } from "path";
import type { Issue } from "../engine/issue";
import { partsIssue } from "../host/parts";
import { applyPatch, openWorkbook, saveWorkbook, type WorkbookOpen } from "../host/xlsx";
import { message, type Locale } from "../i18n";
import { planScore, planScoreAndValidation, planUndo } from "../plan/operations";
import type { PatchMode, WorkbookPatch } from "../plan/patch";
import type { ScoreReport } from "../appraisal/report";
import { UsageError } from "./errors";

export interface ScoreCommand {
  file: string;
  output: string;
  mode: PatchMode;
  overwrite: boolean;
  /** Also put data validation on the input cells. */
  validate?: boolean;
}

export interface UndoCommand {
  file: string;
  output: string;
  overwrite: boolean;
}

export interface ScoreOutput {
  report: ScoreReport;
  patch: WorkbookPatch;
}

export interface UndoOutput {
  patch: WorkbookPatch;
  /** What the saved copy lacks of the input, when anything. */
  warnings: Issue[];
}

/** How many conflicting cells the message names before "…". */
const LISTED = 20;

async function open(file: string, output: string, locale: Locale) {
  if (resolve(file) === resolve(output))
    throw new UsageError("输出文件不能与输入文件相同：kpi 写入的是工作簿的副本，请用 -o 指定另一个文件");
  const read: WorkbookOpen = await openWorkbook(file);
  if (!read.ok) throw new UsageError(message(read.issue, locale));
  return read;
}

/** All or nothing: a block stops the patch; conflicting cells are named and only overwritten with
 * `overwrite`; otherwise the whole patch is applied and the copy saved with the record. Says what
 * the copy lacks of the input. */
async function write(
  read: Extract<WorkbookOpen, { ok: true }>,
  patch: WorkbookPatch,
  command: { output: string; overwrite: boolean },
  locale: Locale,
): Promise<Issue[]> {
  if (patch.blocks.length > 0)
    throw new UsageError(
      `未写入任何单元格：\n${patch.blocks.map((b) => `  ${message(b, locale)}`).join("\n")}`,
    );
  if (patch.conflicts.length > 0 && !command.overwrite) {
    const lines = patch.conflicts.slice(0, LISTED).map((c) => `  ${message(c, locale)}`);
    if (patch.conflicts.length > LISTED) lines.push(`  …（共${patch.conflicts.length}个单元格）`);
    throw new UsageError(
      `以下${patch.conflicts.length}个单元格已有内容，未写入任何单元格：\n${lines.join("\n")}\n确认要覆盖这些单元格时，请加上 --overwrite 重新运行`,
    );
  }
  applyPatch(read.workbook, patch);
  const dropped = await saveWorkbook(read, command.output, patch.record);
  return dropped.length > 0 ? [partsIssue(dropped, basename(command.output))] : [];
}

/**
 * `kpi score`: recognises and scores a workbook (with the corrections kept in it), plans the
 * writes — and the input validation with `validate` — and saves the scored copy with the add-in's
 * record, so scoring the copy again is idempotent and `kpi undo` restores it exactly.
 */
export async function runScore(command: ScoreCommand, locale: Locale = "zh-CN"): Promise<ScoreOutput> {
  const read = await open(command.file, command.output, locale);
  const scored = command.validate
    ? planScoreAndValidation(read.snapshot, command.mode, locale)
    : planScore(read.snapshot, command.mode);
  const patch = scored.patch;
  const warnings = await write(read, patch, command, locale);
  const report = withPatchWarnings(scored.report, patch);
  return { report: warnings.length > 0 ? { ...report, warnings } : report, patch };
}

/** `kpi undo`: puts back what the add-in's record says each written cell held, removes its
 * validations and formats, and saves the copy. */
export async function runUndo(command: UndoCommand, locale: Locale = "zh-CN"): Promise<UndoOutput> {
  const read = await open(command.file, command.output, locale);
  const patch = planUndo(read.snapshot);
  if (patch.warnings.some((w) => w.code === "patch.noRecord"))
    throw new UsageError(message({ code: "patch.noRecord", params: {} }, locale));
  return { patch, warnings: await write(read, patch, command, locale) };
}

/** The contract JSON: the report, with the cells the patch could not fill as the mode asks. */
function withPatchWarnings(report: ScoreReport, patch: WorkbookPatch): ScoreReport {
  return {
    ...report,
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
  const validated = output.patch.validations.length;
  lines.push(
    `已按“${MODE_CN[command.mode]}”写入 ${output.patch.writes.length} 个单元格${overwritten > 0 ? `（其中覆盖原有内容 ${overwritten} 个）` : ""}${validated > 0 ? `，为 ${validated} 处输入单元格加上数据验证` : ""}，保存为 ${command.output}`,
    ...notes(output.report.warnings ?? [], locale),
  );
  return `${lines.join("\n")}\n`;
}

const notes = (warnings: readonly Issue[], locale: Locale): string[] =>
  warnings.map((w) => `注意：${message(w, locale)}`);

/** What `kpi undo` did, in Chinese. */
export function formatUndo(output: UndoOutput, command: UndoCommand, locale: Locale = "zh-CN"): string {
  const { patch } = output;
  return [
    `已恢复 ${patch.writes.length} 个单元格的原有内容，移除 ${patch.removals.validations.length} 处数据验证和 ${patch.removals.formats.length} 处条件格式，保存为 ${command.output}`,
    ...notes(output.warnings, locale),
  ]
    .map((line) => `${line}\n`)
    .join("");
}
