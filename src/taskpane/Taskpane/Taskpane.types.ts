import type { Host } from "../../host/host";
import type { Locale } from "../../i18n";
import type { Correction } from "../../appraisal/corrections";
import type { PatchMode } from "../../plan/patch";
import type { SheetView } from "../model";
import type { PersonRow, WarningView } from "../results";
import type { TaskpaneStrings } from "../strings";
import type { OperationKind, OperationStep } from "../strings/types";
import type { TaughtKind, TaughtRole, Teaching } from "../../layout/profile";
import type { PointedCell } from "../strings/types";

export interface TaskpaneProps {
  /** The workbook: Excel through Office.js, or a workbook in memory (the demo). */
  host: Host;
  /** @default "zh-CN" */
  locale?: Locale;
}

/** `loading`: reading the workbook; `working`: an operation runs; `error`: the workbook could not
 * be read. */
export type TaskpaneStatus = "loading" | "ready" | "working" | "error";

export interface Progress {
  operation: OperationKind;
  step: OperationStep;
  /** 0–1, for the progress bar. */
  value: number;
  /** Cancel is offered until the writing begins. */
  cancellable: boolean;
}

export interface Notice {
  intent: "success" | "error" | "info";
  text: string;
  /** The messages behind it (the blocks' reasons). */
  lines: string[];
}

export interface ConflictCell {
  sheet: string;
  cell: string;
  text: string;
}

export interface TaskpaneState {
  strings: TaskpaneStrings;
  locale: Locale;
  status: TaskpaneStatus;
  /** Why the workbook could not be read (status `error`). */
  error: string | null;
  /** What this Excel lacks, in words; `unsupported` when it cannot score at all (too old). */
  problems: Array<{ text: string; unsupported: boolean }>;
  sheets: SheetView[];
  /** The sheet shown: the active one at first. */
  sheet: SheetView | null;
  selectSheet(name: string): void;
  mode: PatchMode;
  setMode(mode: PatchMode): void;
  progress: Progress | null;
  cancel(): void;
  notice: Notice | null;
  /** Cells awaiting the user's consent to be overwritten. */
  conflicts: ConflictCell[] | null;
  answerConflicts(overwrite: boolean): void;
  /** People of the last scoring, null before any. */
  people: PersonRow[] | null;
  warnings: WarningView[];
  validate(): void;
  score(): void;
  undo(): void;
  correct(corrections: readonly Correction[]): Promise<void>;
  /** Teach once: a table taught from the selection, template profiles saved and applied. */
  teach: TeachState;
  goTo(sheet: string, cell: string): void;
}

export interface TeachColumn {
  letter: string;
  header: string;
  role: TaughtRole | null;
}

export interface TeachPreview {
  /** Why the teaching cannot be read yet (no item column …), in words. */
  problems: string[];
  items: number;
  people: Array<{ name: string; total: number | null; grade: string | null }>;
  /** What scoring would warn about, with the cell. */
  notes: string[];
}

export interface TeachState {
  /** The table being taught, null until the user takes a selection. */
  sheet: string | null;
  teaching: Teaching | null;
  columns: TeachColumn[];
  preview: TeachPreview | null;
  fromSelection(): void;
  setKind(kind: TaughtKind): void;
  setRole(letter: string, role: TaughtRole | null): void;
  point(cell: PointedCell): void;
  keep(): void;
  cancel(): void;
  /** The workbook holds a teaching to save as a template. */
  taught: boolean;
  saveTemplate(): void;
  applyTemplate(text: string): void;
}
