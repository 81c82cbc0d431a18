import { levelsFromRows } from "../engine/build";
import { evaluate } from "../engine/evaluate";
import { appraise } from "../engine/grade";
import { issue, type Issue } from "../engine/issue";
import { parseRule } from "../engine/parseRule";
import { clean, roundHalfAway } from "../engine/precision";
import { parseQuantity } from "../engine/quantity";
import { quickScore } from "../engine/quick";
import type { Rule, RuleOf } from "../engine/rule";
import { totalOf, type CheckedScheme } from "../engine/scheme";
import { impliedMax } from "../engine/score";
import { coefficientsByGrade, tableFromCells } from "../engine/sheetTables";
import { address, formatAt, valueAt, type CellValue, type Grid } from "../layout/grid";
import type { FormTable, HeaderBlock, Layout, RosterTable, SheetLayout } from "../layout/layout";
import type { ItemResult, PersonScore, ScoreReport, ScoreWarning, SectionScore, SheetScore } from "./report";

type CheckedSection = CheckedScheme["sections"][number];

/**
 * Scores a recognised sheet the way `kpi score` reports it: each item's rule evaluated on its
 * actual cell (points as max, the 目标值 cell as target, a percent-formatted number as a fraction,
 * the judged score for manual items), totals by the engine's scheme (`totalOf`) (80/20 sections, 加减分项
 * outside the 100, 5- or 100-point items weighted), grade and coefficient by the sheet's own table
 * or the engine's defaults. Pure: a Grid and its layout in, plain data out; nothing is written.
 */

/** Scales on which a sheet may score every item before weighting it (5分制, 百分制). */
const SCALES = [5, 100] as const;

/** What an actual cell holds when an item does not apply this month. */
const NOT_APPLICABLE = /^(?:不适用|不適用|n\/?a|无此项|無此項|不考核|免考核?)$/i;

// ---------------------------------------------------------------------------------------------
// Cells

type Cell = { row: number; column: number };

/** "C" → 2, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5" → row 4, column 2 (0-based); null for anything else. */
export function parseAddress(ref: string): Cell | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, column: columnIndex(m[1] as string) };
}

const at = (row1: number, letters: string): Cell => ({ row: row1 - 1, column: columnIndex(letters) });
const ref = (c: Cell): string => address(c.row, c.column);

/** A cell's value for the engine: error values as their text (#N/A), so they are refused by name. */
function inputAt(grid: Grid, c: Cell): CellValue | string {
  const v = valueAt(grid, c.row, c.column);
  return v !== null && typeof v === "object" ? v.error : v;
}

function textOf(grid: Grid, c: Cell): string {
  const v = inputAt(grid, c);
  return v === null ? "" : String(v).trim();
}

/** A number format that shows a percent (0%, 0.0%), ignoring a quoted or escaped % sign. */
export function isPercentFormat(grid: Grid, c: Cell): boolean {
  const format = formatAt(grid, c.row, c.column);
  if (format === undefined) return false;
  let percent = PERCENT_FORMATS.get(format);
  if (percent === undefined) {
    percent = /%/.test(format.replace(/"[^"]*"|\\./g, ""));
    // A workbook has a handful of formats over thousands of cells.
    if (PERCENT_FORMATS.size > 1000) PERCENT_FORMATS.clear();
    PERCENT_FORMATS.set(format, percent);
  }
  return percent;
}

const PERCENT_FORMATS = new Map<string, boolean>();

const isBlank = (v: CellValue | string): boolean => v === null || (typeof v === "string" && v.trim() === "");

/** A target cell as a number the engine compares with (100% → 1, 3万 → 30000); none if it is text. */
export function targetAt(grid: Grid, c: Cell): number | undefined {
  const v = inputAt(grid, c);
  if (isBlank(v) || typeof v === "boolean") return undefined;
  const q = parseQuantity(v, { percentFormat: isPercentFormat(grid, c) });
  return q.ok ? q.quantity.value : undefined;
}

/** A header value cell holds the value, or label and value together (`姓名：王芳`, `Employee: X`). */
export function headerValue(text: string): string {
  const m = /^[^:：]{1,12}[:：]\s*(.+)$/.exec(text.trim());
  return (m ? (m[1] as string) : text).trim();
}

// ---------------------------------------------------------------------------------------------
// Items

/** One thing to score: a form item or a roster indicator on a person's row. */
interface Entry {
  name: string;
  section: string | null;
  weight: number | null;
  adjustment: boolean;
  rule: Rule | null;
  /** Why there is no rule, and the cell holding its text. */
  ruleIssue?: { issue: Issue; cell: string };
  actual: Cell | null;
  target?: number;
  /** Where its result is reported: a form item's row, a roster indicator's column. */
  result: { row: number } | { column: string };
}

/** The highest score a rule states itself (得100分, 评5分, 满分10分), if any. */
function statedMax(rule: Rule): number | undefined {
  switch (rule.kind) {
    case "band":
      return impliedMax([...rule.bands.map((b) => b.score), rule.otherwise]);
    case "levels":
      return impliedMax(rule.levels.map((l) => l.score));
    case "manual":
      return rule.max;
    case "deduction":
    case "bonus":
      return rule.basePoints;
    case "pass":
      return impliedMax([rule.pass, rule.fail]);
    case "linear":
      return rule.points;
    case "table":
      return undefined;
  }
}

/**
 * The scale every weighted item is scored on before weighting, when the sheet works that way: the
 * weights add up to 100, most rules state the same full score of 5 or 100 (and no other), and it
 * is not simply each item's weight. Then an item contributes score × weight%.
 */
export function sheetScale(
  entries: readonly Pick<Entry, "weight" | "adjustment" | "rule">[],
): number | undefined {
  const weighted = entries.filter((e) => !e.adjustment && e.weight !== null);
  if (weighted.length === 0) return undefined;
  const sum = weighted.reduce((s, e) => s + (e.weight as number), 0);
  if (Math.abs(sum - 100) > 1e-6) return undefined;
  const stated = weighted.flatMap((e) => {
    const max = e.rule ? statedMax(e.rule) : undefined;
    return max === undefined ? [] : [max];
  });
  if (stated.length < Math.max(2, weighted.length / 2)) return undefined;
  const scale = stated[0] as number;
  if (!SCALES.includes(scale as (typeof SCALES)[number]) || stated.some((m) => m !== scale)) return undefined;
  return weighted.some((e) => e.weight !== scale) ? scale : undefined;
}

function ruleOf(text: string, cell: string): Pick<Entry, "rule" | "ruleIssue"> {
  const parsed = parseRule(text);
  if (!parsed.ok) return { rule: null, ruleIssue: { issue: parsed.issue, cell } };
  if (parsed.rule.kind === "table")
    return { rule: null, ruleIssue: { issue: issue("rule.notUnderstood", { text }), cell } };
  return { rule: parsed.rule };
}

/** Levels whose points sit in level columns (A | B | C), in the item's row or a 等级得分 row. */
export function levelColumnRule(grid: Grid, table: FormTable, row1: number): RuleOf<"levels"> | null {
  const columns = Object.entries(table.levelColumns ?? {});
  const scoreRow = table.levelScoreRow ?? row1;
  return levelsFromRows(
    columns.map(([letters, level]) => {
      const v = valueAt(grid, scoreRow - 1, columnIndex(letters));
      const q = typeof v === "string" ? parseQuantity(v) : null;
      return [level, typeof v === "number" ? v : q?.ok ? q.quantity.value : null];
    }),
  );
}

function formEntries(grid: Grid, table: FormTable): Entry[] {
  const adjustments = new Set(table.sections.filter((s) => s.adjustment).map((s) => s.name));
  return table.items.map((item) => {
    const ruleCell = table.columns.rule ? ref(at(item.row, table.columns.rule)) : ref(at(item.row, "A"));
    const levels = table.levelColumns ? levelColumnRule(grid, table, item.row) : null;
    const target = table.columns.target ? targetAt(grid, at(item.row, table.columns.target)) : undefined;
    return {
      name: item.name,
      section: item.section,
      weight: item.weight,
      adjustment: item.adjustment === true || (item.section !== null && adjustments.has(item.section)),
      ...(levels ? { rule: levels } : ruleOf(item.ruleText, ruleCell)),
      actual: table.columns.actual ? at(item.row, table.columns.actual) : null,
      ...(target !== undefined ? { target } : {}),
      result: { row: item.row },
    };
  });
}

/** A roster's indicators as entries of one person's row: `rosterRules` once, then per row. */
function rosterEntries(
  grid: Grid,
  table: RosterTable,
  rules: ReadonlyArray<Pick<Entry, "rule" | "ruleIssue">>,
  row1: number,
): Entry[] {
  return table.indicators.map((indicator, i) => {
    const own = indicator.weightColumn ? valueAt(grid, row1 - 1, columnIndex(indicator.weightColumn)) : null;
    return {
      name: indicator.name,
      section: null,
      weight: typeof own === "number" ? own : indicator.weight,
      adjustment: indicator.adjustment === true,
      ...(rules[i] ?? { rule: null }),
      actual: at(row1, indicator.column),
      result: { column: indicator.column },
    };
  });
}

/** Each indicator's rule, from its 评分标准 cell (the same for every person). */
function rosterRules(table: RosterTable): Array<Pick<Entry, "rule" | "ruleIssue">> {
  return table.indicators.map((indicator) =>
    ruleOf(indicator.ruleText ?? "", ref(at(table.ruleRow ?? table.headerRow, indicator.column))),
  );
}

type Scored = { score: number | null; notApplicable: boolean };

/** Scores one entry, pushing the warnings it meets. */
function scoreEntry(grid: Grid, entry: Entry, scale: number | undefined, warnings: ScoreWarning[]): Scored {
  const pending = (cell: string): Scored => {
    warnings.push({ code: "score.pending", params: { item: entry.name, cell }, cell });
    return { score: null, notApplicable: false };
  };
  if (!entry.actual) return pending("");
  const actual = entry.actual;
  const input = inputAt(grid, actual);
  // Named only where a warning needs it: a roster has thousands of entries.
  const cell = (): string => ref(actual);
  if (typeof input === "string" && NOT_APPLICABLE.test(input.trim())) {
    warnings.push({ code: "score.notApplicable", params: { item: entry.name, cell: cell() }, cell: cell() });
    return { score: null, notApplicable: true };
  }
  if (!entry.rule) {
    const problem = entry.ruleIssue ?? { issue: issue("rule.empty"), cell: cell() };
    warnings.push({ ...problem.issue, cell: problem.cell });
    return { score: null, notApplicable: false };
  }
  if (isBlank(input)) return pending(cell());
  const scaled = scale !== undefined && !entry.adjustment && entry.weight !== null;
  const max = scaled ? scale : entry.adjustment ? undefined : (entry.weight ?? undefined);
  const options = { max, target: entry.target, percentFormat: isPercentFormat(grid, actual) };
  // The explanation is not reported: band rules take the compiled path.
  const quick = quickScore(entry.rule, input, options);
  if (quick !== undefined) return { score: quick, notApplicable: false };
  const evaluation = evaluate(entry.rule, input, options);
  if (!evaluation.ok) {
    warnings.push({ ...evaluation.issue, cell: cell() });
    return { score: null, notApplicable: false };
  }
  if (typeof evaluation.score !== "number") {
    warnings.push({ ...issue("rule.notUnderstood", { text: String(evaluation.score) }), cell: cell() });
    return { score: null, notApplicable: false };
  }
  return { score: evaluation.score, notApplicable: false };
}

// ---------------------------------------------------------------------------------------------
// Totals

interface PersonTotals {
  total: number | null;
  sections?: SectionScore[];
  items: ItemResult[];
}

/** Items into the engine's scheme (sections as the sheet has them) and the total by `totalOf`. */
function totals(
  entries: readonly Entry[],
  scored: readonly Scored[],
  sections: FormTable["sections"],
  scale: number | undefined,
): PersonTotals {
  const itemScore = (e: Entry, s: Scored, i: number): CheckedSection["items"][number] => {
    const scaled = scale !== undefined && !e.adjustment && e.weight !== null;
    return {
      name: `${i}:${e.name}`,
      points: scaled ? ((e.weight as number) * scale) / 100 : Math.max(0, e.weight ?? 0),
      score: s.score,
      ...(scaled ? { scale } : {}),
      notApplicable: s.notApplicable,
    };
  };
  const scheme: CheckedSection[] = sections.map((s) => ({
    name: s.name,
    ...(s.weight !== null && !s.adjustment ? { weight: s.weight } : {}),
    adjustment: s.adjustment === true || s.weight === null,
    items: [],
  }));
  const plain: CheckedSection = { name: "", adjustment: false, items: [] };
  const loose: CheckedSection = { name: "±", adjustment: true, items: [] };
  entries.forEach((e, i) => {
    const item = itemScore(e, scored[i] as Scored, i);
    const own = e.section === null ? undefined : scheme.find((s) => s.name === e.section);
    const target = e.adjustment && !own?.adjustment ? loose : (own ?? plain);
    target.items.push(item);
  });
  const all = [plain, ...scheme, loose].filter((s) => s.items.length > 0);
  const result = totalOf({ sections: all.length > 0 ? all : [plain], digits: 2 });
  const items: ItemResult[] = entries.map((e, i) => {
    const s = scored[i] as Scored;
    const scaled = scale !== undefined && !e.adjustment && e.weight !== null;
    const score = s.score === null ? null : clean(scaled ? (s.score * (e.weight as number)) / 100 : s.score);
    // Written out, not spread: a roster has thousands of items.
    const item: ItemResult =
      "row" in e.result ? { row: e.result.row, score } : { column: e.result.column, score };
    if (s.notApplicable) item.notApplicable = true;
    return item;
  });
  const weighted = sections.some((s) => s.weight !== null && !s.adjustment);
  const out: PersonTotals = { total: result.total, items };
  if (weighted)
    out.sections = result.sections
      .filter((s) => sections.some((l) => l.name === s.name))
      .map((s) => ({ name: s.name, score: s.score }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Grade and coefficient

export interface SheetTables {
  grades?: RuleOf<"table">;
  coefficients?: RuleOf<"table">;
  pay?: RuleOf<"table">;
  /** The sheet states a grade table (so a coefficient is only what it says). */
  own: boolean;
  /** A table the layout found but the engine cannot read: no grade, no coefficient. */
  unreadable: boolean;
}

function readTextTable(text: string, into: SheetTables): boolean {
  const parsed = parseRule(text, { kind: "table" });
  if (!parsed.ok || parsed.rule.kind !== "table") return false;
  const rule = parsed.rule;
  if (rule.output === "grade") {
    into.grades = rule;
    const coefficients = coefficientsByGrade(text, rule);
    if (coefficients) into.coefficients = coefficients;
  } else if (rule.output === "coefficient") into.coefficients = rule;
  else into.pay = rule;
  return true;
}

const SCORE_HEAD = /分值|分数|得分|总分|score/i;
const GRADE_HEAD = /评级|等级|評級|等級|grade|rating/i;
const COEFFICIENT_HEAD = /系数|係數|coefficient/i;

/** A table in cells: a header row (分值 | 评级 | 绩效系数), then one row per grade. */
function readCellTable(grid: Grid, range: string, into: SheetTables): boolean {
  const [from, to] = range.split(":").map((r) => parseAddress(r.replace(/^.*!/, "")));
  if (!from || !to) return false;
  const heads: Record<"score" | "grade" | "coefficient", number | undefined> = {
    score: undefined,
    grade: undefined,
    coefficient: undefined,
  };
  for (let c = from.column; c <= to.column; c++) {
    const h = textOf(grid, { row: from.row, column: c });
    if (heads.coefficient === undefined && COEFFICIENT_HEAD.test(h)) heads.coefficient = c;
    else if (heads.grade === undefined && GRADE_HEAD.test(h)) heads.grade = c;
    else if (heads.score === undefined && SCORE_HEAD.test(h)) heads.score = c;
  }
  if (heads.score === undefined) return false;
  const rows = (column: number | undefined) => {
    if (column === undefined) return [];
    const out: Array<[string | number, string | number]> = [];
    for (let r = from.row + 1; r <= to.row; r++) {
      const score = inputAt(grid, { row: r, column: heads.score as number });
      const value = inputAt(grid, { row: r, column });
      if (isBlank(score) || isBlank(value) || typeof score === "boolean" || typeof value === "boolean")
        continue;
      out.push([typeof score === "number" ? score : String(score).trim(), value as string | number]);
    }
    return out;
  };
  const grades = tableFromCells(rows(heads.grade), "grade");
  const coefficients = tableFromCells(rows(heads.coefficient), "coefficient");
  if (grades) into.grades = grades;
  if (coefficients) into.coefficients = coefficients;
  return grades !== null || coefficients !== null;
}

export function sheetTables(
  grid: Grid,
  table: FormTable | RosterTable,
  warnings: ScoreWarning[],
): SheetTables {
  const out: SheetTables = { own: false, unreadable: false };
  const found = table.gradeTable;
  if (found) {
    out.own = true;
    const where = "cell" in found ? found.cell : found.range;
    const cell = "cell" in found ? parseAddress(found.cell) : null;
    const ok =
      "cell" in found
        ? cell !== null && readTextTable(textOf(grid, cell), out)
        : readCellTable(grid, found.range, out);
    if (!ok) {
      out.unreadable = true;
      warnings.push({
        code: "score.gradeTable",
        params: { cell: where },
        cell: where.split(":")[0] as string,
      });
    }
  }
  if (table.coefficientTable) {
    const cell = parseAddress(table.coefficientTable.cell);
    if (!cell || !readTextTable(textOf(grid, cell), out)) {
      out.unreadable = true;
      const where = table.coefficientTable.cell;
      warnings.push({ code: "score.gradeTable", params: { cell: where }, cell: where });
    }
  }
  return out;
}

/**
 * Grade and coefficient of a total: by the sheet's tables, else the engine's defaults. A sheet whose
 * grade table names no coefficient has none; a pay rule (≥90分全额，70-90分按得分%) gives the share paid.
 */
function appraisal(total: number | null, tables: SheetTables): Pick<PersonScore, "grade" | "coefficient"> {
  if (total === null || tables.unreadable) return { grade: null, coefficient: null };
  const got = appraise(total, {
    ...(tables.grades ? { grades: tables.grades } : {}),
    ...(tables.coefficients ? { coefficients: tables.coefficients } : {}),
    ...(tables.pay ? { pay: tables.pay, base: 1 } : {}),
  });
  const coefficient = tables.pay
    ? (got.pay ?? null)
    : tables.own && !tables.coefficients
      ? null
      : (got.coefficient ?? null);
  return { grade: got.grade ?? null, coefficient };
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** 绩效工资: the base times the coefficient, to the fen; null when either is missing. */
function payOf(base: number | undefined, coefficient: number | null): number | null {
  return base === undefined || coefficient === null ? null : roundHalfAway(base * coefficient, 2);
}

function personName(grid: Grid, header: HeaderBlock | undefined): string {
  const cell = header?.name ? parseAddress(header.name) : null;
  return cell ? headerValue(textOf(grid, cell)) : "";
}

function scoreFormTable(
  grid: Grid,
  sheet: SheetLayout,
  table: FormTable,
  warnings: ScoreWarning[],
): PersonScore {
  const entries = formEntries(grid, table);
  const scale = sheetScale(entries);
  const scored = entries.map((e) => scoreEntry(grid, e, scale, warnings));
  const sums = totals(entries, scored, table.sections, scale);
  const tables = sheetTables(grid, table, warnings);
  const appraised = appraisal(sums.total, tables);
  const base = table.payBase ? parseAddress(table.payBase.cell) : null;
  return {
    name: personName(grid, table.header?.name ? table.header : sheet.header),
    total: sums.total,
    ...appraised,
    ...(table.pay ? { pay: payOf(base ? targetAt(grid, base) : undefined, appraised.coefficient) } : {}),
    ...(sums.sections ? { sections: sums.sections } : {}),
    items: sums.items,
  };
}

type Scalable = readonly Pick<Entry, "weight" | "adjustment" | "rule">[];

/** A roster's scale (`sheetScale`) by person: the roster's weights and rules are everyone's unless
 * people carry a weight column of their own, so it is worked out once. */
export function rosterScale(table: RosterTable): (entries: Scalable) => number | undefined {
  if (table.indicators.some((i) => i.weightColumn)) return sheetScale;
  let known: { scale: number | undefined } | null = null;
  return (entries) => (known ??= { scale: sheetScale(entries) }).scale;
}

function scoreRoster(grid: Grid, table: RosterTable, warnings: ScoreWarning[]): PersonScore[] {
  const tables = sheetTables(grid, table, warnings);
  const { pay, base } = table.columns;
  const scaleOf = rosterScale(table);
  const rules = rosterRules(table);
  // Totals repeat down a roster: each is appraised once.
  const appraisals = new Map<number | null, Pick<PersonScore, "grade" | "coefficient">>();
  return table.people.map((person) => {
    const entries = rosterEntries(grid, table, rules, person.row);
    const scale = scaleOf(entries);
    const scored = entries.map((e) => scoreEntry(grid, e, scale, warnings));
    const sums = totals(entries, scored, [], scale);
    let appraised = appraisals.get(sums.total);
    if (appraised === undefined) appraisals.set(sums.total, (appraised = appraisal(sums.total, tables)));
    return {
      row: person.row,
      name: person.name,
      total: sums.total,
      ...appraised,
      ...(pay
        ? { pay: payOf(base ? targetAt(grid, at(person.row, base)) : undefined, appraised.coefficient) }
        : {}),
      items: sums.items,
    };
  });
}

/**
 * What `kpi score` reports for one recognised sheet: one person per form table, one per roster row.
 * @example scoreSheet(grid, recognize([grid]).layout.sheets[0]).people[0].total //=> 73
 */
export function scoreSheet(grid: Grid, sheet: SheetLayout): SheetScore {
  const warnings: ScoreWarning[] = [];
  const people: PersonScore[] = [];
  for (const table of sheet.tables ?? []) {
    if ("items" in table) people.push(scoreFormTable(grid, sheet, table, warnings));
    else people.push(...scoreRoster(grid, table, warnings));
  }
  // A roster's rule cell concerns every person: said once.
  const seen = new Set<string>();
  const unique = warnings.filter((w) => {
    const id = JSON.stringify([w.code, w.cell, w.params]);
    return seen.has(id) ? false : (seen.add(id), true);
  });
  return { name: sheet.name, people, warnings: unique };
}

/** Every scored sheet of a workbook (sheets recognised as `none` are left out), grids matched by name. */
export function scoreWorkbook(grids: readonly Grid[], layout: Layout): ScoreReport {
  const sheets: SheetScore[] = [];
  layout.sheets.forEach((sheet, i) => {
    if (sheet.kind === "none") return;
    const grid = grids.find((g) => g.name === sheet.name) ?? grids[i];
    if (grid) sheets.push(scoreSheet(grid, sheet));
  });
  return { sheets };
}
