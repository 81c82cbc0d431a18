import { address } from "../layout/grid";
import { columnIndex } from "./score";

/**
 * A1 ranges as the adapters report them (`G5`, `G5:G12`, `G:G`, `5:7`), tested against cells.
 */

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The last row and column of a sheet (0-based): what a whole column or row reaches. */
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** One end of a range: a cell, a whole column or a whole row; 0-based. */
function end(ref: string): { row: number | null; column: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(ref.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  return {
    column: m[1] ? columnIndex(m[1] as string) : null,
    row: m[2] ? Number(m[2]) - 1 : null,
  };
}

/** The box of an A1 range (a sheet name before ! is ignored); null when it is not one. */
export function boxOf(range: string): Box | null {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b = a] = bare.split(":");
  const p = end(a ?? "");
  const q = end(b ?? "");
  if (!p || !q) return null;
  return {
    top: Math.min(p.row ?? 0, q.row ?? 0),
    bottom: p.row === null || q.row === null ? LAST_ROW : Math.max(p.row, q.row),
    left: Math.min(p.column ?? 0, q.column ?? 0),
    right: p.column === null || q.column === null ? LAST_COLUMN : Math.max(p.column, q.column),
  };
}

/** The areas of a range that lists several (`G5:G9 H5`, `G5:G9,H5`). */
const boxesOf = (range: string): Box[] => range.split(/[ ,]+/).flatMap((part) => boxOf(part) ?? []);

const meet = (p: Box, q: Box): boolean =>
  p.top <= q.bottom && q.top <= p.bottom && p.left <= q.right && q.left <= p.right;

/** Two ranges share a cell. */
export function intersects(a: string, b: string): boolean {
  return boxesOf(a).some((p) => boxesOf(b).some((q) => meet(p, q)));
}

/** The range covers the cell (0-based row and column). */
export function overlaps(range: string, row: number, column: number): boolean {
  const cell = { top: row, bottom: row, left: column, right: column };
  return boxesOf(range).some((box) => meet(box, cell));
}

/** Runs of consecutive positions, by the key that must stay the same (a column) and the one that
 * counts up (a row): cells written or formatted as one block. */
export function runsOf<T>(items: readonly T[], same: (t: T) => number, step: (t: T) => number): T[][] {
  const sorted = [...items].sort((a, b) => same(a) - same(b) || step(a) - step(b));
  const out: T[][] = [];
  for (const item of sorted) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run && last !== undefined && same(last) === same(item) && step(last) + 1 === step(item))
      run.push(item);
    else out.push([item]);
  }
  return out;
}

/** A run of cells as its A1 range: "H5", or "H5:H40". */
export function rangeOfRun(run: ReadonlyArray<{ row: number; column: number }>): string {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return "";
  const start = address(first.row, first.column);
  return run.length === 1 ? start : `${start}:${address(last.row, last.column)}`;
}
