import type { ColumnRole, HeaderField } from "../../layout/layout";
import type { PatchMode } from "../../plan/patch";

/** The rule kinds an item can have (src/engine/rule.ts). */
export type RuleKindName = "band" | "linear" | "deduction" | "bonus" | "levels" | "manual" | "pass" | "table";

/** The steps of an operation over the whole workbook, as the progress bar names them. */
export type OperationStep = "read" | "plan" | "apply";

/** What the user asked for: inject validation, score, undo, keep a correction, teach a table. */
export type OperationKind = "validate" | "score" | "undo" | "correct" | "teach";

/** The cells a user points at when teaching a table. */
export type PointedCell = "name" | "total" | "grade" | "gradeTable";

/**
 * Every word of the task pane in one language. One table per locale, typed by this interface, so a
 * missing key fails the typecheck; the engine's and the plan's messages come from src/i18n.
 */
export interface TaskpaneStrings {
  title: string;
  loading: string;
  /** The workbook could not be read. */
  readFailed: (reason: string) => string;
  sheet: string;
  sheetKind: Record<"form" | "roster" | "none", string>;
  noKpiSheet: string;

  actions: string;
  wholeWorkbook: string;
  validate: string;
  score: string;
  undo: string;
  mode: string;
  modes: Record<PatchMode, { label: string; hint: string }>;
  cancel: string;
  step: Record<OperationStep, string>;
  progressLabel: (operation: string, step: string) => string;

  done: Record<OperationKind, (cells: number) => string>;
  cancelled: string;
  blocked: string;
  declined: string;
  failed: (reason: string) => string;

  conflictTitle: string;
  conflictIntro: (count: number) => string;
  conflictConfirm: string;
  conflictCancel: string;

  recognised: string;
  headerBlock: string;
  headerFields: Record<HeaderField, string>;
  headerRow: (row: number) => string;
  columns: string;
  roles: Record<ColumnRole, string>;
  sections: string;
  adjustmentSection: string;
  noWeight: string;
  items: string;
  indicators: string;
  people: (count: number) => string;
  weight: string;
  points: (weight: number) => string;
  rule: string;
  ruleKinds: Record<RuleKindName, string>;
  ruleNotUnderstood: string;
  uncertain: string;
  uncertainHint: string;
  example: string;
  /** What the item's score cell gets on the sheet's own value. */
  itemScore: (score: string) => string;
  /** What a doubted reading would give, never written. */
  tentative: (score: string) => string;
  confirmReading: string;
  /** The kinds a user may score a doubted item by instead. */
  pickKind: Record<"manual" | "pass", string>;
  confirmed: string;
  unsureTable: string;
  confirmTable: string;

  correct: string;
  correctColumn: string;
  role: string;
  column: string;
  columnInvalid: string;
  edit: (item: string) => string;
  save: string;
  cancelEdit: string;
  correctionsKept: string;

  results: string;
  person: string;
  total: string;
  grade: string;
  coefficient: string;
  pay: string;
  unnamed: string;
  notScored: string;
  distribution: string;
  distributionCaption: (people: number) => string;
  gradeCount: (grade: string, count: number) => string;
  forced: string;
  quotaMax: (grade: string, share: string, limit: number) => string;
  quotaMin: (grade: string, share: string, limit: number) => string;
  quotaOk: string;
  quotaMove: (names: string) => string;

  warnings: string;
  noWarnings: string;

  /** Teach once: the section's title, and the operation's name. */
  teach: string;
  teachIntro: string;
  useSelection: string;
  noSelection: string;
  teachTable: (sheet: string, range: string) => string;
  teachKind: string;
  teachKinds: Record<"form" | "roster", string>;
  /** A column of the taught table, by its letter and header text. */
  teachColumn: (letter: string, header: string) => string;
  notRead: string;
  indicator: string;
  pointAt: Record<PointedCell, string>;
  pointed: Record<PointedCell, string>;
  notPointed: string;
  preview: string;
  previewItems: (items: number) => string;
  keepTeaching: string;
  cancelTeaching: string;
  saveTemplate: string;
  applyTemplate: string;
  templateDiffers: string;
  templateApplied: (sheets: string) => string;
  /** A cell pointed at on another sheet than the taught table's (only a grade table may be there). */
  pointOtherSheet: (sheet: string) => string;
  goToCell: (sheet: string, cell: string) => string;
}
