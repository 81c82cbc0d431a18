import type { Issue } from "../engine/issue";
import { address } from "../layout/a1";
import type { Grid } from "../layout/grid";
import type { WorkbookSnapshot } from "../plan/operations";
import type { CellWrite, WorkbookPatch } from "../plan/patch";
import { digest } from "../plan/record";

/**
 * A workbook scored before whose record another program dropped (openpyxl and others keep no
 * custom XML parts): its cells already hold what the add-in writes, and without the record their
 * content would pass for the template's own. Told by the digests the record would hold: a cell
 * whose formula is the one being written (or a KPI function), or, when every cell written
 * already holds exactly its value, all of them.
 */

/** How many cells the message names. */
const NAMED = 5;

const KPI_CALL = /(^|[^A-Za-z0-9_.])KPI\.[A-Za-z]+\s*\(/;

const holds = (w: CellWrite): boolean => digest(w.before) === digest(w);

export function recordLost(snapshot: WorkbookSnapshot, patch: WorkbookPatch): Issue | null {
  if (snapshot.record !== null || patch.writes.length === 0) return null;
  const formulas = patch.writes.filter(
    (w) =>
      w.before.formula !== undefined && (KPI_CALL.test(w.before.formula) || ("formula" in w && holds(w))),
  );
  const all = patch.writes.length > 1 && patch.writes.every(holds);
  const cells = all ? patch.writes : formulas;
  if (cells.length === 0) return null;
  const named = cells.slice(0, NAMED).map((w) => `${w.sheet}!${w.cell}`);
  return {
    code: "patch.recordLost",
    params: { count: cells.length, cells: `${named.join("、")}${cells.length > NAMED ? "…" : ""}` },
  };
}

/** The first cell holding a KPI function, as "sheet!A1", or null. */
export function writtenFunction(grids: readonly Grid[]): string | null {
  for (const grid of grids)
    for (const [at, formula] of Object.entries(grid.formulas)) {
      if (!KPI_CALL.test(formula)) continue;
      const [row = 0, column = 0] = at.split(",").map(Number);
      return `${grid.name}!${address(row, column)}`;
    }
  return null;
}
