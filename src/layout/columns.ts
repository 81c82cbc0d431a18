import { columnLetter } from "./grid";
import type { ColumnRole } from "./layout";
import { MATCHERS, matchRole, type MatchRole, type RoleMatch } from "./roles";
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
}

/**
 * The header text of a column: the lower header row where it has its own cell (a sub-header under
 * a merged group), else the upper one.
 */
export function headerText(
  sheet: Sheet,
  row: number,
  rows: number,
  column: number,
): { text: string; key: string; group: string } {
  const top = sheet.text(row, column);
  if (rows > 1) {
    const lower = row + rows - 1;
    const area = sheet.areaAt(lower, column);
    const ownCell = !area || area.top === lower;
    if (ownCell && sheet.text(lower, column) !== "")
      return {
        text: sheet.text(lower, column),
        key: sheet.key(lower, column),
        group: sheet.key(row, column),
      };
  }
  return { text: top, key: sheet.key(row, column), group: "" };
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
  // A second rule-like column (考核标准 beside 评分标准) describes the item: it is the definition.
  const rule = losers.find((l) => l.role === "rule");
  if (rule && !byRole.has("definition"))
    byRole.set("definition", { ...rule, role: "definition", confidence: 0.6 });
  return { byRole, others, levels };
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
