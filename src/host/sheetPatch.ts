import { address, boxOf, columnLetter } from "../layout/a1";
import type { CellValue } from "../layout/grid";
import type { ValidationWrite } from "../plan/patch";
import { slideFormula, toStored } from "./formulaText";
import type { CellSpot, RowSpot, SheetScan, Spot } from "./sheetScan";
import { spliceToBytes, type Edit, type Reverse } from "./splice";
import { isTrue } from "./workbookParts";
import { attr, decode, encodeOoxml, escapeAttr, escapeText } from "./xml";

/**
 * What the add-in writes into one worksheet part, written into its text: the cells it writes
 * (each keeping its style; a cell the sheet did not have yet takes its row's or column's style),
 * the validations and conditional formats it adds or removes. Every other byte of the sheet stays
 * as it was: rows, other cells, merges, panes, page setup, drawings, comments, extensions.
 */

/** A cell's new content: a value (null empties it) or a formula with the value it shows. */
export type Content =
  | { value: number | string | boolean | null | { error: string } }
  | { formula: string; result?: CellValue; shared?: { si: number; ref?: string } };

export interface CellChange {
  /** 1-based row, 0-based column. */
  row: number;
  column: number;
  content: Content;
}

/** A grade's fill, by the index of its differential format in the styles part. */
export interface FormatRule {
  text: string;
  dxf: number;
}

export interface SheetChanges {
  cells: CellChange[];
  validations: ValidationWrite[];
  formats: Array<{ range: string; rules: FormatRule[] }>;
  removeValidations: string[];
  removeFormats: string[];
}

/** Excel's limits on a validation's texts (longer, it repairs the file and drops them). */
const PROMPT_TITLE = 32;
const PROMPT = 255;
const ERROR_TITLE = 32;
const ERROR = 225;
/** A list typed into a validation holds at most 255 characters. */
const LIST = 255;

/** The sheet's text with the changes written, as UTF-8 bytes (`head` respells its start: its XML
 * declaration) with the text's fingerprint, the edits that undo them, and the validations it could
 * not write (a list too long for Excel). */
export function patchSheet(
  xml: string,
  scan: SheetScan,
  changes: SheetChanges,
  head?: (start: string) => string,
): { bytes: Uint8Array; after: string; reverse: Reverse[]; skipped: ValidationWrite[] } {
  const p = scan.prefix;
  // The dimension comes before the cells: edits given in order are spliced without sorting.
  const dimension = dimensionEdit(scan, changes.cells);
  const edits: Edit[] = dimension ? [dimension] : [];
  for (const edit of cellEdits(xml, scan, changes.cells)) edits.push(edit);
  const removedFormats = new Set(changes.removeFormats);
  const removed = scan.conditionalFormats.filter((spot) => removedFormats.has(spot.sqref));
  // New rules rank after every rule that stays.
  let priority = 0;
  for (const [at, value] of scan.priorities)
    if (!removed.some((spot) => at >= spot.start && at < spot.end)) priority = Math.max(priority, value);
  const added = changes.formats.map((f) => {
    const text = formatXml(p, f.range, f.rules, priority);
    priority += f.rules.length;
    return { range: f.range, xml: text };
  });
  // A format removed and added again unchanged (scoring again) stays where it is.
  for (const spot of removed) {
    const same = added.findIndex((a) => a.range === spot.sqref && a.xml === xml.slice(spot.start, spot.end));
    if (same >= 0) added.splice(same, 1);
    else edits.push({ start: spot.start, end: spot.end, insert: "" });
  }
  if (added.length > 0)
    edits.push({
      start: insertionPoint(scan, AFTER_FORMATS),
      end: insertionPoint(scan, AFTER_FORMATS),
      insert: added.map((a) => a.xml).join(""),
    });
  const skipped: ValidationWrite[] = [];
  const validations: string[] = [];
  for (const v of changes.validations) {
    const text = validationXml(p, v);
    if (text === null) skipped.push(v);
    else validations.push(text);
  }
  for (const edit of validationEdits(xml, scan, new Set(changes.removeValidations), validations))
    edits.push(edit);
  const { bytes, after, reverse } = spliceToBytes(xml, edits, head);
  return { bytes, after, reverse, skipped };
}

// ---------------------------------------------------------------------------------------------
// Cells

function cellEdits(xml: string, scan: SheetScan, changes: readonly CellChange[]): Edit[] {
  const p = scan.prefix;
  const edits: Edit[] = [];
  // Only a sheet with shared formulas has cells that read another's formula.
  if (scan.maxShared >= 0) {
    const written = new Set(changes.map((c) => c.row * 16_384 + c.column));
    for (const edit of keptFollowers(xml, scan, written)) edits.push(edit);
  }
  const rows = scan.rows;
  let next = 0;
  const newRows = new Map<number, string[]>();
  const ref = references();
  const ordered = inCellOrder(changes);
  for (let from = 0; from < ordered.length;) {
    const rowNumber = (ordered[from] as CellChange).row;
    let to = from + 1;
    while (to < ordered.length && (ordered[to] as CellChange).row === rowNumber) to++;
    const list = ordered.slice(from, to);
    from = to;
    while (next < rows.length && (rows[next] as RowSpot).row < rowNumber) next++;
    const row = rows[next];
    if (row !== undefined && row.row === rowNumber) {
      for (const edit of rowEdits(xml, scan, row, list, ref)) edits.push(edit);
      continue;
    }
    // A row the sheet does not have: inserted before the next row, or at the end of sheetData.
    const at = row?.start ?? -1;
    const cells = list.map((c) =>
      cellXml(p, ref(rowNumber, c.column), styleFor(scan, undefined, c.column), "", c.content),
    );
    const group = newRows.get(at) ?? [];
    group.push(`<${p}row r="${rowNumber}">${cells.join("")}</${p}row>`);
    newRows.set(at, group);
  }
  const data = scan.sheetData;
  for (const [at, group] of newRows) {
    if (at >= 0) edits.push({ start: at, end: at, insert: group.join("") });
    else if (data.openEnd === data.end)
      // <sheetData/>: opened and closed around the rows.
      edits.push({
        start: data.start,
        end: data.end,
        insert: `${xml.slice(data.start, data.end - 2).trimEnd()}>${group.join("")}</${p}sheetData>`,
      });
    else edits.push({ start: data.closeStart, end: data.closeStart, insert: group.join("") });
  }
  return edits;
}

/** The changes row by row, each row's column by column: as given when they come so (a roster's
 * do), else sorted (stably) — never grouped apart first. */
function inCellOrder(changes: readonly CellChange[]): readonly CellChange[] {
  for (let i = 1; i < changes.length; i++) {
    const a = changes[i - 1] as CellChange;
    const b = changes[i] as CellChange;
    if (a.row > b.row || (a.row === b.row && a.column > b.column))
      return [...changes].sort((x, y) => x.row - y.row || x.column - y.column);
  }
  return changes;
}

/** A1 references of a sheet's cells (1-based row, 0-based column), each column's letters found
 * once. */
function references(): (row: number, column: number) => string {
  const letters: string[] = [];
  return (row, column) => `${(letters[column] ??= columnLetter(column))}${row}`;
}

function rowEdits(
  xml: string,
  scan: SheetScan,
  row: RowSpot,
  list: readonly CellChange[],
  ref: (row: number, column: number) => string,
): Edit[] {
  const p = scan.prefix;
  const edits: Edit[] = [];
  const inserts: string[] = [];
  let i = 0;
  const cells = row.cells;
  const own = rowStyle(row);
  for (const change of list) {
    while (i < cells.length && (cells[i] as CellSpot).column < change.column) i++;
    const spot = cells[i];
    const at = ref(row.row, change.column);
    if (spot !== undefined && spot.column === change.column) {
      const s = attr(spot.attrs, "s");
      const ph = attr(spot.attrs, "ph");
      edits.push({
        start: spot.start,
        end: spot.end,
        insert: cellXml(p, at, s, ph !== undefined ? ` ph="${escapeAttr(ph)}"` : "", change.content),
      });
      continue;
    }
    const text = cellXml(p, at, styleFor(scan, own, change.column), "", change.content);
    if (row.openEnd === row.end) inserts.push(text);
    else {
      const offset = spot?.start ?? row.closeStart;
      // New cells side by side go in as one edit.
      const previous = edits[edits.length - 1];
      if (previous !== undefined && previous.start === offset && previous.end === offset)
        previous.insert += text;
      else edits.push({ start: offset, end: offset, insert: text });
    }
  }
  if (inserts.length > 0) {
    // <row …/>: opened and closed around its new cells.
    edits.push({
      start: row.start,
      end: row.end,
      insert: `${xml.slice(row.start, row.end - 2).trimEnd()}>${inserts.join("")}</${p}row>`,
    });
  }
  return edits;
}

/** The style a row gives the cells it does not have yet, when it sets one. */
function rowStyle(row: RowSpot): string | undefined {
  return isTrue(attr(row.attrs, "customFormat")) ? attr(row.attrs, "s") : undefined;
}

/** The style a cell the sheet does not have yet takes: its row's (`rowStyle`), else its column's,
 * as Excel gives a cell typed there. */
function styleFor(scan: SheetScan, own: string | undefined, column: number): string | undefined {
  if (own !== undefined) return own;
  const col = scan.columnStyles.find(([min, max]) => column + 1 >= min && column + 1 <= max);
  return col ? String(col[2]) : undefined;
}

/** A `<c>` element with its content. */
export function cellXml(
  p: string,
  ref: string,
  style: string | undefined,
  extra: string,
  content: Content,
): string {
  const open = `<${p}c r="${ref}"${style !== undefined && style !== "0" ? ` s="${escapeAttr(style)}"` : ""}${extra}`;
  if ("formula" in content) {
    const body = content.formula.startsWith("=") ? content.formula.slice(1) : content.formula;
    const shared = content.shared;
    const f = shared
      ? shared.ref !== undefined
        ? `<${p}f t="shared" ref="${shared.ref}" si="${shared.si}">${text(toStored(body))}</${p}f>`
        : `<${p}f t="shared" si="${shared.si}"/>`
      : `<${p}f>${text(toStored(body))}</${p}f>`;
    const result = content.result ?? null;
    const [t, v] = valueParts(result);
    return `${open}${t === "inlineStr" ? ' t="str"' : t}>${f}${result === null ? "" : `<${p}v>${v}</${p}v>`}</${p}c>`;
  }
  const value = content.value;
  if (value === null) return `${open}/>`;
  const [t, v] = valueParts(value);
  if (t === "inlineStr")
    return `${open} t="inlineStr"><${p}is><${p}t${/^\s|\s$/.test(value as string) ? ' xml:space="preserve"' : ""}>${v}</${p}t></${p}is></${p}c>`;
  return `${open}${t}><${p}v>${v}</${p}v></${p}c>`;
}

/** The type attribute and the text of a value. */
function valueParts(value: CellValue): [string, string] {
  if (typeof value === "number") return Number.isFinite(value) ? ["", String(value)] : [' t="e"', "#NUM!"];
  if (typeof value === "boolean") return [' t="b"', value ? "1" : "0"];
  if (typeof value === "string") return ["inlineStr", text(value)];
  if (value !== null) return [' t="e"', text(value.error)];
  return ["", ""];
}

/** Text as SpreadsheetML holds it: `_xHHHH_` for what XML cannot hold, then XML escapes. */
const text = (value: string): string => escapeText(encodeOoxml(value));

/**
 * A shared formula whose first cell is written loses the formula its other cells read: each of
 * them the patch leaves alone gets its own formula, as it reads in its row (and keeps its value).
 */
function keptFollowers(xml: string, scan: SheetScan, written: ReadonlySet<number>): Edit[] {
  const masters = new Map<string, { row: number; column: number; formula: string }>();
  const edits: Edit[] = [];
  for (const row of scan.rows)
    for (const cell of row.cells) {
      const f = cell.formula;
      if (f?.type !== "shared" || f.si === undefined) continue;
      const id = row.row * 16_384 + cell.column;
      if (f.ref !== undefined) {
        if (written.has(id))
          masters.set(f.si, {
            row: row.row,
            column: cell.column,
            formula: formulaIn(xml.slice(cell.start, cell.end)),
          });
        continue;
      }
      const master = masters.get(f.si);
      if (!master || written.has(id)) continue;
      const own = slideFormula(master.formula, row.row - master.row, cell.column - master.column);
      const element = xml.slice(cell.start, cell.end);
      edits.push({
        start: cell.start,
        end: cell.end,
        insert: element.replace(
          FORMULA,
          (_, prefix: string = "") => `<${prefix}f>${escapeText(own)}</${prefix}f>`,
        ),
      });
    }
  return edits;
}

/** A cell's formula element: empty, or with its text. */
const FORMULA = /<([\w.-]+:)?f\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/\1?f>)/;

/** The formula text of a cell element, decoded. */
function formulaIn(element: string): string {
  const m = /<([\w.-]+:)?f\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/\1?f>/.exec(element);
  return m ? decode(m[2] ?? "") : "";
}

/** The dimension widened to the cells written (a reader may size the sheet by it). */
function dimensionEdit(scan: SheetScan, cells: readonly CellChange[]): Edit | null {
  const spot = scan.dimension;
  if (!spot || cells.length === 0) return null;
  const ref = attr(spot.attrs, "ref") ?? "";
  const box = boxOf(ref);
  if (!box) return null;
  let { top, left, bottom, right } = box;
  for (const c of cells) {
    top = Math.min(top, c.row - 1);
    bottom = Math.max(bottom, c.row - 1);
    left = Math.min(left, c.column);
    right = Math.max(right, c.column);
  }
  if (top === box.top && left === box.left && bottom === box.bottom && right === box.right) return null;
  const wider =
    top === bottom && left === right ? address(top, left) : `${address(top, left)}:${address(bottom, right)}`;
  return { start: spot.start, end: spot.end, insert: `<${scan.prefix}dimension ref="${wider}"/>` };
}

// ---------------------------------------------------------------------------------------------
// Conditional formats and validations

/** Top-level elements that follow conditional formats, and those that follow validations, in
 * the order the schema puts them. */
const AFTER_VALIDATIONS = [
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const AFTER_FORMATS = ["dataValidations", ...AFTER_VALIDATIONS];

/** Where an element goes: before the first of those that follow it, else at the end. */
function insertionPoint(scan: SheetScan, followers: readonly string[]): number {
  let at = scan.rootClose;
  for (const name of followers) {
    const spot = scan.elements.get(name);
    if (spot && spot.start < at) at = spot.start;
  }
  return at;
}

function formatXml(p: string, range: string, rules: readonly FormatRule[], after: number): string {
  const items = rules.map(
    (r, i) =>
      `<${p}cfRule type="cellIs" dxfId="${r.dxf}" priority="${after + i + 1}" operator="equal"><${p}formula>${text(`"${r.text.replace(/"/g, '""')}"`)}</${p}formula></${p}cfRule>`,
  );
  return `<${p}conditionalFormatting sqref="${escapeAttr(range)}">${items.join("")}</${p}conditionalFormatting>`;
}

/** Validations removed and added: a validation removed and added again unchanged stays, the
 * container's count follows, an emptied container goes. */
function validationEdits(
  xml: string,
  scan: SheetScan,
  removed: ReadonlySet<string>,
  added: string[],
): Edit[] {
  const container = scan.elements.get("dataValidations");
  const edits: Edit[] = [];
  const pending = [...added];
  let kept = 0;
  for (const spot of scan.validations) {
    if (!removed.has(spot.sqref)) {
      kept++;
      continue;
    }
    const same = pending.indexOf(xml.slice(spot.start, spot.end));
    if (same >= 0) {
      pending.splice(same, 1);
      kept++;
    } else edits.push({ start: spot.start, end: spot.end, insert: "" });
  }
  const p = scan.prefix;
  if (!container) {
    if (pending.length === 0) return edits;
    const at = insertionPoint(scan, AFTER_VALIDATIONS);
    return [
      ...edits,
      {
        start: at,
        end: at,
        insert: `<${p}dataValidations count="${pending.length}">${pending.join("")}</${p}dataValidations>`,
      },
    ];
  }
  const total = kept + pending.length;
  if (total === 0) return [{ start: container.start, end: container.end, insert: "" }];
  if (pending.length > 0) {
    if (container.openEnd === container.end)
      return [
        {
          start: container.start,
          end: container.end,
          insert: `<${p}dataValidations count="${total}">${pending.join("")}</${p}dataValidations>`,
        },
      ];
    edits.push({ start: container.closeStart, end: container.closeStart, insert: pending.join("") });
  }
  if (total !== scan.validations.length) edits.push(countEdit(xml, container, total));
  return edits;
}

/** The container's opening tag with its count set. */
function countEdit(xml: string, spot: Spot, count: number): Edit {
  const open = xml.slice(spot.start, spot.openEnd);
  const counted = /\scount\s*=\s*("[^"]*"|'[^']*')/.test(open)
    ? open.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`)
    : open;
  return { start: spot.start, end: spot.openEnd, insert: counted };
}

/** A ValidationWrite as SpreadsheetML: numbers as decimals between bounds, lists typed in. Null
 * when its list cannot be written (longer than Excel reads). */
export function validationXml(p: string, v: ValidationWrite): string | null {
  const texts = [
    'allowBlank="1" showInputMessage="1" showErrorMessage="1"',
    `errorStyle="${v.alert.style}"`,
    `errorTitle="${attribute(v.alert.title, ERROR_TITLE)}"`,
    `error="${attribute(v.alert.message, ERROR)}"`,
    `promptTitle="${attribute(v.prompt.title, PROMPT_TITLE)}"`,
    `prompt="${attribute(v.prompt.message, PROMPT)}"`,
    `sqref="${escapeAttr(v.range)}"`,
  ].join(" ");
  if (v.rule.kind === "list") {
    const list = listFormula(v.rule.items);
    if (list === null) return null;
    return `<${p}dataValidation type="list" ${texts}><${p}formula1>${text(list)}</${p}formula1></${p}dataValidation>`;
  }
  const { min, max } = v.rule;
  const bound = (n: number) => `${n}`;
  const [operator, formulas] =
    min !== undefined && max !== undefined
      ? ["between", [min, max]]
      : min !== undefined
        ? ["greaterThanOrEqual", [min]]
        : max !== undefined
          ? ["lessThanOrEqual", [max]]
          : ["between", [-9.99e307, 9.99e307]];
  const [one, two] = formulas as [number, number?];
  return `<${p}dataValidation type="decimal" operator="${operator}" ${texts}><${p}formula1>${bound(one)}</${p}formula1>${two !== undefined ? `<${p}formula2>${bound(two)}</${p}formula2>` : ""}</${p}dataValidation>`;
}

/**
 * A list as a validation's formula: `"A,B,C"`. Commas separate the items and there is no way to
 * escape one, so an item's own comma is written full-width (the engine reads ，as , since it
 * normalises to NFKC); quotes are doubled. Null when longer than Excel's 255 characters.
 */
export function listFormula(items: readonly string[]): string | null {
  const joined = items.map((item) => item.replace(/,/g, "，").replace(/"/g, '""')).join(",");
  return joined.length > LIST ? null : `"${joined}"`;
}

/** Text as an attribute value, cut to Excel's limit with an ellipsis. */
function attribute(value: string, limit: number): string {
  const chars = [...value];
  const cut = chars.length > limit ? `${chars.slice(0, limit - 1).join("")}…` : value;
  return escapeAttr(encodeOoxml(cut));
}
