import * as ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { applyPatch, loadWorkbook, workbookBytes, type WorkbookOpen } from "../../src/host/xlsx";
import { planScoreAndValidation, planUndo } from "../../src/plan/operations";
import type { PatchMode, WorkbookPatch } from "../../src/plan/patch";
import { snapshot } from "../support/workbook";

/**
 * Scoring in place, then scoring again, then undo, on every fixture in every mode, through the
 * xlsx adapter and the record it keeps in the file: the second scoring writes the same cells with
 * no conflict and keeps the first `before`s, and undo gives back the workbook exactly as it was
 * (every cell, style, validation, conditional format and defined name).
 */

const DIR = join(__dirname, "..", "fixtures");
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));
const MODES: PatchMode[] = ["values", "portable", "functions"];

type Opened = Extract<WorkbookOpen, { ok: true }>;

async function open(bytes: Uint8Array, file: string): Promise<Opened> {
  const read = await loadWorkbook(bytes, file);
  if (!read.ok) throw new Error(`${file} did not open`);
  return read;
}

/** Applies a patch the user accepted and saves the workbook with its record, as the CLI does. */
async function saved(read: Opened, patch: WorkbookPatch): Promise<Uint8Array> {
  await applyPatch(read.workbook, patch);
  return workbookBytes(read.workbook);
}

/** The workbook as ExcelJS reads it, for a cell-by-cell comparison. */
async function book(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const scoreAndValidate = (read: Opened, mode: PatchMode): WorkbookPatch =>
  planScoreAndValidation(read.snapshot, mode, "zh-CN").patch;

describe.each(FIXTURES)("%s", (file) => {
  const original = new Uint8Array(readFileSync(join(DIR, file)));

  it.each(MODES)(
    "scoring twice writes the same cells, and undo gives back the sheet as it was (%s)",
    async (mode) => {
      const first = await open(original, file);
      const was = snapshot(await book(original));
      const patch1 = scoreAndValidate(first, mode);
      expect(patch1.blocks).toEqual([]);
      const bytes1 = await saved(first, patch1);

      const second = await open(bytes1, file);
      expect(second.snapshot.record).toEqual(patch1.record);
      const patch2 = scoreAndValidate(second, mode);
      // The add-in's own cells are no conflict, and the record keeps what they held at first.
      expect(patch2.conflicts.filter((c) => !patch1.conflicts.some((d) => d.cell === c.cell))).toEqual([]);
      expect(patch2.writes.map((w) => [w.sheet, w.cell, "formula" in w ? w.formula : w.value])).toEqual(
        patch1.writes.map((w) => [w.sheet, w.cell, "formula" in w ? w.formula : w.value]),
      );
      expect(patch2.record).toEqual(patch1.record);
      const bytes2 = await saved(second, patch2);

      const third = await open(bytes2, file);
      const undo = planUndo(third.snapshot);
      expect(undo.conflicts).toEqual([]);
      expect(undo.record).toBeNull();
      const bytes = await saved(third, undo);
      const restored = await open(bytes, file);
      expect(restored.snapshot.record).toBeNull();
      expect(snapshot(await book(bytes))).toEqual(was);
    },
  );
});
