import { boxOf, columnLetter } from "../layout/a1";
import { key, withIndex, type Area, type CellValue, type Grid } from "../layout/grid";
import { fromStored, slideFormula } from "./formulaText";
import { isTrue, type CellStyles } from "./workbookParts";
import {
  attr,
  attrsAt,
  cellText,
  cursor,
  decode,
  eachTag,
  isMain,
  nextTag,
  prefixOf,
  rootOf,
  MAIN_NS,
  type Scope,
  type Tag,
} from "./xml";

/**
 * One pass over a worksheet part: the Grid the recogniser reads (what ExcelJS made of the same
 * file before: values, dates as ISO text, formats, formulas with shared ones translated, merged
 * areas, hidden rows and columns, protection, validation and formatted ranges), and where each row
 * and cell sits in the text, so that a patch rewrites those cells and nothing else.
 */

export interface CellSpot {
  /** 0-based column. */
  column: number;
  /** Offsets of the `<c …>` element, from its `<` to just after its end. */
  start: number;
  end: number;
  attrs: string;
  /** Its formula element: shared (with its group id and, on the group's first cell, its range) or
   * array / data table (with the range it fills). */
  formula?: { type: string; si?: string; ref?: string };
}

export interface RowSpot {
  /** 1-based row number. */
  row: number;
  attrs: string;
  start: number;
  /** Just after the opening tag, and where the closing tag starts (both its end when empty). */
  openEnd: number;
  closeStart: number;
  end: number;
  cells: CellSpot[];
}

/** Where an element sits: its start, the end of its opening tag, the start of its closing tag
 * and its end (the three last equal for an empty element). */
export interface Spot {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  attrs: string;
}

export interface SheetScan {
  rows: RowSpot[];
  /** The sheetData element: its offsets, as for a row. */
  sheetData: { start: number; openEnd: number; closeStart: number; end: number };
  /** The prefix the sheet writes SpreadsheetML elements with (`x:`, or ""). */
  prefix: string;
  /** Top-level elements after sheetData, by local name, each with its offsets (the first of a
   * name), and where the root element closes. */
  elements: Map<string, Spot>;
  rootClose: number;
  /** Each conditional format and each data validation (with its range), in order. */
  conditionalFormats: Array<Spot & { sqref: string }>;
  validations: Array<Spot & { sqref: string }>;
  /** Styles of whole columns (`<col min max style>`, 1-based), for cells the sheet does not have yet. */
  columnStyles: Array<[number, number, number]>;
  dimension: Spot | null;
  /** Where each conditional format rule is and its priority (new rules go after those that stay),
   * and the highest shared formula group id (a new group takes a fresh one). */
  priorities: Array<[offset: number, priority: number]>;
  maxShared: number;
}

interface Context {
  name: string;
  strings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
}

/** What one cell reads as, before merges are applied. */
interface Read {
  value: CellValue;
  formula: string;
}

/** The sheet's Grid and where its rows and cells are; null when the text is not a worksheet. */
export function scanSheet(xml: string, context: Context): { grid: Grid; scan: SheetScan } | null {
  const root = rootOf(xml);
  if (!root || root.local !== "worksheet" || !isMain(root.uri)) return null;
  const prefix = prefixOf(root.scope, MAIN_NS) ?? "";
  const values: CellValue[][] = [];
  const formats: Formats = new Map();
  const formulas: Record<string, string> = {};
  const formulaIds = new Map<number, string>();
  const hidden = new Set<number>();
  const hiddenColumns: Array<[number, number]> = [];
  const merges: Area[] = [];
  const validations = new Set<number>();
  const conditional: string[] = [];
  const masters = new Map<string, { formula: string; row: number; column: number }>();
  const rows: RowSpot[] = [];
  const elements: SheetScan["elements"] = new Map();
  const conditionalFormats: SheetScan["conditionalFormats"] = [];
  const validationSpots: SheetScan["validations"] = [];
  const columnStyles: SheetScan["columnStyles"] = [];
  let dimension: Spot | null = null;
  let rootClose = xml.length;
  /** The element being measured (a conditional format or a validation), until it closes. */
  let measuring: (Spot & { sqref: string; local: string; list: Array<Spot & { sqref: string }> }) | null =
    null;
  const sheetData = { start: -1, openEnd: -1, closeStart: -1, end: -1 };
  let isProtected = false;
  const priorities: Array<[number, number]> = [];
  let maxShared = -1;

  let row: RowSpot | null = null;
  let cell: (CellSpot & { t: string; s: number; formula?: CellSpot["formula"] }) | null = null;
  let rowNumber = 0;
  let columnNumber = -1;
  /** Text of the cell's `<v>`, `<f>` and inline string, and where the current one opened. */
  let v: string | undefined;
  let f: string | undefined;
  let inline: string[] | null = null;
  let opened = -1;
  let phonetic = 0;
  let depth = 0;
  let afterData = false;
  let element: { local: string; start: number; openEnd: number; attrs: string } | null = null;

  const finishCell = (end: number): void => {
    if (!row || !cell) return;
    cell.end = end;
    const spot: CellSpot = { column: cell.column, start: cell.start, end, attrs: cell.attrs };
    if (cell.formula) spot.formula = cell.formula;
    row.cells.push(spot);
    const r = row.row - 1;
    const c = cell.column;
    const read = readCell(cell, v, f, inline, context, masters, r);
    if (read !== null) {
      const line = (values[r] ??= []);
      line[c] = read.value;
      if (read.formula) {
        formulas[key(r, c)] = read.formula;
        formulaIds.set(r * COLUMNS + c, read.formula);
      }
      const format = cell.s > 0 ? context.styles.formats[cell.s] : undefined;
      // Empty cells' formats are kept only within the used size, known at the end.
      if (format && format !== "General")
        formats.set(r * COLUMNS + c, read.value !== null || read.formula ? format : { blank: format });
    }
    cell = null;
  };

  const visit = (tag: Tag): void => {
    if (tag.kind === "open") depth++;
    else if (tag.kind === "close") depth--;
    if (tag.local === "cfRule" && tag.kind !== "close")
      priorities.push([tag.start, Number(attr(tag.attrs, "priority") ?? 0) || 0]);
    if (!isMain(tag.uri)) return;
    const { local, kind } = tag;
    if (cell) {
      cellTag(tag);
      return;
    }
    switch (local) {
      case "sheetData":
        if (kind === "close") {
          sheetData.closeStart = tag.start;
          sheetData.end = tag.end;
          afterData = true;
        } else {
          sheetData.start = tag.start;
          sheetData.openEnd = tag.end;
          if (kind === "empty") {
            sheetData.closeStart = tag.end;
            sheetData.end = tag.end;
            afterData = true;
          }
        }
        return;
      case "row":
        if (kind === "close") {
          if (row) {
            row.closeStart = tag.start;
            row.end = tag.end;
          }
          row = null;
          return;
        }
        rowNumber = Number(attr(tag.attrs, "r") ?? rowNumber + 1);
        columnNumber = -1;
        row = {
          row: rowNumber,
          attrs: tag.attrs,
          start: tag.start,
          openEnd: tag.end,
          closeStart: tag.end,
          end: tag.end,
          cells: [],
        };
        rows.push(row);
        if (isTrue(attr(tag.attrs, "hidden"))) hidden.add(rowNumber - 1);
        if (kind === "empty") row = null;
        return;
      case "c":
        if (!row) return;
        startCell(tag);
        if (kind === "empty") finishCell(tag.end);
        return;
      case "col": {
        if (kind === "close") return;
        const min = Number(attr(tag.attrs, "min"));
        const max = Number(attr(tag.attrs, "max"));
        if (isTrue(attr(tag.attrs, "hidden"))) hiddenColumns.push([min - 1, max - 1]);
        const style = Number(attr(tag.attrs, "style") ?? 0);
        if (style > 0) columnStyles.push([min, max, style]);
        return;
      }
      case "dimension":
        if (kind !== "close")
          dimension = {
            start: tag.start,
            openEnd: tag.end,
            closeStart: tag.end,
            end: tag.end,
            attrs: tag.attrs,
          };
        return;
      case "worksheet":
        if (kind === "close") rootClose = tag.start;
        return;
      case "mergeCell": {
        const box = boxOf(attr(tag.attrs, "ref") ?? "");
        if (box && (box.bottom > box.top || box.right > box.left)) merges.push(box);
        return;
      }
      case "sheetProtection":
        isProtected = isTrue(attr(tag.attrs, "sheet"));
        break;
      case "dataValidation":
      case "conditionalFormatting": {
        if (kind === "close") {
          if (measuring?.local === local) {
            measuring.list.push({ ...measuring, closeStart: tag.start, end: tag.end });
            measuring = null;
          }
          return;
        }
        const sqref = attr(tag.attrs, "sqref") ?? "";
        if (local === "conditionalFormatting") conditional.push(sqref);
        else
          for (const range of sqref.split(/\s+/)) {
            const box = boxOf(range);
            if (box) for (let c = box.left; c <= box.right; c++) validations.add(c);
          }
        const list = local === "conditionalFormatting" ? conditionalFormats : validationSpots;
        const spot = {
          start: tag.start,
          openEnd: tag.end,
          closeStart: tag.end,
          end: tag.end,
          attrs: tag.attrs,
          sqref,
        };
        if (kind === "empty") list.push(spot);
        else measuring = { ...spot, local, list };
        return;
      }
    }
    // Where the top-level elements after sheetData are, to insert others in schema order.
    const topLevel = kind === "open" ? depth === 1 : depth === 0;
    if (afterData && topLevel && kind !== "close" && !element) {
      element = { local, start: tag.start, openEnd: tag.end, attrs: tag.attrs };
      if (kind === "empty") {
        if (!elements.has(local)) elements.set(local, { ...element, end: tag.end, closeStart: tag.end });
        element = null;
      }
    } else if (afterData && element && kind === "close" && local === element.local && depth === 0) {
      if (!elements.has(local)) elements.set(local, { ...element, end: tag.end, closeStart: tag.start });
      element = null;
    }
  };

  // Up to sheetData, then its rows (most of the text: a pass of its own that makes no object per
  // tag, unless a namespace is declared in there), then the rest.
  eachTag(
    xml,
    (tag) => {
      visit(tag);
      return tag.kind === "open" && tag.local === "sheetData" && isMain(tag.uri);
    },
    root.end,
    xml.length,
    root.scope,
  );
  if (sheetData.openEnd >= 0 && sheetData.end < 0) {
    const close = xml.indexOf(`</${prefix}sheetData`, sheetData.openEnd);
    const declares = xml.indexOf("xmlns", sheetData.openEnd);
    if (close >= 0 && (declares < 0 || declares > close))
      scanRows(xml, sheetData.openEnd, prefix, root.scope, visit);
    else
      eachTag(
        xml,
        (tag) => {
          visit(tag);
          return tag.kind === "close" && tag.local === "sheetData" && isMain(tag.uri);
        },
        sheetData.openEnd,
        xml.length,
        root.scope,
      );
    if (sheetData.end >= 0) eachTag(xml, visit, sheetData.end, xml.length, root.scope);
  }

  function startCell(tag: Tag): void {
    const ref = attr(tag.attrs, "r");
    columnNumber = ref ? columnOf(ref) : columnNumber + 1;
    cell = {
      column: columnNumber,
      start: tag.start,
      end: tag.end,
      attrs: tag.attrs,
      t: attr(tag.attrs, "t") ?? "n",
      s: Number(attr(tag.attrs, "s") ?? 0) || 0,
    };
    v = undefined;
    f = undefined;
    inline = null;
    phonetic = 0;
  }

  function cellTag(tag: Tag): void {
    if (!cell) return;
    const { local, kind } = tag;
    if (local === "c" && kind === "close") {
      finishCell(tag.end);
      return;
    }
    if (local === "rPh") {
      if (kind === "open") phonetic++;
      else if (kind === "close") phonetic--;
      return;
    }
    if (phonetic > 0) return;
    if (local === "f") {
      if (kind !== "close") {
        const type = attr(tag.attrs, "t");
        if (type !== undefined && type !== "normal") {
          const si = attr(tag.attrs, "si");
          const ref = attr(tag.attrs, "ref");
          cell.formula = { type, ...(si !== undefined ? { si } : {}), ...(ref !== undefined ? { ref } : {}) };
          if (si !== undefined) maxShared = Math.max(maxShared, Number(si) || 0);
        }
        if (kind === "empty") f ??= "";
        else opened = tag.end;
      } else f = xml.slice(opened, tag.start);
    } else if (local === "v") {
      if (kind === "open") opened = tag.end;
      else if (kind === "close") v = xml.slice(opened, tag.start);
    } else if (local === "is") {
      if (kind !== "close") inline ??= [];
    } else if (local === "t" && inline !== null) {
      if (kind === "open") opened = tag.end;
      else if (kind === "close") inline.push(xml.slice(opened, tag.start));
    }
  }

  const grid = finishGrid(context.name, {
    values,
    formats,
    formulas,
    formulaIds,
    merges,
    hidden,
    hiddenColumns,
  });
  if (isProtected) grid.protected = true;
  if (validations.size > 0)
    grid.validations = [...validations]
      .sort((a, b) => a - b)
      .map((c) => `${columnLetter(c)}:${columnLetter(c)}`);
  if (conditional.length > 0) grid.conditionalFormats = conditional;
  return {
    grid,
    scan: {
      rows,
      sheetData,
      prefix,
      elements,
      rootClose,
      conditionalFormats,
      validations: validationSpots,
      columnStyles,
      dimension,
      priorities,
      maxShared,
    },
  };
}

/**
 * The tags of sheetData's rows, from `from` to its closing tag (which is visited too), each given
 * to `visit` in one object reused from tag to tag: the visitor keeps its fields, never the object.
 * Only attributes of rows, cells and formulas are cut out of the text. Elements are all
 * SpreadsheetML's, under `prefix` (sheetData declares no namespace: the caller checked).
 */
function scanRows(xml: string, from: number, prefix: string, scope: Scope, visit: (tag: Tag) => void): void {
  const tag: Tag = {
    start: 0,
    end: 0,
    kind: "open",
    name: "",
    local: "",
    uri: scope.get(prefix.slice(0, -1)) ?? "",
    attrs: "",
    scope,
  };
  const skip = prefix.length;
  const at = cursor();
  for (let i = from; nextTag(xml, i, at); i = at.end) {
    const local = xml.slice(at.nameStart + skip, at.nameEnd);
    tag.start = at.start;
    tag.end = at.end;
    tag.kind = at.close ? "close" : at.empty ? "empty" : "open";
    tag.name = skip === 0 ? local : xml.slice(at.nameStart, at.nameEnd);
    tag.local = local;
    tag.attrs = !at.close && (local === "c" || local === "row" || local === "f") ? attrsAt(xml, at) : "";
    visit(tag);
    if (at.close && local === "sheetData") return;
  }
}

/** A cell's value and formula as ExcelJS read them; null for a cell it did not keep (no value,
 * no formula and the default style). */
function readCell(
  cell: { t: string; s: number; column: number; formula?: CellSpot["formula"] },
  v: string | undefined,
  f: string | undefined,
  inline: string[] | null,
  context: Context,
  masters: Map<string, { formula: string; row: number; column: number }>,
  row: number,
): Read | null {
  // Style 0 is no style (as ExcelJS reads it): no number format, no date.
  const date = cell.s > 0 && context.styles.dates[cell.s] === true;
  if ((f !== undefined && f !== "") || cell.formula !== undefined) {
    let formula = f === undefined ? "" : decode(f);
    const shared = cell.formula?.type === "shared" ? cell.formula : undefined;
    if (shared?.si !== undefined) {
      if (shared.ref !== undefined && formula !== "")
        masters.set(shared.si, { formula, row, column: cell.column });
      else if (formula === "") {
        const master = masters.get(shared.si);
        formula = master ? slideFormula(master.formula, row - master.row, cell.column - master.column) : "";
      }
    }
    formula = fromStored(formula.startsWith("=") ? formula.slice(1) : formula);
    return { value: v ? resultOf(cell.t, v, date, context.date1904) : null, formula };
  }
  if (inline !== null || v !== undefined) {
    const raw = inline !== null ? inline.join("") : (v as string);
    if (raw === "") return emptyCell(cell.s);
    switch (cell.t) {
      case "s":
        return { value: context.strings[Number(raw)] ?? null, formula: "" };
      case "str":
      case "inlineStr":
        return { value: cellText(raw), formula: "" };
      case "b":
        return { value: Number(raw) !== 0, formula: "" };
      case "e":
        return { value: { error: decode(raw) }, formula: "" };
      case "d":
        return { value: isoDate(decode(raw)), formula: "" };
      default:
        return { value: numberValue(parseFloat(raw), date, context.date1904), formula: "" };
    }
  }
  return emptyCell(cell.s);
}

/** An empty cell is kept only with a style of its own (ExcelJS skips the others). */
const emptyCell = (style: number): Read | null => (style > 0 ? { value: null, formula: "" } : null);

function resultOf(t: string, v: string, date: boolean, date1904: boolean): CellValue {
  switch (t) {
    case "str":
      return cellText(v);
    case "b":
      return Number(v) !== 0;
    case "e":
      return { error: decode(v) };
    default:
      return numberValue(parseFloat(v), date, date1904);
  }
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's two date systems. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A number in a date-formatted cell is a date: ISO text ("2024-01-31", with the time when it has
 * one). A time of day alone (below 1, a duration such as 3:40 in a 观看时长 cell) stays a number:
 * as a date it would read 1899-12-30, and its format tells what it is. Timed to the millisecond,
 * as ExcelJS reads it. */
function numberValue(n: number, date: boolean, date1904: boolean): CellValue {
  if (Number.isNaN(n)) return null;
  if (!date) return n;
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  const ms = Math.round(n * DAY_MS) + epoch;
  const serial = (ms - epoch) / DAY_MS;
  if (serial < 1) return serial;
  return isoOf(ms);
}

function isoOf(ms: number): CellValue {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A `t="d"` cell holds ISO 8601 text: read as the same ISO text the number would give. */
function isoDate(text: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
  return Number.isNaN(ms) ? text : isoOf(ms);
}

/** The row with this 1-based number, found by halving (rows are in order). */
export function rowAt(scan: SheetScan, row: number): RowSpot | undefined {
  const rows = scan.rows;
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = (rows[mid] as RowSpot).row;
    if (at === row) return rows[mid];
    if (at < row) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** 0-based column of an A1 reference. */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n - 1;
}

/** Cells' number formats by row × COLUMNS + column; an empty cell's is kept apart. */
type Formats = Map<number, string | { blank: string }>;
const COLUMNS = 16_384;

interface Pieces {
  values: CellValue[][];
  formats: Formats;
  formulas: Record<string, string>;
  /** The same formulas by row × COLUMNS + column. */
  formulaIds: Map<number, string>;
  merges: Area[];
  hidden: Set<number>;
  hiddenColumns: Array<[number, number]>;
}

/**
 * The Grid: merged areas filled with their top-left value (a covered cell reads as the area, and
 * has no value, formula or format of its own), cut to the used size (the last row and column with
 * a value or a formula); empty cells' formats only within it.
 */
function finishGrid(name: string, p: Pieces): Grid {
  const { values, formulas } = p;
  for (const area of p.merges) {
    const master = values[area.top]?.[area.left] ?? null;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        const own = values[r]?.[c];
        if (own !== undefined) {
          delete formulas[key(r, c)];
          p.formulaIds.delete(r * COLUMNS + c);
          p.formats.delete(r * COLUMNS + c);
        }
        if (master !== null || own !== undefined) (values[r] ??= [])[c] = master;
      }
  }
  let rows = 0;
  let columns = 0;
  const used = new Set<string>(Object.keys(formulas));
  for (let r = 0; r < values.length; r++) {
    const line = values[r];
    if (line === undefined) {
      values[r] = [];
      continue;
    }
    let last = -1;
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (value === undefined) line[c] = null;
      else if (value !== null || used.has(key(r, c))) last = c;
    }
    line.length = last + 1;
    if (last >= 0) rows = r + 1;
    if (last + 1 > columns) columns = last + 1;
  }
  values.length = rows;
  const formats: Record<string, string> = {};
  const formatIds = new Map<number, string>();
  for (const [at, format] of p.formats) {
    const r = Math.floor(at / COLUMNS);
    const c = at % COLUMNS;
    if (r >= rows || c >= columns) continue;
    const shown = typeof format === "string" ? format : format.blank;
    formats[key(r, c)] = shown;
    formatIds.set(at, shown);
  }
  const hiddenColumns: number[] = [];
  for (let c = 0; c < columns; c++)
    if (p.hiddenColumns.some(([a, b]) => c >= a && c <= b)) hiddenColumns.push(c);
  return withIndex(
    {
      name,
      rows,
      columns,
      values,
      formats,
      formulas,
      merges: p.merges
        .filter((a) => a.top < rows && a.left < columns)
        .map((a) => ({ ...a, bottom: Math.min(a.bottom, rows - 1), right: Math.min(a.right, columns - 1) }))
        .sort((a, b) => a.top - b.top || a.left - b.left),
      hiddenRows: [...p.hidden].filter((r) => r < rows).sort((a, b) => a - b),
      hiddenColumns,
    },
    { formats: formatIds, formulas: p.formulaIds },
  );
}
