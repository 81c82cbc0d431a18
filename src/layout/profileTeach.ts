import type { Issue } from "../engine/issue";
import { kindOf } from "../engine/kind";
import { parseRule } from "../engine/parseRule";
import { address, boxOf, columnIndex, columnLetter, type Box } from "./a1";
import type { Grid } from "./grid";
import { findHeaderFields, toHeaderBlock } from "./headerBlock";
import { readBody, type FormColumns } from "./items";
import type { ColumnRole, Evidence, FormTable, Indicator, RosterTable, SheetLayout } from "./layout";
import { differences, Teaching, type TaughtRole, type TaughtSheet } from "./profile";
import type { Recognition } from "./recognize";
import { buildSections } from "./sections";
import { AFTER_PEOPLE, leadRows, notAPerson } from "./roster";
import { prepareSheet, type Sheet } from "./sheet";
import { rowKind, STATISTIC } from "./totals";
import { readWeight, toPoints } from "./weight";

/**
 * A sheet read as the user taught it: their table, their column roles, their total, grade and
 * grade-table cells; the body is walked as the recogniser walks one (items, sections, weights,
 * rules). A taught reading is sure: confidence 1, reason "taught".
 */

/** A sheet read as taught, or why it cannot be; a teaching whose table goes on under it (`teach.itemsBelow`)
 * still gives its reading, for a record's teaching to be shown held back rather than dropped. */
export type Taught =
  | { ok: true; sheet: SheetLayout; evidence: Evidence[] }
  | { ok: false; issues: Issue[]; sheet?: SheetLayout };

/** Column indices by role; a roster's indicators apart. */
function rolesOf(teaching: Teaching): {
  byRole: Map<ColumnRole, number>;
  indicators: number[];
  twice: Issue[];
} {
  const byRole = new Map<ColumnRole, number>();
  const indicators: number[] = [];
  const twice: Issue[] = [];
  const entries = Object.entries(teaching.columns).sort(([a], [b]) => columnIndex(a) - columnIndex(b));
  for (const [letters, role] of entries as [string, TaughtRole][]) {
    const column = columnIndex(letters);
    if (role === "indicator") indicators.push(column);
    else if (byRole.has(role))
      twice.push({
        code: "teach.twice",
        params: { role, columns: `${columnLetter(byRole.get(role) as number)}、${letters}` },
      });
    else byRole.set(role, column);
  }
  return { byRole, indicators, twice };
}

/** Why a teaching cannot be read: no table, two columns of one role, nothing to score. */
function problems(teaching: Teaching, roles: ReturnType<typeof rolesOf>): Issue[] {
  const out = [...roles.twice];
  const { byRole, indicators } = roles;
  if (teaching.kind === "form") {
    if (!byRole.has("item")) out.push({ code: "teach.noItem", params: { kind: teaching.kind } });
    if (!byRole.has("actual") && !byRole.has("score")) out.push({ code: "teach.noInput", params: {} });
  } else {
    if (!byRole.has("name")) out.push({ code: "teach.noItem", params: { kind: teaching.kind } });
    if (indicators.length === 0 && !byRole.has("total")) out.push({ code: "teach.noInput", params: {} });
  }
  return out;
}

/** The gradeTable of a layout: one cell (a grade text), a range of cells, or one on another sheet. */
function gradeTableOf(taught: NonNullable<Teaching["gradeTable"]>): NonNullable<FormTable["gradeTable"]> {
  if (typeof taught !== "string") return taught;
  return taught.includes(":") ? { range: taught } : { cell: taught };
}

function columnsOf(byRole: Map<ColumnRole, number>): Partial<Record<ColumnRole, string>> {
  const out: Partial<Record<ColumnRole, string>> = {};
  for (const [role, column] of byRole) out[role] = columnLetter(column);
  return out;
}

// Rows under a taught form's selection still read for its total, grade and coefficient rows.
const BELOW = 15;

function teachForm(
  sheet: Sheet,
  teaching: Teaching,
  box: Box,
  byRole: Map<ColumnRole, number>,
): { table: FormTable; problem?: Issue } {
  const at = (role: ColumnRole) => byRole.get(role) ?? -1;
  const cols: FormColumns = {
    from: box.left,
    to: box.right,
    item: at("item"),
    category: at("category"),
    weight: at("weight"),
    sectionWeight: -1,
    definition: at("definition"),
    rule: at("rule"),
    ruleScore: -1,
    score: at("score"),
    ruleTo: at("rule"),
    levels: [],
    headerRow: box.top,
    headerRows: 1,
  };
  const body = readBody(sheet, box.top + 1, cols, box.bottom + 1);
  // the rows under the selection: its total, grade and coefficient rows and grade tables, read as
  // the recogniser reads them (no item of them: the items are the selection's)
  const below = readBody(sheet, box.bottom + 1, cols, Math.min(sheet.grid.rows, box.bottom + 1 + BELOW));
  // an item right under the selection (a row added since, or one left out): the table goes on, and
  // reading the selection alone would put its total in that item's row
  const next = below.items[0];
  const problem: Issue | undefined =
    next && next.row === nextShown(sheet, box.bottom + 1) + 1
      ? {
          code: "teach.itemsBelow",
          params: { range: teaching.range, cell: address(next.row - 1, cols.item) },
        }
      : undefined;
  const cells = { ...below.cells, ...body.cells };
  const tables = body.tables.gradeTable || body.tables.coefficientTable ? body.tables : below.tables;
  const sections = buildSections(body.groups);
  for (const item of body.items) {
    const section = sections.find((s) => item.row >= s.firstRow && item.row <= s.lastRow);
    item.section = section ? section.name : null;
    if (section?.adjustment) item.weight = null;
  }
  const table: FormTable = {
    headerRow: box.top + 1,
    columns: columnsOf(byRole),
    sections,
    items: body.items,
  };
  if (byRole.has("score") && (!byRole.has("actual") || !byRole.has("rule"))) table.typedScore = true;
  const total = teaching.total ?? cells.total;
  const grade = teaching.grade ?? cells.grade;
  if (total) table.total = { cell: total };
  if (grade) table.grade = { cell: grade };
  if (cells.coefficient) table.coefficient = { cell: cells.coefficient };
  if (cells.pay) table.pay = { cell: cells.pay };
  if (cells.base) table.payBase = { cell: cells.base };
  if (teaching.gradeTable) table.gradeTable = gradeTableOf(teaching.gradeTable);
  else if (tables.gradeTable) table.gradeTable = tables.gradeTable;
  if (tables.coefficientTable) table.coefficientTable = tables.coefficientTable;
  return problem ? { table, problem } : { table };
}

/** The first row from `row` on that is not hidden. */
function nextShown(sheet: Sheet, row: number): number {
  let r = row;
  while (r < sheet.grid.rows && sheet.hiddenRow(r)) r++;
  return r;
}

/** A roster: its indicators with the weight and rule rows under the header, and its people: the
 * rows with a name, within the selection and on below it until a blank name or a total row
 * (another month's roster holds other people), but a group's figures (小计, 平均). */
function teachRoster(
  sheet: Sheet,
  teaching: Teaching,
  box: Box,
  roles: ReturnType<typeof rolesOf>,
): RosterTable {
  const { byRole, indicators } = roles;
  const name = byRole.get("name") as number;
  const { weightRow, ruleRow, first } = leadRows(
    sheet,
    box.top + 1,
    sheet.grid.rows,
    [box.left, name],
    indicators.map((column) => ({ column })),
  );
  const weights = toPoints(indicators.map((c) => (weightRow >= 0 ? readWeight(sheet, weightRow, c) : null)));
  const list: Indicator[] = indicators.map((c, i) => {
    const indicator: Indicator = {
      column: columnLetter(c),
      name: sheet.text(box.top, c),
      weight: weights[i] ?? null,
      rule: null,
    };
    const ruleText = ruleRow >= 0 ? sheet.text(ruleRow, c) : "";
    if (ruleText === "") return indicator;
    const parsed = parseRule(ruleText);
    return { ...indicator, rule: parsed.ok ? { kind: kindOf(parsed.rule) } : null, ruleText };
  });
  const people: RosterTable["people"] = [];
  // Below the selection the people go on past a blank row, as far as rows read like people: a
  // name (no note, legend or signature) beside a figure in an indicator column.
  let last = first - 1;
  let gap = false;
  for (let r = first; r < sheet.grid.rows; r++) {
    const text = sheet.text(r, name);
    if (text === "") {
      if (r > box.bottom && r - last > AFTER_PEOPLE) break;
      gap = r > box.bottom;
      continue;
    }
    if (sheet.hiddenRow(r)) continue;
    if (rowKind(sheet.key(r, name)) === "total") break;
    // a group's 小计, 平均 or 最高分 row is none of the people; the people go on under it
    if (STATISTIC.test(text)) continue;
    if (
      gap &&
      (notAPerson(sheet, r, name, text) || !list.some((i) => sheet.text(r, columnIndex(i.column)) !== ""))
    )
      break;
    people.push({ row: r + 1, name: text });
    last = r;
  }
  const table: RosterTable = { headerRow: box.top + 1, columns: columnsOf(byRole), indicators: list, people };
  if (weightRow >= 0) table.weightRow = weightRow + 1;
  if (ruleRow >= 0) table.ruleRow = ruleRow + 1;
  if (teaching.gradeTable) table.gradeTable = gradeTableOf(teaching.gradeTable);
  return table;
}

/** Reads one sheet (the workbook's `index`th) as taught, or says why the teaching cannot be read there. */
export function teachSheet(grid: Grid, teaching: Teaching, index = 0): Taught {
  // a whole column (`A:F`) or a cell outside the schema is refused here, so the record never holds
  // a teaching that would not read back
  const valid = Teaching.safeParse(teaching);
  const box = boxOf(teaching.range);
  if (!valid.success || !box) {
    const key = valid.error?.issues[0]?.path[0] as keyof Teaching | undefined;
    const value = key === undefined ? teaching.range : String(teaching[key]);
    return { ok: false, issues: [{ code: "teach.range", params: { range: value } }] };
  }
  const roles = rolesOf(teaching);
  const wrong = problems(teaching, roles);
  if (wrong.length > 0) return { ok: false, issues: wrong };
  const sheet = prepareSheet(grid);
  const { table, problem } =
    teaching.kind === "form"
      ? teachForm(sheet, teaching, box, roles.byRole)
      : { table: teachRoster(sheet, teaching, box, roles), problem: undefined };
  const layout: SheetLayout = { name: grid.name, kind: teaching.kind, tables: [table] };
  if (teaching.kind === "form") {
    const header = toHeaderBlock(findHeaderFields(sheet, 0, box.top, 0, grid.columns - 1));
    layout.header = teaching.name ? { ...header, name: teaching.name } : header;
  }
  if (problem) return { ok: false, issues: [problem], sheet: layout };
  const reason: Issue = { code: "teach.taught", params: { range: teaching.range } };
  return { ok: true, sheet: layout, evidence: [{ path: `sheets.${index}.tables.0`, confidence: 1, reason }] };
}

/** A sheet's reading held back: in doubt, each of its tables too, so nothing is written from it. */
function heldBack(sheet: SheetLayout, doubt: Issue): SheetLayout {
  const tables = sheet.tables?.map((t) => ({ ...t, doubt }));
  return { ...sheet, doubt, ...(tables ? { tables } : {}) };
}

/**
 * The recognition of a workbook with its taught sheets read as taught: each replaces what the
 * recogniser made of that sheet, with its evidence and a sure reading. Every time, the sheet is
 * first checked against what it said when taught (header words, labels): a sheet changed since
 * (or whose teaching no longer reads there) is not read as taught; it is unsure, with where it
 * differs as the reason, and nothing is written from it.
 */
export function withTaughtSheets(
  recognition: Recognition,
  grids: readonly Grid[],
  taught: readonly TaughtSheet[],
): Recognition {
  if (taught.length === 0) return recognition;
  const sheets = [...recognition.layout.sheets];
  let { evidence, readings } = recognition;
  const prepared = grids.map(prepareSheet);
  for (const t of taught) {
    const index = grids.findIndex((g) => g.name === t.sheet);
    if (index < 0) continue;
    const grid = grids[index] as Grid;
    const differ = differences(prepared[index] as Sheet, t, prepared);
    const read = teachSheet(grid, t, index);
    const path = `sheets.${index}`;
    const elsewhere = (p: string) => p !== path && !p.startsWith(`${path}.`);
    if (read.ok && differ.length === 0) {
      sheets[index] = read.sheet;
      const reason = read.evidence[0]?.reason as Issue;
      evidence = [...evidence.filter((e) => elsewhere(e.path)), ...read.evidence];
      readings = [
        ...readings.filter((r) => elsewhere(r.path)),
        { path, confidence: 1, sure: true, reasons: [reason] },
        { path: `${path}.tables.0`, confidence: 1, sure: true, reasons: [reason] },
      ];
      continue;
    }
    // shown as it would be read as taught (where it still can be), in doubt: the user sees why
    const reasons = differ.length > 0 || read.ok ? differ : read.issues;
    const doubt: Issue =
      differ.length > 0 || read.ok
        ? {
            code: "teach.changed",
            params: { sheet: t.sheet, cells: differ.map((i) => i.params.cell).join("、") },
          }
        : (read.issues[0] as Issue);
    sheets[index] = heldBack(read.sheet ?? (sheets[index] as SheetLayout), doubt);
    readings = [
      ...readings.filter((r) => r.path !== path),
      { path, confidence: 0, sure: false, reasons: [doubt, ...reasons] },
    ];
  }
  return { layout: { ...recognition.layout, sheets }, evidence, readings };
}
