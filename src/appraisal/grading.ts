import { evaluate } from "../engine/evaluate";
import { defaultCoefficientTable, defaultGradeTable } from "../engine/grade";
import type { Issue } from "../engine/issue";
import { parseRule } from "../engine/parseRule";
import { clean, roundHalfAway } from "../engine/precision";
import type { RuleOf } from "../engine/rule";
import { coefficientsByGrade, gradesBeforeCoefficients, tableFromCells } from "../engine/sheetTables";
import { address, boxOf, parseAddress, type Box } from "../layout/a1";
import { tableHead, type TableHead } from "../layout/gradeTable";
import { valueAt, type CellValue, type Grid } from "../layout/grid";
import type { FormTable, RosterTable } from "../layout/layout";
import { matchKey } from "../layout/sheet";
import type { Grading, PersonAppraisal } from "./appraisal";
import { inputAt, isBlank, textOf } from "./cells";
import type { ReadingCorrections } from "./corrections";
import type { Warn } from "./score";

/**
 * How a table's totals are graded: the grade, coefficient and pay tables the sheet states (a text
 * such as `A(≥90分)、B(80-89分)…；系数：A 1.2…`, a table in cells, one on another sheet), else the
 * engine's defaults; and a total's grade, coefficient and pay by them.
 */

interface SheetTables {
  grades?: RuleOf<"table">;
  respelled?: boolean;
  coefficients?: RuleOf<"table">;
  pay?: RuleOf<"table">;
  /** The sheet states a grade table (so a coefficient is only what it says). */
  own: boolean;
}

/** Reads a grade, coefficient or pay text into `into`: true when read, false when it is none, or
 * the doubt of a tentative reading the user has not confirmed (nothing is read then). */
function readTextTable(text: string, into: SheetTables, said: ReadingCorrections): boolean | Issue {
  const parsed = parseRule(text, { kind: "table" });
  if (!parsed.ok || parsed.rule.kind !== "table") return false;
  const rule = parsed.rule;
  const coefficients = rule.output === "grade" ? coefficientsByGrade(text, rule) : null;
  // Numbers left unread may be the coefficients': then the grades are checked without them.
  const grades =
    coefficients && parsed.doubt?.code === "doubt.unread"
      ? parseRule(gradesBeforeCoefficients(text), { kind: "table" })
      : parsed;
  const doubt = grades.ok ? grades.doubt : parsed.doubt;
  if (doubt && !said.confirmed("", doubt)) return doubt;
  if (rule.output === "grade") {
    into.grades = rule;
    if (coefficients) into.coefficients = coefficients;
  } else if (rule.output === "coefficient") into.coefficients = rule;
  else into.pay = rule;
  return true;
}

/** A table in cells: a header row (分值 | 评级 | 绩效系数), then one row per grade; or across, a
 * header column (评级 / 分数 / 系数), then one column per grade. */
function readCellTable(grid: Grid, range: string, into: SheetTables, across = false): boolean {
  const box = boxOf(range);
  if (!box) return false;
  if (across)
    return readCellTable(
      transposed(grid, box),
      `A1:${address(box.right - box.left, box.bottom - box.top)}`,
      into,
    );
  const heads: Partial<Record<TableHead, number>> = {};
  for (let c = box.left; c <= box.right; c++) {
    const head = tableHead(matchKey(textOf(grid, box.top, c)));
    if (head !== null && heads[head] === undefined) heads[head] = c;
  }
  const scoreColumn = heads.score;
  if (scoreColumn === undefined) return false;
  const rows = (column: number | undefined) => {
    if (column === undefined) return [];
    const out: Array<[string | number, string | number]> = [];
    for (let r = box.top + 1; r <= box.bottom; r++) {
      const score = inputAt(grid, r, scoreColumn);
      const value = inputAt(grid, r, column);
      if (isBlank(score) || isBlank(value) || typeof score === "boolean" || typeof value === "boolean")
        continue;
      out.push([typeof score === "number" ? score : String(score).trim(), value as string | number]);
    }
    return out;
  };
  const gradeRows = rows(heads.grade);
  const read = tableFromCells(gradeRows, "grade");
  const grades = spelledAsWritten(
    read,
    gradeRows.map(([, name]) => String(name).trim()),
  );
  if (grades !== read) into.respelled = true;
  const coefficients = tableFromCells(rows(heads.coefficient), "coefficient");
  if (grades) into.grades = grades;
  if (coefficients) into.coefficients = coefficients;
  return grades !== null || coefficients !== null;
}

/** A grade table with its grades spelled as the sheet writes them (Good, not GOOD): the parser
 * matches grade names without regard to case. */
function spelledAsWritten(table: RuleOf<"table"> | null, names: readonly string[]): RuleOf<"table"> | null {
  if (!table) return null;
  const rows = table.rows.map((row) => {
    if (row.value.type !== "label") return row;
    const label = row.value.label;
    const written = names.find((n) => n !== label && n.toUpperCase() === label.toUpperCase());
    return written === undefined ? row : { ...row, value: { type: "label" as const, label: written } };
  });
  return rows.every((row, i) => row === table.rows[i]) ? table : { ...table, rows };
}

/** The cells of a box with rows and columns swapped, as a Grid of their own. */
function transposed(grid: Grid, box: Box): Grid {
  const values: CellValue[][] = [];
  for (let c = box.left; c <= box.right; c++) {
    const row: CellValue[] = [];
    for (let r = box.top; r <= box.bottom; r++) row.push(valueAt(grid, r, c));
    values.push(row);
  }
  return {
    ...grid,
    values,
    rows: values.length,
    columns: box.bottom - box.top + 1,
    formats: {},
    formulas: {},
    merges: [],
  };
}

/**
 * The grading of a table, by the tables its sheet states, read from `grid` (or the sheet a grade
 * table stands on, among `grids`); null where one of them cannot be read, or is read only
 * tentatively and not confirmed (a warning says which): no grade and no coefficient then, rather
 * than a guess.
 */
export function gradingOf(
  grid: Grid,
  grids: readonly Grid[],
  table: FormTable | RosterTable,
  said: ReadingCorrections,
  warn: Warn,
): Grading | null {
  const tables: SheetTables = { own: false };
  let unreadable = false;
  /** `where`: a cell or range of this sheet, or `sheet!range` of another (no link to follow). */
  const problem = (where: string): void => {
    unreadable = true;
    const here = where.includes("!") ? {} : { cell: where.split(":")[0] as string };
    warn({ code: "score.gradeTable", params: { cell: where }, ...here });
  };
  /** A table written as text in `cell`. */
  const readText = (cell: string): void => {
    const at = parseAddress(cell);
    const read = at ? readTextTable(textOf(grid, at.row, at.column), tables, said) : false;
    if (read === false) problem(cell);
    else if (read !== true) {
      unreadable = true;
      warn({ ...read, cell });
    }
  };
  const found = table.gradeTable;
  if (found) {
    tables.own = true;
    if ("cell" in found) readText(found.cell);
    else {
      const where = "sheet" in found ? grids.find((g) => g.name === found.sheet) : grid;
      if (!where || !readCellTable(where, found.range, tables, "across" in found && found.across === true))
        problem("sheet" in found ? `${found.sheet}!${found.range}` : found.range);
    }
  }
  if (table.coefficientTable) readText(table.coefficientTable.cell);
  if (unreadable) return null;
  const coefficient = tables.pay
    ? { table: tables.pay, pay: true, isDefault: false }
    : tables.own && !tables.coefficients
      ? null
      : {
          table: tables.coefficients ?? defaultCoefficientTable(),
          pay: false,
          isDefault: tables.coefficients === undefined,
        };
  return {
    grades: tables.grades ?? defaultGradeTable(),
    gradesDefault: tables.grades === undefined,
    ...(tables.respelled ? { respelled: true } : {}),
    coefficient,
  };
}

/** A total's grade and coefficient by the grading; none without a total or a readable grading. A
 * coefficient that is a pay rule is the share of a base of 1. */
export function graded(
  total: number | null,
  grading: Grading | null,
): Pick<PersonAppraisal, "grade" | "coefficient"> {
  if (total === null || grading === null) return { grade: null, coefficient: null };
  const grade = evaluate(grading.grades, total);
  const c = grading.coefficient;
  const coefficient = c ? evaluate(c.table, total, c.pay ? { max: 1 } : {}) : null;
  return {
    grade: grade.ok ? String(grade.score) : null,
    coefficient: coefficient?.ok && typeof coefficient.score === "number" ? clean(coefficient.score) : null,
  };
}

/** 绩效工资: the base times the coefficient, to the fen; null when either is missing. */
export function payOf(base: number | undefined, coefficient: number | null): number | null {
  return base === undefined || coefficient === null ? null : roundHalfAway(base * coefficient, 2);
}

/** The sheet's own grade table grades totals out of 5 (A ≥4.5, B 3.5-4.49 …): none of its bounds
 * exceeds 5. */
export function gradesOutOf5(grading: Grading | null): boolean {
  if (!grading || grading.gradesDefault) return false;
  const bounds = grading.grades.rows.flatMap((r) => [r.min?.value, r.max?.value]);
  return bounds.some((b) => b !== undefined) && bounds.every((b) => b === undefined || b <= 5);
}

/** What a sheet's grades say of the scale of its totals: graded out of 5 (`outOf5`); nothing (no
 * grade table of its own, or one whose numbers are none beyond 5, such as a legend of 1-5 ratings
 * it cannot grade by); or a scale beyond 5 (`more`). */
export type GradesSay = "outOf5" | "nothing" | "more";

/** The numbers written in a table's cells: its text cell, or every cell of its range on this sheet. */
function numbersIn(grid: Grid, table: FormTable | RosterTable): number[] | undefined {
  const cells = [table.gradeTable, table.coefficientTable].flatMap((found) => {
    if (!found) return [];
    if ("cell" in found) {
      const at = parseAddress(found.cell);
      return at ? [textOf(grid, at.row, at.column)] : [undefined];
    }
    const box = "sheet" in found ? undefined : boxOf(found.range);
    if (!box) return [undefined];
    const out: string[] = [];
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) out.push(textOf(grid, r, c));
    return out;
  });
  if (cells.some((t) => t === undefined)) return undefined;
  return cells.flatMap((t) => (t ?? "").match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

export function gradesSay(grid: Grid, table: FormTable | RosterTable, grading: Grading | null): GradesSay {
  if (gradesOutOf5(grading)) return "outOf5";
  if (grading) return grading.gradesDefault ? "nothing" : "more";
  // A table the sheet states but that could not be read: nothing beyond 5 in it says no more.
  const numbers = numbersIn(grid, table);
  return numbers && numbers.length > 0 && numbers.every((n) => n <= 5) ? "nothing" : "more";
}

/** The most a total can be by the grade table: 5 where it grades out of 5, 100 where it grades out
 * of 100 (its bounds within 100, or the default table); unknown where its bounds go beyond. */
export function gradeScale(grading: Grading | null): number | undefined {
  if (gradesOutOf5(grading)) return 5;
  if (!grading || grading.gradesDefault) return 100;
  const bounds = grading.grades.rows.flatMap((r) => [r.min?.value, r.max?.value]);
  return bounds.every((b) => b === undefined || b <= 100) ? 100 : undefined;
}
