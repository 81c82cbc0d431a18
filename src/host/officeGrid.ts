import { EXCEL } from "../engine/excel";
import { address, boxOf } from "../layout/a1";
import { key, type Area, type CellValue, type Grid } from "../layout/grid";
import type { RangeRef } from "../plan/record";

/**
 * What Office.js gives of a worksheet, turned into the Grid the xlsx adapter gives for the same
 * workbook (src/host/sheetScan.ts): the same used size, the same values (dates as
 * ISO text, errors as objects, covered merged cells reading as their area's top-left cell), the
 * same formats and formulas. Pure, so it is tested without Excel.
 */

/** One worksheet as read in the second sync: arrays of the range from A1 to the used range's end. */
export interface SheetData {
  name: string;
  values: unknown[][];
  /** Excel.RangeValueType per cell: "Empty", "String", "Double", "Boolean", "Error", … */
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  hiddenRows: boolean[];
  hiddenColumns: boolean[];
  /** Merged areas as A1 ranges; empty when ExcelApi 1.13 is missing. */
  merges: string[];
  protected: boolean;
  validations: string[];
  conditionalFormats: string[];
}

/** The add-in's own validations and formats, left out of what the Grid calls the template's. */
export interface OwnRanges {
  validations: readonly RangeRef[];
  formats: readonly RangeRef[];
}

type Box = Area;

/** A1 ranges of an Office address ("Sheet1!A1:B2,'a,b'!C3", "G:G"): quoted sheet names may hold
 * commas, so the addresses are matched rather than split. */
export function rangesOf(officeAddress: string): string[] {
  return [...officeAddress.matchAll(/(?:'(?:[^']|'')*'|[^',!]+)!([$A-Z0-9:]+)/g)].map((m) =>
    (m[1] as string).replace(/\$/g, ""),
  );
}

function boxFrom(range: string): Box | null {
  const b = boxOf(range);
  return (
    b && {
      top: b.top,
      left: b.left,
      bottom: Math.min(b.bottom, EXCEL.rows - 1),
      right: Math.min(b.right, EXCEL.columns - 1),
    }
  );
}

const a1 = (b: Box): string =>
  b.top === b.bottom && b.left === b.right
    ? address(b.top, b.left)
    : `${address(b.top, b.left)}:${address(b.bottom, b.right)}`;

/** What is left of a box with a hole cut out: up to four boxes (above, below, left, right). */
function subtract(b: Box, hole: Box): Box[] {
  if (hole.top > b.bottom || hole.bottom < b.top || hole.left > b.right || hole.right < b.left) return [b];
  const out: Box[] = [];
  if (hole.top > b.top) out.push({ ...b, bottom: hole.top - 1 });
  if (hole.bottom < b.bottom) out.push({ ...b, top: hole.bottom + 1 });
  const top = Math.max(b.top, hole.top);
  const bottom = Math.min(b.bottom, hole.bottom);
  if (hole.left > b.left) out.push({ top, bottom, left: b.left, right: hole.left - 1 });
  if (hole.right < b.right) out.push({ top, bottom, left: hole.right + 1, right: b.right });
  return out;
}

/** The ranges less the add-in's own: Excel reports adjacent validations as one area, so ours are
 * cut out of it rather than matched whole, or the template's would look like ours (or ours like
 * the template's, and the add-in would refuse to validate its own cells again). */
export function withoutOwn(ranges: readonly string[], own: readonly string[]): string[] {
  const holes = own.map(boxFrom).filter((b): b is Box => b !== null);
  return ranges
    .map(boxFrom)
    .filter((b): b is Box => b !== null)
    .flatMap((b) => holes.reduce<Box[]>((left, hole) => left.flatMap((x) => subtract(x, hole)), [b]))
    .map(a1);
}

const DAY_MS = 86_400_000;
/** Excel's serial day 0 (1900 date system) as JavaScript time. */
const SERIAL_EPOCH_DAYS = 25_569;

/** ExcelJS's test for a date format (utils.isDateFmt): the xlsx adapter reads such a number as a
 * date, so this one must too. */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** A date serial as the xlsx adapter gives it: the date to the millisecond as ExcelJS rounds it,
 * as ISO text, or the serial itself for a time of day alone (below 1). Office.js has no 1904 date
 * system flag within ExcelApi 1.9, so the 1900 system is assumed. */
export function serialValue(serial: number): CellValue {
  const ms = Math.round((serial - SERIAL_EPOCH_DAYS) * DAY_MS);
  const day = ms / DAY_MS + SERIAL_EPOCH_DAYS;
  if (day < 1) return day;
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A cell's value from Office's `values` and `valueTypes`: errors come as their text there. */
export function officeValue(value: unknown, type: string | undefined, format: string): CellValue {
  switch (type) {
    case "Error":
      return { error: String(value) };
    case "Double":
      return typeof value === "number" && isDateFormat(format) ? serialValue(value) : (value as number);
    case "String":
    case "Boolean":
      return value as string | boolean;
    default:
      return null;
  }
}

/** Covered cells of merged areas ("row,column" → area), top-left cells left out. */
function coveredCells(areas: readonly Area[]): Map<string, Area> {
  const out = new Map<string, Area>();
  for (const area of areas)
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++)
        if (r !== area.top || c !== area.left) out.set(key(r, c), area);
  return out;
}

/**
 * The Grid of one worksheet. Follows `gridFromWorksheet` step by step: a covered cell reads as its
 * top-left and keeps no format or formula; the used size ends at the last cell holding a value or
 * a formula; formats of empty cells count within that size only; merged areas are cut to it.
 */
export function gridFromSheet(data: SheetData, own: OwnRanges): Grid {
  const areas = data.merges.map(boxFrom).filter((b): b is Box => b !== null);
  const covered = coveredCells(areas);
  const values: CellValue[][] = [];
  const formats: Record<string, string> = {};
  const formulas: Record<string, string> = {};
  const blankFormats: Array<[number, number, string]> = [];
  let usedRows = 0;
  let usedColumns = 0;
  data.values.forEach((row, r) => {
    const out: CellValue[] = [];
    values.push(out);
    let used = 0;
    row.forEach((raw, c) => {
      const area = covered.get(key(r, c));
      if (area) {
        out[c] = values[area.top]?.[area.left] ?? null;
        if (out[c] !== null) used = c + 1;
        return;
      }
      const format = String(data.numberFormat[r]?.[c] ?? "General");
      out[c] = officeValue(raw, data.valueTypes[r]?.[c], format);
      const text = data.formulas[r]?.[c];
      const formula = typeof text === "string" && text.startsWith("=") ? text.slice(1) : "";
      if (formula) formulas[key(r, c)] = formula;
      const filled = out[c] !== null || formula !== "";
      if (filled) used = c + 1;
      if (format && format !== "General") {
        if (filled) formats[key(r, c)] = format;
        else blankFormats.push([r, c, format]);
      }
    });
    out.length = used;
    if (used > 0) usedRows = r + 1;
    usedColumns = Math.max(usedColumns, used);
  });
  values.length = usedRows;
  for (const [r, c, format] of blankFormats) if (r < usedRows && c < usedColumns) formats[key(r, c)] = format;
  const indexes = (flags: boolean[], size: number) =>
    flags.flatMap((hidden, i) => (hidden && i < size ? [i] : []));
  const ownOf = (refs: readonly RangeRef[]) => refs.filter((x) => x.sheet === data.name).map((x) => x.range);
  return {
    name: data.name,
    rows: usedRows,
    columns: usedColumns,
    values,
    formats,
    formulas,
    merges: areas
      .filter((a) => a.top < usedRows && a.left < usedColumns)
      .map((a) => ({
        ...a,
        bottom: Math.min(a.bottom, usedRows - 1),
        right: Math.min(a.right, usedColumns - 1),
      }))
      .sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows: indexes(data.hiddenRows, usedRows),
    hiddenColumns: indexes(data.hiddenColumns, usedColumns),
    protected: data.protected,
    validations: withoutOwn(data.validations, ownOf(own.validations)),
    conditionalFormats: withoutOwn(data.conditionalFormats, ownOf(own.formats)),
  };
}
