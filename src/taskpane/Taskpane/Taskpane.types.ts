import type { Host } from "../../host/host";
import type { Locale } from "../../i18n";
import type { Correction } from "../../appraisal/corrections";
import type { PatchMode } from "../../plan/patch";
import type { SheetView } from "../model";
import type { PersonRow, WarningView } from "../results";
import type { TaskpaneStrings } from "../strings";
import type { OperationKind, OperationStep } from "../strings/types";

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
  goTo(sheet: string, cell: string): void;
}
