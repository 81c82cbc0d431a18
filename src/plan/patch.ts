import * as z from "zod/mini";
import { formulaFor } from "../engine/formula";
import { defaultCoefficientTable, defaultGradeTable } from "../engine/grade";
import { IssueCode, Params } from "../engine/issue";
import { parseRule } from "../engine/parseRule";
import { clean } from "../engine/precision";
import { printRule } from "../engine/print";
import type { Rule, RuleOf } from "../engine/rule";
import { address, CellValue, formulaAt, valueAt, type Grid } from "../layout/grid";
import type { FormTable, Item, Layout, RosterTable, SheetLayout } from "../layout/layout";
import { gradesBestFirst, planGradeFormats, type GradeCells } from "./formats";
import {
  CellContent,
  emptyRecord,
  holdsWritten,
  RangeRef,
  recordedCell,
  withWritten,
  WriteRecord,
} from "./record";
import type { PersonScore, ScoreReport, SheetScore } from "./report";
import {
  columnIndex,
  isPercentFormat,
  levelColumnRule,
  parseAddress,
  rosterScale,
  sheetScale,
  sheetTables,
  targetAt,
  type SheetTables,
} from "./score";

/**
 * What scoring in place writes into a workbook, as plain data (DESIGN.md: everything the add-in
 * writes is first one WorkbookPatch, then applied by an adapter). From a Grid, its recognised layout
 * and its score report: the item score cells, section subtotals where the sheet has cells for them,
 * the total, grade and coefficient cells, in one of three modes. Every write records what the cell
 * held before; a cell holding something the add-in did not write is a conflict, listed, never
 * decided here. Pure: the single source of the patch's types.
 */

/** `values`: numbers and text; `functions`: live `=KPI.*` formulas over the sheet's own cells;
 * `portable`: native Excel formulas that compute the same numbers without the add-in. */
export const PatchMode = z.enum(["values", "functions", "portable"]);
export type PatchMode = z.infer<typeof PatchMode>;

/** What a written cell is in the layout; `restore` puts back what a cell held (undo). */
export const WriteRole = z.enum(["score", "subtotal", "total", "grade", "coefficient", "pay", "restore"]);
export type WriteRole = z.infer<typeof WriteRole>;

export { CellContent };

const WriteBase = {
  sheet: z.string(),
  /** A1 address, as Excel shows it. */
  cell: z.string(),
  role: WriteRole,
  before: CellContent,
};

/** One cell write: a value (null empties the cell), or a formula with its leading = (as typed, as
 * Office.js takes it). */
export const CellWrite = z.union([
  z.object({ ...WriteBase, value: z.union([z.number(), z.string(), z.boolean(), z.null()]) }),
  z.object({ ...WriteBase, formula: z.string() }),
]);
export type CellWrite = z.infer<typeof CellWrite>;

/** What an input cell accepts: a number within bounds (a percent cell shows them as percents), or
 * one of a list (levels A/B/C, 优秀/良好…, 完成/未完成). */
export const ValidationRule = z.union([
  z.object({
    kind: z.literal("number"),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    /** Bounds are fractions shown as percents (0.95 is 95%). */
    percent: z.optional(z.boolean()),
  }),
  z.object({ kind: z.literal("list"), items: z.array(z.string()) }),
]);
export type ValidationRule = z.infer<typeof ValidationRule>;

/** Data validation on input cells, with its prompt and its error alert in the user's language. */
export const ValidationWrite = z.object({
  sheet: z.string(),
  range: z.string(),
  rule: ValidationRule,
  prompt: z.object({ title: z.string(), message: z.string() }),
  /** `stop` refuses other input; `warning` lets the user keep it (amounts typed as 3.5万). */
  alert: z.object({ title: z.string(), message: z.string(), style: z.enum(["stop", "warning"]) }),
});
export type ValidationWrite = z.infer<typeof ValidationWrite>;

/** How a grade shows: good (A+, A, 优秀), neutral, poor (C, D, 不合格). */
export const GradeTone = z.enum(["good", "neutral", "poor"]);
export type GradeTone = z.infer<typeof GradeTone>;

/** Conditional formats on grade cells: a fill per grade text. */
export const GradeFormat = z.object({
  sheet: z.string(),
  range: z.string(),
  grades: z.array(z.object({ text: z.string(), tone: GradeTone })),
});
export type GradeFormat = z.infer<typeof GradeFormat>;

/** A write that would overwrite something the add-in did not write (`patch.*` codes). */
export const PatchConflict = z.object({
  code: IssueCode,
  params: Params,
  sheet: z.string(),
  cell: z.string(),
});
export type PatchConflict = z.infer<typeof PatchConflict>;

/** Why a cell got less than the mode asks (a value instead of a formula, or nothing). */
export const PatchWarning = z.object({
  code: IssueCode,
  params: Params,
  sheet: z.string(),
  cell: z.optional(z.string()),
});
export type PatchWarning = z.infer<typeof PatchWarning>;

/**
 * Everything one operation writes, applied by an adapter in one go: cell writes, validations and
 * grade formats to add, the add-in's own validations and formats to remove (undo, or before adding
 * them again), and the record to store in the workbook afterwards (null: remove the record).
 */
export const WorkbookPatch = z.object({
  mode: PatchMode,
  writes: z.array(CellWrite),
  validations: z.array(ValidationWrite),
  formats: z.array(GradeFormat),
  removals: z.object({ validations: z.array(RangeRef), formats: z.array(RangeRef) }),
  record: z.nullable(WriteRecord),
  conflicts: z.array(PatchConflict),
  warnings: z.array(PatchWarning),
  /** What stops the whole patch whatever the user says (a protected sheet, a read-only workbook). */
  blocks: z.array(PatchWarning),
});
export type WorkbookPatch = z.infer<typeof WorkbookPatch>;

// ---------------------------------------------------------------------------------------------
// Formula pieces

/** A number as a formula constant: no exponent, no float noise. */
function num(n: number): string {
  const c = clean(n);
  return Number.isInteger(c) ? String(c) : String(c).replace(/^(-?)0\./, "$10.");
}

/** Text as a formula string literal; Excel caps one literal at 255 characters, so longer text is
 * joined with &. */
function literal(text: string): string {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += 250) chunks.push(text.slice(i, i + 250));
  return (chunks.length > 0 ? chunks : [""]).map((c) => `"${c.replace(/"/g, '""')}"`).join("&");
}

/** "H4:H7,H9" style runs of a column over rows (each row with the last row of its block). */
function runs(letters: string, blocks: ReadonlyArray<readonly [number, number]>): string[] {
  const sorted = [...blocks].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [first, last] of sorted) {
    const prev = out[out.length - 1];
    if (prev && first === prev[1] + 1) prev[1] = last;
    else out.push([first, last]);
  }
  return out.map(([a, b]) => (a === b ? `${letters}${a}` : `${letters}${a}:${letters}${b}`));
}

const sumOf = (parts: readonly string[]): string => `SUM(${parts.join(",")})`;

/** factor × expression, written plainly when the factor is 1. */
const scaled = (expr: string, factor: number): string =>
  Math.abs(factor - 1) < 1e-12 ? expr : `${expr}*${num(factor)}`;

const body = (formula: string): string => (formula.startsWith("=") ? formula.slice(1) : formula);

// ---------------------------------------------------------------------------------------------
// Items

/** How one item is scored, from the layout: what the formulas reference. */
interface ItemPlan {
  row: number;
  lastRow: number;
  name: string;
  section: string | null;
  weight: number | null;
  adjustment: boolean;
  rule: Rule | null;
  /** The rule text exactly as a cell holds it (referenced), or as a literal. */
  ruleRef: string | null;
  actual: string | null;
  /** What the actual cell holds when it is text (`95%`, `3.5万` typed as text). */
  actualText?: string;
  /** The actual cell is formatted as a percent: it holds the fraction (250% is 2.5). */
  percentFormat?: boolean;
  /** The points argument: the weight cell when it holds the weight as a number, else the number. */
  points: string | null;
  target?: number;
  targetRef?: string;
}

function formItems(grid: Grid, table: FormTable): ItemPlan[] {
  const adjustments = new Set(table.sections.filter((s) => s.adjustment).map((s) => s.name));
  const cellAt = (letters: string, row1: number) => valueAt(grid, row1 - 1, columnIndex(letters));
  return table.items.map((item: Item): ItemPlan => {
    const levels = table.levelColumns ? levelColumnRule(grid, table, item.row) : null;
    const parsed = levels ? null : parseRule(item.ruleText);
    const rule: Rule | null = levels ?? (parsed?.ok && parsed.rule.kind !== "table" ? parsed.rule : null);
    const ruleCell = table.columns.rule;
    const ownText =
      !levels &&
      ruleCell !== undefined &&
      !table.ruleScoreColumn &&
      cellAt(ruleCell, item.row) === item.ruleText;
    const ruleRef =
      rule === null
        ? null
        : ownText
          ? `$${ruleCell}${item.row}`
          : literal(levels ? printRule(levels) : item.ruleText);
    const weightCell = table.columns.weight;
    const points =
      item.weight === null
        ? null
        : weightCell !== undefined && cellAt(weightCell, item.row) === item.weight
          ? `$${weightCell}${item.row}`
          : num(item.weight);
    const targetCell = table.columns.target;
    const target = targetCell
      ? targetAt(grid, { row: item.row - 1, column: columnIndex(targetCell) })
      : undefined;
    const targetRef =
      target === undefined
        ? undefined
        : targetCell !== undefined && typeof cellAt(targetCell, item.row) === "number"
          ? `$${targetCell}${item.row}`
          : num(target);
    const actual = table.columns.actual;
    const typed = actual ? cellAt(actual, item.row) : null;
    return {
      row: item.row,
      lastRow: item.lastRow ?? item.row,
      name: item.name,
      section: item.section,
      weight: item.weight,
      adjustment: item.adjustment === true || (item.section !== null && adjustments.has(item.section)),
      rule,
      ruleRef,
      actual: actual ? `${actual}${item.row}` : null,
      ...textOf(typed),
      percentFormat:
        actual !== undefined && isPercentFormat(grid, { row: item.row - 1, column: columnIndex(actual) }),
      points,
      ...(target !== undefined ? { target } : {}),
      ...(targetRef !== undefined ? { targetRef } : {}),
    };
  });
}

function textOf(v: CellValue): { actualText?: string } {
  return typeof v === "string" && v.trim() !== "" ? { actualText: v.trim() } : {};
}

/** Rules whose native formula reads words in the input cell (a level, 完成 / 未完成). */
const readsWords = (rule: Rule): boolean =>
  rule.kind === "levels" || rule.kind === "pass" || (rule.kind === "bonus" && rule.award !== undefined);

const isScaled = (item: ItemPlan, scale: number | undefined): scale is number =>
  scale !== undefined && !item.adjustment && item.weight !== null;

/** The item's score as a formula body (no =) in a formula mode, or why there is none. */
function itemFormula(
  item: ItemPlan,
  mode: Exclude<PatchMode, "values">,
  scale: number | undefined,
): { ok: true; body: string } | { ok: false; code: IssueCode; params: Params } {
  if (item.rule === null || item.actual === null || item.ruleRef === null)
    return { ok: false, code: "rule.notUnderstood", params: { text: item.name } };
  const weighted = isScaled(item, scale);
  const max = weighted ? scale : item.adjustment ? undefined : (item.weight ?? undefined);
  let core: string;
  if (mode === "functions") {
    const points = weighted ? num(scale) : item.adjustment ? null : item.points;
    const args = [item.actual, item.ruleRef];
    if (points !== null || item.targetRef !== undefined) args.push(points ?? "");
    if (item.targetRef !== undefined) args.push(item.targetRef);
    core = `KPI.SCORE(${args.join(",")})`;
  } else {
    // Native formulas read numbers, and words only as levels: text such as 3.5万 would give #N/A.
    if (item.actualText !== undefined && !readsWords(item.rule))
      return { ok: false, code: "patch.textInput", params: { cell: item.actual, input: item.actualText } };
    const formula = formulaFor(item.rule, { max, target: item.target, percentFormat: item.percentFormat })(
      item.actual,
    );
    if (!formula.ok) return { ok: false, ...formula.issue };
    core = body(formula.formula);
  }
  return { ok: true, body: weighted ? `${core}*${num((item.weight as number) / 100)}` : core };
}

// ---------------------------------------------------------------------------------------------
// Grade and coefficient

interface Appraisal {
  grades: RuleOf<"table">;
  /** The coefficient cell's table and how it reads the total (a pay share takes base 1). */
  coefficient: { table: RuleOf<"table">; pay: boolean; isDefault: boolean } | null;
  gradesDefault: boolean;
}

/** The tables score.ts appraises with (see `appraisal` there). */
function appraisalOf(tables: SheetTables): Appraisal | null {
  if (tables.unreadable) return null;
  const coefficient = tables.pay
    ? { table: tables.pay, pay: true, isDefault: false }
    : tables.own && !tables.coefficients
      ? null
      : {
          table: tables.coefficients ?? defaultCoefficientTable(),
          pay: false,
          isDefault: !tables.coefficients,
        };
  return { grades: tables.grades ?? defaultGradeTable(), gradesDefault: !tables.grades, coefficient };
}

function gradeFormula(a: Appraisal, total: string, mode: Exclude<PatchMode, "values">) {
  if (mode === "functions")
    return {
      ok: true as const,
      formula: `=KPI.GRADE(${total}${a.gradesDefault ? "" : `,${literal(printRule(a.grades))}`})`,
    };
  return formulaFor(a.grades)(total);
}

function coefficientFormula(
  c: NonNullable<Appraisal["coefficient"]>,
  total: string,
  mode: Exclude<PatchMode, "values">,
) {
  if (mode === "functions") {
    const table = literal(printRule(c.table));
    return {
      ok: true as const,
      formula: c.pay
        ? `=KPI.PAY(1,${total},${table})`
        : `=KPI.COEF(${total}${c.isDefault ? "" : `,${table}`})`,
    };
  }
  return formulaFor(c.table, c.pay ? { max: 1 } : {})(total);
}

// ---------------------------------------------------------------------------------------------
// Sheets

type Planned = { role: WriteRole; cell: string } & ({ value: number | string } | { formula: string });

class SheetPatch {
  readonly planned: Planned[] = [];
  /** Grade cells and their table's grades, best first, for the grade formats. */
  readonly gradeCells: Array<{ cell: string; grades: readonly string[] }> = [];
  readonly warnings: PatchWarning[] = [];
  constructor(
    readonly sheet: string,
    readonly mode: PatchMode,
  ) {}
  value(role: WriteRole, cell: string, value: number | string | null): boolean {
    if (value === null) return false;
    this.planned.push({ role, cell, value });
    return true;
  }
  formula(role: WriteRole, cell: string, formula: string): void {
    this.planned.push({ role, cell, formula: formula.startsWith("=") ? formula : `=${formula}` });
  }
  warn(code: IssueCode, params: Params, cell?: string): void {
    this.warnings.push({ code, params, sheet: this.sheet, ...(cell !== undefined ? { cell } : {}) });
  }
}

/** Grade and coefficient cells of one total (a cell address or a formula body giving the total). */
function appraise(
  out: SheetPatch,
  tables: Appraisal | null,
  person: PersonScore,
  cells: AppraisalCells,
  totalWritten: boolean,
): void {
  const mode = out.mode;
  if (cells.grade)
    out.gradeCells.push({
      cell: cells.grade,
      grades: gradesBestFirst(tables?.grades ?? defaultGradeTable()),
    });
  if (mode === "values" || !totalWritten || tables === null) {
    if (cells.grade) out.value("grade", cells.grade, person.grade);
    if (cells.coefficient) out.value("coefficient", cells.coefficient, person.coefficient);
    if (cells.pay) out.value("pay", cells.pay, person.pay ?? null);
    return;
  }
  if (cells.grade) {
    const f = gradeFormula(tables, cells.total, mode);
    if (f.ok) out.formula("grade", cells.grade, f.formula);
    else {
      out.warn(f.issue.code, f.issue.params, cells.grade);
      out.value("grade", cells.grade, person.grade);
    }
  }
  if (cells.coefficient && tables.coefficient) {
    const f = coefficientFormula(tables.coefficient, cells.total, mode);
    if (f.ok) out.formula("coefficient", cells.coefficient, f.formula);
    else {
      out.warn(f.issue.code, f.issue.params, cells.coefficient);
      out.value("coefficient", cells.coefficient, person.coefficient);
    }
  }
  if (cells.pay) {
    // 绩效工资 = 基数 × 系数, live over the sheet's own cells where it has both.
    if (cells.base && cells.coefficient && tables.coefficient)
      out.formula("pay", cells.pay, `ROUND(${cells.base}*${cells.coefficient},2)`);
    else out.value("pay", cells.pay, person.pay ?? null);
  }
}

/** The cells a total's appraisal goes to (a formula reads the total cell). */
interface AppraisalCells {
  total: string;
  grade?: string;
  coefficient?: string;
  pay?: string;
  base?: string;
}

function planForm(grid: Grid, table: FormTable, person: PersonScore, out: SheetPatch): void {
  const scoreColumn = table.columns.score;
  if (!scoreColumn) return;
  const items = formItems(grid, table);
  const scale = sheetScale(items);
  const byRow = new Map(person.items.map((i) => [i.row, i]));
  const mode = out.mode;
  // Formula totals only where every item's cell holds its score (a formula or a fixed value) and
  // none is 不适用 (a sum cannot hand its points on): otherwise the total is the report's value.
  let complete = true;
  for (const item of items) {
    const cell = `${scoreColumn}${item.row}`;
    const result = byRow.get(item.row);
    if (mode === "values" || result?.notApplicable) {
      if (!out.value("score", cell, result?.score ?? null)) complete = false;
      if (result?.notApplicable) complete = false;
      continue;
    }
    const f = itemFormula(item, mode, scale);
    if (f.ok) out.formula("score", cell, f.body);
    else {
      if (f.code !== "rule.notUnderstood") out.warn(f.code, f.params, cell);
      if (!out.value("score", cell, result?.score ?? null)) complete = false;
    }
  }
  // Sections: each item's points within it, as scheme.ts counts them.
  const pointsOf = (item: ItemPlan) =>
    isScaled(item, scale) ? ((item.weight as number) * scale) / 100 : Math.max(0, item.weight ?? 0);
  const blocks = (list: readonly ItemPlan[]) =>
    runs(
      scoreColumn,
      list.map((i) => [i.row, i.lastRow] as const),
    );
  const terms: string[] = [];
  const used = new Set<ItemPlan>();
  for (const section of table.sections) {
    const own = items.filter((i) => i.section === section.name && !(i.adjustment && !section.adjustment));
    own.forEach((i) => used.add(i));
    if (own.length === 0) continue;
    const weighted = section.weight !== null && !section.adjustment;
    const all = own.reduce((s, i) => s + pointsOf(i), 0);
    const outOf100 = weighted && all > 0 ? 100 / all : 1;
    const sum = sumOf(blocks(own));
    terms.push(scaled(sum, weighted ? outOf100 * (section.weight as number) : 1));
    if (section.subtotal) {
      const got = person.sections?.find((s) => s.name === section.name)?.score ?? null;
      if (mode === "values" || !complete) out.value("subtotal", section.subtotal.cell, got);
      else out.formula("subtotal", section.subtotal.cell, `ROUND(${scaled(sum, outOf100)},2)`);
    }
  }
  const rest = items.filter((i) => !used.has(i));
  if (rest.length > 0) terms.push(sumOf(blocks(rest)));
  const tables = appraisalOf(sheetTables(grid, table, []));
  if (!table.total) return;
  const total = table.total.cell;
  const live = mode !== "values" && complete;
  if (live) out.formula("total", total, `ROUND(${terms.join("+")},2)`);
  else out.value("total", total, person.total);
  appraise(out, tables, person, { total, ...cellsOf(table) }, live);
}

const cellsOf = (table: FormTable): Omit<AppraisalCells, "total"> => ({
  ...(table.grade ? { grade: table.grade.cell } : {}),
  ...(table.coefficient ? { coefficient: table.coefficient.cell } : {}),
  ...(table.pay ? { pay: table.pay.cell } : {}),
  ...(table.payBase ? { base: table.payBase.cell } : {}),
});

/** A roster: each person's 总分 / 等级 cells (indicator scores are not written anywhere). */
function planRoster(grid: Grid, table: RosterTable, people: readonly PersonScore[], out: SheetPatch): void {
  const { total, grade, coefficient, pay, base } = table.columns;
  const tables = appraisalOf(sheetTables(grid, table, []));
  const totalOf = out.mode === "values" ? null : rosterTotals(grid, table, out.mode);
  for (const person of people) {
    if (person.row === undefined) continue;
    const row = person.row;
    const cells: AppraisalCells = {
      total: total ? `${total}${row}` : "",
      ...(grade ? { grade: `${grade}${row}` } : {}),
      ...(coefficient ? { coefficient: `${coefficient}${row}` } : {}),
      ...(pay ? { pay: `${pay}${row}` } : {}),
      ...(base ? { base: `${base}${row}` } : {}),
    };
    let totalWritten = false;
    if (total) {
      const f = totalOf?.(row) ?? null;
      if (f?.ok) {
        out.formula("total", cells.total, f.formula);
        totalWritten = true;
      } else {
        if (f?.code && f.code !== "rule.notUnderstood") out.warn(f.code, f.params ?? {}, cells.total);
        out.value("total", cells.total, person.total);
      }
    }
    appraise(out, tables, person, cells, totalWritten);
  }
}

type TotalFormula = { ok: true; formula: string } | { ok: false; code?: IssueCode; params?: Params };

/** Where a row's number goes in a roster total built once for many rows: no cell holds it. */
const OPEN_ROW = "\u0001";

/** Each roster person's total as one formula over their indicator cells (null when one has none).
 * What does not change from person to person — the rules, their cells, the scale — is read once,
 * and rows reading the same weights and cell formats share one formula but for their row number. */
function rosterTotals(
  grid: Grid,
  table: RosterTable,
  mode: Exclude<PatchMode, "values">,
): (row: number) => TotalFormula {
  const scales = rosterScale(table);
  const fixed = table.indicators.map((indicator) => {
    const parsed = parseRule(indicator.ruleText ?? "");
    const rule = parsed.ok && parsed.rule.kind !== "table" ? parsed.rule : null;
    const ruleRef =
      rule === null
        ? null
        : table.ruleRow !== undefined &&
            valueAt(grid, table.ruleRow - 1, columnIndex(indicator.column)) === indicator.ruleText
          ? `${indicator.column}$${table.ruleRow}`
          : literal(indicator.ruleText ?? "");
    const weightColumn = indicator.weightColumn ? columnIndex(indicator.weightColumn) : undefined;
    return { indicator, rule, ruleRef, column: columnIndex(indicator.column), weightColumn };
  });
  /** The row's items, its references written with `at` for the row. */
  const plansOf = (row: number, at: string): ItemPlan[] =>
    fixed.map(({ indicator, rule, ruleRef, column, weightColumn }) => {
      const own = weightColumn !== undefined ? valueAt(grid, row - 1, weightColumn) : null;
      const weight = typeof own === "number" ? own : indicator.weight;
      const weightCell =
        indicator.weightColumn && typeof own === "number"
          ? `$${indicator.weightColumn}${at}`
          : table.weightRow !== undefined && valueAt(grid, table.weightRow - 1, column) === weight
            ? `${indicator.column}$${table.weightRow}`
            : weight === null
              ? null
              : num(weight);
      return {
        row,
        lastRow: row,
        name: indicator.name,
        section: null,
        weight,
        adjustment: indicator.adjustment === true,
        rule,
        ruleRef,
        actual: `${indicator.column}${at}`,
        ...textOf(valueAt(grid, row - 1, column)),
        percentFormat: isPercentFormat(grid, { row: row - 1, column }),
        points: weightCell,
      };
    });
  const formulaOf = (plans: readonly ItemPlan[]): TotalFormula => {
    const scale = scales(plans);
    const parts: string[] = [];
    for (const plan of plans) {
      const f = itemFormula(plan, mode, scale);
      if (!f.ok) return f;
      parts.push(f.body);
    }
    return { ok: true, formula: `=ROUND(${parts.join("+")},2)` };
  };
  /** What a row's formula depends on besides its number; none when a cell holds text, whose
   * formula or warning is the row's own. */
  const inputsOf = (row: number): string | null => {
    let key = "";
    for (const { column, weightColumn } of fixed) {
      if (textOf(valueAt(grid, row - 1, column)).actualText !== undefined) return null;
      key += isPercentFormat(grid, { row: row - 1, column }) ? "%" : "·";
      // Only a number in a person's own weight cell counts (anything else reads as the roster's).
      if (weightColumn !== undefined) {
        const own = valueAt(grid, row - 1, weightColumn);
        key += typeof own === "number" ? `${own}|` : "-|";
      }
    }
    return key;
  };
  const templates = new Map<string, string[] | null>();
  /** The formula of rows reading these inputs, open at its row numbers; checked once against the
   * formula built for `row` itself, so that no text holding the placeholder can mislead it. */
  const templateOf = (row: number): string[] | null => {
    const open = formulaOf(plansOf(row, OPEN_ROW));
    const own = formulaOf(plansOf(row, String(row)));
    const pieces = open.ok ? open.formula.split(OPEN_ROW) : null;
    return pieces && own.ok && pieces.join(String(row)) === own.formula ? pieces : null;
  };
  const sized = (f: TotalFormula): TotalFormula =>
    // Excel's limit on a formula's length is 8,192 characters: longer, the total is the number.
    f.ok && f.formula.length > 8000 ? { ok: false } : f;
  return (row) => {
    const inputs = inputsOf(row);
    if (inputs === null) return sized(formulaOf(plansOf(row, String(row))));
    let pieces = templates.get(inputs);
    if (pieces === undefined) templates.set(inputs, (pieces = templateOf(row)));
    // A row without a formula says why in its own words.
    if (pieces === null) return sized(formulaOf(plansOf(row, String(row))));
    return sized({ ok: true, formula: pieces.join(String(row)) });
  };
}

/** The cell's content now, for `before` and the conflict check. */
export function contentAt(grid: Grid, row: number, column: number): CellContent {
  const formula = formulaAt(grid, row, column);
  return { value: valueAt(grid, row, column), ...(formula !== undefined ? { formula: `=${formula}` } : {}) };
}

const isEmpty = (c: CellContent): boolean =>
  c.formula === undefined && (c.value === null || (typeof c.value === "string" && c.value.trim() === ""));

/** What the add-in wrote before, or writes now: a KPI formula, or the same content. */
function isOurs(before: CellContent, write: Planned): boolean {
  if (before.formula !== undefined) {
    if ("formula" in write && write.formula === before.formula) return true;
    return /^=\s*KPI\./i.test(before.formula);
  }
  if (!("value" in write)) return false;
  const v = before.value;
  return typeof v === "number" && typeof write.value === "number"
    ? Math.abs(v - write.value) < 1e-9
    : v === write.value;
}

/** What a cell holds, as a message quotes it (long formulas cut at 40 characters). */
export function shown(c: CellContent): string {
  const v = c.value;
  const text = c.formula ?? (v === null ? "" : typeof v === "object" ? v.error : String(v));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The patch of one recognised sheet: its writes (each with what the cell held), and the conflicts
 * they meet. Pure.
 * @example planSheet(grid, layout.sheets[0], report.sheets[0], "functions").writes[0]
 * //=> { sheet: "主播", cell: "H6", role: "score", formula: "=KPI.SCORE(G6,$F6,$D6)", before: { value: null } }
 */
export function planSheet(
  grid: Grid,
  sheet: SheetLayout,
  score: SheetScore,
  mode: PatchMode,
  record: WriteRecord = emptyRecord(),
): WorkbookPatch {
  const out = new SheetPatch(sheet.name, mode);
  let forms = 0;
  for (const table of sheet.tables ?? []) {
    if ("items" in table) {
      const person = score.people.filter((p) => p.row === undefined)[forms++];
      if (person) planForm(grid, table, person, out);
    } else {
      const rows = new Set(table.people.map((p) => p.row));
      planRoster(
        grid,
        table,
        score.people.filter((p) => p.row !== undefined && rows.has(p.row)),
        out,
      );
    }
  }
  const writes: CellWrite[] = [];
  const conflicts: PatchConflict[] = [];
  const blocks: PatchWarning[] = [];
  const seen = new Set<number>();
  const conflict = (cell: string, code: IssueCode, params: Params) =>
    conflicts.push({ code, params: { sheet: sheet.name, cell, ...params }, sheet: sheet.name, cell });
  for (const write of out.planned) {
    const at = parseAddress(write.cell);
    // Cells by number (Excel has 16,384 columns): a roster has thousands.
    const id = at ? at.row * 16384 + at.column : -1;
    if (!at || seen.has(id)) continue;
    seen.add(id);
    const area = grid.merges.find(
      (m) => at.row >= m.top && at.row <= m.bottom && at.column >= m.left && at.column <= m.right,
    );
    if (area && (area.top !== at.row || area.left !== at.column)) {
      conflict(write.cell, "patch.merged", {
        area: `${address(area.top, area.left)}:${address(area.bottom, area.right)}`,
      });
      continue;
    }
    const now = contentAt(grid, at.row, at.column);
    const recorded = recordedCell(record, sheet.name, write.cell);
    // A cell still holding what the add-in wrote is the add-in's: it keeps its first `before`.
    const ours = recorded !== undefined && holdsWritten(now, recorded.after);
    if (!ours && !isEmpty(now) && !isOurs(now, write))
      conflict(write.cell, now.formula !== undefined ? "patch.formula" : "patch.value", {
        before: shown(now),
      });
    const before = ours ? recorded.before : now;
    const { cell, role } = write;
    // Written out, not spread: a roster has thousands of writes.
    writes.push(
      "formula" in write
        ? { sheet: sheet.name, cell, role, before, formula: write.formula }
        : { sheet: sheet.name, cell, role, before, value: write.value },
    );
  }
  // One group per grade table (the same list for every person of a table).
  const groups = new Map<readonly string[], GradeCells>();
  for (const { cell, grades } of out.gradeCells) {
    const group = groups.get(grades) ?? { sheet: sheet.name, cells: [], grades: [...grades] };
    group.cells.push(cell);
    groups.set(grades, group);
  }
  const formats = planGradeFormats([grid], [...groups.values()], record);
  if (grid.protected && writes.length > 0)
    blocks.push({ code: "patch.protected", params: { sheet: sheet.name }, sheet: sheet.name });
  return {
    ...emptyPatch(mode),
    writes,
    formats: formats.formats,
    removals: { validations: [], formats: record.formats.filter((f) => f.sheet === sheet.name) },
    conflicts,
    warnings: [...out.warnings, ...formats.warnings],
    blocks,
    record: { ...record, formats: formats.ours },
  };
}

/** A patch that writes nothing. */
export const emptyPatch = (mode: PatchMode): WorkbookPatch => ({
  mode,
  writes: [],
  validations: [],
  formats: [],
  removals: { validations: [], formats: [] },
  record: null,
  conflicts: [],
  warnings: [],
  blocks: [],
});

/** The patch of a workbook: every scored sheet of the report, grids and layouts matched by name. */
export function planWorkbook(
  grids: readonly Grid[],
  layout: Layout,
  report: ScoreReport,
  mode: PatchMode,
  record: WriteRecord = emptyRecord(),
): WorkbookPatch {
  const patch = emptyPatch(mode);
  for (const score of report.sheets) {
    const grid = grids.find((g) => g.name === score.name);
    const sheet = layout.sheets.find((s) => s.name === score.name);
    if (!grid || !sheet) continue;
    const one = planSheet(grid, sheet, score, mode, record);
    for (const write of one.writes) patch.writes.push(write);
    patch.formats.push(...one.formats);
    patch.conflicts.push(...one.conflicts);
    patch.warnings.push(...one.warnings);
    patch.blocks.push(...one.blocks);
  }
  const scored = new Set(patch.formats.map((f) => f.sheet).concat(report.sheets.map((s) => s.name)));
  return {
    ...patch,
    // The add-in's earlier formats on the sheets scored now go; they are planned afresh.
    removals: { validations: [], formats: record.formats.filter((f) => scored.has(f.sheet)) },
    record: {
      ...withWritten(record, patch.writes),
      formats: [
        ...record.formats.filter((f) => !scored.has(f.sheet)),
        ...patch.formats.map((f) => ({ sheet: f.sheet, range: f.range })),
      ],
    },
  };
}
