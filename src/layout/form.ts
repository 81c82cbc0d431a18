import type { Issue } from "../engine/issue";
import { parseRule } from "../engine/parseRule";
import { clean } from "../engine/precision";
import { impliedMax } from "../engine/score";
import { address, columnLetter } from "./a1";
import { percentAt } from "./grid";
import { ColumnRole, type Evidence, type FormTable, type Item } from "./layout";
import {
  assignColumns,
  columnLetters,
  headerText,
  settleDescriptions,
  settleGroupColumns,
  type Columns,
} from "./columns";
import { resultTyped, settleEvaluators, weighFromNote, type EvaluatorColumn } from "./evaluators";
import type { HeaderRow } from "./header";
import { readBody, type Body, type FormColumns } from "./items";
import {
  gradeColumns,
  groupedLevel,
  groupedLevelColumns,
  joinLevelRules,
  levelInput,
  numberedColumns,
  numberedLevelPoints,
  pointedLevelColumns,
  type LevelColumn,
} from "./levels";
import { lookupRules } from "./ruleTable";
import { buildSections } from "./sections";
import { matchKey, type Sheet } from "./sheet";
import { tableEvidence } from "./tableEvidence";
import { findHeaderFields } from "./headerBlock";
import { rowKind } from "./totals";

// The roles a form table reports, in the contract's order: the schema's roles up to 备注.
const FORM_ROLES = ColumnRole.options.slice(0, ColumnRole.options.indexOf("remark") + 1);

function columnOf(columns: Columns, role: Parameters<Columns["byRole"]["get"]>[0]): number {
  return columns.byRole.get(role)?.column ?? -1;
}

/** A weight column the header leaves blank: right of the item, its first body cell a percent. */
function blankWeightColumn(sheet: Sheet, header: HeaderRow, columns: Columns, to: number): number {
  const item = columns.byRole.get("item");
  if (!item || columns.byRole.has("weight")) return -1;
  const body = header.row + header.rows;
  const taken = new Set([...columns.byRole.values()].map((m) => m.column));
  for (let c = item.column + 1; c <= to; c++) {
    if (taken.has(c)) return -1;
    if (sheet.hiddenColumn(c) || headerText(sheet, header.row, header.rows, c).text !== "") continue;
    const v = sheet.grid.values[body]?.[c];
    if (typeof v === "number" && percentAt(sheet.grid, body, c)) return c;
  }
  return -1;
}

/**
 * Score columns of a table that names none: the columns right of every named role, headed by the
 * evaluatees (大师姐队 | 新疆小表哥队), each summed on the total row.
 */
function evaluateeColumns(
  sheet: Sheet,
  columns: Columns,
  totalRow: number,
): { column: number; header: string }[] {
  if (totalRow < 0) return [];
  const last = Math.max(...[...columns.byRole.values()].map((m) => m.column));
  return columns.others.filter((o) => {
    if (o.column <= last) return false;
    const v = sheet.grid.values[totalRow]?.[o.column];
    return typeof v === "number" || sheet.grid.formulas[`${totalRow},${o.column}`] !== undefined;
  });
}

/** The level columns of a table: named by a group header (考核评分等级), by grade names, by numbers
 * under a level name, or under a merged rule header; and the row giving their points, if any.
 * Beside a rule column, level columns only count as the evaluator's answer (`inputOnly`). */
function findLevels(
  sheet: Sheet,
  header: HeaderRow,
  columns: Columns,
): { levels: LevelColumn[]; pointsRow: number; spread: boolean; inputOnly: boolean } {
  const none = { levels: [], pointsRow: -1, spread: false, inputOnly: false };
  const grouped = [...columns.levels].map(([column, name]) => groupedLevel(column, name));
  if (grouped.length > 0) return { ...none, levels: grouped, spread: !columns.byRole.has("rule") };
  if (columns.byRole.has("rule")) {
    const named = gradeColumns(columns);
    return { ...none, levels: named.length > 0 ? named : numberedColumns(columns), inputOnly: true };
  }
  const named = gradeColumns(columns);
  if (named.length > 0) return { ...none, levels: named, spread: true };
  const pointed = pointedLevelColumns(sheet, header, columns);
  if (pointed.length > 0) return { ...none, levels: pointed, pointsRow: header.row + 1, spread: true };
  const under = groupedLevelColumns(sheet, header, columns);
  if (under.levels.length > 0)
    return { ...none, levels: under.levels, pointsRow: under.pointsRow, spread: true };
  const numbered = numberedColumns(columns);
  return { ...none, levels: numbered, spread: numbered.length > 0 };
}

// An item's points written into its name: 业务技能(20), 责任感（15分）, 到货及时率（权重30%）.
const NAME_WEIGHT = /[(（]\s*(?:权重|占比|weight)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*[分%％]?\s*[)）]\s*$/i;
// Item weights adding up to this (give or take) are the sheet's 100.
const HUNDRED = 0.5;

// An item header saying its names carry the weights: 考核项目(权重), Item (weight).
const WEIGHTS_IN_NAMES = /权重|分值|weight|points/;

/** Weights written inside the item names, when every item carries one and they add up to 100 or
 * the item's header says the names hold the weights (考核项目(权重)). */
function weightsFromNames(body: Body, itemHeader: string): number[] | null {
  if (body.items.length < 2) return null;
  const weights = body.items.map((i) => NAME_WEIGHT.exec(i.name));
  if (weights.some((w) => w === null)) return null;
  const points = weights.map((w) => Number((w as RegExpExecArray)[1]));
  const hundred = Math.abs(points.reduce((s, p) => s + p, 0) - 100) <= HUNDRED;
  return hundred || WEIGHTS_IN_NAMES.test(matchKey(itemHeader)) ? points : null;
}

/** The top points of an item: from the level headers, or from its rule's levels, its top band
 * (`≥10家得50分`) or its full marks (`满分20分`). */
function topPoints(ruleText: string, levelPoints: readonly number[]): number | null {
  if (levelPoints.length > 0) return Math.max(...levelPoints);
  if (ruleText === "") return null;
  const parsed = parseRule(ruleText);
  if (!parsed.ok) return null;
  const rule = parsed.rule;
  if (rule.kind === "levels") return impliedMax(rule.levels.map((l) => l.score)) ?? null;
  if (rule.kind === "band") return impliedMax(rule.bands.map((b) => b.score)) ?? null;
  if (rule.kind === "manual") return rule.max ?? null;
  return null;
}

/** Item weights when the sheet writes none in a column: inside the names, or each item's top level
 * when those add up to 100. Returns the evidence's reason, or null when neither holds. */
function impliedWeights(body: Body, levelPoints: readonly number[], itemHeader: string): Issue | null {
  const named = weightsFromNames(body, itemHeader);
  if (named) {
    body.items.forEach((item, i) => (item.weight = named[i] ?? null));
    return { code: "layout.weightInName", params: { example: body.items[0]?.name ?? "" } };
  }
  if (body.items.length < 2 || body.items.some((i) => i.weight !== null)) return null;
  const tops = body.items.map((i) => topPoints(i.ruleText, levelPoints));
  if (tops.some((t) => t === null)) return null;
  const sum = (tops as number[]).reduce((s, t) => s + t, 0);
  if (Math.abs(sum - 100) > HUNDRED) return null;
  body.items.forEach((item, i) => (item.weight = tops[i] ?? null));
  return { code: "layout.weightFromLevels", params: { sum: clean(sum) } };
}

/** Where the levels the evaluator ticks carry the points, a rule column with no rule in it
 * (`热情耐心，用语规范`) describes each item: it is the definition. */
function describedOnly(columns: Columns, items: Item[]): void {
  const rule = columns.byRole.get("rule");
  if (!rule || columns.byRole.has("definition") || items.some((i) => i.rule !== null)) return;
  columns.byRole.delete("rule");
  columns.byRole.set("definition", { ...rule, role: "definition" });
  for (const item of items) item.ruleText = "";
}

/** The level columns' points on a row of their own (分值 | 25 | 20 | …), when every level has one. */
function rowPoints(sheet: Sheet, row: number, levels: readonly LevelColumn[]): number[] {
  if (row < 0) return [];
  const points = levels.map((l) => sheet.grid.values[row]?.[l.column]);
  return points.every((p): p is number => typeof p === "number") ? points : [];
}

/** The level columns' points on a row of their own, else the top of the score ranges their headers
 * state (`优秀(18-20)` … `较差(0-9)`): an item is worth its top level either way. */
function rowPointsOrRanges(sheet: Sheet, row: number, levels: readonly LevelColumn[]): number[] {
  const points = rowPoints(sheet, row, levels);
  if (points.length > 0 || levels.length === 0) return points;
  return levels.every((l) => l.range !== undefined) ? levels.map((l) => l.range?.max as number) : [];
}

/** What the level columns' points are, as the sheet states them: header points, or numbered levels
 * when a legend says the top number is best. */
function levelPointsOf(
  sheet: Sheet,
  levels: readonly LevelColumn[],
  from: number,
  to: number,
): Map<number, number> | null {
  if (levels.length > 0 && levels.every((l) => l.points !== undefined))
    return new Map(levels.map((l) => [l.column, l.points as number]));
  return numberedLevelPoints(sheet, levels, from, to);
}

/** Whether a rule header merged across several columns spreads each item's levels over them as
 * separate cells (description | points pairs), rather than one text merged across alike. */
function spreadRule(
  sheet: Sheet,
  first: number,
  rule: number,
  area: { left: number; right: number } | undefined,
): boolean {
  if (rule < 0 || !area || area.left !== rule || area.right === rule) return false;
  let cells = 0;
  for (let c = rule; c <= area.right; c++)
    if (sheet.text(first, c) !== "" && (sheet.areaAt(first, c)?.left ?? c) === c) cells++;
  return cells >= 2;
}

// How far above the header a header block may ask for the total (最终得分： beside 考核月份：).
const TOTAL_ABOVE = 3;

/**
 * The total asked for in the header block, where no row under the items holds it: a total label
 * (最终得分, 考核总分) on a row of header fields (姓名 / 月份 …), the room beside it empty or holding
 * a number. A total label on a row of no header field (a form stacked above) is not read here.
 */
function totalInHeaderBlock(sheet: Sheet, headerRow: number, from: number, to: number): string | undefined {
  for (let r = Math.max(0, headerRow - TOTAL_ABOVE); r < headerRow; r++) {
    if (findHeaderFields(sheet, r, r + 1, from, to).length === 0) continue;
    for (let c = from; c < to; c++) {
      const text = sheet.text(r, c);
      if (text === "" || /\d/.test(text) || rowKind(sheet.key(r, c)) !== "total") continue;
      const next = (sheet.areaAt(r, c)?.right ?? c) + 1;
      const v = sheet.grid.values[r]?.[next];
      if (next <= to && (v === null || v === undefined || typeof v === "number")) return address(r, next);
    }
  }
  return undefined;
}

/**
 * One form table (one person's items) from its header row and column range: columns, evaluators,
 * level columns, sections, items, total / grade / coefficient cells and the grade table. Returns
 * the table, its last row, the evidence for what was recognised and the doubts that stand.
 */
export function readFormTable(
  sheet: Sheet,
  header: HeaderRow,
  segment: { from: number; to: number },
  limit: number,
  path: string,
): { table: FormTable; end: number; evidence: Evidence[]; doubts: Issue[] } {
  const first = header.row + header.rows;
  const columns = assignColumns(sheet, header.row, header.rows, segment.from, segment.to, "form");
  const sectionWeight = settleGroupColumns(sheet, columns, header.row, first);
  const evaluators: EvaluatorColumn[] = settleEvaluators(sheet, header, columns, segment);
  settleDescriptions(sheet, columns, segment, first, (text) => parseRule(text).ok);
  const found = findLevels(sheet, header, columns);
  const blankWeight = blankWeightColumn(sheet, header, columns, segment.to);
  if (blankWeight >= 0)
    columns.byRole.set("weight", {
      role: "weight",
      confidence: 0.5,
      synonym: "",
      column: blankWeight,
      header: "",
    });
  const rule = columnOf(columns, "rule");
  const ruleArea = rule >= 0 ? sheet.areaAt(header.row, rule) : undefined;
  const cols: FormColumns = {
    from: segment.from,
    to: segment.to,
    item: columnOf(columns, "item"),
    category: columnOf(columns, "category"),
    weight: columnOf(columns, "weight"),
    sectionWeight,
    definition: columnOf(columns, "definition"),
    rule,
    ruleTo: spreadRule(sheet, first, rule, ruleArea) ? (ruleArea?.right ?? rule) : rule,
    ruleScore: columnOf(columns, "ruleScore"),
    score: columnOf(columns, "score"),
    levels: found.spread ? found.levels.map((l) => l.column) : [],
    headerRow: header.row,
    headerRows: header.rows,
  };
  const body = readBody(sheet, first, cols, limit);
  const levelColumns = found.levels.map((l) => l.column);
  const input =
    levelColumns.length > 0
      ? levelInput(
          sheet,
          body.items.map((i) => i.row - 1),
          levelColumns,
        )
      : undefined;
  // grade-named columns beside a rule column that hold no answer are not the table's levels
  if (found.inputOnly && !input) found.levels = [];
  const points = input ? levelPointsOf(sheet, found.levels, first, body.end + 15) : null;
  if (points) describedOnly(columns, body.items);
  // scores typed under levels whose ranges the header states: the range row is the levels' row
  if (input === "score" && found.pointsRow >= 0 && body.levelScoreRow < 0)
    body.levelScoreRow = found.pointsRow;
  if (!input) {
    if (found.pointsRow >= 0) body.levelScoreRow = found.pointsRow;
    if (body.levelScoreRow >= 0) joinLevelRules(sheet, body.items, cols.levels, body.levelScoreRow);
  }
  const ruleTable = lookupRules(sheet, body.items, cols.rule);
  const scoreColumns =
    cols.score < 0 && evaluators.length === 0 ? evaluateeColumns(sheet, columns, body.totalRow) : [];
  if (scoreColumns.length > 0) {
    const firstScore = scoreColumns[0] as { column: number; header: string };
    columns.byRole.set("score", { role: "score", confidence: 0.6, synonym: "", ...firstScore });
    body.cells.total = address(body.totalRow, firstScore.column);
    body.cellLabels.total = sheet.text(body.totalRow, cols.from);
  }
  const implied =
    cols.weight < 0
      ? impliedWeights(
          body,
          points ? [...points.values()] : rowPointsOrRanges(sheet, body.levelScoreRow, found.levels),
          columns.byRole.get("item")?.header ?? "",
        )
      : null;
  const noteCell = weighFromNote(sheet, evaluators, header.row, body.end);
  const sections = buildSections(body.groups);
  for (const item of body.items) {
    const section = sections.find((s) => item.row >= s.firstRow && item.row <= s.lastRow);
    item.section = section ? section.name : null;
    if (section?.adjustment) item.weight = null;
  }
  const score = columnOf(columns, "score");
  const actual = columnOf(columns, "actual");
  // evaluators with no weight before a result column typed on every item (自评 | 上级评 | 终评): the
  // result is the final word, typed
  const settledByResult =
    evaluators.some((e) => e.weight === null) &&
    resultTyped(
      sheet,
      score,
      body.items.map((i) => i.row),
    );
  const typedScore =
    score >= 0 &&
    (evaluators.length === 0 || settledByResult) &&
    !input &&
    scoreColumns.length === 0 &&
    (actual < 0 || cols.rule < 0);

  // Built key by key in the contract's order: object spreads of optional keys cost far more here,
  // where 200 sheets of a workbook are read in a row.
  const table: FormTable = { headerRow: header.row + 1, columns: {}, sections, items: [] };
  if (header.rows > 1) table.headerRows = header.rows;
  table.columns = columnLetters(columns, FORM_ROLES);
  if (columns.unweighted) table.unweightedScore = columnLetter(columns.unweighted.column);
  if (found.levels.length > 0) {
    const levels: Record<string, string> = {};
    for (const l of found.levels) levels[columnLetter(l.column)] = l.name;
    table.levelColumns = levels;
  }
  // the points the level headers state (卓越(5分) …) are said even where the levels describe the
  // items rather than take the answer
  const stated =
    points ??
    (found.levels.length > 0 && found.levels.every((l) => l.points !== undefined)
      ? new Map(found.levels.map((l) => [l.column, l.points as number]))
      : null);
  if (stated) {
    const byLetter: Record<string, number> = {};
    for (const [c, p] of stated) byLetter[columnLetter(c)] = p;
    table.levelPoints = byLetter;
  }
  if (input) table.levelInput = input;
  if (scoreColumns.length > 1) table.scoreColumns = scoreColumns.map((c) => columnLetter(c.column));
  if (body.levelScoreRow >= 0) table.levelScoreRow = body.levelScoreRow + 1;
  if (ruleTable) table.ruleTable = ruleTable;
  if (cols.ruleScore >= 0 && body.items.some((i) => i.lastRow !== undefined))
    table.ruleScoreColumn = columnLetter(cols.ruleScore);
  if (typedScore) table.typedScore = true;
  table.sections = sections;
  table.items = body.items;
  const total = body.cells.total ?? totalInHeaderBlock(sheet, header.row, segment.from, segment.to);
  if (total) table.total = { cell: total };
  if (body.cells.grade) table.grade = { cell: body.cells.grade };
  if (body.cells.coefficient) table.coefficient = { cell: body.cells.coefficient };
  if (body.cells.pay) table.pay = { cell: body.cells.pay };
  if (body.cells.base) table.payBase = { cell: body.cells.base };
  // A grade text and a coefficient or pay text of its own are both read (系数 or 发放 under 等级).
  if (body.tables.gradeTable) table.gradeTable = body.tables.gradeTable;
  if (body.tables.coefficientTable) table.coefficientTable = body.tables.coefficientTable;
  if (evaluators.length > 0)
    table.evaluators = evaluators.map((e) => ({
      column: columnLetter(e.column),
      label: e.label,
      weight: e.weight,
      ...(e.result !== undefined ? { resultColumn: columnLetter(e.result) } : {}),
      ...(e.weightColumn !== undefined ? { weightColumn: columnLetter(e.weightColumn) } : {}),
      ...(e.headerWeight !== undefined ? { headerWeight: e.headerWeight } : {}),
    }));
  if (noteCell) table.evaluatorWeights = { cell: noteCell };

  const doubts: Issue[] = [];
  if (evaluators.some((e) => e.weight === null) && !typedScore)
    doubts.push({
      code: "layout.evaluatorWeights",
      params: { evaluators: evaluators.map((e) => e.label).join("、") },
    });
  if (input === "mark" && !points && body.levelScoreRow < 0)
    doubts.push({
      code: "layout.levelPoints",
      params: { columns: found.levels.map((l) => columnLetter(l.column)).join("、") },
    });
  const inputs =
    actual >= 0 || score >= 0 || evaluators.length > 0 || input !== undefined || scoreColumns.length > 0;
  if (body.items.length > 0 && !inputs) doubts.push({ code: "layout.noInput", params: {} });
  if (body.afterTotal.length > 0)
    doubts.push({ code: "layout.afterTotal", params: { rows: body.afterTotal.join("、") } });
  if (body.hiddenScoring.length > 0)
    doubts.push({ code: "layout.hiddenRows", params: { rows: body.hiddenScoring.join("、") } });

  const evidence = tableEvidence(path, header, columns, table, body, {
    evaluators,
    input,
    levels: found.levels,
    implied,
  });
  return { table, end: body.end, evidence, doubts };
}
