import * as ExcelJS from "exceljs";
import { issue, type Issue, type IssueCode } from "../engine/issue";
import { key, type Area, type CellValue, type Grid } from "../layout/grid";

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
  // Node's modules are loaded here, on use: gridsFromWorkbook also runs in the browser (the demo).
  const [{ readFile }, { basename }] = await Promise.all([import("fs/promises"), import("path")]);
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return failure(isMissing(error) ? "file.notFound" : "file.unreadable", file);
  }
  // Excel 97-2003 files and password-protected .xlsx are both OLE compound files, not zips:
  // ExcelJS would only fail on them with a zip error that tells the user nothing.
  if (isCompoundFile(bytes))
    return failure(isEncryptedPackage(bytes) ? "file.encrypted" : "file.legacyXls", file);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return failure("file.unreadable", file);
  }
  // A zip that is not a spreadsheet (a .docx renamed, say) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) return failure("file.unreadable", file);
  return { ok: true, grids: gridsFromWorkbook(workbook) };
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

function isCompoundFile(bytes: Buffer): boolean {
  return CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** An encrypted OOXML package is the compound file's EncryptedPackage stream; directory entry
 * names are UTF-16LE. */
function isEncryptedPackage(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from("EncryptedPackage", "utf16le"));
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
// Score-in-place: a workbook kept in memory, a WorkbookPatch applied to it, saved as a copy.

export type WorkbookOpen =
  | { ok: true; workbook: ExcelJS.Workbook; grids: Grid[] }
  | { ok: false; issue: Issue & { code: FileIssueCode } };

/** Reads an .xlsx file as `readWorkbook` does, keeping the ExcelJS workbook to patch and save. */
export async function openWorkbook(path: string): Promise<WorkbookOpen> {
  const [{ readFile }, { basename }] = await Promise.all([import("fs/promises"), import("path")]);
  const file = basename(path);
  const refuse = (code: FileIssueCode): WorkbookOpen => failure(code, file) as WorkbookOpen;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return refuse(isMissing(error) ? "file.notFound" : "file.unreadable");
  }
  if (isCompoundFile(bytes)) return refuse(isEncryptedPackage(bytes) ? "file.encrypted" : "file.legacyXls");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return refuse("file.unreadable");
  }
  if (workbook.worksheets.length === 0) return refuse("file.unreadable");
  return { ok: true, workbook, grids: gridsFromWorkbook(workbook) };
}

/** One cell write of a WorkbookPatch (src/plan/patch.ts), as this adapter needs it. */
export interface PatchWrite {
  sheet: string;
  cell: string;
  value?: number | string | boolean | null;
  formula?: string;
}

/**
 * Writes a patch's cells into the workbook: values as they are, formulas without their leading =
 * (ExcelJS's form), the cell's style, number format and merge left as they were. Formulas carry no
 * cached result, so the workbook asks to be recalculated when opened. Conflicts are the caller's
 * to settle before: every write given is applied.
 */
export function applyPatch(workbook: ExcelJS.Workbook, patch: { writes: readonly PatchWrite[] }): void {
  let formulas = false;
  for (const write of patch.writes) {
    const sheet = workbook.getWorksheet(write.sheet);
    if (!sheet) throw new Error(`no worksheet named ${write.sheet}`);
    const cell = sheet.getCell(write.cell);
    if (write.formula !== undefined) {
      cell.value = { formula: write.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      formulas = true;
    } else if (write.value !== undefined) cell.value = write.value;
  }
  if (formulas) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

/** Saves a workbook to an .xlsx file. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await workbook.xlsx.writeFile(path);
}
