import { excerpt } from "../engine/issue";
import { formulaAt, valueAt, type Grid } from "../layout/grid";
import type { CellContent } from "./record";

/**
 * What a cell holds now, and whether a write over it needs the user's word: a cell holding
 * something the add-in did not write is a conflict, listed, never decided by the planner.
 */

/** The cell's content now (0-based row and column), for `before` and the conflict check. */
export function contentAt(grid: Grid, row: number, column: number): CellContent {
  const formula = formulaAt(grid, row, column);
  const value = valueAt(grid, row, column);
  // Written out, not spread: asked of every cell a roster's scoring writes.
  return formula !== undefined ? { value, formula: `=${formula}` } : { value };
}

export const isEmpty = (c: CellContent): boolean =>
  c.formula === undefined && (c.value === null || (typeof c.value === "string" && c.value.trim() === ""));

/** What the add-in wrote before, or writes now: a KPI formula, or the same content. */
export function isOurs(
  before: CellContent,
  write: { formula: string } | { value: number | string },
): boolean {
  if (before.formula !== undefined) {
    if ("formula" in write && write.formula === before.formula) return true;
    return /^=\s*KPI\./i.test(before.formula);
  }
  if (!("value" in write)) return false;
  const v = before.value;
  return typeof v === "number" && typeof write.value === "number"
    ? Math.abs(v - write.value) < 1e-9
    : v === write.value;
}

/** What a cell holds, as a message quotes it (long formulas cut at 40 characters). */
export function shown(c: CellContent): string {
  const v = c.value;
  const text = c.formula ?? (v === null ? "" : typeof v === "object" ? v.error : String(v));
  return excerpt(text);
}
