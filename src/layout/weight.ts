import { clean } from "../engine/precision";
import { parseQuantity } from "../engine/quantity";
import { percentAt, valueAt, type Grid } from "./grid";
import type { Sheet } from "./sheet";

/** A weight as written: 30, 30%, 0.3 shown as percent, 30分. `fraction` when it is a bare number ≤ 1. */
export interface WrittenWeight {
  value: number;
  fraction: boolean;
}

/** Reads a weight cell with the engine's quantity parser; null when the cell holds no number. */
export function readWeight(sheet: Sheet, row: number, column: number): WrittenWeight | null {
  const area = sheet.areaAt(row, column);
  return weightAt(sheet.grid, area ? area.top : row, area ? area.left : column);
}

/** A weight cell of a grid as written (a merged area's top-left cell: the one that holds it). */
export function weightAt(grid: Grid, r: number, c: number): WrittenWeight | null {
  const value = valueAt(grid, r, c);
  if (value === null || typeof value === "object" || typeof value === "boolean") return null;
  const parsed = parseQuantity(value, { percentFormat: percentAt(grid, r, c) });
  if (!parsed.ok) return null;
  const { value: n, unit } = parsed.quantity;
  if (unit === "percent") return { value: clean(n * 100), fraction: false };
  if (unit === "points" || unit === "number")
    return { value: n, fraction: unit === "number" && n > 0 && n <= 1 };
  return null;
}

/** A written weight as a share of the whole: 30% and 0.3 are both 0.3. */
export const shareOf = (w: WrittenWeight): number => clean(w.fraction ? w.value : w.value / 100);

/**
 * Weights of a table's items in points of 100: bare numbers that are all fractions (0.3, 0.2 …)
 * are shares and become 30, 20; otherwise a number is its points.
 */
export function toPoints(weights: readonly (WrittenWeight | null)[]): (number | null)[] {
  const present = weights.filter((w): w is WrittenWeight => w !== null);
  const shares = present.length > 0 && present.every((w) => w.fraction);
  return weights.map((w) => (w === null ? null : shares ? clean(w.value * 100) : w.value));
}
