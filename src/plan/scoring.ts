import type { IssueCode, Params } from "../engine/issue";
import type { SheetAppraisal, WorkbookAppraisal } from "../appraisal/appraisal";
import { address, cellId, parseAddress } from "../layout/a1";
import { valueAt, type Grid } from "../layout/grid";
import { contentAt, isEmpty, isOurs, shown } from "./conflicts";
import { planGradeFormats, type GradeCells } from "./formats";
import { planForm } from "./form";
import {
  emptyPatch,
  type CellWrite,
  type PatchConflict,
  type PatchMode,
  type PatchWarning,
  type WorkbookPatch,
} from "./patch";
import { emptyRecord, holdsWritten, recordedCell, withWritten, type WriteRecord } from "./record";
import { planRoster } from "./roster";
import { sheetWrites } from "./sheetWrites";

/**
 * Scoring in place as a WorkbookPatch: the appraisal's figures written into each table's own score,
 * subtotal, total, grade, coefficient and pay cells, in one of three modes, each write with what the
 * cell held before, over the cells as they are now (conflicts, merged cells, a protected sheet), with
 * the grade formats and the record. Nothing is scored here: every figure and fact is the
 * appraisal's. Pure.
 */

/** Appends, without spreading: a roster's writes run to tens of thousands. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/**
 * The patch of one appraised sheet: its writes (each with what the cell held), and the conflicts
 * they meet.
 * @example planSheet(grid, appraisal.sheets[0], "functions").writes[0]
 * //=> { sheet: "主播", cell: "H6", role: "score", formula: "=KPI.SCORE(G6,$F6,$D6)", before: { value: null } }
 */
export function planSheet(
  grid: Grid,
  sheet: SheetAppraisal,
  mode: PatchMode,
  record: WriteRecord = emptyRecord(),
): WorkbookPatch {
  return sheetPatch(grid, sheet, mode, record).patch;
}

/** `planSheet`'s patch, and by index of its writes the digests the planner built (`Planned`). */
function sheetPatch(
  grid: Grid,
  sheet: SheetAppraisal,
  mode: PatchMode,
  record: WriteRecord,
): { patch: WorkbookPatch; digests: Array<string | undefined> } {
  const out = sheetWrites(sheet.name, mode, (cell) => {
    const at = parseAddress(cell);
    return at !== null && typeof valueAt(grid, at.row, at.column) === "number";
  });
  for (const table of sheet.tables) {
    if ("items" in table.layout) planForm(table, out);
    else planRoster(table, out);
  }
  const writes: CellWrite[] = [];
  const digests: Array<string | undefined> = [];
  const conflicts: PatchConflict[] = [];
  const blocks: PatchWarning[] = [];
  const seen = new Set<number>();
  const conflict = (cell: string, code: IssueCode, params: Params) =>
    conflicts.push({ code, params: { sheet: sheet.name, cell, ...params }, sheet: sheet.name, cell });
  for (const write of out.planned) {
    const at = parseAddress(write.cell);
    // Cells by number: a roster has thousands.
    const id = at ? cellId(at.row, at.column) : -1;
    if (!at || seen.has(id)) continue;
    seen.add(id);
    const area = mergedAt(grid.merges, at.row, at.column);
    // A score, total or grade the merge hides cannot be written at all: overwriting would leave it
    // out, and a live total over its cell would miss it. The sheet is refused, as a protected one.
    if (area && (area.top !== at.row || area.left !== at.column)) {
      const range = `${address(area.top, area.left)}:${address(area.bottom, area.right)}`;
      blocks.push({
        code: "patch.merged",
        params: { sheet: sheet.name, cell: write.cell, area: range },
        sheet: sheet.name,
        cell: write.cell,
      });
      continue;
    }
    const now = contentAt(grid, at.row, at.column);
    const recorded = recordedCell(record, sheet.name, write.cell);
    // A cell still holding what the add-in wrote is the add-in's: it keeps its first `before`.
    const ours = recorded !== undefined && holdsWritten(now, recorded.after);
    if (!ours && !isEmpty(now) && !isOurs(now, write))
      conflict(write.cell, now.formula !== undefined ? "patch.formula" : "patch.value", {
        before: shown(now),
      });
    const before = ours ? recorded.before : now;
    const { cell, role } = write;
    // Written out, not spread: a roster has thousands of writes.
    writes.push(
      "formula" in write
        ? write.shows === null
          ? { sheet: sheet.name, cell, role, before, formula: write.formula }
          : { sheet: sheet.name, cell, role, before, formula: write.formula, shows: write.shows }
        : { sheet: sheet.name, cell, role, before, value: write.value },
    );
    digests.push("digest" in write ? write.digest : undefined);
  }
  // One group per grade table (the same list for every person of a table).
  const groups = new Map<readonly string[], GradeCells>();
  for (const { cell, grades } of out.gradeCells) {
    const group = groups.get(grades) ?? { sheet: sheet.name, cells: [], grades: [...grades] };
    group.cells.push(cell);
    groups.set(grades, group);
  }
  const formats = planGradeFormats([grid], [...groups.values()], record);
  if (grid.protected && writes.length > 0)
    blocks.push({ code: "patch.protected", params: { sheet: sheet.name }, sheet: sheet.name });
  return {
    patch: {
      ...emptyPatch(mode),
      writes,
      formats: formats.formats,
      removals: { validations: [], formats: record.formats.filter((f) => f.sheet === sheet.name) },
      conflicts,
      warnings: [...out.warnings, ...formats.warnings],
      blocks,
      record: { ...record, formats: formats.ours },
    },
    digests,
  };
}

/** The merged area a cell lies in, if any: asked of each of a roster's thousands of writes. */
function mergedAt(merges: Grid["merges"], row: number, column: number): Grid["merges"][number] | undefined {
  for (const m of merges)
    if (row >= m.top && row <= m.bottom && column >= m.left && column <= m.right) return m;
  return undefined;
}

/** The patch of a workbook: every scored sheet of the appraisal, grids matched by name. */
export function planWorkbook(
  grids: readonly Grid[],
  appraisal: WorkbookAppraisal,
  mode: PatchMode,
  record: WriteRecord = emptyRecord(),
): WorkbookPatch {
  const patch = emptyPatch(mode);
  const digests: Array<string | undefined> = [];
  const scored = new Set<string>();
  for (const sheet of appraisal.sheets) {
    if (sheet.kind === "none") continue;
    scored.add(sheet.name);
    const grid = grids.find((g) => g.name === sheet.name);
    if (!grid) continue;
    const { patch: one, digests: built } = sheetPatch(grid, sheet, mode, record);
    append(patch.writes, one.writes);
    append(digests, built);
    append(patch.formats, one.formats);
    append(patch.conflicts, one.conflicts);
    append(patch.warnings, one.warnings);
    append(patch.blocks, one.blocks);
  }
  for (const f of patch.formats) scored.add(f.sheet);
  return {
    ...patch,
    // The add-in's earlier formats on the sheets scored now go; they are planned afresh.
    removals: { validations: [], formats: record.formats.filter((f) => scored.has(f.sheet)) },
    record: {
      ...withWritten(record, patch.writes, digests),
      formats: [
        ...record.formats.filter((f) => !scored.has(f.sheet)),
        ...patch.formats.map((f) => ({ sheet: f.sheet, range: f.range })),
      ],
    },
  };
}
