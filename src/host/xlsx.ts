import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { issue, type Issue, type IssueCode } from "../engine/issue";
import { boxOf, columnLetter, parseAddress } from "../layout/a1";
import { key, type Area, type CellValue, type Grid } from "../layout/grid";
import type { WorkbookSnapshot } from "../plan/operations";
import type { CellWrite, GradeFormat, ValidationWrite, WorkbookPatch } from "../plan/patch";
import { RECORD_NAMESPACE, recordFromXml, recordToXml, type WriteRecord } from "../plan/record";
import { droppedParts, type PartKind } from "./parts";
import { sharedRuns, type FormulaCell } from "./sharedFormula";
import { TONE_FILL } from "./tones";

/**
 * The xlsx side of the host layer: a workbook file or an ExcelJS workbook in memory becomes one
 * Grid per worksheet, the snapshot the layout recogniser reads. Everything ExcelJS-specific stays
 * in this file, so the recogniser sees the same Grid as from the Office.js adapter.
 */

export type FileIssueCode = Extract<IssueCode, `file.${string}`>;

export type WorkbookRead =
  { ok: true; grids: Grid[] } | { ok: false; issue: Issue & { code: FileIssueCode } };

/** Reads an .xlsx file. A file that cannot be read gives an issue naming it, never a throw. */
export async function readWorkbook(path: string): Promise<WorkbookRead> {
  const open = await openWorkbook(path);
  return open.ok ? { ok: true, grids: open.snapshot.grids } : open;
}

/** One Grid per worksheet, in workbook order; shared by files, score-in-place and the demo. */
export function gridsFromWorkbook(workbook: ExcelJS.Workbook): Grid[] {
  const date1904 = workbook.properties?.date1904 === true;
  return workbook.worksheets.map((sheet) => gridFromWorksheet(sheet, date1904));
}

function failure(code: FileIssueCode, file: string): WorkbookRead {
  return { ok: false, issue: { ...issue(code, { file }), code } };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

/** The first bytes of an OLE compound file. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** An encrypted OOXML package is the compound file's EncryptedPackage stream; directory entry
 * names are UTF-16LE. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  return includes(
    bytes,
    [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]),
  );
}

/** The byte sequence occurs in the bytes. */
function includes(bytes: Uint8Array, sequence: readonly number[]): boolean {
  const first = sequence[0] as number;
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (sequence.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

// Read once: a namespace import reaches ExcelJS's exports through getters, too slow per cell.
const { ValueType } = ExcelJS;

/** What one pass over a worksheet's cells collects. */
interface SheetPass {
  date1904: boolean;
  values: CellValue[][];
  formats: Record<string, string>;
  formulas: Record<string, string>;
  /** Merged areas by their top-left cell, grown as their covered cells are met. */
  areas: Map<ExcelJS.Cell, Area>;
  /** Formats of empty cells: kept only where they fall within the used size, known at the end. */
  blankFormats: { row: number; column: number; format: string }[];
}

function gridFromWorksheet(sheet: ExcelJS.Worksheet, date1904: boolean): Grid {
  const rowCount = sheet.rowCount;
  // findRows does not create rows, unlike getRow and eachRow({ includeEmpty }): rows absent from
  // the file stay holes, and the workbook is left as it was (score-in-place writes it back).
  const rows = sheet.findRows(1, rowCount) ?? [];
  const pass: SheetPass = {
    date1904,
    values: new Array<CellValue[]>(rowCount),
    formats: {},
    formulas: {},
    areas: new Map(),
    blankFormats: [],
  };
  const hiddenRows: number[] = [];
  let usedRows = 0;
  let usedColumns = 0;
  for (let r = 0; r < rowCount; r++) {
    const row = rows[r];
    if (row === undefined) {
      pass.values[r] = [];
      continue;
    }
    const used = readRow(row, r, pass);
    if (used > 0) usedRows = r + 1;
    if (used > usedColumns) usedColumns = used;
    if (row.hidden) hiddenRows.push(r);
  }
  pass.values.length = usedRows;
  for (const { row, column, format } of pass.blankFormats) {
    if (row < usedRows && column < usedColumns) pass.formats[key(row, column)] = format;
  }
  return {
    name: sheet.name,
    rows: usedRows,
    columns: usedColumns,
    values: pass.values,
    formats: pass.formats,
    formulas: pass.formulas,
    merges: withinUsedSize([...pass.areas.values()], usedRows, usedColumns),
    hiddenRows: hiddenRows.filter((r) => r < usedRows),
    hiddenColumns: hiddenColumns(sheet, usedColumns),
    ...sheetState(sheet),
  };
}

/** What ExcelJS keeps of a sheet but leaves out of its types. */
interface SheetModel {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  sheetProtection: { sheet?: boolean } | null;
}

const modelOf = (sheet: ExcelJS.Worksheet): SheetModel => sheet as unknown as SheetModel;

/** Protection, and the columns and ranges carrying validation or conditional formats: only the
 * keys that are set, so a plain sheet's Grid has none of them. Validations are reported per column
 * (`G:G`), the finest the Office.js adapter can read in one batch, so both adapters agree. */
function sheetState(
  sheet: ExcelJS.Worksheet,
): Pick<Grid, "protected" | "validations" | "conditionalFormats"> {
  const model = modelOf(sheet);
  const columns = new Set<number>();
  for (const [address, validation] of Object.entries(model.dataValidations.model)) {
    if (validation === undefined) continue;
    const box = boxOf(address);
    if (box) for (let c = box.left; c <= box.right; c++) columns.add(c);
  }
  const formats = model.conditionalFormattings.map((f) => f.ref);
  const letters = [...columns].sort((a, b) => a - b).map(columnLetter);
  return {
    ...(model.sheetProtection?.sheet ? { protected: true } : {}),
    ...(letters.length > 0 ? { validations: letters.map((c) => `${c}:${c}`) } : {}),
    ...(formats.length > 0 ? { conditionalFormats: formats } : {}),
  };
}

/** Merged areas cut to the used size, in reading order. Only an empty area reaches past it (a
 * filled one is filled cell by cell), and past it there is nothing to read: a blank signature
 * block below the form is dropped, an empty area running off the right edge is cut at it. */
function withinUsedSize(areas: Area[], rows: number, columns: number): Area[] {
  return areas
    .filter((area) => area.top < rows && area.left < columns)
    .map((area) => ({
      ...area,
      bottom: Math.min(area.bottom, rows - 1),
      right: Math.min(area.right, columns - 1),
    }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Reads row `r` into `pass.values[r]`; returns its used length (last cell with content + 1). */
function readRow(row: ExcelJS.Row, r: number, pass: SheetPass): number {
  const n = row.cellCount;
  const out: CellValue[] = new Array<CellValue>(n).fill(null);
  pass.values[r] = out; // before the cells: a covered cell may read its top-left in this row
  let used = 0;
  for (let c = 0; c < n; c++) {
    const cell = row.findCell(c + 1);
    if (cell === undefined) continue;
    const type = cell.type;
    if (type === ValueType.Merge) {
      out[c] = coveredValue(cell, r, c, pass);
      if (out[c] !== null) used = c + 1;
      continue;
    }
    const value = cellValue(cell, type, pass.date1904);
    out[c] = value;
    const formula = type === ValueType.Formula ? formulaText(cell) : "";
    if (formula) pass.formulas[key(r, c)] = formula;
    const filled = value !== null || formula !== "";
    if (filled) used = c + 1;
    const format = cell.numFmt;
    if (format && format !== "General") {
      if (filled) pass.formats[key(r, c)] = format;
      else pass.blankFormats.push({ row: r, column: c, format });
    }
  }
  out.length = used;
  return used;
}

/** A cell covered by a merge reads as the area's top-left cell (as `valueAt` promises), and
 * widens the area: ExcelJS has no public list of merges, only covered cells pointing at their master. */
function coveredValue(cell: ExcelJS.Cell, r: number, c: number, pass: SheetPass): CellValue {
  const master = cell.master;
  let area = pass.areas.get(master);
  if (area === undefined) {
    // ExcelJS types a cell's row and col as strings; they are numbers.
    area = { top: Number(master.row) - 1, left: Number(master.col) - 1, bottom: r, right: c };
    pass.areas.set(master, area);
  } else {
    if (r > area.bottom) area.bottom = r;
    if (c > area.right) area.right = c;
  }
  return pass.values[area.top]?.[area.left] ?? null;
}

function cellValue(cell: ExcelJS.Cell, type: ExcelJS.ValueType, date1904: boolean): CellValue {
  switch (type) {
    case ValueType.Number:
    case ValueType.String:
    case ValueType.Boolean:
      return cell.value as number | string | boolean;
    case ValueType.Date:
      return dateValue(cell.value as Date, date1904);
    case ValueType.RichText:
      return plainText(cell.value as ExcelJS.CellRichTextValue);
    case ValueType.Hyperlink:
      return linkText(cell.value as ExcelJS.CellHyperlinkValue);
    case ValueType.Formula:
      // `cell.result`, not `cell.value`: the latter copies the formula model on every read.
      return resultValue(cell.result, date1904);
    case ValueType.Error:
      return { error: (cell.value as ExcelJS.CellErrorValue).error };
    default:
      return null;
  }
}

/** The cached result of a formula; a file saved without calculating (by a tool) has none. */
function resultValue(result: unknown, date1904: boolean): CellValue {
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (result instanceof Date) return dateValue(result, date1904);
  if (typeof result === "object" && result !== null && "error" in result) {
    return { error: String(result.error) };
  }
  return null;
}

/** The formula without "=", shared formulas translated to this cell by ExcelJS; "" when none. */
function formulaText(cell: ExcelJS.Cell): string {
  const formula = cell.formula ?? "";
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function plainText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

/** A link reads as its text, which ExcelJS gives as rich text when the text has runs. */
function linkText(value: ExcelJS.CellHyperlinkValue): string {
  const text: unknown = value.text;
  if (typeof text === "string") return text;
  if (typeof text === "object" && text !== null && "richText" in text) {
    return plainText(text as ExcelJS.CellRichTextValue);
  }
  return "";
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's two date systems. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** ISO date text ("2024-01-31", with the time when it has one). A time of day alone (serial below
 * 1, a duration such as 3:40 in a 观看时长 cell) stays the stored number: as a date it would read
 * 1899-12-30, and its format (recorded) tells what it is. */
function dateValue(date: Date, date1904: boolean): CellValue {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const serial = (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
  if (serial < 1) return serial;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** Hidden columns within the used size: Excel files often hide every column past the form. */
function hiddenColumns(sheet: ExcelJS.Worksheet, usedColumns: number): number[] {
  // ExcelJS has no column list at all (null, whatever its type says) when the file sets none.
  const columns = (sheet.columns as (Partial<ExcelJS.Column> | undefined)[] | null) ?? [];
  const out: number[] = [];
  for (let c = 0; c < Math.min(columns.length, usedColumns); c++) {
    if (columns[c]?.hidden) out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Score-in-place: a workbook kept in memory, a WorkbookPatch applied to it, saved as a copy with
// the add-in's record as a custom XML part.

export type WorkbookOpen =
  | {
      ok: true;
      workbook: ExcelJS.Workbook;
      snapshot: WorkbookSnapshot;
      /** The bytes read, to tell what a saved copy lacks (`saveWorkbook`). */
      source: Uint8Array;
    }
  | { ok: false; issue: Issue & { code: FileIssueCode } };

/** Reads an .xlsx file as `readWorkbook` does, keeping the ExcelJS workbook to patch and save. */
export async function openWorkbook(path: string): Promise<WorkbookOpen> {
  const [{ readFile }, { basename }] = await Promise.all([import("fs/promises"), import("path")]);
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return failure(isMissing(error) ? "file.notFound" : "file.unreadable", file) as WorkbookOpen;
  }
  return loadWorkbook(bytes, file);
}

/** Reads .xlsx bytes (a file, or one picked in the browser): the workbook, its Grids and the
 * add-in's record. Bytes that are not a readable workbook give an issue naming the file. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<WorkbookOpen> {
  const refuse = (code: FileIssueCode): WorkbookOpen => failure(code, file) as WorkbookOpen;
  if (isCompoundFile(bytes)) return refuse(isEncryptedPackage(bytes) ? "file.encrypted" : "file.legacyXls");
  const workbook = new ExcelJS.Workbook();
  let record: WriteRecord | null;
  try {
    // ExcelJS declares its own Buffer type (an ArrayBuffer); a Node Buffer or Uint8Array is read.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    record = await readRecord(bytes);
  } catch {
    return refuse("file.unreadable");
  }
  if (workbook.worksheets.length === 0) return refuse("file.unreadable");
  return { ok: true, workbook, snapshot: snapshotOf(workbook, record), source: bytes };
}

/** The snapshot the operations read (src/plan/operations.ts). Files are never opened read-only. */
export function snapshotOf(workbook: ExcelJS.Workbook, record: WriteRecord | null): WorkbookSnapshot {
  return { grids: gridsFromWorkbook(workbook), record, readOnly: false };
}

/** Where the package keeps custom XML parts, and how the workbook points at ours. */
const CUSTOM_XML = /^customXml\/item\d+\.xml$/;
const RECORD_PART = "customXml/item1.xml";
const RECORD_ID = "{5E0C9F2A-6B4D-4C1E-9A7F-3D2B8E6C1A40}";
const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";

/** The add-in's record among the package's custom XML parts, or null. */
async function readRecord(bytes: Uint8Array): Promise<WriteRecord | null> {
  // Part names are stored as plain text in a zip: most files have no custom XML, and are not
  // unzipped a second time to find that out.
  if (
    !includes(
      bytes,
      [..."customXml/"].map((ch) => ch.charCodeAt(0)),
    )
  )
    return null;
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => CUSTOM_XML.test(n))) {
    const record = recordFromXml((await zip.file(name)?.async("string")) ?? "");
    if (record) return record;
  }
  return null;
}

/** A cell write of a WorkbookPatch, as this adapter needs it. */
export type PatchWrite = Pick<CellWrite, "sheet" | "cell"> & {
  value?: number | string | boolean | null;
  formula?: string;
};

/** What `applyPatch` writes: a whole WorkbookPatch, or cell writes alone. */
export type PatchApplied = { writes: readonly PatchWrite[] } & Partial<
  Pick<WorkbookPatch, "validations" | "formats" | "removals">
>;

/**
 * Applies a patch to the workbook: removals first (the add-in's earlier validations and formats),
 * then cell writes (values as they are, null empties a cell, formulas without their leading = as
 * ExcelJS keeps them; style, number format and merge left as they were), validations and grade
 * formats. Formulas carry no cached result, so the workbook asks to be recalculated when opened.
 * Conflicts and blocks are the caller's to settle before: everything given is applied. The record
 * is written with the file (`workbookBytes`).
 */
export function applyPatch(workbook: ExcelJS.Workbook, patch: PatchApplied): void {
  const sheetOf = (name: string) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no worksheet named ${name}`);
    return sheet;
  };
  for (const r of patch.removals?.validations ?? []) removeValidation(sheetOf(r.sheet), r.range);
  for (const r of patch.removals?.formats ?? []) {
    const model = modelOf(sheetOf(r.sheet));
    model.conditionalFormattings = model.conditionalFormattings.filter((f) => f.ref !== r.range);
  }
  const target = cellsTo(patch.writes);
  const formulas = new Map<string, AddressedFormula[]>();
  for (const write of patch.writes) {
    const formula = write.formula;
    if (formula !== undefined) {
      const at = parseAddress(write.cell);
      const cell = {
        column: at ? columnLetter(at.column) : "",
        row: at ? at.row + 1 : NaN,
        address: write.cell,
        formula: formula.startsWith("=") ? formula.slice(1) : formula,
      };
      const list = formulas.get(write.sheet) ?? [];
      list.push(cell);
      formulas.set(write.sheet, list);
    } else if (write.value !== undefined) target(sheetOf(write.sheet), write.cell).value = write.value;
  }
  for (const [name, cells] of formulas) writeFormulas(sheetOf(name), cells, target);
  for (const v of patch.validations ?? [])
    modelOf(sheetOf(v.sheet)).dataValidations.model[v.range] = validation(v);
  for (const f of patch.formats ?? []) sheetOf(f.sheet).addConditionalFormatting(gradeFormatting(f));
  if (formulas.size > 0) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

type CellTo = (sheet: ExcelJS.Worksheet, address: string) => ExcelJS.Cell;

/**
 * The cell each write goes to, made ready for it. A template's own shared formula whose first cell
 * is written keeps the formulas of its other cells the patch leaves alone, each as its own:
 * ExcelJS cannot save them without their first cell. Written cells styled alike (by their row's
 * or column's style) share one style object, as cells without a style do (`shareEmptyStyles`):
 * ExcelJS renders every style object it has not met to find its style id when it saves. Styles
 * themselves are left as they were.
 */
function cellsTo(writes: readonly PatchWrite[]): CellTo {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  let written: Set<string> | null = null;
  return (sheet, address) => {
    const cell = sheet.getCell(address);
    // ExcelJS's types leave out a shared formula's first cell (shareType, ref).
    const value = cell.value as { shareType?: string; ref?: string } | null;
    if (cell.type === ValueType.Formula && value?.shareType === "shared" && value.ref) {
      written ??= new Set(writes.map((w) => `${w.sheet}!${w.cell}`));
      const alsoWritten = written;
      keepFollowers(sheet, cell, value.ref, (a) => alsoWritten.has(`${sheet.name}!${a}`));
    }
    if (isEmptyStyle(cell.style)) return cell;
    const key = JSON.stringify(cell.style);
    const shared = styles.get(key);
    if (shared === undefined) styles.set(key, cell.style);
    else cell.style = shared;
    return cell;
  };
}

/** The cells of a shared formula's range that follow `master` and are not `written` get their own
 * formula (as it reads in their row) and keep their cached result. */
function keepFollowers(
  sheet: ExcelJS.Worksheet,
  master: ExcelJS.Cell,
  range: string,
  written: (address: string) => boolean,
): void {
  const box = boxOf(range);
  if (!box) return;
  for (let row = box.top; row <= box.bottom; row++)
    for (let column = box.left; column <= box.right; column++) {
      const cell = sheet.getCell(row + 1, column + 1);
      const value = cell.value as Partial<ExcelJS.CellSharedFormulaValue> | null;
      if (value?.sharedFormula !== master.address || written(cell.address)) continue;
      cell.value = { formula: cell.formula, result: value.result } as ExcelJS.CellFormulaValue;
    }
}

type AddressedFormula = FormulaCell & { address: string };

/** Formulas, each run down a column that differs only by the row as one shared formula. */
function writeFormulas(sheet: ExcelJS.Worksheet, cells: readonly AddressedFormula[], target: CellTo): void {
  for (const run of sharedRuns(cells)) {
    const [first, ...rest] = run as [AddressedFormula, ...AddressedFormula[]];
    const master = first.address;
    const last = run[run.length - 1] as AddressedFormula;
    target(sheet, master).value = (
      rest.length === 0
        ? { formula: first.formula }
        : { formula: first.formula, shareType: "shared", ref: `${master}:${last.address}` }
    ) as ExcelJS.CellFormulaValue;
    for (const cell of rest)
      target(sheet, cell.address).value = {
        sharedFormula: master,
      } as ExcelJS.CellSharedFormulaValue;
  }
}

/** Removes validation from every cell of the range (ExcelJS keeps a loaded range cell by cell). */
function removeValidation(sheet: ExcelJS.Worksheet, range: string): void {
  const model = modelOf(sheet).dataValidations.model;
  const box = boxOf(range);
  if (!box) return;
  for (const address of Object.keys(model)) {
    const at = boxOf(address);
    if (at && at.top >= box.top && at.bottom <= box.bottom && at.left >= box.left && at.right <= box.right)
      delete model[address];
  }
}

/** A ValidationWrite as ExcelJS models it: numbers as decimals between bounds, lists in-cell. */
function validation(v: ValidationWrite): ExcelJS.DataValidation {
  const texts = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    errorStyle: v.alert.style,
    errorTitle: v.alert.title,
    error: v.alert.message,
  };
  if (v.rule.kind === "list")
    return { type: "list", formulae: [`"${v.rule.items.join(",")}"`], ...texts } as ExcelJS.DataValidation;
  const { min, max } = v.rule;
  const [operator, formulae] =
    min !== undefined && max !== undefined
      ? ["between", [min, max]]
      : min !== undefined
        ? ["greaterThanOrEqual", [min]]
        : max !== undefined
          ? ["lessThanOrEqual", [max]]
          : ["greaterThanOrEqual", [-Number.MAX_VALUE]];
  return { type: "decimal", operator, formulae, ...texts } as ExcelJS.DataValidation;
}

/** A GradeFormat as ExcelJS models it: one "cell equals" rule per grade, with its tone's colours. */
function gradeFormatting(f: GradeFormat): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: f.range,
    rules: f.grades.map((g, i) => ({
      type: "cellIs",
      operator: "equal",
      formulae: [`"${g.text.replace(/"/g, '""')}"`],
      priority: i + 1,
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${TONE_FILL[g.tone].fill}` } },
        font: { color: { argb: `FF${TONE_FILL[g.tone].font}` } },
      },
    })),
  } as ExcelJS.ConditionalFormattingOptions;
}

/** Deflate at its fastest level: saving takes about a third less time for a file some 25% larger,
 * and Excel compresses it its own way when the user saves it again. */
const FAST_DEFLATE = { compression: "DEFLATE", compressionOptions: { level: 1 } } as const;

function isEmptyStyle(style: Partial<ExcelJS.Style>): boolean {
  for (const _ in style) return false;
  return true;
}

/**
 * Cells without a style share one empty style. ExcelJS gives each such cell, loaded or new, an
 * empty style object of its own and renders every one it has not met to find its style id: a
 * third of saving a 2,000-person roster. An empty style is the default one whatever the cell
 * holds, except a date, which ExcelJS gives a date format.
 */
function shareEmptyStyles(workbook: ExcelJS.Workbook): void {
  const empty: Partial<ExcelJS.Style> = {};
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.style !== empty && cell.type !== ValueType.Date && isEmptyStyle(cell.style))
          cell.style = empty;
      }),
    );
}

/** The workbook as .xlsx bytes, with the record as a custom XML part (none when null). */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
  record: WriteRecord | null,
): Promise<Uint8Array> {
  shareEmptyStyles(workbook);
  const bytes = new Uint8Array(
    await workbook.xlsx.writeBuffer({
      zip: FAST_DEFLATE,
    } as unknown as Partial<ExcelJS.XlsxWriteOptions>),
  );
  if (record === null) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  zip.file(RECORD_PART, recordToXml(record));
  zip.file(
    "customXml/itemProps1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${RECORD_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${RECORD_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    "customXml/_rels/item1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  const rels = "xl/_rels/workbook.xml.rels";
  const relsXml = (await zip.file(rels)?.async("string")) ?? "";
  zip.file(
    rels,
    relsXml.replace(
      "</Relationships>",
      `<Relationship Id="rIdKpiRecord" Type="${CUSTOM_XML_REL}" Target="../${RECORD_PART}"/></Relationships>`,
    ),
  );
  const types = "[Content_Types].xml";
  const typesXml = (await zip.file(types)?.async("string")) ?? "";
  zip.file(
    types,
    typesXml.replace(
      "</Types>",
      `${typesXml.includes('Extension="xml"') ? "" : '<Default Extension="xml" ContentType="application/xml"/>'}<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array", ...FAST_DEFLATE });
}

/** Saves an opened workbook to an .xlsx file, with the add-in's record; says what the input held
 * that the copy does not (ExcelJS keeps no charts, PivotTables, printer settings…). */
export async function saveWorkbook(
  read: Extract<WorkbookOpen, { ok: true }>,
  path: string,
  record: WriteRecord | null = null,
): Promise<PartKind[]> {
  const { writeFile } = await import("fs/promises");
  const bytes = await workbookBytes(read.workbook, record);
  await writeFile(path, bytes);
  return droppedParts(read.source, bytes);
}
