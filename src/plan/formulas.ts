import { EXCEL } from "../engine/excel";
import { formulaFor } from "../engine/formula";
import type { IssueCode, Params } from "../engine/issue";
import { kindSpec } from "../engine/kinds";
import { clean } from "../engine/precision";
import { printRule } from "../engine/print";
import { isSure, isText, type Grading, type ItemFacts, type ItemOutcome } from "../appraisal/appraisal";
import { parseAddress } from "../layout/a1";
import type { PatchMode } from "./patch";

/**
 * The formulas scoring in place writes, from the appraisal's facts: an item's score as `=KPI.SCORE`
 * over the sheet's own cells (functions) or as the rule's native formula (portable), a grade or a
 * coefficient of a total; and the pieces they are written with. Pure.
 */

export type FormulaMode = Exclude<PatchMode, "values">;

/** A number as a formula constant: no exponent, no float noise. */
export function num(n: number): string {
  const c = clean(n);
  return Number.isInteger(c) ? String(c) : String(c).replace(/^(-?)0\./, "$10.");
}

/** Text as a formula string literal; Excel caps one literal at 255 characters, so longer text is
 * joined with &. */
export function literal(text: string): string {
  const size = EXCEL.literalLength - 5;
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return (chunks.length > 0 ? chunks : [""]).map((c) => `"${c.replace(/"/g, '""')}"`).join("&");
}

/** "H4:H7,H9" style runs of a column over rows (each row with the last row of its block). */
export function runs(letters: string, blocks: ReadonlyArray<readonly [number, number]>): string[] {
  const sorted = [...blocks].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [first, last] of sorted) {
    const prev = out[out.length - 1];
    if (prev && first === prev[1] + 1) prev[1] = last;
    else out.push([first, last]);
  }
  return out.map(([a, b]) => (a === b ? `${letters}${a}` : `${letters}${a}:${letters}${b}`));
}

export const sumOf = (parts: readonly string[]): string => `SUM(${parts.join(",")})`;

/** factor × expression, written plainly when the factor is 1. */
export const scaledBy = (expr: string, factor: number): string =>
  Math.abs(factor - 1) < 1e-12 ? expr : `${expr}*${num(factor)}`;

const body = (formula: string): string => (formula.startsWith("=") ? formula.slice(1) : formula);

/**
 * A cell a formula on `row` reads, anchored so that the formula stays right filled down or across:
 * a cell on the same row keeps its column (`$C5`), one on another row (a roster's 权重 or 评分标准
 * row) keeps its row (`C$3`). `at` is how the row is written: its number, or a placeholder where a
 * formula is built once for many rows.
 */
export function anchored(cell: string, row: number, at: string): string {
  const c = parseAddress(cell);
  const letters = /^[A-Za-z]+/.exec(cell)?.[0] ?? "";
  if (!c) return cell;
  return c.row + 1 === row ? `$${letters}${at}` : `${letters}$${c.row + 1}`;
}

/** Where an item's formula reads its cells: the row it stands for (the item's, or the person's in a
 * roster) and how that row is written. */
export interface Rows {
  row: number;
  at: string;
}

/** The item's points as a formula reads them: its weight cell where it holds the weight, else the
 * number; none without a weight. */
function pointsRef(item: ItemFacts, { row, at }: Rows): string | null {
  if (item.weight === null) return null;
  if (item.weightColumn !== undefined) return `$${item.weightColumn}${at}`;
  return item.weightCell !== undefined ? anchored(item.weightCell, row, at) : num(item.weight);
}

/** `core`: the score on the item's own scale, before its factor (the body where it has none);
 * `said`: the appraisal has already said why there is none (a warning of its own), nothing to add. */
export type ItemFormula =
  { ok: true; body: string; core: string } | { ok: false; code: IssueCode; params: Params; said?: true };

/**
 * An input the appraisal held back for a reason of the sheet's (45 under 实际(分钟) beside a rule
 * in seconds): a formula sees the cell alone and would score it (20 points, a total and a grade
 * computed in Excel where the add-in said it would not score). Blank inputs are not held back.
 */
export function heldBySheet(outcome: ItemOutcome): boolean {
  const code = outcome.issue?.code;
  return (
    outcome.score === null &&
    code !== undefined &&
    code.startsWith("score.") &&
    code !== "score.pending" &&
    code !== "score.entryPending"
  );
}

/** The item's score as a formula body (no =) in a formula mode, or why there is none: no sure rule
 * or no input cell (the value is written, or nothing), a text input a native formula cannot read. */
export function itemFormula(
  item: ItemFacts,
  outcome: ItemOutcome,
  rows: Rows,
  mode: FormulaMode,
): ItemFormula {
  const reading = item.rule;
  if (!isSure(reading) || item.input === null)
    return { ok: false, code: "rule.notUnderstood", params: { text: item.name } };
  if (heldBySheet(outcome) && outcome.issue)
    return { ok: false, code: outcome.issue.code, params: outcome.issue.params, said: true };
  const actual = `${item.input}${rows.at}`;
  // A number read in its header's unit (96 under 实际(%)): a formula sees the cell alone.
  if (outcome.unit)
    return {
      ok: false,
      code: "patch.headerUnit",
      params: { cell: `${item.input}${rows.row}`, unit: outcome.unit },
    };
  // A time cell's days reach KPI.SCORE as a plain number, which it reads in the rule's own unit.
  if (outcome.duration && mode === "functions")
    return { ok: false, code: "patch.durationCell", params: { cell: `${item.input}${rows.row}` } };
  let core: string;
  if (mode === "functions") {
    // The sheet's own text where the cell holds it and the reading is the parser's own. A rule
    // built from cells or picked, or a reading the user confirmed (its text would be doubted again
    // where KPI.SCORE reads it), is quoted as printed: that text parses back to the rule.
    const own = reading.source === "text" && !reading.confirmed;
    const ruleRef =
      own && reading.inCell
        ? anchored(reading.cell, rows.row, rows.at)
        : literal(own ? reading.text : printRule(reading.rule));
    const points =
      item.scale !== undefined ? num(item.scale) : item.adjustment ? null : pointsRef(item, rows);
    const target = item.target
      ? item.target.cell !== undefined
        ? anchored(item.target.cell, rows.row, rows.at)
        : num(item.target.value)
      : undefined;
    const args = [actual, ruleRef];
    if (points !== null || target !== undefined) args.push(points ?? "");
    if (target !== undefined) args.push(target);
    core = `KPI.SCORE(${args.join(",")})`;
  } else {
    const rule = reading.rule;
    // Native formulas read numbers, and words only as levels: text such as 3.5万 would give #N/A.
    if (isText(outcome) && !kindSpec(rule).readsWords(rule))
      return {
        ok: false,
        code: "patch.textInput",
        params: { cell: `${item.input}${rows.row}`, input: outcome.input.trim() },
      };
    const formula = formulaFor(rule, {
      max: item.max,
      target: item.target?.value,
      percentFormat: outcome.percent,
      durationFormat: outcome.duration,
    })(actual);
    if (!formula.ok) return { ok: false, ...formula.issue };
    core = body(formula.formula);
  }
  return { ok: true, body: item.scale !== undefined ? `${core}*${num(item.factor)}` : core, core };
}

type Formula = { ok: true; formula: string } | { ok: false; issue: { code: IssueCode; params: Params } };

/** A total's grade as a formula. */
export function gradeFormula(grading: Grading, total: string, mode: FormulaMode): Formula {
  // Grade names a printed table would not give back as written (Good) are kept in a native formula.
  if (mode === "functions" && !grading.respelled) {
    const table = grading.gradesDefault ? "" : `,${literal(printRule(grading.grades))}`;
    return { ok: true, formula: `=KPI.GRADE(${total}${table})` };
  }
  return formulaFor(grading.grades)(total);
}

/** A total's coefficient (or, by a pay rule, its share paid) as a formula. */
export function coefficientFormula(
  c: NonNullable<Grading["coefficient"]>,
  total: string,
  mode: FormulaMode,
): Formula {
  if (mode === "functions") {
    const table = literal(printRule(c.table));
    return {
      ok: true,
      formula: c.pay
        ? `=KPI.PAY(1,${total},${table})`
        : `=KPI.COEF(${total}${c.isDefault ? "" : `,${table}`})`,
    };
  }
  return formulaFor(c.table, c.pay ? { max: 1 } : {})(total);
}
