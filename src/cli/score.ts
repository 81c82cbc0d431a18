import type { Issue } from "../engine/issue";
import { applyPatch, openWorkbook, refusals, workbookBytes, type WorkbookOpen } from "../host/xlsx";
import { message, type Locale } from "../i18n";
import { planScore, planScoreAndValidation, planUndo } from "../plan/operations";
import type { PatchMode, PatchWarning, WorkbookPatch } from "../plan/patch";
import type { ScoreReport } from "../appraisal/report";
import { CliError } from "./errors";
import { checkOutput, writeAtomically } from "./output";
import { recordLost, writtenFunction } from "./recordLost";
import { cliStrings, type CliStrings } from "./strings";
import { taughtByProfile } from "./template";

export interface ScoreCommand {
  file: string;
  output: string;
  mode: PatchMode;
  overwrite: boolean;
  /** Also put data validation on the input cells. */
  validate?: boolean;
  /** A template profile (`kpi template`) to read the workbook by. */
  template?: string;
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
}

/** How many conflicting cells the message names before "…". */
const LISTED = 20;

type Opened = Extract<WorkbookOpen, { ok: true }>;

/** Opens the input and checks the output before any work: an unreadable input or an output that
 * cannot be written (or is the input) stops here. */
async function open(command: { file: string; output: string }, locale: Locale): Promise<Opened> {
  const read = await openWorkbook(command.file);
  if (!read.ok) throw new CliError(read.issue.code, message(read.issue, locale));
  await checkOutput(command.file, command.output, read.extension, cliStrings(locale));
  return read;
}

/** All or nothing: a block stops the patch; conflicting cells are named and only overwritten with
 * `overwrite`; otherwise the whole patch is written into the copy, which is saved with the record.
 * Says what could not be written as asked. */
async function write(
  read: Opened,
  patch: WorkbookPatch,
  command: { output: string; overwrite: boolean },
  locale: Locale,
): Promise<PatchWarning[]> {
  const s = cliStrings(locale);
  const blocks = [...patch.blocks, ...refusals(read.workbook, patch)];
  if (blocks.length > 0)
    throw new CliError(
      blocks[0]?.code ?? "blocked",
      `${s.nothingWritten}\n${blocks.map((b) => `  ${message(b, locale)}`).join("\n")}`,
    );
  if (patch.conflicts.length > 0 && !command.overwrite) {
    const lines = patch.conflicts.slice(0, LISTED).map((c) => `  ${message(c, locale)}`);
    throw new CliError(
      "conflicts",
      s.conflicts(patch.conflicts.length, lines.join("\n"), patch.conflicts.length - LISTED),
    );
  }
  const warnings = await applyPatch(read.workbook, patch);
  await writeAtomically(command.output, await workbookBytes(read.workbook), s);
  return warnings;
}

/**
 * `kpi score`: recognises and scores a workbook (with the corrections kept in it), plans the
 * writes — and the input validation with `validate` — and saves the scored copy with the add-in's
 * record, so scoring the copy again is idempotent and `kpi undo` restores it exactly. Formulas are
 * written with the values the engine computed for them, so the copy reads right before Excel
 * calculates it.
 */
export async function runScore(command: ScoreCommand, locale: Locale = "zh-CN"): Promise<ScoreOutput> {
  const read = await open(command, locale);
  const snapshot = command.template
    ? await taughtByProfile(read.snapshot, command.template, locale)
    : read.snapshot;
  const scored = command.validate
    ? planScoreAndValidation(snapshot, command.mode, locale)
    : planScore(snapshot, command.mode);
  if (scored.report.sheets.length === 0)
    throw new CliError("nothingToDo", cliStrings(locale).nothingToScore, 1);
  const patch = scored.patch;
  const written = await write(read, patch, command, locale);
  const lost = recordLost(read.snapshot, patch);
  const report = withPatchWarnings(scored.report, [...patch.warnings, ...written]);
  return { report: lost ? { ...report, warnings: [lost] } : report, patch };
}

/** `kpi undo`: puts back what the add-in's record says each written cell held (every part as it
 * was, while the copy is as `kpi score` left it), removes its validations and formats, and saves
 * the copy. */
export async function runUndo(command: UndoCommand, locale: Locale = "zh-CN"): Promise<UndoOutput> {
  const read = await open(command, locale);
  const patch = planUndo(read.snapshot);
  if (patch.warnings.some((w) => w.code === "patch.noRecord")) {
    const found = writtenFunction(read.snapshot.grids);
    const text = message({ code: "patch.noRecord", params: {} }, locale);
    throw new CliError(
      "nothingToDo",
      found ? `${text}\n${cliStrings(locale).noRecordButFunctions(found)}` : text,
      1,
    );
  }
  await write(read, patch, command, locale);
  return { patch };
}

/** The contract JSON: the report, with the cells the patch could not fill as the mode asks. */
function withPatchWarnings(report: ScoreReport, warnings: readonly PatchWarning[]): ScoreReport {
  return {
    ...report,
    sheets: report.sheets.map((sheet) => ({
      ...sheet,
      warnings: [
        ...sheet.warnings,
        ...warnings
          .filter((w) => w.sheet === sheet.name)
          .map(({ code, params, cell }) => ({ code, params, ...(cell !== undefined ? { cell } : {}) })),
      ],
    })),
  };
}

/** A short summary in the user's language: per sheet and person, the total, grade and coefficient. */
export function formatScore(output: ScoreOutput, command: ScoreCommand, locale: Locale = "zh-CN"): string {
  const s = cliStrings(locale);
  const lines: string[] = [];
  const shown = (v: number | string | null) => (v === null ? "—" : String(v));
  for (const sheet of output.report.sheets) {
    lines.push(s.sheet(sheet.name));
    for (const p of sheet.people)
      lines.push(s.person(p.name || s.unnamed, p, shown(p.total), shown(p.grade), shown(p.coefficient)));
    for (const w of sheet.warnings)
      lines.push(`  ${s.note(`${message(w, locale)}${w.cell ? `（${w.cell}）` : ""}`)}`);
  }
  lines.push(
    s.scored(
      s.modes[command.mode],
      output.patch.writes.length,
      output.patch.conflicts.length,
      output.patch.validations.length,
      command.output,
    ),
    ...notes(output.report.warnings ?? [], s, locale),
  );
  return `${lines.join("\n")}\n`;
}

const notes = (warnings: readonly Issue[], s: CliStrings, locale: Locale): string[] =>
  warnings.map((w) => s.note(message(w, locale)));

/** What `kpi undo` did. */
export function formatUndo(output: UndoOutput, command: UndoCommand, locale: Locale = "zh-CN"): string {
  const { patch } = output;
  return `${cliStrings(locale).undone(patch.writes.length, patch.removals.validations.length, patch.removals.formats.length, command.output)}\n`;
}
