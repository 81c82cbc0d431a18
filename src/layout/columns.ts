import { columnLetter } from "./a1";
import type { ColumnRole } from "./layout";
import { isObjectiveHeader, isOnlyScore, MATCHERS, matchRole, type MatchRole, type RoleMatch } from "./roles";
import type { Sheet } from "./sheet";

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
    if (ownCell && sheet.text(lower, column) !== "")
      return {
        text: sheet.text(lower, column),
        key: sheet.key(lower, column),
        group: sheet.key(row, column),
        groupText: top,
      };
  }
  return { text: top, key: sheet.key(row, column), group: "", groupText: "" };
}

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
    const { text, key, group } = headerText(sheet, row, rows, c);
    if (text === "") continue;
    if (group !== "" && matchRole(group, shape)?.role === "levels") {
      levels.set(c, text);
      continue;
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
  // A second rule-like column (考核标准 beside 评分标准) describes the item: it is the definition.
  const rule = losers.find((l) => l.role === "rule");
  if (rule && !byRole.has("definition"))
    byRole.set("definition", { ...rule, role: "definition", confidence: 0.6 });
  return { byRole, others, levels, losers };
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
 * per-row weight column (`权重分解`) is the items'. Returns the sections' weight column, or -1.
 */
export function settleGroupColumns(sheet: Sheet, columns: Columns, body: number): number {
  const { byRole } = columns;
  const item = byRole.get("item");
  if (item && !byRole.has("category") && mergedDown(sheet, body, item.column)) {
    const other =
      columns.losers.find((l) => l.role === "item" && !mergedDown(sheet, body, l.column)) ??
      columns.others.find((o) => o.column > item.column && sheet.text(body, o.column) !== "");
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
