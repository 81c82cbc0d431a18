import * as z from "zod/mini";
import { IssueCode, Params } from "../engine/issue";
import { CellContent, RangeRef, WriteRecord } from "./record";

/**
 * What an operation writes into a workbook, as plain data (DESIGN.md: everything the add-in writes
 * is first one WorkbookPatch, then applied by an adapter, whole or not at all): cell writes in one
 * of three modes, each with what the cell held before; validations and grade formats; the record;
 * and the conflicts and blocks that need the user's word or stop it. The single source of the
 * patch's types, the interface between the planners (src/plan) and the adapters (src/host).
 */

/** `values`: numbers and text; `functions`: live `=KPI.*` formulas over the sheet's own cells;
 * `portable`: native Excel formulas that compute the same numbers without the add-in. */
export const PatchMode = z.enum(["values", "functions", "portable"]);
export type PatchMode = z.infer<typeof PatchMode>;

/** What a written cell is in the layout; `restore` puts back what a cell held (undo). */
export const WriteRole = z.enum(["score", "subtotal", "total", "grade", "coefficient", "pay", "restore"]);
export type WriteRole = z.infer<typeof WriteRole>;

export { CellContent };

const WriteBase = {
  sheet: z.string(),
  /** A1 address, as Excel shows it. */
  cell: z.string(),
  role: WriteRole,
  before: CellContent,
};

/** One cell write: a value (null empties the cell), or a formula with its leading = (as typed, as
 * Office.js takes it). */
export const CellWrite = z.union([
  z.object({ ...WriteBase, value: z.union([z.number(), z.string(), z.boolean(), z.null()]) }),
  z.object({
    ...WriteBase,
    formula: z.string(),
    /** The value the formula shows, as the engine computed it: a file keeps it as the cell's
     * cached value, so the copy reads right before Excel calculates. */
    shows: z.optional(z.union([z.number(), z.string()])),
  }),
]);
export type CellWrite = z.infer<typeof CellWrite>;

/** What an input cell accepts: a number within bounds (a percent cell shows them as percents), or
 * one of a list (levels A/B/C, 优秀/良好…, 完成/未完成); from the rule's `InputSpec`. */
export const ValidationRule = z.union([
  z.object({
    kind: z.literal("number"),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    /** Bounds are fractions shown as percents (0.95 is 95%). */
    percent: z.optional(z.boolean()),
  }),
  z.object({ kind: z.literal("list"), items: z.array(z.string()) }),
]);
export type ValidationRule = z.infer<typeof ValidationRule>;

/** Data validation on input cells, with its prompt and its error alert in the user's language. */
export const ValidationWrite = z.object({
  sheet: z.string(),
  range: z.string(),
  rule: ValidationRule,
  prompt: z.object({ title: z.string(), message: z.string() }),
  /** `stop` refuses other input; `warning` lets the user keep it (amounts typed as 3.5万). */
  alert: z.object({ title: z.string(), message: z.string(), style: z.enum(["stop", "warning"]) }),
});
export type ValidationWrite = z.infer<typeof ValidationWrite>;

/** How a grade shows: good (A+, A, 优秀), neutral, poor (C, D, 不合格). */
export const GradeTone = z.enum(["good", "neutral", "poor"]);
export type GradeTone = z.infer<typeof GradeTone>;

/** Conditional formats on grade cells: a fill per grade text. */
export const GradeFormat = z.object({
  sheet: z.string(),
  range: z.string(),
  grades: z.array(z.object({ text: z.string(), tone: GradeTone })),
});
export type GradeFormat = z.infer<typeof GradeFormat>;

/** A write that would overwrite something the add-in did not write (`patch.*` codes). */
export const PatchConflict = z.object({
  code: IssueCode,
  params: Params,
  sheet: z.string(),
  cell: z.string(),
});
export type PatchConflict = z.infer<typeof PatchConflict>;

/** Why a cell got less than the mode asks (a value instead of a formula, or nothing). */
export const PatchWarning = z.object({
  code: IssueCode,
  params: Params,
  sheet: z.string(),
  cell: z.optional(z.string()),
});
export type PatchWarning = z.infer<typeof PatchWarning>;

/**
 * Everything one operation writes, applied by an adapter in one go: cell writes, validations and
 * grade formats to add, the add-in's own validations and formats to remove (undo, or before adding
 * them again), and the record to store in the workbook afterwards (null: remove the record).
 */
export const WorkbookPatch = z.object({
  mode: PatchMode,
  writes: z.array(CellWrite),
  validations: z.array(ValidationWrite),
  formats: z.array(GradeFormat),
  removals: z.object({ validations: z.array(RangeRef), formats: z.array(RangeRef) }),
  record: z.nullable(WriteRecord),
  conflicts: z.array(PatchConflict),
  warnings: z.array(PatchWarning),
  /** What stops the whole patch whatever the user says (a protected sheet, a read-only workbook). */
  blocks: z.array(PatchWarning),
});
export type WorkbookPatch = z.infer<typeof WorkbookPatch>;

/** A patch that writes nothing. */
export const emptyPatch = (mode: PatchMode): WorkbookPatch => ({
  mode,
  writes: [],
  validations: [],
  formats: [],
  removals: { validations: [], formats: [] },
  record: null,
  conflicts: [],
  warnings: [],
  blocks: [],
});
