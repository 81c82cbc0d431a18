import { issue, type Issue } from "../engine/issue";
import { parseQuantity } from "../engine/quantity";
import { columnIndex } from "../layout/a1";
import { percentAt, valueAt, type Grid } from "../layout/grid";
import type { RosterTable } from "../layout/layout";
import { inputAt, isBlank, isNotApplicable, textOf } from "./cells";

/**
 * A roster whose indicators carry only their points in the header (工作业绩(50), 回款率(30分)) — no
 * rule, no parameter table — under which the evaluator types each person's points, and a 总分
 * column for their sum. The points typed are the scores only where everything the sheet holds says
 * so: the points add up to 100, and every number typed lies between 0 and its indicator's points.
 * Where every indicator's weight is a share adding up to 100% (业绩得分(60%)), the numbers typed
 * are scores out of 100 weighed by their shares, where in every indicator's column some score
 * exceeds its share (so the column reads as no points out of it, as on a form: a lower score there
 * is a low score out of 100) and none exceeds 100. Anything else is asked about, with the
 * cell that leaves it open.
 */

/** How a roster's indicators without a rule read: as points typed (`sure`; `max` 100 where they
 * are scores out of 100 weighted by shares), asked about as 1-5 ratings that may be points
 * (`doubt`, confirmable), or not as points at all (`refused`). */
export type RosterPoints = { sure: true; max?: number } | { doubt: Issue } | { refused: Issue; cell: string };

/** Shares, not points: a weight written with a percent sign, or in a percent-formatted cell. */
const SHARE = /%|％/;
/** A share written as a fraction of 1: 0.6 alone or in brackets, after a weight word or not
 * (`回款率（权重0.4）`). */
const FRACTION = /(^|[(（])\s*(?:权重|權重|占比|佔比|weight)?\s*[:：]?\s*0?\.\d+\s*([)）]|$)/i;

/** What a person's cell holds: a number of points, nothing yet, or something that is no points. */
function pointsIn(grid: Grid, row: number, column: number): number | null | "other" {
  const v = inputAt(grid, row, column);
  if (isBlank(v) || isNotApplicable(v)) return null;
  if (typeof v === "boolean" || percentAt(grid, row, column)) return "other";
  if (typeof v === "number") return v;
  const q = parseQuantity(String(v).trim());
  return q.ok && (q.quantity.unit === "number" || q.quantity.unit === "points") ? q.quantity.value : "other";
}

/** Whether an indicator's weight is written as a share: with a percent sign or in a
 * percent-formatted cell, or as a fraction (0.5 in the weight row, 业绩得分(0.6)), in its header
 * or in the weight row. */
function writtenAsShare(grid: Grid, table: RosterTable, column: number): boolean {
  const last = table.headerRow - 1 + (table.headerRows ?? 1) - 1;
  for (let r = table.headerRow - 1; r <= last; r++) {
    const header = textOf(grid, r, column);
    if (SHARE.test(header) || FRACTION.test(header)) return true;
  }
  if (table.weightRow === undefined) return false;
  const r = table.weightRow - 1;
  const v = valueAt(grid, r, column);
  const fraction = typeof v === "number" ? v > 0 && v < 1 : FRACTION.test(textOf(grid, r, column));
  return percentAt(grid, r, column) || SHARE.test(textOf(grid, r, column)) || fraction;
}

/**
 * How the roster's rule-less indicators read, or undefined where the roster is not of this shape
 * (a rule or a parameter for some indicator, people in columns, no 总分 column, an indicator
 * without points).
 */
export function rosterPoints(grid: Grid, table: RosterTable): RosterPoints | undefined {
  const indicators = table.indicators.filter((i) => !i.adjustment);
  if (
    table.transposed ||
    table.ruleRow !== undefined ||
    table.parameterTable !== undefined ||
    table.columns.total === undefined ||
    indicators.length === 0 ||
    table.indicators.some((i) => (i.ruleText ?? "").trim() !== "" || i.parameters !== undefined) ||
    indicators.some((i) => i.weight === null || i.weight <= 0 || i.weightColumn !== undefined)
  )
    return undefined;
  const first = indicators[0] as (typeof indicators)[number];
  const headerCell = `${first.column}${table.headerRow}`;
  const sum = indicators.reduce((s, i) => s + (i.weight as number), 0);
  const shares = indicators.filter((i) => writtenAsShare(grid, table, columnIndex(i.column))).length;
  if (Math.abs(sum - 100) > 1e-6 || (shares > 0 && shares < indicators.length))
    return {
      refused: issue("score.typedWeights", {
        sum: `${Math.round(sum * 100) / 100}${shares > 0 ? "%" : ""}`,
        cell: headerCell,
      }),
      cell: headerCell,
    };
  // Shares (业绩得分(60%)): the numbers typed are scores out of 100, each weighed by its share.
  const max = shares > 0 ? 100 : undefined;
  const scale = (cell: string) => ({ refused: issue("score.entryScale", { cell }), cell });
  const typed: number[] = [];
  // The first score within its share in a column where none exceeds it: that column reads as
  // points out of the share as well.
  let within: string | undefined;
  for (const indicator of indicators) {
    const c = columnIndex(indicator.column);
    const points = max ?? (indicator.weight as number);
    let firstWithin: string | undefined;
    let beyond = false;
    for (const person of table.people) {
      const value = pointsIn(grid, person.row - 1, c);
      if (value === null) continue;
      const cell = `${indicator.column}${person.row}`;
      // A number no points reading takes: the whole roster is no roster of points, said at that cell.
      if (value === "other" || value < 0 || value > points + 1e-9) {
        if (max !== undefined) return scale(cell);
        const input = textOf(grid, person.row - 1, c);
        return { refused: issue("score.typedPoints", { item: indicator.name, points, cell, input }), cell };
      }
      if (value <= (indicator.weight as number)) firstWithin ??= cell;
      else beyond = true;
      typed.push(value);
    }
    if (!beyond) within ??= firstWithin;
  }
  if (typed.length === 0) return undefined;
  if (max !== undefined) {
    return within !== undefined ? scale(within) : { sure: true, max };
  }
  // Every number within 5 while every indicator is worth more: 1-5 ratings as often as points.
  if (typed.every((v) => v <= 5) && indicators.every((i) => (i.weight as number) > 5))
    return { doubt: issue("score.ratingScale", { cell: headerCell }) };
  return { sure: true };
}
