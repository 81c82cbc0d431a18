import * as z from "zod/mini";
import type { WorkbookAppraisal } from "../appraisal/appraisal";
import { appraiseWorkbook } from "../appraisal/appraise";
import { applyCorrections, withCorrection, type Correction } from "../appraisal/corrections";
import { reportOf, type ScoreReport } from "../appraisal/report";
import type { Locale } from "../i18n";
import { parseAddress } from "../layout/a1";
import { Grid } from "../layout/grid";
import type { Evidence, Layout } from "../layout/layout";
import { recognize } from "../layout/recognize";
import { withTaught, type TaughtSheet } from "../layout/profile";
import { withTaughtSheets } from "../layout/profileTeach";
import { contentAt, shown } from "./conflicts";
import { emptyPatch, type CellWrite, type PatchMode, type WorkbookPatch } from "./patch";
import {
  emptyRecord,
  holdsWritten,
  isEmptyRecord,
  recordedCells,
  WriteRecord,
  type CellContent,
} from "./record";
import { planWorkbook } from "./scoring";
import { planValidation } from "./validation";

/**
 * The add-in's operations as pure functions over one snapshot of a workbook: recognise and appraise
 * (with the user's corrections), score, validate, undo, correct. Each gives one WorkbookPatch that
 * an adapter applies whole, or not at all (conflicts need the user's consent; blocks stop it).
 */

/** What an adapter reads of a workbook before an operation. */
export const WorkbookSnapshot = z.object({
  grids: z.array(Grid),
  /** The add-in's record in the workbook, null when there is none (or it did not parse). */
  record: z.nullable(WriteRecord),
  /** Opened read-only: nothing may be written. */
  readOnly: z.boolean(),
});
export type WorkbookSnapshot = z.infer<typeof WorkbookSnapshot>;

const recordOf = (snapshot: WorkbookSnapshot): WriteRecord => snapshot.record ?? emptyRecord();

/** A snapshot recognised and appraised, once for every output of an operation. */
export interface Appraised {
  /** The layout, with the corrections kept in the record applied. */
  layout: Layout;
  /** The recogniser's confidence in what it found (paths into `layout`). */
  evidence: Evidence[];
  appraisal: WorkbookAppraisal;
}

/** The corrections that apply over the layout: on a taught sheet the teaching says which column
 * holds what, so no column correction moves it (teaching drops the sheet's earlier corrections; one
 * left in a record would otherwise read the taught table through a column it was not taught). */
function correctionsOver(record: WriteRecord): Correction[] {
  const taught = new Set((record.taught ?? []).map((t) => t.sheet));
  return record.corrections.filter((c) => c.kind !== "column" || !taught.has(c.sheet));
}

/** Recognises the workbook, applies the corrections kept in its record, and appraises it. */
export function appraiseSnapshot(snapshot: WorkbookSnapshot): Appraised {
  const record = recordOf(snapshot);
  const recognition = withTaughtSheets(recognize(snapshot.grids), snapshot.grids, record.taught ?? []);
  const corrections = correctionsOver(record);
  const layout = applyCorrections(recognition.layout, corrections);
  return {
    layout,
    evidence: recognition.evidence,
    appraisal: appraiseWorkbook(snapshot.grids, layout, corrections),
  };
}

function readOnlyBlock(snapshot: WorkbookSnapshot, patch: WorkbookPatch): WorkbookPatch {
  return snapshot.readOnly
    ? { ...patch, blocks: [{ code: "patch.readOnly", params: {}, sheet: "" }] }
    : patch;
}

export interface Scored extends Appraised {
  /** The appraisal as `kpi score` reports it. */
  report: ScoreReport;
  patch: WorkbookPatch;
}

/** Scores every recognised sheet and plans the writes (a second run over unchanged input writes
 * the same cells and keeps the record's first `before`s). */
export function planScore(
  snapshot: WorkbookSnapshot,
  mode: PatchMode,
  appraised: Appraised = appraiseSnapshot(snapshot),
): Scored {
  const patch = planWorkbook(snapshot.grids, appraised.appraisal, mode, recordOf(snapshot));
  return { ...appraised, report: reportOf(appraised.appraisal), patch: readOnlyBlock(snapshot, patch) };
}

/** Data validation on every recognised input cell (src/plan/validation.ts). */
export function planInputValidation(
  snapshot: WorkbookSnapshot,
  locale: Locale,
  appraised: Appraised = appraiseSnapshot(snapshot),
): WorkbookPatch {
  return readOnlyBlock(
    snapshot,
    planValidation(snapshot.grids, appraised.appraisal, recordOf(snapshot), locale),
  );
}

/** Scoring and input validation in one patch, from one appraisal, the validation planned on the
 * scoring's record. */
export function planScoreAndValidation(snapshot: WorkbookSnapshot, mode: PatchMode, locale: Locale): Scored {
  const scored = planScore(snapshot, mode);
  const validated = planInputValidation({ ...snapshot, record: scored.patch.record }, locale, scored);
  return { ...scored, patch: withValidation(scored.patch, validated) };
}

function withValidation(scored: WorkbookPatch, validated: WorkbookPatch): WorkbookPatch {
  return {
    ...scored,
    validations: validated.validations,
    removals: { ...scored.removals, validations: validated.removals.validations },
    warnings: [...scored.warnings, ...validated.warnings],
    blocks: [
      ...scored.blocks,
      ...validated.blocks.filter((b) => !scored.blocks.some((s) => s.code === b.code && s.sheet === b.sheet)),
    ],
    record: validated.record,
  };
}

/**
 * Puts back what every recorded cell held before the add-in's first write, and removes the
 * validations and formats it added. A cell changed by hand since is a conflict: restored only
 * with the user's consent. The user's corrections stay in the record.
 */
export function planUndo(snapshot: WorkbookSnapshot): WorkbookPatch {
  const record = recordOf(snapshot);
  const patch = emptyPatch("values");
  if (isEmptyRecord({ ...record, corrections: [], taught: [] })) {
    return { ...patch, warnings: [{ code: "patch.noRecord", params: {}, sheet: "" }] };
  }
  for (const recorded of recordedCells(record)) {
    const grid = snapshot.grids.find((g) => g.name === recorded.sheet);
    const at = parseAddress(recorded.cell);
    if (!grid || !at) continue;
    const now = contentAt(grid, at.row, at.column);
    if (!holdsWritten(now, recorded.after))
      patch.conflicts.push({
        code: "patch.changed",
        params: { sheet: recorded.sheet, cell: recorded.cell, now: shown(now) },
        sheet: recorded.sheet,
        cell: recorded.cell,
      });
    const base = { sheet: recorded.sheet, cell: recorded.cell, role: "restore" as const, before: now };
    const write: CellWrite =
      recorded.before.formula !== undefined
        ? { ...base, formula: recorded.before.formula }
        : { ...base, value: restorable(recorded.before.value) };
    patch.writes.push(write);
  }
  const kept = {
    ...emptyRecord(),
    corrections: record.corrections,
    ...(record.taught ? { taught: record.taught } : {}),
  };
  return readOnlyBlock(snapshot, {
    ...patch,
    removals: { validations: record.validations, formats: record.formats },
    record: isEmptyRecord(kept) ? null : kept,
    blocks: [
      ...patch.blocks,
      ...snapshot.grids
        .filter((g) => g.protected && Object.keys(record.cells[g.name] ?? {}).length > 0)
        .map((g) => ({ code: "patch.protected" as const, params: { sheet: g.name }, sheet: g.name })),
    ],
  });
}

/** An error value goes back as its text, which Excel reads as the error again. */
const restorable = (v: CellContent["value"]) => (v !== null && typeof v === "object" ? v.error : v);

/** Keeps a correction with the workbook: a patch that only stores the record. */
export function planCorrection(snapshot: WorkbookSnapshot, correction: Correction): WorkbookPatch {
  const record = recordOf(snapshot);
  return readOnlyBlock(snapshot, {
    ...emptyPatch("values"),
    record: { ...record, corrections: withCorrection(record.corrections, correction) },
  });
}

/** Keeps what the user taught of some sheets with the workbook (replacing what they taught of
 * them before, and the corrections they made of them before: those were of the layout the teaching
 * replaces): a patch that only stores the record. */
export function planTeach(snapshot: WorkbookSnapshot, taught: readonly TaughtSheet[]): WorkbookPatch {
  const record = recordOf(snapshot);
  const sheets = new Set(taught.map((t) => t.sheet));
  return readOnlyBlock(snapshot, {
    ...emptyPatch("values"),
    record: {
      ...record,
      corrections: record.corrections.filter((c) => !sheets.has(c.sheet)),
      taught: taught.reduce(withTaught, record.taught ?? []),
    },
  });
}
