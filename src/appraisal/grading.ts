import { evaluate } from "../engine/evaluate";
import { DEFAULT_GRADE_TEXT, defaultCoefficientTable, defaultGradeTable } from "../engine/grade";
import type { Issue, IssueCode } from "../engine/issue";
import { parseRule } from "../engine/parseRule";
import { clean, roundHalfAway } from "../engine/precision";
import type { RuleOf } from "../engine/rule";
import {
  coefficientsByGrade,
  gradesBeforeCoefficients,
  tableDoubt,
  tableFromCells,
  type TableDoubt,
} from "../engine/sheetTables";
import { address, boxOf, parseAddress, type Box } from "../layout/a1";
import { tableHead, type TableHead } from "../layout/gradeTable";
import { valueAt, type CellValue, type Grid } from "../layout/grid";
import type { FormTable, RosterTable } from "../layout/layout";
import { matchKey } from "../layout/sheet";
import type { Grading, PersonAppraisal } from "./appraisal";
import { inputAt, isBlank, numberAt, textOf } from "./cells";
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
  /** Why the coefficients the sheet states cannot be used (the grades still can). */
  coefficientDoubt?: IssueCode;
}

/** What reading a table gave: read, none there, or why it cannot be used (nothing read then). */
type TableRead = boolean | { code: IssueCode; params?: Record<string, string> } | Issue;

const GRADE_DOUBT: Record<TableDoubt, IssueCode> = {
  gap: "score.gradeTableGap",
  overlap: "score.gradeTableOverlap",
  order: "score.coefficientOrder",
};

/** Grades or coefficients as read, or set aside with the reason when they do not hold together. */
function checkedGrades(grades: RuleOf<"table">): TableRead {
  const doubt = tableDoubt(grades);
  return doubt === null || doubt === "order" ? true : { code: GRADE_DOUBT[doubt] };
}

function keepCoefficients(
  into: SheetTables,
  coefficients: RuleOf<"table">,
  key: "coefficients" | "pay",
): void {
  const doubt = tableDoubt(coefficients);
  if (doubt === null) into[key] = coefficients;
  else into.coefficientDoubt = GRADE_DOUBT[doubt];
}

/** Reads a grade, coefficient or pay text into `into`: true when read, false when it is none, or
 * the doubt of a tentative reading the user has not confirmed (nothing is read then). */
function readTextTable(text: string, into: SheetTables, said: ReadingCorrections): TableRead {
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
    const checked = checkedGrades(rule);
    if (checked !== true) return checked;
    into.grades = rule;
    if (coefficients) keepCoefficients(into, coefficients, "coefficients");
  } else keepCoefficients(into, rule, rule.output === "coefficient" ? "coefficients" : "pay");
  return true;
}

/** A coefficient as a table cell holds it: a number, or a percent typed as text (`120%`). */
function coefficientIn(value: string | number): number | null {
  if (typeof value === "number") return value;
  const percent = /^\s*(\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(value);
  return percent ? Number(percent[1]) / 100 : null;
}

/** A table in cells: a header row (分值 | 评级 | 绩效系数), then one row per grade; or across, a
 * header column (评级 / 分数 / 系数), then one column per grade. */
function readCellTable(grid: Grid, range: string, into: SheetTables, across = false): TableRead {
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
  // A row with a score and something else filled in, but this column blank: a hole in the table.
  const holes = new Set<"grade" | "coefficient">();
  const rows = (column: number | undefined, kind: "grade" | "coefficient") => {
    if (column === undefined) return [];
    const out: Array<[string | number, string | number]> = [];
    for (let r = box.top + 1; r <= box.bottom; r++) {
      const score = inputAt(grid, r, scoreColumn);
      const value = inputAt(grid, r, column);
      if (isBlank(score) || typeof score === "boolean") continue;
      if (isBlank(value) || typeof value === "boolean") {
        holes.add(kind);
        continue;
      }
      out.push([typeof score === "number" ? score : String(score).trim(), value as string | number]);
    }
    return out;
  };
  const gradeRows = rows(heads.grade, "grade");
  if (holes.has("grade")) return { code: "score.gradeTableBlank" };
  if (gradeRows.length > 0 && topScores(gradeRows)) return { code: "score.gradeTableBounds" };
  const read = tableFromCells(gradeRows, "grade");
  const grades = spelledAsWritten(
    read,
    gradeRows.map(([, name]) => String(name).trim()),
  );
  if (grades !== read) into.respelled = true;
  if (grades) {
    const checked = checkedGrades(grades);
    if (checked !== true) return checked;
    into.grades = grades;
  }
  const coefficientRows = rows(heads.coefficient, "coefficient").map(
    ([score, value]) => [score, coefficientIn(value) ?? Number.NaN] as [string | number, number],
  );
  if (holes.has("coefficient") || coefficientRows.some(([, value]) => Number.isNaN(value)))
    into.coefficientDoubt = "score.coefficientBlank";
  else {
    const coefficients = tableFromCells(coefficientRows, "coefficient");
    if (coefficients) keepCoefficients(into, coefficients, "coefficients");
  }
  if (heads.amount !== undefined && heads.coefficient === undefined)
    into.coefficientDoubt = "score.gradeAmount";
  return grades !== null || into.coefficients !== undefined || into.coefficientDoubt !== undefined;
}

/** Scores in cells that may each be a band's highest rather than its lowest (59 / 79 / 89 / 100):
 * the top row at the top of the scale while the bottom row is above 0 reads both ways. */
function topScores(rows: ReadonlyArray<readonly [string | number, string | number]>): boolean {
  const scores = rows.map(([score]) => score);
  if (!scores.every((x): x is number => typeof x === "number")) return false;
  const top = Math.max(...scores);
  const bottom = Math.min(...scores);
  return bottom > 0 && (top >= 100 || (top === 5 && scores.every((x) => x <= 5)));
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
  /** Says why a table gives no grade or coefficient. `where`: a cell or range of this sheet, linked
   * by its first cell, or `sheet!range` of another (no link to follow). */
  const say = (reason: { code: IssueCode; params?: Issue["params"] }, where: string): void => {
    const here = where.includes("!") ? {} : { cell: where.split(":")[0] as string };
    warn({ params: { cell: where }, ...reason, ...here });
  };
  /** What reading the table in `where` gave: nothing, or a doubt, stops the grading. */
  const settle = (read: TableRead, where: string): void => {
    if (read === true) return;
    unreadable = true;
    say(read === false ? { code: "score.gradeTable" } : read, where);
  };
  /** A table written as text in `cell`. */
  const readText = (cell: string): void => {
    const at = parseAddress(cell);
    settle(at ? readTextTable(textOf(grid, at.row, at.column), tables, said) : false, cell);
  };
  const found = table.gradeTable;
  let tableAt = "";
  if (found) {
    tables.own = true;
    if ("cell" in found) readText((tableAt = found.cell));
    else {
      const where = "sheet" in found ? grids.find((g) => g.name === found.sheet) : grid;
      tableAt = "sheet" in found ? `${found.sheet}!${found.range}` : found.range;
      settle(
        where ? readCellTable(where, found.range, tables, "across" in found && found.across === true) : false,
        tableAt,
      );
    }
  }
  if (table.coefficientTable) readText((tableAt = table.coefficientTable.cell));
  if (unreadable) return null;
  if (tables.coefficientDoubt) say({ code: tables.coefficientDoubt }, tableAt);
  // Coefficients and pay are money: none written from a table the sheet does not state.
  const stated = tables.pay
    ? { table: tables.pay, pay: true, isDefault: false }
    : tables.coefficients && !tables.coefficientDoubt
      ? { table: tables.coefficients, pay: false, isDefault: false }
      : null;
  const money = gradingCell(table, "coefficient") ?? gradingCell(table, "pay");
  const unstated = !stated && !tables.own && !tables.coefficientDoubt;
  if (unstated && money) warn({ code: "score.noCoefficientTable", params: { cell: money }, cell: money });
  const coefficient =
    stated ?? (unstated && !money ? { table: defaultCoefficientTable(), pay: false, isDefault: true } : null);
  return {
    grades: tables.grades ?? defaultGradeTable(),
    gradesDefault: tables.grades === undefined,
    ...(tables.respelled ? { respelled: true } : {}),
    coefficient,
  };
}

/** The cell a table writes its grade, coefficient or pay into: a form's own cell, a roster's header
 * over its column (or, people in columns, the first person's cell on its row). */
function gradingCell(
  table: FormTable | RosterTable,
  field: "grade" | "coefficient" | "pay",
): string | undefined {
  if ("items" in table) return table[field]?.cell;
  if (table.transposed) {
    const row = table.rows?.[field];
    const column = table.people[0]?.column;
    return row !== undefined && column !== undefined ? `${column}${row}` : undefined;
  }
  const letters = table.columns[field];
  return letters === undefined ? undefined : `${letters}${table.headerRow}`;
}

/** Says where grades written into the sheet follow the add-in's default table (the sheet states
 * none): HR check it is theirs. */
export function sayDefaultGrades(
  grading: Grading | null,
  table: FormTable | RosterTable,
  people: readonly PersonAppraisal[],
  warn: Warn,
): void {
  const cell = gradingCell(table, "grade");
  if (!grading?.gradesDefault || cell === undefined || !people.some((p) => p.grade !== null)) return;
  warn({ code: "score.defaultGrades", params: { cell, grades: DEFAULT_GRADE_TEXT }, cell });
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

/** The pay base in a cell; a cell holding something other than an amount (`4000元/月`) is said,
 * since no pay is given from it. */
export function baseAt(grid: Grid, row: number, column: number, warn: Warn): number | undefined {
  const base = numberAt(grid, row, column);
  if (base === undefined && !isBlank(inputAt(grid, row, column))) {
    const cell = address(row, column);
    warn({ code: "score.payBase", params: { cell }, cell });
  }
  return base;
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
