import * as z from "zod/mini";
import { EXCEL } from "../engine/excel";

/**
 * A host-neutral snapshot of one worksheet: what the recogniser reads. The xlsx adapter builds it
 * from a file (ExcelJS), the Office.js adapter from a live sheet; both give the same Grid.
 * Rows and columns are 0-based here; layouts report 1-based rows and letters, as Excel shows them.
 */

/** An error value in a cell (#N/A, #DIV/0!, #REF! …). */
export const CellError = z.object({ error: z.string() });

/** A cell's value: numbers as stored (a percent-formatted 95% is 0.95), text, booleans, errors;
 * dates as ISO text; null when empty. */
export const CellValue = z.union([z.number(), z.string(), z.boolean(), z.null(), CellError]);
export type CellValue = z.infer<typeof CellValue>;

/** A merged area, inclusive, 0-based. */
export const Area = z.object({ top: z.number(), left: z.number(), bottom: z.number(), right: z.number() });
export type Area = z.infer<typeof Area>;

export const Grid = z.object({
  name: z.string(),
  /** Used size: every value lies within rows × columns. */
  rows: z.number(),
  columns: z.number(),
  /** values[row][column]; rows may be shorter than `columns` (missing cells are empty). */
  values: z.array(z.array(CellValue)),
  /** Number formats of the cells that have one other than General, by "row,column". */
  formats: z.record(z.string(), z.string()),
  /** Formulas (without the leading =) of the cells that hold one, by "row,column". */
  formulas: z.record(z.string(), z.string()),
  merges: z.array(Area),
  hiddenRows: z.array(z.number()),
  hiddenColumns: z.array(z.number()),
  /** The sheet is protected: the add-in writes nothing into it. */
  protected: z.optional(z.boolean()),
  /** A1 ranges (`G5:G9`, `G:G`) that carry data validation the add-in did not write. */
  validations: z.optional(z.array(z.string())),
  /** A1 ranges that carry conditional formats the add-in did not write. */
  conditionalFormats: z.optional(z.array(z.string())),
});
export type Grid = z.infer<typeof Grid>;

export const key = (row: number, column: number): string => `${row},${column}`;

/**
 * The formats and formulas of a grid by number (row × 16,384 + column), where the adapter that
 * built it indexed them as it read the cells (the xlsx reader, which has the numbers at hand): a
 * lookup then spells no "row,column" text. An index built afterwards from every key of a roster's
 * records (hundreds of thousands) cost more than all the lookups it saved; a grid built or copied
 * elsewhere is read through its records. A grid is not changed once built.
 */
export interface GridIndex {
  formats: ReadonlyMap<number, string>;
  formulas: ReadonlyMap<number, string>;
}

const INDEXES = new WeakMap<Grid, GridIndex>();

/** The grid, with the index its builder made of its records (the same formats and formulas). */
export function withIndex(grid: Grid, index: GridIndex): Grid {
  INDEXES.set(grid, index);
  return grid;
}

const indexed = (
  records: Record<string, string>,
  byNumber: ReadonlyMap<number, string> | undefined,
  row: number,
  column: number,
): string | undefined =>
  byNumber === undefined
    ? records[`${row},${column}`]
    : column >= 0 && column < EXCEL.columns
      ? byNumber.get(row * EXCEL.columns + column)
      : undefined;

/** The cell's number format, if it has one other than General. */
export const formatAt = (grid: Grid, row: number, column: number): string | undefined =>
  indexed(grid.formats, INDEXES.get(grid)?.formats, row, column);

/** The cell's formula (without the leading =), if it holds one. */
export const formulaAt = (grid: Grid, row: number, column: number): string | undefined =>
  indexed(grid.formulas, INDEXES.get(grid)?.formulas, row, column);

/** The value at a cell; a cell inside a merged area reads as the area's top-left cell. */
export function valueAt(grid: Grid, row: number, column: number): CellValue {
  return grid.values[row]?.[column] ?? null;
}

/** The text of a cell as a person reads it: numbers as written, empty for null and errors. */
export function textAt(grid: Grid, row: number, column: number): string {
  const v = valueAt(grid, row, column);
  if (v === null || typeof v === "object") return "";
  return String(v).trim();
}

/** A test of a number format, remembered by format: a workbook has a handful of formats over
 * thousands of cells. Quoted text and escaped characters (`0"%"`, `0\%`, `0"秒"`) are no format
 * letters and are taken out before the test. */
function formatTest(test: (bare: string) => boolean): (format: string | undefined) => boolean {
  const known = new Map<string, boolean>();
  return (format) => {
    if (format === undefined) return false;
    let result = known.get(format);
    if (result === undefined) {
      result = test(format.replace(/"[^"]*"|\\./g, ""));
      if (known.size > 1000) known.clear();
      known.set(format, result);
    }
    return result;
  };
}

/** A number format that shows a percent (0%, 0.0%): the cell holds the fraction (95% is 0.95). */
export const isPercentFormat = formatTest((bare) => bare.includes("%"));

/** A number format that shows a time and no date (`[m]:ss`, `mm:ss`, `h:mm`, `[h]:mm:ss`): the cell
 * holds days, as Excel stores every time (3分40秒 is 0.0025462…). Elapsed-time brackets are kept;
 * colours and locales are not time letters. */
export const isDurationFormat = formatTest((bare) => {
  const letters = bare.replace(/\[(?![hms]+\])[^\]]*]/gi, "").toLowerCase();
  return /[hs]|\[m+\]/.test(letters) && !/[yd]/.test(letters);
});

/** The cell is formatted as a time (`isDurationFormat`). */
export const durationAt = (grid: Grid, row: number, column: number): boolean =>
  isDurationFormat(formatAt(grid, row, column));

/** The cell is formatted as a percent (`isPercentFormat`). */
export const percentAt = (grid: Grid, row: number, column: number): boolean =>
  isPercentFormat(formatAt(grid, row, column));
