import * as z from "zod/mini";
import type { Issue } from "../engine/issue";
import { parseRule } from "../engine/parseRule";
import { address, boxOf, columnIndex, columnLetter, parseAddress, type Box } from "./a1";
import type { Grid } from "./grid";
import { ColumnRole, type FormTable, type HeaderBlock, type RosterTable } from "./layout";
import { matchKey, prepareSheet, type Sheet } from "./sheet";

/**
 * What the user taught the add-in about one sheet it could not read (or read wrong): which cells
 * are the appraisal table, each column's role, and where the total, grade and grade table are.
 * Kept in the workbook's record for that sheet, and saved as a template profile (a small JSON
 * file) that other workbooks of the same template are read by. A profile carries the header
 * words it was taught on, so a workbook laid out otherwise is refused with where it differs.
 */

/** A column's role as taught: a layout role, or one of a roster's indicator columns. */
export const TaughtRole = z.enum([...ColumnRole.options, "indicator"]);
export type TaughtRole = z.infer<typeof TaughtRole>;

export const TaughtKind = z.enum(["form", "roster"]);
export type TaughtKind = z.infer<typeof TaughtKind>;

const Letters = z.string().check(z.regex(/^[A-Z]{1,3}$/));
const CellAddress = z.string().check(z.regex(/^[A-Z]{1,3}[1-9]\d*$/));
const RangeAddress = z.string().check(z.regex(/^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/));

/** One table as taught: its cells (the header row first), roles by column letter, pointed cells. */
export const Teaching = z.object({
  kind: TaughtKind,
  /** The table as selected, its header row on top (`A4:F9`). A roster's people go on below it. */
  range: RangeAddress,
  columns: z.record(Letters, TaughtRole),
  /** A form's person: the cell holding their name, when no 姓名 label says so. */
  name: z.optional(CellAddress),
  total: z.optional(CellAddress),
  grade: z.optional(CellAddress),
  /** A grade text's cell, or a grade table in cells (`H4:I8`), on this sheet or another one. */
  gradeTable: z.optional(z.union([RangeAddress, z.object({ sheet: z.string(), range: RangeAddress })])),
});
export type Teaching = z.infer<typeof Teaching>;

/** What a taught table's cells said when it was taught: checked every time it is read again. */
const Fingerprint = {
  /** The header words of each taught column (by letter). */
  headers: z.record(Letters, z.string()),
  /** The label beside each pointed cell (name, total, grade), by the pointed cell's address. */
  labels: z.record(CellAddress, z.string()),
  /** The header row's words over the columns not taught (序号, 备注 …), by letter: a column added
   * since (加分项) is then a difference. Profiles written before have none. */
  others: z.optional(z.record(Letters, z.string())),
  /** The filled cells around a grade table in cells (the row above and under it, the columns left
   * and right of it), on its sheet: a band added since (95 S under 90 A) is then a difference.
   * Profiles written before have none. */
  around: z.optional(z.record(CellAddress, z.string())),
};

// without a header word for each taught column (or with none at all), any sheet would pass the check
const headedColumns = (t: { columns: Record<string, unknown>; headers: Record<string, string> }): boolean =>
  Object.keys(t.columns).every((letters) => letters in t.headers) &&
  Object.values(t.headers).some((h) => h.trim() !== "");

/** A taught sheet: the teaching, the sheet it was taught on, and what its cells said then. The
 * add-in's record keeps it; a template profile's tables are these. */
export const TaughtSheet = z
  .object({ sheet: z.string(), ...Teaching.shape, ...Fingerprint })
  .check(z.refine(headedColumns, { message: "headers: every taught column needs its header word" }));
export type TaughtSheet = z.infer<typeof TaughtSheet>;

/** A template profile: what `kpi template` writes and `kpi score --template` reads. */
export const Profile = z.object({
  format: z.literal("kpi-template-profile"),
  version: z.literal(1),
  tables: z.array(TaughtSheet).check(z.minLength(1)),
});
export type Profile = z.infer<typeof Profile>;

/** The cell a merged cell's text is read from, as the layout names cells. */
function anchor(sheet: Sheet, row: number, column: number): { row: number; column: number } {
  const area = sheet.areaAt(row, column);
  return area ? { row: area.top, column: area.left } : { row, column };
}

/** The label of a pointed cell: the nearest text left of it on its row (合计, 考核等级 …). */
function labelOf(sheet: Sheet, cell: string): string {
  const at = parseAddress(cell);
  if (!at || at.row === null || at.column === null) return "";
  const from = anchor(sheet, at.row, at.column);
  for (let c = from.column - 1; c >= 0; c--) {
    const text = sheet.text(from.row, c);
    if (text !== "") return text;
  }
  return "";
}

/** The header row's text of each taught column. */
function headersOf(sheet: Sheet, teaching: Teaching): Record<string, string> {
  const top = boxOf(teaching.range)?.top ?? 0;
  const out: Record<string, string> = {};
  for (const letters of Object.keys(teaching.columns)) out[letters] = sheet.text(top, columnIndex(letters));
  return out;
}

function labelsOf(sheet: Sheet, teaching: Teaching): Record<string, string> {
  const out: Record<string, string> = {};
  for (const cell of [teaching.name, teaching.total, teaching.grade])
    if (cell) out[cell] = labelOf(sheet, cell);
  return out;
}

/** The header row's words over the columns not taught. */
function othersOf(sheet: Sheet, teaching: Teaching): Record<string, string> {
  const top = boxOf(teaching.range)?.top ?? 0;
  const out: Record<string, string> = {};
  for (const column of untaught(sheet, teaching.columns)) {
    const text = sheet.text(top, column);
    if (text !== "") out[columnLetter(column)] = text;
  }
  return out;
}

/** The columns of a sheet a teaching gives no role. */
function untaught(sheet: Sheet, columns: Record<string, unknown>): number[] {
  const taught = new Set(Object.keys(columns).map(columnIndex));
  return Array.from({ length: sheet.grid.columns }, (_, c) => c).filter((c) => !taught.has(c));
}

/** A grade table in cells (not a grade text in one cell): its sheet's name and its box. */
function gradeCells(table: Teaching, home: string): { sheet: string; box: Box } | null {
  const taught = table.gradeTable;
  if (!taught) return null;
  const { sheet, range } = typeof taught === "string" ? { sheet: home, range: taught } : taught;
  const box = range.includes(":") ? boxOf(range) : null;
  return box ? { sheet, box } : null;
}

/** A cell around a box, and the side of the box it is on. */
type Beside = { row: number; column: number; side: "above" | "below" | "left" | "right" };

/** The cells around a box; none that is part of a cell merged from inside the box. */
function ring(sheet: Sheet, box: Box): Beside[] {
  const out: Beside[] = [];
  for (let c = box.left; c <= box.right; c++) {
    if (box.top > 0) out.push({ row: box.top - 1, column: c, side: "above" });
    out.push({ row: box.bottom + 1, column: c, side: "below" });
  }
  for (let r = box.top; r <= box.bottom; r++) {
    if (box.left > 0) out.push({ row: r, column: box.left - 1, side: "left" });
    out.push({ row: r, column: box.right + 1, side: "right" });
  }
  const inside = (row: number, column: number) =>
    row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
  return out.filter((cell) => {
    const from = anchor(sheet, cell.row, cell.column);
    return !inside(from.row, from.column);
  });
}

/** The filled cells around a grade table in cells, as they are now; null for none in cells. */
function aroundOf(sheets: readonly Sheet[], teaching: Teaching, home: Sheet): Record<string, string> | null {
  const cells = gradeCells(teaching, home.grid.name);
  const sheet = cells && sheets.find((s) => s.grid.name === cells.sheet);
  if (!cells || !sheet) return null;
  const out: Record<string, string> = {};
  for (const { row, column } of ring(sheet, cells.box)) {
    const text = sheet.text(row, column);
    if (text !== "") out[address(row, column)] = text;
  }
  return out;
}

/** A teaching of a sheet with what its cells say now: what the record keeps when it is taught.
 * `grids` holds the sheet a grade table on another sheet is on. */
export function fingerprinted(grid: Grid, teaching: Teaching, grids: readonly Grid[] = [grid]): TaughtSheet {
  const sheet = prepareSheet(grid);
  const around = aroundOf(
    grids.map((g) => (g.name === grid.name ? sheet : prepareSheet(g))),
    teaching,
    sheet,
  );
  return {
    ...teaching,
    sheet: grid.name,
    headers: headersOf(sheet, teaching),
    labels: labelsOf(sheet, teaching),
    others: othersOf(sheet, teaching),
    ...(around ? { around } : {}),
  };
}

/** The profile of the sheets taught in a workbook: those still laid out as they were taught (a
 * sheet changed since is no template). */
export function profileOf(taught: readonly TaughtSheet[], grids: readonly Grid[]): Profile | null {
  const sheets = grids.map(prepareSheet);
  const tables = taught.filter((t) => {
    const sheet = sheets.find((s) => s.grid.name === t.sheet);
    return sheet !== undefined && differences(sheet, t, sheets).length === 0;
  });
  return tables.length > 0 ? { format: "kpi-template-profile", version: 1, tables } : null;
}

const same = (a: string, b: string): boolean => matchKey(a) === matchKey(b);

/** A cell that says what it did not when taught, beyond the taught cells: the sheet changed since
 * (a column or a grade band added), said as a taught sheet changed since is. */
const changed = (sheet: string, cell: string, expected: string, found: string): Issue => ({
  code: "teach.changed",
  params: { sheet, cells: cell, cell, expected, found },
});

/** A column not taught that now heads a column added since: a header word not there when
 * taught, or (a profile written before keeps no such words) a scoring rule in the table's rows. */
function addedColumns(sheet: Sheet, table: TaughtSheet): Issue[] {
  const name = sheet.grid.name;
  const box = boxOf(table.range);
  if (!box) return [];
  const out: Issue[] = [];
  for (const column of untaught(sheet, table.columns)) {
    const header = sheet.text(box.top, column);
    if (table.others) {
      const expected = table.others[columnLetter(column)] ?? "";
      if (header !== "" && !same(header, expected))
        out.push(changed(name, address(box.top, column), expected, header));
      continue;
    }
    for (let r = box.top + 1; r <= box.bottom; r++) {
      const text = sheet.text(r, column);
      // a cell merged from a column left of it (a taught rule over two columns) is that column's
      const merged = anchor(sheet, r, column).column !== column;
      if (text === "" || merged || typeof sheet.grid.values[r]?.[column] === "number" || !parseRule(text).ok)
        continue;
      out.push(changed(name, address(r, column), "", text));
      break;
    }
  }
  return out;
}

/** Where a grade table in cells goes on past the cells taught (a band added under it, a column of
 * coefficients beside it): each cell around it not as it was then. A profile written before keeps
 * no such cells: the row under the table and the column right of it are to be blank. */
function grownGrades(sheets: readonly Sheet[], table: TaughtSheet, home: Sheet): Issue[] {
  const cells = gradeCells(table, home.grid.name);
  const sheet = cells && sheets.find((s) => s.grid.name === cells.sheet);
  if (!cells || !sheet) return [];
  const out: Issue[] = [];
  for (const { row, column, side } of ring(sheet, cells.box)) {
    if (!table.around && side !== "below" && side !== "right") continue;
    const cell = address(row, column);
    const expected = table.around?.[cell] ?? "";
    const found = sheet.text(row, column);
    if (!same(found, expected)) out.push(changed(sheet.grid.name, cell, expected, found));
  }
  return out;
}

/** Where a sheet differs from a taught table: each header word or label not found as taught, a
 * column added beside the taught ones, a grade table in cells grown past the cells taught.
 * `sheets` holds the sheet a grade table on another sheet is on. */
export function differences(sheet: Sheet, table: TaughtSheet, sheets: readonly Sheet[] = [sheet]): Issue[] {
  const name = sheet.grid.name;
  const top = boxOf(table.range)?.top ?? 0;
  const out: Issue[] = [];
  for (const [letters, expected] of Object.entries(table.headers)) {
    const found = sheet.text(top, columnIndex(letters));
    if (!same(found, expected))
      out.push({
        code: "profile.header",
        params: { sheet: name, cell: address(top, columnIndex(letters)), expected, found },
      });
  }
  for (const [cell, expected] of Object.entries(table.labels)) {
    const found = labelOf(sheet, cell);
    if (!same(found, expected))
      out.push({ code: "profile.label", params: { sheet: name, cell, expected, found } });
  }
  return [...out, ...addedColumns(sheet, table), ...grownGrades(sheets, table, sheet)];
}

/** A profile applied to a workbook: the sheets it teaches, or where the workbook differs. */
export type Applied = { ok: true; taught: TaughtSheet[] } | { ok: false; differences: Issue[] };

/**
 * Applies a profile to a workbook of the same template. Each of its tables goes to the sheet of
 * the same name, or, when there is none, to every sheet laid out as taught (a workbook of one sheet
 * per person). A table no sheet matches is refused with the differences of the sheet nearest to
 * it, and then nothing is taught.
 */
export function applyProfile(profile: Profile, grids: readonly Grid[]): Applied {
  const sheets = grids.map(prepareSheet);
  const taught: TaughtSheet[] = [];
  const refused: Issue[] = [];
  for (const table of profile.tables) {
    const named = sheets.find((s) => s.grid.name === table.sheet);
    const candidates = named ? [named] : sheets;
    const checked = candidates.map((sheet) => ({ sheet, differ: differences(sheet, table, sheets) }));
    const fitting = checked.filter((c) => c.differ.length === 0);
    if (fitting.length > 0) {
      taught.push(...fitting.map((c) => ({ ...table, sheet: c.sheet.grid.name })));
      continue;
    }
    const nearest = checked.reduce<(typeof checked)[number] | undefined>(
      (best, c) => (!best || c.differ.length < best.differ.length ? c : best),
      undefined,
    );
    refused.push(...(nearest?.differ ?? [{ code: "profile.noSheet", params: { sheet: table.sheet } }]));
  }
  return refused.length > 0 ? { ok: false, differences: refused } : { ok: true, taught };
}

/** A profile's JSON text read through its schema: the profile, or why it is not one. */
export function readProfile(text: string): { ok: true; profile: Profile } | { ok: false; issue: Issue } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issue: {
        code: "profile.invalid",
        params: { reason: error instanceof Error ? error.message : String(error) },
      },
    };
  }
  const parsed = Profile.safeParse(data);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const first = parsed.error.issues[0];
  const where = first?.path.join(".") ?? "";
  return {
    ok: false,
    issue: {
      code: "profile.invalid",
      params: { reason: `${where}${where ? ": " : ""}${first?.message ?? ""}` },
    },
  };
}

/**
 * What a recognised table says, as a teaching: where the user starts from on a sheet read wrong.
 * The roles, cells and grade table the teaching holds; what it cannot hold (level columns,
 * evaluators, a second header row) is left out. Null for a roster with people in columns.
 */
export function teachingOf(table: FormTable | RosterTable, header?: HeaderBlock): Teaching | null {
  if ("people" in table && table.transposed) return null;
  const columns: Record<string, TaughtRole> = {};
  for (const [role, letters] of Object.entries(table.columns))
    if (letters) columns[letters] = role as ColumnRole;
  const rows = "items" in table ? table.items.map((i) => i.lastRow ?? i.row) : table.people.map((p) => p.row);
  if ("indicators" in table) for (const i of table.indicators) columns[i.column] = "indicator";
  const indices = Object.keys(columns).map(columnIndex);
  if (indices.length === 0) return null;
  const from = address(table.headerRow - 1, Math.min(...indices));
  const to = address(Math.max(table.headerRow, ...rows) - 1, Math.max(...indices));
  const teaching: Teaching = { kind: "items" in table ? "form" : "roster", range: `${from}:${to}`, columns };
  const name = "items" in table ? (table.header ?? header)?.name : undefined;
  if (name) teaching.name = name;
  if ("items" in table && table.total) teaching.total = table.total.cell;
  if ("items" in table && table.grade) teaching.grade = table.grade.cell;
  const grades = table.gradeTable;
  if (grades)
    teaching.gradeTable =
      "cell" in grades
        ? grades.cell
        : "sheet" in grades
          ? { sheet: grades.sheet, range: grades.range }
          : grades.range;
  return teaching;
}

/** Taught sheets with one replaced or added (a sheet is taught one table at a time). */
export const withTaught = (taught: readonly TaughtSheet[], next: TaughtSheet): TaughtSheet[] => [
  ...taught.filter((t) => t.sheet !== next.sheet),
  next,
];
