import { EXCEL } from "../engine/excel";

/**
 * A1 addresses as Excel shows them (`C5`, `$C$5`, `G5:G12`, `G:G`, `5:7`), read and written in one
 * place for every layer. Rows and columns are 0-based here, as in a Grid.
 */

export interface Cell {
  row: number;
  column: number;
}

/** An inclusive block of cells, 0-based. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Column letters as a 0-based index: "C" → 2, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5" for row 4, column 2. */
export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "C5" or "$C$5" → row 4, column 2; null for anything else. */
export function parseAddress(ref: string): Cell | null {
  // Read by character codes, as /^\$?([A-Za-z]{1,3})\$?(\d+)$/ would: asked of every cell a
  // roster's scoring writes.
  const text = ref.trim();
  let i = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  const letters = i;
  let column = 0;
  for (; i < text.length && i - letters < 4; i++) {
    const c = text.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + c - 96;
  }
  if (i === letters || i - letters > 3) return null;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const digits = i;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return i === digits ? null : { row: Number(text.slice(digits)) - 1, column: column - 1 };
}

const DOLLAR = 36;

/** A cell as one number, for maps and sets over thousands of cells. */
export const cellId = (row: number, column: number): number => row * EXCEL.columns + column;

/** One end of a range: a cell, a whole column or a whole row. */
function end(ref: string): { row: number | null; column: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(ref.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  return {
    column: m[1] ? columnIndex(m[1] as string) : null,
    row: m[2] ? Number(m[2]) - 1 : null,
  };
}

/** The box of an A1 range (a sheet name before ! is ignored); null when it is not one. A whole
 * column or row reaches the sheet's last row or column. */
export function boxOf(range: string): Box | null {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b = a] = bare.split(":");
  const p = end(a ?? "");
  const q = end(b ?? "");
  if (!p || !q) return null;
  return {
    top: Math.min(p.row ?? 0, q.row ?? 0),
    bottom: p.row === null || q.row === null ? EXCEL.rows - 1 : Math.max(p.row, q.row),
    left: Math.min(p.column ?? 0, q.column ?? 0),
    right: p.column === null || q.column === null ? EXCEL.columns - 1 : Math.max(p.column, q.column),
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
export function rangeOfRun(run: readonly Cell[]): string {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return "";
  const start = address(first.row, first.column);
  return run.length === 1 ? start : `${start}:${address(last.row, last.column)}`;
}
