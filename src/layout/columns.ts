import { columnLetter } from "./a1";
import type { Area } from "./grid";
import type { ColumnRole } from "./layout";
import { evaluatorOf } from "./evaluatorHeader";
import { isObjectiveHeader, isOnlyScore, MATCHERS, matchRole, type MatchRole, type RoleMatch } from "./roles";
import type { Sheet } from "./sheet";
import { readWeight, toPoints } from "./weight";

/** A column's role as read from its header, with the header text that named it. */
export interface ColumnMatch extends RoleMatch {
  column: number;
  header: string;
}

export interface Columns {
  /** One column per role; roles with no column are absent. */
  byRole: Map<MatchRole, ColumnMatch>;
  /** Columns with a header but no role of their own (roster indicators, level columns …). */
  others: { column: number; header: string }[];
  /** Level columns under a group header such as 考核评分等级: column → level name. */
  levels: Map<number, string>;
  /** Columns whose header named a role another column took. */
  losers: ColumnMatch[];
  /** 得分 beside 加权得分 on a form the add-in scores: the column of the score before weighting,
   * left as the sheet has it (the weighted column is the score column). */
  unweighted?: ColumnMatch;
}

/**
 * The header text of a column: the lowest header row where it has its own cell (a sub-header under
 * a merged group), else the upper one. `group` is the upper header's key over such a sub-header,
 * `groupText` its text.
 */
export function headerText(
  sheet: Sheet,
  row: number,
  rows: number,
  column: number,
): { text: string; key: string; group: string; groupText: string } {
  const top = sheet.text(row, column);
  for (let lower = row + rows - 1; lower > row; lower--) {
    const area = sheet.areaAt(lower, column);
    const ownCell = !area || area.top === lower;
    // a circled number under a header (①, ④) numbers the column for notes, and a unit in brackets
    // under it (（%）, (points)) says how it is written: neither names it
    const under = sheet.text(lower, column);
    if (ownCell && under !== "" && !/^[①-⑳]$/.test(under) && !UNIT_ONLY.test(under))
      return {
        text: sheet.text(lower, column),
        key: sheet.key(lower, column),
        group: sheet.key(row, column),
        groupText: top,
      };
  }
  return { text: top, key: sheet.key(row, column), group: "", groupText: "" };
}

// A sub-header that is only an annotation in brackets: `（%）`, `(分)`, `(points)`.
const UNIT_ONLY = /^\s*[(（][^()（）]{1,12}[)）]\s*$/;

// The rank of a match: a whole header beats a contained word, and among equals the matcher's
// earlier synonym wins (权重 over 分值, 评分标准 over 考核标准).
function rank(m: RoleMatch): number {
  const matcher = MATCHERS.find((x) => x.role === m.role);
  const index = matcher ? matcher.synonyms.indexOf(m.synonym) : 0;
  return m.confidence * 100 - index;
}

/** Assigns one role per column and one column per role over a table's header rows. */
export function assignColumns(
  sheet: Sheet,
  row: number,
  rows: number,
  from: number,
  to: number,
  shape: "form" | "roster",
): Columns {
  const byRole = new Map<MatchRole, ColumnMatch>();
  const losers: ColumnMatch[] = [];
  const others: Columns["others"] = [];
  const levels = new Map<number, string>();
  for (let c = from; c <= to; c++) {
    if (sheet.hiddenColumn(c)) continue;
    const { text, key, group, groupText } = headerText(sheet, row, rows, c);
    if (text === "") continue;
    if (group !== "" && matchRole(group, shape)?.role === "levels") {
      levels.set(c, text);
      continue;
    }
    if (shape === "roster" && group !== "") {
      const metric = metricGroupPart(sheet, row, rows, c);
      // the score under a metric's group (GMV（60%）over 目标 | 实际 | 得分) is the indicator, named
      // by the group; its data beside it are no column of the roster's
      if (metric === "score") others.push({ column: c, header: groupText });
      if (metric !== null) continue;
    }
    const match = matchRole(key, shape);
    if (!match) {
      others.push({ column: c, header: text });
      continue;
    }
    const candidate: ColumnMatch = {
      role: match.role,
      confidence: match.confidence,
      synonym: match.synonym,
      column: c,
      header: text,
    };
    const held = byRole.get(match.role);
    // the leftmost category is the one the contract names; other roles keep the better header
    if (!held || (match.role !== "category" && rank(candidate) > rank(held))) {
      if (held) losers.push(held);
      byRole.set(match.role, candidate);
    } else losers.push(candidate);
  }
  const target = byRole.get("target");
  if (shape === "form" && target && isObjectiveHeader([...byRole.values(), ...losers])) {
    byRole.delete("target");
    byRole.set("item", { ...target, role: "item" });
  }
  const self = byRole.get("ignored");
  if (shape === "form" && self && isOnlyScore([...byRole.values()])) {
    byRole.delete("ignored");
    byRole.set("score", { ...self, role: "score", confidence: 0.6 });
  }
  // A second rule-like column (考核标准 beside 评分标准) describes the item: it is the definition;
  // a column under the same merged 评分标准 is part of the rule, not a second one.
  const ruleArea = byRole.has("rule")
    ? sheet.areaAt(row, (byRole.get("rule") as ColumnMatch).column)
    : undefined;
  const rule = losers.find(
    (l) => l.role === "rule" && !(ruleArea && l.column >= ruleArea.left && l.column <= ruleArea.right),
  );
  if (rule && !byRole.has("definition"))
    byRole.set("definition", { ...rule, role: "definition", confidence: 0.6 });
  // A second result column explaining the result (完成情况说明 beside 达成情况) is a remark; alone,
  // it is where the result is written.
  const explained = losers.find((l) => l.role === "actual" && /[说說]明$/.test(l.header.trim()));
  if (explained && byRole.has("actual") && !byRole.has("remark")) {
    byRole.set("remark", { ...explained, role: "remark", confidence: 0.6 });
    losers.splice(losers.indexOf(explained), 1);
  }
  // 分值 right of the result where another column is the weight (权重 | 评分标准 | 完成情况 | 分值):
  // the points scored, not a second weight
  const result = byRole.get("actual");
  const weight = byRole.get("weight");
  const scored = losers.find(
    (l) =>
      l.role === "weight" && POINTS_SCORED.has(l.synonym) && result !== undefined && l.column > result.column,
  );
  if (
    shape === "form" &&
    scored &&
    weight &&
    weight.column < scored.column &&
    !byRole.has("score") &&
    !repeatsWeights(sheet, row + rows, weight.column, scored.column)
  ) {
    byRole.set("score", { ...scored, role: "score", confidence: 0.6 });
    losers.splice(losers.indexOf(scored), 1);
  }
  const unweighted = shape === "form" ? weighedScore(byRole, losers, others) : undefined;
  return { byRole, others, levels, losers, ...(unweighted ? { unweighted } : {}) };
}

// 加权得分, 折算得分, 权重得分, 加权分, 最终得分, Weighted Score: a score after its item's weight.
const WEIGHTED_SCORE = /加[权權]|[权權]重.*[得分]|折算|最[终終]|weighted/i;

/**
 * 得分 | 加权得分 on a form scored from its actual values by its rules: the weighted column is the
 * one the sheet totals, and where each item's weighted score goes (it went under 得分, 32 of a
 * 百分制 80, the total too). The column before weighting is returned, and left as it is.
 */
function weighedScore(
  byRole: Map<MatchRole, ColumnMatch>,
  losers: ColumnMatch[],
  others: Columns["others"],
): ColumnMatch | undefined {
  const score = byRole.get("score");
  if (!score || !byRole.has("actual") || !byRole.has("rule") || WEIGHTED_SCORE.test(score.header)) return;
  // Named as a score (加权得分), as a weight (权重得分) or not at all (加权分): a score by its 分.
  const scored = (c: { column: number; header: string }) =>
    c.column > score.column && WEIGHTED_SCORE.test(c.header) && /分|score/i.test(c.header);
  const lost = losers.findIndex(scored);
  const other = lost < 0 ? others.findIndex(scored) : -1;
  const found = lost >= 0 ? losers[lost] : others[other];
  if (!found) return undefined;
  byRole.set("score", { ...found, role: "score", confidence: 0.6, synonym: "" });
  if (lost >= 0) losers.splice(lost, 1, score);
  else {
    others.splice(other, 1);
    losers.push(score);
  }
  return score;
}

// Words for points that name what an item is worth, or, right of its result, what it scored.
const POINTS_SCORED: ReadonlySet<string> = new Set(["分值", "points"]);

// Item rows probed to tell points that repeat the weights (20 beside 20%) from points scored.
const REPEAT_PROBE = 6;

/** Whether a column's figures on the first item rows are the weights again, in points (20 beside
 * 20% or 0.2): the items' points, not what they scored. */
function repeatsWeights(sheet: Sheet, body: number, weightColumn: number, column: number): boolean {
  let same = 0;
  for (let r = body; r < Math.min(sheet.grid.rows, body + REPEAT_PROBE); r++) {
    const written = readWeight(sheet, r, weightColumn);
    const points = readWeight(sheet, r, column);
    if (!written || !points) continue;
    if (toPoints([written])[0] !== points.value) return false;
    same++;
  }
  return same > 0;
}

// Under a metric's group header: the score sub-column, and the data it is worked out from.
const METRIC_SCORE = /^(得分|分数|评分|score|points)$/;
const METRIC_DATA =
  /^(目标|目标值|实际|实际值|实际完成|完成值|完成情况|完成率|达成率|达成值|target|actual|achievement|achievement%|attainment)$/;

/**
 * Which part of a metric group a roster column is, or null: a group header merged over sub-columns
 * that are one score (得分) and only the data it is worked out from (目标 | 实际 | 达成率).
 */
function metricGroupPart(sheet: Sheet, row: number, rows: number, column: number): "score" | "data" | null {
  const area = sheet.areaAt(row, column);
  if (!area || area.right <= area.left || area.bottom >= row + rows - 1) return null;
  let scores = 0;
  let own: "score" | "data" | null = null;
  for (let c = area.left; c <= area.right; c++) {
    const { key } = headerText(sheet, row, rows, c);
    const part = METRIC_SCORE.test(key) ? "score" : METRIC_DATA.test(key) ? "data" : null;
    if (part === null) return null;
    if (part === "score") scores++;
    if (c === column) own = part;
  }
  return scores === 1 ? own : null;
}

/** Whether a column's first body cell is merged down over several rows (a group column). */
function mergedDown(sheet: Sheet, row: number, column: number): boolean {
  const area = sheet.areaAt(row, column);
  return area !== undefined && area.top === row && area.bottom > row;
}

/**
 * Group columns told apart from per-row columns by their first body row (`body`): a column named
 * as the item (`项目`) but merged down over the rows while another column names each row is the
 * category; a weight column merged down likewise (`权重占比设定`) is the sections' weight, and the
 * per-row weight column (`权重分解`) is the items'. An item header merged across two columns
 * (考核项目 over 维度 | 指标) names both: the one merged down is the category. Returns the sections'
 * weight column, or -1.
 */
export function settleGroupColumns(sheet: Sheet, columns: Columns, header: number, body: number): number {
  const { byRole } = columns;
  const item = byRole.get("item");
  if (item && !byRole.has("category") && mergedDown(sheet, body, item.column)) {
    const other =
      columns.losers.find((l) => l.role === "item" && !mergedDown(sheet, body, l.column)) ??
      spannedColumn(sheet, header, body, item.column) ??
      columns.others.find((o) => {
        const text = sheet.text(body, o.column);
        return o.column > item.column && text !== "" && !isFigure(text) && !evaluatorOf(o.header);
      });
    // an item merged over its level rows with its weight merged alike, and nothing naming each
    // row, is one item whose rule takes a row per level: not a group
    if (!other && isBlock(sheet, body, columns)) return -1;
    if (other) {
      byRole.set("category", { ...item, role: "category", confidence: 0.7 });
      byRole.set("item", {
        role: "item",
        confidence: 0.6,
        synonym: "",
        column: other.column,
        header: other.header,
      });
      columns.others = columns.others.filter((o) => o.column !== other.column);
    }
  }
  const weight = byRole.get("weight");
  if (weight && mergedDown(sheet, body, weight.column)) {
    const perRow = columns.losers.find((l) => l.role === "weight" && !mergedDown(sheet, body, l.column));
    if (perRow) {
      byRole.set("weight", perRow);
      return weight.column;
    }
    // a lone weight column merged over the rows weighs the group when there is a group column
    if (byRole.has("category")) {
      byRole.delete("weight");
      return weight.column;
    }
  }
  return -1;
}

/** The column right of `column` under the same merged header cell, naming each body row. */
function spannedColumn(
  sheet: Sheet,
  header: number,
  body: number,
  column: number,
): { column: number; header: string } | undefined {
  const area = sheet.areaAt(header, column);
  if (!area || area.left !== column || area.right <= column) return undefined;
  const next = column + 1;
  const text = sheet.text(body, next);
  return text !== "" && !isFigure(text) && !mergedDown(sheet, body, next)
    ? { column: next, header: sheet.text(header, column) }
    : undefined;
}

/** Whether the first item is merged down over several rows with its weight merged alike: one item
 * whose rule takes one row per level (a rule matrix, levels one row per level). */
export function isBlock(sheet: Sheet, body: number, columns: Columns): boolean {
  const item = columns.byRole.get("item");
  const weight = columns.byRole.get("weight");
  if (!item || !weight) return false;
  const a = sheet.areaAt(body, item.column);
  const b = sheet.areaAt(body, weight.column);
  return (
    a !== undefined &&
    b !== undefined &&
    a.top === body &&
    a.bottom > body &&
    a.bottom === b.bottom &&
    b.top === body
  );
}

const isFigure = (text: string): boolean => /^[-+]?\d+(\.\d+)?%?$/.test(text);

// Body rows probed to read what a column holds.
const BODY_PROBE = 6;

/** The texts of a column in the first body rows that name an item (in `itemColumn`). */
function bodyTexts(sheet: Sheet, body: number, column: number, itemColumn: number): string[] {
  const out: string[] = [];
  for (let r = body; r < Math.min(sheet.grid.rows, body + BODY_PROBE); r++) {
    if (sheet.hiddenRow(r) || (itemColumn >= 0 && sheet.text(r, itemColumn) === "")) continue;
    out.push(sheet.text(r, column));
  }
  return out;
}

/** Whether a column's own body cells beside the items hold figures only, one at least (a label
 * merged across it from the item column, 合计 / Total, is not its own). */
function figuresOnly(sheet: Sheet, body: number, column: number, itemColumn: number): boolean {
  let figures = 0;
  for (let r = body; r < Math.min(sheet.grid.rows, body + BODY_PROBE); r++) {
    if (sheet.hiddenRow(r) || (itemColumn >= 0 && sheet.text(r, itemColumn) === "")) continue;
    const area = sheet.areaAt(r, column);
    if (area && area.left <= itemColumn && itemColumn <= area.right) continue;
    const text = sheet.text(r, column);
    if (text === "") continue;
    if (!isFigure(text)) return false;
    figures++;
  }
  return figures > 0;
}

// Category words that name a dimension of the appraisal (维度, 考核面), not a class of indicators.
const DIMENSION = /维度|考核面|构面/;

/** Whether a column names each body row apart: words on every row, none merged down, none repeated. */
function namesEachRow(sheet: Sheet, body: number, column: number): boolean {
  if (mergedDown(sheet, body, column)) return false;
  const texts = bodyTexts(sheet, body, column, -1).filter((t) => t !== "");
  return texts.length >= 2 && texts.every((t) => !isFigure(t)) && new Set(texts).size === texts.length;
}

// Share of a column's body texts that must read as rules for it to be the rule column.
const RULE_SHARE = 0.6;

/**
 * Columns the header words leave unsettled, settled by what the body holds: a second item-like
 * column beside the item describes it (definition); without an item word, the item is the first
 * column of names left of the weight, else the definition; without a rule word, the rule is the
 * column (headed 说明, 备注 or nothing the matchers know) whose cells read as rules; in a block
 * (an item merged over one row per level) a second weight-like column gives each level's points.
 */
export function settleDescriptions(
  sheet: Sheet,
  columns: Columns,
  segment: { from: number; to: number },
  body: number,
  readsAsRule: (text: string) => boolean,
): void {
  const { byRole } = columns;
  const taken = () => new Set([...byRole.values()].map((m) => m.column));
  if (!byRole.has("item")) {
    const weight = byRole.get("weight")?.column ?? Infinity;
    const named = columns.others.find((o) => {
      if (o.column >= weight) return false;
      const texts = bodyTexts(sheet, body, o.column, -1).filter((t) => t !== "");
      return texts.length >= 2 && texts.every((t) => !isFigure(t));
    });
    const definition = byRole.get("definition");
    const category = byRole.get("category");
    if (
      category &&
      category.column < weight &&
      DIMENSION.test(category.synonym) &&
      namesEachRow(sheet, body, category.column)
    ) {
      // a dimension named once on every row (考核维度 | 分值 | 考核要点), never merged over several:
      // with no item word it is the item, and the text beside it describes it; a class (指标类别)
      // stays the category
      byRole.set("item", { ...category, role: "item", confidence: 0.6 });
      byRole.delete("category");
    } else if (named) {
      byRole.set("item", {
        role: "item",
        confidence: 0.6,
        synonym: "",
        column: named.column,
        header: named.header,
      });
      columns.others = columns.others.filter((o) => o.column !== named.column);
    } else if (definition) {
      byRole.set("item", { ...definition, role: "item", confidence: 0.6 });
      byRole.delete("definition");
    }
  }
  const itemColumn = byRole.get("item")?.column ?? -1;
  const secondItem = columns.losers.find(
    (l) => l.role === "item" && l.column > itemColumn && !taken().has(l.column),
  );
  if (secondItem && !byRole.has("definition")) {
    byRole.set("definition", { ...secondItem, role: "definition", confidence: 0.6 });
    columns.losers = columns.losers.filter((l) => l !== secondItem);
  }
  const levels = byRole.get("levels");
  if (!byRole.has("rule") && levels) {
    // a lone 评分等级 column (no level columns under it) holds each item's levels: its rule; one
    // holding figures only (Rating (1-5): 4, 5, 3) is the evaluator's rating: the score where no
    // other column is, else no role
    if (!figuresOnly(sheet, body, levels.column, itemColumn))
      byRole.set("rule", { ...levels, role: "rule", confidence: 0.7 });
    else if (!byRole.has("score")) byRole.set("score", { ...levels, role: "score", confidence: 0.6 });
    byRole.delete("levels");
  }
  if (!byRole.has("category") && itemColumn > 0) {
    const label = sectionLabelColumn(sheet, body, segment.from, itemColumn);
    if (label >= 0) {
      byRole.set("category", { role: "category", confidence: 0.6, synonym: "", column: label, header: "" });
      columns.others = columns.others.filter((o) => o.column !== label);
    }
  }
  if (!byRole.has("rule")) {
    const remark = byRole.get("remark");
    const definition = byRole.get("definition");
    // a description column holding scoring bands (考核细则 | ≥90%得40分…) is the rule
    const candidates = [
      ...columns.others.map((o) => ({ column: o.column, header: o.header, remark: false })),
      ...(definition ? [{ column: definition.column, header: definition.header, remark: false }] : []),
      ...columns.losers
        .filter((l) => l.role === "remark")
        .map((l) => ({ column: l.column, header: l.header, remark: false })),
      ...(remark ? [{ column: remark.column, header: remark.header, remark: true }] : []),
    ].sort((a, b) => a.column - b.column);
    const rule = candidates.find((c) => {
      const texts = bodyTexts(sheet, body, c.column, itemColumn).filter((t) => t !== "");
      return texts.length >= 2 && texts.filter(readsAsRule).length >= RULE_SHARE * texts.length;
    });
    if (rule) {
      byRole.set("rule", {
        role: "rule",
        confidence: 0.6,
        synonym: "",
        column: rule.column,
        header: rule.header,
      });
      if (rule.remark) byRole.delete("remark");
      if (rule.column === definition?.column) byRole.delete("definition");
      columns.others = columns.others.filter((o) => o.column !== rule.column);
      columns.losers = columns.losers.filter((l) => l.column !== rule.column);
    }
  }
  if (isBlock(sheet, body, columns)) {
    const block = sheet.areaAt(body, itemColumn) as Area;
    const rule = byRole.get("rule");
    const definition = byRole.get("definition");
    // without a rule column, the description that changes from level row to level row is the rule
    if (!rule && definition && varies(sheet, block, definition.column)) {
      byRole.set("rule", { ...definition, role: "rule", confidence: 0.6 });
      byRole.delete("definition");
    }
    if (!byRole.has("ruleScore")) {
      const points =
        columns.losers.find((l) => l.role === "weight" && !taken().has(l.column)) ??
        blockPoints(sheet, block, segment.from, segment.to, taken());
      if (points) byRole.set("ruleScore", { ...points, role: "ruleScore", confidence: 0.6 });
    }
  }
}

/** Whether a column's cells change from row to row within a block (one level a row). */
function varies(sheet: Sheet, block: Area, column: number): boolean {
  const texts = new Set<string>();
  for (let r = block.top; r <= block.bottom; r++) texts.add(sheet.text(r, column));
  return texts.size > 1;
}

// Blocks looked through for a column of level points.
const BLOCK_PROBE = 4;

/** A column without a header of its own holding each level's points within a block (10 | 20 | 30):
 * in some block among the first, two numbers or more that differ. */
function blockPoints(
  sheet: Sheet,
  first: Area,
  from: number,
  to: number,
  taken: Set<number>,
): ColumnMatch | undefined {
  const blocks: Area[] = [];
  for (let block: Area | undefined = first; block && blocks.length < BLOCK_PROBE;) {
    blocks.push(block);
    const next: Area | undefined = sheet.areaAt(block.bottom + 1, block.left);
    block = next && next.top === block.bottom + 1 && next.bottom > next.top ? next : undefined;
  }
  for (let c = from; c <= to; c++) {
    if (taken.has(c)) continue;
    const pointed = blocks.some((block) => {
      const numbers = new Set<number>();
      for (let r = block.top; r <= block.bottom; r++) {
        const v = sheet.grid.values[r]?.[c];
        if (typeof v === "number") numbers.add(v);
      }
      return numbers.size >= 2;
    });
    if (pointed) return { role: "ruleScore", confidence: 0.5, synonym: "", column: c, header: "" };
  }
  return undefined;
}

/** A column left of the item whose first body cell is merged down over several rows with a label
 * in it (业绩绩效, 行为考核): the sections' labels, even under a blank header. */
function sectionLabelColumn(sheet: Sheet, body: number, from: number, item: number): number {
  for (let c = from; c < item; c++) {
    const area = sheet.areaAt(body, c);
    if (!area || area.left !== c || area.bottom <= body) continue;
    // under a header of its own (部门) the column is that; a label merged from the header down, or
    // under a blank header, names sections
    if (area.top === body && sheet.text(body - 1, c) !== "") continue;
    const text = sheet.text(body, c);
    if (text !== "" && !isFigure(text) && !matchRole(sheet.key(body, c), "form")) return c;
  }
  return -1;
}

/** The contract's `columns` object: role → letter, for contract roles only. */
export function columnLetters(
  columns: Columns,
  roles: readonly ColumnRole[],
): Partial<Record<ColumnRole, string>> {
  const out: Partial<Record<ColumnRole, string>> = {};
  for (const role of roles) {
    const m = columns.byRole.get(role);
    if (m) out[role] = columnLetter(m.column);
  }
  return out;
}
