import { parseQuantity } from "../engine/quantity";
import { durationAt, percentAt, valueAt, type CellValue, type Grid } from "../layout/grid";

/**
 * How the appraisal reads a cell: an input as the engine takes it, a target or a base as a number,
 * a header value beside its label. 0-based rows and columns, as in a Grid.
 */

/** A cell's value for the engine: error values as their text (#N/A), so they are refused by name. */
export function inputAt(grid: Grid, row: number, column: number): CellValue | string {
  const v = valueAt(grid, row, column);
  return v !== null && typeof v === "object" ? v.error : v;
}

/** A cell's text, trimmed; empty when blank. */
export function textOf(grid: Grid, row: number, column: number): string {
  const v = inputAt(grid, row, column);
  return v === null ? "" : String(v).trim();
}

/** Not scored yet: an empty cell, or one holding only spaces. Never 0. */
export const isBlank = (v: CellValue | string): boolean =>
  v === null || (typeof v === "string" && v.trim() === "");

/** What an input cell holds when an item does not apply this month. */
const NOT_APPLICABLE = /^(?:不适用|不適用|n\/?a|无此项|無此項|不考核|免考核?)$/i;

export const isNotApplicable = (v: CellValue | string): boolean =>
  typeof v === "string" && NOT_APPLICABLE.test(v.trim());

/** A target or base cell as a number the engine compares with (100% → 1, 3万 → 30000); none if
 * it holds text that is no quantity. */
export function numberAt(grid: Grid, row: number, column: number): number | undefined {
  const v = inputAt(grid, row, column);
  if (isBlank(v) || typeof v === "boolean") return undefined;
  const q = parseQuantity(v, {
    percentFormat: percentAt(grid, row, column),
    durationFormat: durationAt(grid, row, column),
  });
  return q.ok ? q.quantity.value : undefined;
}

/** A header value cell holds the value, or label and value together (`姓名：王芳`, `Employee: X`). */
export function headerValue(text: string): string {
  const m = /^[^:：]{1,12}[:：]\s*(.+)$/.exec(text.trim());
  const value = (m ? (m[1] as string) : text).trim();
  // Other fields may follow in the same cell (`Name: Alice Wong    Position: Host`).
  return value.split(/\s{2,}|\s+(?=[^\s:：]{1,12}[:：])/)[0] as string;
}
