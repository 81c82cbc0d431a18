import type { Issue } from "../engine/issue";
import type { PatchWarning, WorkbookPatch } from "../plan/patch";
import type { WorkbookSnapshot } from "../plan/operations";

/**
 * What the task pane needs of a workbook, whichever holds it: Excel through Office.js
 * (`office.ts`), or a workbook in memory for the demo (`memory.ts`). Both read the same snapshot
 * and apply the same patch; the operations themselves are pure (src/plan/operations.ts).
 */
export interface Host {
  /** What this host lacks (an Excel too old for a feature): shown to the user before anything. */
  readonly problems: readonly Issue[];
  /** Every worksheet as a Grid (the add-in's own parts left out), its record, read-only state. */
  read(): Promise<WorkbookSnapshot>;
  /** What this host cannot apply of a patch (too large a request for Excel on the web), said as
   * blocks before anything is written. */
  refusals?(patch: WorkbookPatch): PatchWarning[];
  /** Applies a whole patch: cell writes, validations, formats, removals, then the record. The
   * caller has settled conflicts and blocks before. */
  apply(patch: WorkbookPatch): Promise<void>;
  /** The sheet the user is looking at. */
  activeSheet(): Promise<string | null>;
  /** Selects a cell, to show where a warning points. */
  select(sheet: string, cell: string): Promise<void>;
  /** What the user selected: its sheet and A1 range (`A4:F8`, or `F9` for one cell) — the table
   * or the cell they teach the add-in; null when nothing is selected. */
  selection(): Promise<{ sheet: string; range: string } | null>;
}
