import type { WorkbookSnapshot } from "../plan/operations";
import type { PatchWarning, WorkbookPatch } from "../plan/patch";
import type { Host } from "./host";
import {
  applyPatch,
  refusals,
  snapshotOf,
  workbookBytes,
  type WorkbookExtension,
  type WorkbookOpen,
} from "./xlsx";

/**
 * A Host on a workbook held in memory (the demo, which runs the task pane with no Excel): patches
 * are written into the workbook's package through the xlsx adapter, which the user downloads with
 * everything it held (charts, comments, macros…) and the add-in's record.
 *
 * Nothing computes formulas here. So that the sheet shows what Excel would, each formula the add-in
 * writes shows the number the add-in computed for its cell (the number the values mode would
 * write); a formula put back by undo shows the value it had before.
 */
export interface MemoryHost extends Host {
  /** The workbook as file bytes, and the extension its kind takes (.xlsx, .xlsm…). */
  bytes(): Promise<{ bytes: Uint8Array; extension: WorkbookExtension }>;
  /** Makes a sheet the active one (the demo's sheet tabs). */
  activate(sheet: string): void;
  /** Selects a range, as the user does in the sheet (a click, a shift-click). */
  selectRange(sheet: string, range: string): void;
  /** Called after every change: a patch applied, a sheet activated, a cell selected. */
  subscribe(listener: (event: MemoryHostEvent) => void): () => void;
}

export type MemoryHostEvent =
  | { kind: "applied"; warnings: PatchWarning[] }
  | { kind: "activated"; sheet: string }
  | { kind: "selected"; sheet: string; cell: string };

export function memoryHost(opened: Extract<WorkbookOpen, { ok: true }>): MemoryHost {
  const { workbook, extension } = opened;
  let snapshot: WorkbookSnapshot = opened.snapshot;
  let active = snapshot.grids[0]?.name ?? null;
  let selected: { sheet: string; range: string } | null = null;
  const listeners = new Set<(event: MemoryHostEvent) => void>();
  const emit = (event: MemoryHostEvent) => listeners.forEach((listener) => listener(event));

  return {
    problems: [],
    read: () => Promise.resolve(snapshot),
    refusals: (patch: WorkbookPatch) => refusals(workbook, patch),
    async apply(patch: WorkbookPatch) {
      const warnings = await applyPatch(workbook, patch);
      snapshot = await snapshotOf(workbook);
      emit({ kind: "applied", warnings });
    },
    activeSheet: () => Promise.resolve(active),
    select(sheet: string, cell: string) {
      active = sheet;
      selected = { sheet, range: cell };
      emit({ kind: "selected", sheet, cell });
      return Promise.resolve();
    },
    selectRange(sheet: string, range: string) {
      active = sheet;
      selected = { sheet, range };
      emit({ kind: "selected", sheet, cell: range });
    },
    selection: () => Promise.resolve(selected),
    activate(sheet: string) {
      active = sheet;
      emit({ kind: "activated", sheet });
    },
    async bytes() {
      return { bytes: await workbookBytes(workbook), extension };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
