import { issue } from "../engine/issue";
import { address, columnIndex } from "../layout/a1";
import type { Area, Grid } from "../layout/grid";
import type { FormTable } from "../layout/layout";
import type { Entry, ItemFacts } from "./appraisal";

type Merged = Pick<ItemFacts, "row" | "lastRow" | "name" | "weight" | "weightCell" | "rule">;

/**
 * A score cell (or each evaluator's cell) merged down over several measure rows holds one score for
 * them all: the grid repeats it on every row it covers, as Excel shows it, but Excel keeps it in
 * the first cell only. The rows it covers are one item, scored once: the first row's, its points
 * those of every row covered, so that the report, the values and a sum of the score column agree.
 */

/** The columns an entry is typed in, where merging them down makes rows one item. */
function entryColumns(table: FormTable, entry: Entry): number[] {
  if (entry.kind === "typed")
    return table.columns.score !== undefined ? [columnIndex(table.columns.score)] : [];
  if (entry.kind === "evaluators") return entry.evaluators.map((e) => columnIndex(e.column));
  return [];
}

/** The merged area holding a cell, when it spans more than one row. */
function tallArea(grid: Grid, r: number, c: number): Area | undefined {
  return grid.merges.find(
    (a) => a.bottom > a.top && r >= a.top && r <= a.bottom && c >= a.left && c <= a.right,
  );
}

/**
 * The merged area a cell of the item starting on row `row` (1-based) lies in, where the merge
 * begins on an earlier row: an actual or a target merged over two items (D4:D5) shows on both rows,
 * as the grid reads it, but Excel keeps it in D4 only, where a formula of the second item does not
 * look.
 */
export function mergedFromAbove(grid: Grid, row: number, column: number): Area | undefined {
  const area = tallArea(grid, row - 1, column);
  return area && area.top < row - 1 ? area : undefined;
}

/**
 * Whether the item on row `row` (1-based) has its entry cells merged with an earlier row's: in
 * every entry column alike, it is part of the item that row starts (`top`); in some columns only
 * (自评 merged over two rows, 上级 scored on each), which row a score belongs to is unclear, and
 * the first such cell is named.
 */
function coveredFrom(
  grid: Grid,
  columns: readonly number[],
  row: number,
): { top: number } | { unclear: string } | undefined {
  const tops = columns.map((c) => tallArea(grid, row - 1, c)?.top);
  const above = tops.findIndex((t) => t !== undefined && t < row - 1);
  if (above < 0) return undefined;
  const top = tops[above] as number;
  if (tops.every((t) => t === top)) return { top: top + 1 };
  return { unclear: address(row - 1, columns[above] as number) };
}

/** The items of a form with entries merged down over several rows made one, each read once. */
export function mergedEntryItems<T extends Merged>(
  grid: Grid,
  table: FormTable,
  entry: Entry,
  items: T[],
): T[] {
  const columns = entryColumns(table, entry);
  if (columns.length === 0 || grid.merges.length === 0) return items;
  const out: T[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    const covered = item.row === undefined ? undefined : coveredFrom(grid, columns, item.row);
    if (covered && "unclear" in covered) {
      const doubt = issue("score.mergedEntry", { item: item.name, cell: covered.unclear });
      out.push({ ...item, rule: { ...item.rule, doubt } });
      continue;
    }
    const top = covered?.top;
    if (!last || top === undefined || last.row === undefined || top < last.row) {
      out.push(item);
      continue;
    }
    const weights = [last.weight, item.weight].filter((w): w is number => w !== null);
    // The first row's weight cell no longer holds the item's points.
    const joined: T = {
      ...last,
      lastRow: Math.max(last.lastRow ?? last.row, item.lastRow ?? item.row ?? last.row),
      weight: weights.length > 0 ? weights.reduce((s, w) => s + w, 0) : null,
    };
    delete joined.weightCell;
    out[out.length - 1] = joined;
  }
  return out;
}
