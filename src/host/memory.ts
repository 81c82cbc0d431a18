import type * as ExcelJS from "exceljs";
import { planScore, type WorkbookSnapshot } from "../plan/operations";
import type { CellWrite, WorkbookPatch } from "../plan/patch";
import { recordedCell, type WriteRecord } from "../plan/record";
import type { Host } from "./host";
import { droppedParts, type PartKind } from "./parts";
import { applyPatch, snapshotOf, workbookBytes, type WorkbookOpen } from "./xlsx";

/**
 * A Host on a workbook held in memory (the demo, which runs the task pane with no Excel): patches
 * are applied to an ExcelJS workbook through the xlsx adapter, the add-in's record is kept here and
 * written into the bytes the user downloads.
 *
 * Nothing computes formulas here. So that the sheet shows what Excel would, each formula the add-in
 * writes gets the number the add-in computed for its cell as its cached result, the same number the
 * values mode would write; a formula put back by undo gets the value it had before.
 */
export interface MemoryHost extends Host {
  /** The workbook as .xlsx bytes, with the record, and what they lack of the file opened. */
  bytes(): Promise<{ bytes: Uint8Array; lacks: PartKind[] }>;
  /** Makes a sheet the active one (the demo's sheet tabs). */
  activate(sheet: string): void;
  /** Called after every change: a patch applied, a sheet activated, a cell selected. */
  subscribe(listener: (event: MemoryHostEvent) => void): () => void;
}

export type MemoryHostEvent =
  | { kind: "applied" }
  | { kind: "activated"; sheet: string }
  | { kind: "selected"; sheet: string; cell: string };

export function memoryHost(opened: Extract<WorkbookOpen, { ok: true }>): MemoryHost {
  const { workbook, source } = opened;
  let record = opened.snapshot.record;
  let active = workbook.worksheets[0]?.name ?? null;
  const listeners = new Set<(event: MemoryHostEvent) => void>();
  const emit = (event: MemoryHostEvent) => listeners.forEach((listener) => listener(event));
  const snapshot = (): WorkbookSnapshot => snapshotOf(workbook, record);

  return {
    problems: [],
    read: () => Promise.resolve(snapshot()),
    async apply(patch: WorkbookPatch) {
      const results = computedResults(snapshot(), record, patch.writes);
      applyPatch(workbook, patch);
      for (const [where, result] of results) {
        const cell = workbook.getWorksheet(where.sheet)?.getCell(where.cell);
        if (cell)
          cell.value = { formula: where.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
      }
      record = patch.record;
      emit({ kind: "applied" });
    },
    activeSheet: () => Promise.resolve(active),
    select(sheet: string, cell: string) {
      active = sheet;
      emit({ kind: "selected", sheet, cell });
      return Promise.resolve();
    },
    activate(sheet: string) {
      active = sheet;
      emit({ kind: "activated", sheet });
    },
    async bytes() {
      const bytes = await workbookBytes(workbook, record);
      const lacks = await droppedParts(source, bytes);
      return { bytes, lacks };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type FormulaWrite = { sheet: string; cell: string; formula: string };
type CachedResult = number | string | boolean | Date | { error: ExcelJS.CellErrorValue["error"] };

/** The result each formula write would show: the values mode's number for a scored cell, the
 * recorded earlier value for a cell put back by undo. */
function computedResults(
  before: WorkbookSnapshot,
  record: WriteRecord | null,
  writes: readonly CellWrite[],
): [FormulaWrite, CachedResult | undefined][] {
  const formulas = writes.filter((w): w is CellWrite & { formula: string } => "formula" in w);
  if (formulas.length === 0) return [];
  const at = (w: { sheet: string; cell: string }) => `${w.sheet}!${w.cell}`;
  const values = new Map<string, CellWrite>();
  if (formulas.some((w) => w.role !== "restore"))
    for (const w of planScore(before, "values").patch.writes) values.set(at(w), w);
  return formulas.map((w) => {
    const planned = values.get(at(w));
    const earlier =
      w.role === "restore"
        ? record && recordedCell(record, w.sheet, w.cell)?.before.value
        : planned && "value" in planned
          ? planned.value
          : undefined;
    return [{ sheet: w.sheet, cell: w.cell, formula: w.formula }, cachedResult(earlier)];
  });
}

function cachedResult(value: unknown): CachedResult | undefined {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && value !== null && "error" in value)
    return { error: (value as { error: string }).error as ExcelJS.CellErrorValue["error"] };
  return undefined;
}
