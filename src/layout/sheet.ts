import { normalizeText } from "../engine/normalize";
import { textAt, type Area, type Grid } from "./grid";
import { memoized } from "./memo";

/**
 * A Grid prepared for reading: merged cells resolve to their top-left cell, hidden rows and columns
 * are sets, and header texts are normalised once. Building it costs one pass over the merges;
 * nothing here walks every cell of the sheet.
 */
export interface Sheet {
  grid: Grid;
  /** The merged area a cell belongs to, if any. */
  areaAt(row: number, column: number): Area | undefined;
  /** The text of a cell, read from the top-left cell of its merged area. */
  text(row: number, column: number): string;
  /** `text` brought to one spelling for matching: Simplified, lower case, no spaces or colons. */
  key(row: number, column: number): string;
  hiddenRow(row: number): boolean;
  hiddenColumn(column: number): boolean;
}

// Merges larger than this are kept in a list scanned on each lookup instead of being indexed cell
// by cell, so a sheet with one merge over 50,000 rows costs no more to prepare than one without.
const INDEXED_AREA = 400;

export function prepareSheet(grid: Grid): Sheet {
  const width = Math.max(grid.columns, 1);
  const indexed = new Map<number, Area>();
  const large: Area[] = [];
  for (const area of grid.merges) {
    const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (size > INDEXED_AREA) {
      large.push(area);
      continue;
    }
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) indexed.set(r * width + c, area);
  }
  const hiddenRows = new Set(grid.hiddenRows);
  const hiddenColumns = new Set(grid.hiddenColumns);
  const keys = new Map<number, string>();

  const areaAt = (row: number, column: number): Area | undefined =>
    indexed.get(row * width + column) ??
    large.find((a) => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right);
  const text = (row: number, column: number): string => {
    const area = areaAt(row, column);
    return area ? textAt(grid, area.top, area.left) : textAt(grid, row, column);
  };
  return {
    grid,
    areaAt,
    text,
    key(row, column) {
      const id = row * width + column;
      let k = keys.get(id);
      if (k === undefined) {
        k = matchKey(text(row, column));
        keys.set(id, k);
      }
      return k;
    },
    hiddenRow: (row) => hiddenRows.has(row),
    hiddenColumn: (column) => hiddenColumns.has(column),
  };
}

/** A header or label text as matchers compare it: normalised, lower case, without blanks and
 * trailing colons (`Employee:`, `被考核人：`). Labels and headers repeat across the sheets of a
 * workbook: their keys are remembered. */
export const matchKey = (text: string): string => (PLAIN_NUMBER.test(text) ? text : keyOf(text));

/** A number as a cell shows it (16, 0.77, -3) is its own key: no rewrite of normalizeText touches
 * it. A roster holds thousands, which would only crowd the remembered labels out. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

const keyOf = memoized(20_000, (text: string): string => (text === "" ? "" : toKey(text)));

function toKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[:：]+$/, "");
}
