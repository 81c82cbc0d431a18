import { contextDoubt } from "../engine/certainty";
import { excerpt, issue, type Issue } from "../engine/issue";
import { kindSpec } from "../engine/kinds";
import { address, columnIndex } from "../layout/a1";
import { parseQuantity } from "../engine/quantity";
import { percentAt, valueAt, type Grid } from "../layout/grid";
import type { FormTable, Indicator, RosterTable } from "../layout/layout";
import { isSure, type ItemFacts, type RuleReading } from "./appraisal";
import { inputAt, isBlank, isNotApplicable, numberAt, textOf } from "./cells";
import { itemKey, type ReadingCorrections } from "./corrections";
import type { GradesSay } from "./grading";
import {
  entryOf,
  entryScale,
  evaluatorPending,
  evaluatorsScoredMost,
  evaluatorWeightsWhole,
} from "./entries";
import { columnUnitFor, targetInUnit, unitOf, unitOfBoth, type HeaderUnit } from "./headerUnits";
import { mergedEntryItems, mergedFromAbove } from "./mergedEntries";
import { rosterPoints, type RosterPoints } from "./rosterPoints";
import { cellsRule, levelColumnRule, readRule, withUserWord } from "./rules";

/**
 * The facts of each item, from the layout and the cells it names: its rule and how sure that
 * reading is, its weight and the scale the sheet scores on, its target, where its input is.
 */

/** Scales on which a sheet may score every item before weighting it (5分制, 百分制). */
const SCALES: readonly number[] = [5, 100];

/** What the scale of a sheet is worked out from. */
type Weighed = Pick<ItemFacts, "weight" | "adjustment" | "rule">;

/**
 * The scale every weighted item is scored on before weighting, when the sheet works that way: the
 * weights add up to 100, most rules state the same full score of 5 or 100 (and no other), and it
 * is not simply each item's weight. Then an item contributes score × weight%. Only sure readings
 * count: a doubted rule must not put the whole sheet on a scale.
 */
export function sheetScale(items: readonly Weighed[]): number | undefined {
  const weighted = items.filter((e) => !e.adjustment && e.weight !== null);
  if (weighted.length === 0) return undefined;
  const sum = weighted.reduce((s, e) => s + (e.weight as number), 0);
  if (Math.abs(sum - 100) > 1e-6) return undefined;
  const stated = weighted.flatMap((e) => {
    const max = statedMaxOf(e);
    return max === undefined ? [] : [max];
  });
  if (stated.length < Math.max(2, weighted.length / 2)) return undefined;
  const scale = stated[0] as number;
  if (!SCALES.includes(scale) || stated.some((m) => m !== scale)) return undefined;
  return weighted.some((e) => e.weight !== scale) ? scale : undefined;
}

/** An item's facts before the sheet's scale is known. */
export type Unscaled = Omit<ItemFacts, "max" | "points" | "factor" | "scale">;

/** The items with what the sheet's scale makes of them: the points each is scored against, its
 * share of its section, what its score becomes in its cell; each sure reading then checked against
 * the points and target it scores with. */
export function scaled(
  items: readonly Unscaled[],
  said: ReadingCorrections,
  scale = sheetScale(items),
): ItemFacts[] {
  const partly = scale === undefined ? partScale(items) : undefined;
  return items.map((item) => {
    const onScale = scale !== undefined && !item.adjustment && item.weight !== null;
    const weight = item.weight ?? 0;
    const facts: ItemFacts = {
      ...item,
      points: onScale ? (weight * scale) / 100 : Math.max(0, weight),
      factor: onScale ? weight / 100 : 1,
    };
    if (onScale) {
      facts.scale = scale;
      facts.max = scale;
    } else if (!item.adjustment && item.weight !== null) facts.max = item.weight;
    if (partly !== undefined && onPartScale(item, partly))
      return { ...facts, rule: onScaleDoubt(facts, partly, said) };
    return { ...facts, rule: inContext(facts, said) };
  });
}

/** The rule's full score where its reading is sure. */
const statedMaxOf = (item: Pick<Unscaled, "rule">): number | undefined =>
  isSure(item.rule) ? kindSpec(item.rule.rule).statedMax(item.rule.rule) : undefined;

/** A weighted item whose rule scores out of `scale`, fewer points than its weight. */
const onPartScale = (item: Weighed, scale: number): boolean =>
  !item.adjustment && item.weight !== null && item.weight > scale && statedMaxOf(item) === scale;

/**
 * The scale some weighted items are scored on where the sheet does not use it for all (5-point
 * bands on items worth 40 and 30 beside `上级评分，最高30分`): at least two items' rules score out
 * of the same 5 or 100, below their weights. Whether such an item's 4 is 4 points or 4/5 of its 40
 * the sheet does not say.
 */
function partScale(items: readonly Unscaled[]): number | undefined {
  return SCALES.find((s) => items.filter((i) => onPartScale(i, s)).length >= 2);
}

/** An item on a scale the sheet uses for some items only: asked, until the user confirms it. */
function onScaleDoubt(facts: ItemFacts, scale: number, said: ReadingCorrections): RuleReading {
  if (facts.rule.confirmed) return facts.rule;
  const doubt = issue("doubt.partScale", {
    text: excerpt(facts.rule.text),
    scale,
    weight: facts.weight as number,
  });
  return doubted(facts, doubt, said);
}

/** A reading sure of its text may not fit its item (a band of 30 in an item worth 20, a target the
 * text states otherwise than the sheet): doubted until the user confirms it. */
function inContext(facts: ItemFacts, said: ReadingCorrections): RuleReading {
  const reading = facts.rule;
  if (!reading.rule || reading.doubt || reading.confirmed || reading.source !== "text") return reading;
  const context = {
    ...(facts.max !== undefined ? { max: facts.max } : {}),
    ...(facts.target !== undefined ? { target: facts.target.value } : {}),
  };
  const doubt = contextDoubt(reading.rule, context, reading.text);
  return doubt ? doubted(facts, doubt, said) : reading;
}

/** An item's reading with a doubt, unless the user confirmed it. */
const doubted = (facts: ItemFacts, doubt: Issue, said: ReadingCorrections): RuleReading =>
  said.confirmed(itemKey(facts), doubt) ? { ...facts.rule, confirmed: true } : { ...facts.rule, doubt };

/** The cell at a 1-based row and a column's letters holds exactly `value`. */
const holds = (grid: Grid, row: number, letters: string | undefined, value: unknown): boolean =>
  letters !== undefined && valueAt(grid, row - 1, columnIndex(letters)) === value;

/** An entered score is checked against the item's points: its own rule where it states them
 * (酌情给分，满分30分), else a judgement within the points, whatever its rule text says of levels. */
function entryRule(read: RuleReading, text: string, cell: string, levelTop: number | undefined): RuleReading {
  if (read.rule?.kind === "manual") return read;
  // Levels worth 40 / 30 / 20 state the item's points: the score typed is out of them.
  const stated =
    levelTop ??
    (isSure(read) && read.rule.kind === "levels" ? kindSpec(read.rule).statedMax(read.rule) : undefined);
  return cellsRule(stated !== undefined ? { kind: "manual", max: stated } : { kind: "manual" }, text, cell);
}

/** The most a level is worth among an item's level rows, where a column gives each level's points. */
function levelRowsTop(grid: Grid, table: FormTable, item: FormTable["items"][number]): number | undefined {
  if (table.ruleScoreColumn === undefined) return undefined;
  const c = columnIndex(table.ruleScoreColumn);
  const points: number[] = [];
  for (let r = item.row; r <= (item.lastRow ?? item.row); r++) {
    const v = valueAt(grid, r - 1, c);
    if (typeof v === "number") points.push(v);
  }
  return points.length > 1 ? Math.max(...points) : undefined;
}

/** Entered scores on a scale the sheet leaves open: each doubted (the weight's cell named) until the
 * user confirms the scores are the items' points. */
function withScaleDoubt(items: Unscaled[], doubt: Issue | undefined, said: ReadingCorrections): Unscaled[] {
  if (doubt === undefined) return items;
  return items.map((item) => {
    if (!item.entry || item.rule.doubt) return item;
    if (said.confirmed(itemKey(item), doubt)) return { ...item, rule: { ...item.rule, confirmed: true } };
    return { ...item, rule: { ...item.rule, doubt } };
  });
}

/** Evaluator columns whose weighted scores the sheet works out itself (评分 | 实得 per evaluator)
 * in a way not read, or whose weights do not add up to 100%: no score, said once at the first
 * evaluator's header. */
function evaluatorsUnread(table: FormTable): RuleReading | undefined {
  const evaluators = table.evaluators ?? [];
  const first = evaluators[0];
  if (!first || table.columns.actual !== undefined || evaluators.some((e) => e.weight === null))
    return undefined;
  const results = evaluators.flatMap((e) => (e.resultColumn ? [e.resultColumn] : []));
  const text = evaluators.map((e) => e.label).join("、");
  const sum = evaluators.reduce((s, e) => s + (e.weight as number), 0);
  const why =
    results.length > 0
      ? issue("score.evaluatorResults", { evaluators: text, columns: results.join("、") })
      : !evaluatorWeightsWhole(table)
        ? issue("score.evaluatorSum", { evaluators: text, sum: `${Math.round(sum * 1000) / 10}%` })
        : undefined;
  if (!why) return undefined;
  return {
    rule: null,
    source: "cells",
    text: "",
    cell: `${first.column}${table.headerRow}`,
    inCell: false,
    issue: why,
  };
}

/** An item an evaluator who has left half the items or more blank has not scored while another
 * has: doubted (the blank cell named) until that evaluator scores, marks it 不适用, or the user
 * confirms. */
function withEvaluatorDoubt(
  grid: Grid,
  item: ItemFacts,
  said: ReadingCorrections,
  scoredMost: ReadonlySet<string>,
): ItemFacts {
  if (item.entry?.kind !== "evaluators" || item.rule.doubt || item.row === undefined) return item;
  const doubt = evaluatorPending(grid, item, item.entry, item.row, scoredMost);
  if (!doubt) return item;
  if (said.confirmed(itemKey(item), doubt)) return { ...item, rule: { ...item.rule, confirmed: true } };
  return { ...item, rule: { ...item.rule, doubt } };
}

/** An entered score is checked against the item's points: an item with none (no weight, no full
 * score in its rule, not a 加减分项) cannot be, and is doubted until the user confirms it. */
function withPointsDoubt(item: ItemFacts, said: ReadingCorrections): ItemFacts {
  const stated = item.rule.rule?.kind === "manual" && item.rule.rule.max !== undefined;
  if (!item.entry || item.adjustment || item.max !== undefined || stated || item.rule.doubt) return item;
  const cell =
    item.entry.kind === "typed" && item.input !== null ? `${item.input}${item.row}` : item.rule.cell;
  const doubt = issue("score.entryPoints", { item: item.name, cell });
  if (said.confirmed(itemKey(item), doubt)) return { ...item, rule: { ...item.rule, confirmed: true } };
  return { ...item, rule: { ...item.rule, doubt } };
}

/** A judged item (主管根据完成情况评分，满分30分) whose actual cell holds what the judgement is made on
 * (98%, 良好), which no judgement reads as points, while its score cell holds a number: that number
 * is the judged score, typed where the sheet asks for it, checked against the item's points. An
 * actual cell holding a number is the judged score itself, as before. */
function judgedInScoreCell(grid: Grid, table: FormTable, item: Unscaled): Unscaled {
  const { actual, score } = table.columns;
  if (actual === undefined || score === undefined || item.row === undefined) return item;
  if (!isSure(item.rule) || item.rule.rule.kind !== "manual") return item;
  const r = item.row - 1;
  const a = columnIndex(actual);
  const given = inputAt(grid, r, a);
  if (isBlank(given) || isNotApplicable(given)) return item;
  const q = typeof given === "string" ? parseQuantity(given.trim()) : null;
  const points =
    (typeof given === "number" && !percentAt(grid, r, a)) ||
    (q?.ok === true && (q.quantity.unit === "number" || q.quantity.unit === "points"));
  if (points) return item;
  const s = columnIndex(score);
  if (typeof valueAt(grid, r, s) !== "number" || percentAt(grid, r, s)) return item;
  return { ...item, input: score, entry: { kind: "typed" } };
}

/** The unit a column's header states for the numbers under it, over every header row. */
function columnUnit(
  grid: Grid,
  table: FormTable | RosterTable,
  column: string | undefined,
): HeaderUnit | undefined {
  if (column === undefined) return undefined;
  const c = columnIndex(column);
  const texts: string[] = [];
  for (let r = table.headerRow - 1; r < table.headerRow - 1 + (table.headerRows ?? 1); r++)
    texts.push(textOf(grid, r, c));
  return unitOf(texts.join(" "));
}

/** A form's items, each read on its own row (rows sharing a merged entry cell as one item). */
export function formItems(
  grid: Grid,
  table: FormTable,
  said: ReadingCorrections,
  grades: GradesSay = "more",
): ItemFacts[] {
  const adjustments = new Set(table.sections.filter((s) => s.adjustment).map((s) => s.name));
  const { rule: ruleColumn, weight: weightColumn, target: targetColumn, actual } = table.columns;
  const entry = entryOf(grid, table);
  const actualUnit = columnUnit(grid, table, actual);
  const targetUnit = columnUnit(grid, table, targetColumn);
  const items = table.items.map((item): Unscaled => {
    const named = unitOf(item.name);
    const cell = `${ruleColumn ?? "A"}${item.row}`;
    const levels = table.levelColumns && !entry ? levelColumnRule(grid, table, item.row) : null;
    const text = levels
      ? cellsRule(levels, item.ruleText, cell)
      : readRule(
          item.ruleText,
          cell,
          !table.ruleScoreColumn && holds(grid, item.row, ruleColumn, item.ruleText),
        );
    const read = entry
      ? entryRule(text, item.ruleText, cell, levelRowsTop(grid, table, item))
      : (evaluatorsUnread(table) ?? text);
    const facts: Unscaled = {
      row: item.row,
      lastRow: item.lastRow ?? item.row,
      name: item.name,
      section: item.section,
      weight: item.weight,
      adjustment: item.adjustment === true || (item.section !== null && adjustments.has(item.section)),
      rule: withUserWord(read, itemKey(item), said),
      input: entry ? (entry.kind === "typed" ? (table.columns.score ?? null) : null) : (actual ?? null),
    };
    if (entry) facts.entry = entry;
    const unit = unitOfBoth(named, columnUnitFor(actualUnit, facts.rule.rule));
    if (!entry && actual !== undefined && unit) facts.unit = unit;
    // 95% merged over two items' actual cells: whether both are scored on it is not said.
    const shared =
      !entry && actual !== undefined ? mergedFromAbove(grid, item.row, columnIndex(actual)) : undefined;
    if (shared)
      facts.rule = {
        ...facts.rule,
        doubt: issue("score.mergedInput", {
          item: item.name,
          cell: `${actual}${item.row}`,
          area: `${address(shared.top, shared.left)}:${address(shared.bottom, shared.right)}`,
        }),
      };
    if (item.weight !== null && holds(grid, item.row, weightColumn, item.weight))
      facts.weightCell = `${weightColumn}${item.row}`;
    if (targetColumn !== undefined) {
      // A target merged over several items is theirs alike, read from its first cell, as Excel keeps it.
      const merged = mergedFromAbove(grid, item.row, columnIndex(targetColumn));
      const at = { row: merged?.top ?? item.row - 1, column: columnIndex(targetColumn) };
      const value = numberAt(grid, at.row, at.column);
      const plain = typeof valueAt(grid, at.row, at.column) === "number";
      const unit = unitOfBoth(named, targetUnit);
      if (value !== undefined)
        facts.target = plain
          ? {
              value: percentAt(grid, at.row, at.column) ? value : targetInUnit(value, unit),
              cell: address(at.row, at.column),
              ...(unit && !percentAt(grid, at.row, at.column) ? { unit } : {}),
            }
          : { value };
    }
    return facts;
  });
  if (!entry)
    return scaled(
      items.map((i) => judgedInScoreCell(grid, table, i)),
      said,
    );
  const entered = mergedEntryItems(grid, table, entry, items);
  const { scale, doubt } = entryScale(grid, table, entered, grades);
  const read = scaled(withScaleDoubt(entered, doubt, said), said, scale);
  const scoredMost = evaluatorsScoredMost(grid, read);
  return read.map((item) => withEvaluatorDoubt(grid, withPointsDoubt(item, said), said, scoredMost));
}

/** A roster's indicators as most people carry them (the weight and rule rows under the header),
 * each rule read once from its 评分标准 cell. */
export function rosterIndicators(grid: Grid, table: RosterTable, said: ReadingCorrections): Unscaled[] {
  const typed = rosterPoints(grid, table);
  return table.indicators.map((indicator) => {
    if (table.transposed && indicator.row !== undefined)
      return transposedIndicator(grid, table, { ...indicator, row: indicator.row }, said);
    const ruleRow = table.ruleRow ?? table.headerRow;
    const text = indicator.ruleText ?? "";
    const parsed = readRule(
      text,
      `${indicator.column}${ruleRow}`,
      table.ruleRow !== undefined && holds(grid, table.ruleRow, indicator.column, indicator.ruleText),
    );
    // Limits (最高值 / 合格值 / 最低值) with no word on the points they give: sheets turn them into
    // points in more than one way, so the user is asked rather than one of them guessed.
    const read =
      parsed.rule === null && text.trim() === "" && indicator.parameters && table.parameterTable
        ? {
            ...parsed,
            issue: issue("score.parameters", { item: indicator.name, range: table.parameterTable.range }),
          }
        : typed && !indicator.adjustment
          ? pointsTyped(parsed, typed, indicator.weight)
          : parsed;
    const facts: Unscaled = {
      column: indicator.column,
      name: indicator.name,
      section: null,
      weight: indicator.weight,
      adjustment: indicator.adjustment === true,
      rule: withUserWord(read, itemKey(indicator), said),
      input: indicator.column,
    };
    const unit = unitOfBoth(
      unitOf(indicator.name),
      columnUnitFor(columnUnit(grid, table, indicator.column), facts.rule.rule),
    );
    if (unit && !typed) facts.unit = unit;
    if (
      indicator.weight !== null &&
      table.weightRow !== undefined &&
      holds(grid, table.weightRow, indicator.column, indicator.weight)
    )
      facts.weightCell = `${indicator.column}${table.weightRow}`;
    return facts;
  });
}

/** A rule-less indicator of a roster of points typed (`rosterPoints`): the points typed, within
 * the indicator's; doubted as 1-5 ratings that may be points; or no rule, and why. */
function pointsTyped(read: RuleReading, typed: RosterPoints, points: number | null): RuleReading {
  if ("refused" in typed) return { ...read, issue: typed.refused, cell: typed.cell };
  const max = "sure" in typed && typed.max !== undefined ? typed.max : points;
  const rule = cellsRule({ kind: "manual", ...(max !== null ? { max } : {}) }, read.text, read.cell);
  return "doubt" in typed ? { ...rule, doubt: typed.doubt } : rule;
}

/** An indicator of a roster with people in columns: its weight and rule on its own row, each
 * person's input in their column on that row (`input` is set per person). */
function transposedIndicator(
  grid: Grid,
  table: RosterTable,
  indicator: Indicator & { row: number },
  said: ReadingCorrections,
): Unscaled {
  const { rule: ruleColumn, weight: weightColumn } = table.columns;
  const row = indicator.row;
  const read = readRule(
    indicator.ruleText ?? "",
    `${ruleColumn ?? indicator.column}${row}`,
    holds(grid, row, ruleColumn, indicator.ruleText),
  );
  const facts: Unscaled = {
    row,
    lastRow: row,
    name: indicator.name,
    section: null,
    weight: indicator.weight,
    adjustment: indicator.adjustment === true,
    rule: withUserWord(read, itemKey(indicator), said),
    input: null,
  };
  const unit = unitOf(indicator.name);
  if (unit) facts.unit = unit;
  if (indicator.weight !== null && holds(grid, row, weightColumn, indicator.weight))
    facts.weightCell = `${weightColumn}${row}`;
  return facts;
}

/**
 * The items of each roster row: the roster's, scaled once, unless people carry weights of their
 * own (a weight column beside an indicator), when rows with the same own weights share theirs.
 */
export function rosterItems(
  grid: Grid,
  table: RosterTable,
  indicators: readonly Unscaled[],
  common: ItemFacts[],
  said: ReadingCorrections,
): (row: number) => ItemFacts[] {
  const own = table.indicators.map((i: Indicator) => (i.weightColumn ? columnIndex(i.weightColumn) : -1));
  if (own.every((c) => c < 0)) return () => common;
  const byWeights = new Map<string, ItemFacts[]>();
  return (row) => {
    // Only a number in a person's own weight cell counts (anything else reads as the roster's).
    const weights = own.map((c) => (c < 0 ? null : valueAt(grid, row - 1, c)));
    let key = "";
    for (const w of weights) key += typeof w === "number" ? `${w}|` : "-|";
    let facts = byWeights.get(key);
    if (facts === undefined) {
      facts = scaled(
        indicators.map((indicator, i): Unscaled => {
          const w = weights[i];
          const weightColumn = table.indicators[i]?.weightColumn;
          if (typeof w !== "number" || weightColumn === undefined) return indicator;
          const { weightCell: _roster, ...rest } = indicator;
          return { ...rest, weight: w, weightColumn };
        }),
        said,
      );
      byWeights.set(key, facts);
    }
    return facts;
  };
}
