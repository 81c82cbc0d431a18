import {
  bodySignal,
  confidenceOf,
  textySignal,
  totalSignal,
  wordsSignal,
  type RoleAt,
  type Signals,
} from "./evidence";
import { parameterFields } from "./parameters";
import {
  FORM_HEADER_ROLES,
  isObjectiveHeader,
  isOnlyScore,
  isWeightColumnOf,
  matchRole,
  RULE_ROW,
  WEIGHT_ROW,
  type MatchRole,
} from "./roles";
import { matchKey, type Sheet } from "./sheet";
import { parseQuantity } from "../engine/quantity";
import { findHeaderFields } from "./headerBlock";
import { GRADE_VALUE, LEVEL_NAME, STATISTIC } from "./totals";

/** How far below the start of a region a header row is looked for: titles, header blocks and
 * notes take a few rows, never dozens, and a sheet of 50,000 rows must not be scanned for one. */
export const HEADER_SCAN_ROWS = 40;

export interface HeaderRow {
  row: number;
  /** 1, or 2–3 when lower rows name the columns under merged group headers. */
  rows: number;
  shape: "form" | "roster";
  /** Column ranges of the tables side by side on this header row. */
  segments: { from: number; to: number }[];
  /** How sure the reading is (0–1), from the signals below. */
  confidence: number;
  signals: Signals;
  /** A roster with its people in columns, its indicators in rows. */
  transposed?: boolean;
  /** Another row nearby read almost as well as this one: the reading is in doubt. */
  rival?: number;
}

/** The roles named on one row, by column, with how well each header names its role. */
function rowRoles(sheet: Sheet, row: number, shape: "form" | "roster"): (RoleAt & { synonym: string })[] {
  const out: (RoleAt & { synonym: string })[] = [];
  const width = sheet.grid.values[row]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    if (sheet.hiddenColumn(c)) continue;
    const area = sheet.areaAt(row, c);
    // a header cell names the row and column it starts in, not those it is merged over
    if (area && (area.left !== c || area.top !== row)) continue;
    const m = matchRole(sheet.key(row, c), shape);
    if (m) out.push({ column: c, role: m.role, synonym: m.synonym, confidence: m.confidence });
  }
  if (shape === "form" && isObjectiveHeader(out))
    for (const m of out) if (m.role === "target") m.role = "item";
  if (shape === "form" && isOnlyScore(out)) {
    const self = out.find((m) => m.role === "ignored");
    if (self) self.role = "score";
  }
  return out;
}

function isFormHeader(roles: { role: MatchRole }[]): boolean {
  const set = new Set(roles.map((r) => r.role));
  return set.has("item") && FORM_HEADER_ROLES.filter((r) => set.has(r)).length >= 2;
}

// Level names side by side that make a level matrix's header with an item (优 | 良 | 中 | 差).
const LEVEL_RUN = 3;

/** Whether a row names levels in LEVEL_RUN adjacent columns or more (`优秀(20分)` by its name):
 * with an item they head a level matrix, whatever else the row names. */
function namesLevels(sheet: Sheet, row: number, width: number): boolean {
  let run = 0;
  for (let c = 0; c < width && run < LEVEL_RUN; c++) {
    const key = sheet.key(row, c).replace(/[(（][^)）]*[)）]/g, "");
    run = key !== "" && LEVEL_NAME.test(key) ? run + 1 : 0;
  }
  return run >= LEVEL_RUN;
}

function isRosterHeader(roles: { role: MatchRole }[]): boolean {
  const set = new Set(roles.map((r) => r.role));
  return set.has("name") && (set.has("total") || set.has("grade"));
}

// Indicator | weight pairs that make a roster of a header without total or grade (`quality | quality_p`).
const WEIGHT_PAIRS = 2;

/** A roster that keeps each indicator's weight per person in the column beside it, and no total. */
function pairedRoster(sheet: Sheet, row: number, roles: { role: MatchRole }[]): boolean {
  if (!roles.some((r) => r.role === "name")) return false;
  const width = sheet.grid.values[row]?.length ?? 0;
  let pairs = 0;
  for (let c = 0; c + 1 < width; c++) {
    if (isWeightColumnOf(sheet.key(row, c + 1), sheet.key(row, c))) pairs++;
  }
  return pairs >= WEIGHT_PAIRS;
}

/**
 * Splits a header row into tables side by side, one per item column (`考核面 … 得分 | 考核面 … 得分`).
 * The next table starts after the blank header column between two item columns, or else at the
 * first column whose role the previous table already has.
 */
function segmentsOf(
  sheet: Sheet,
  row: number,
  roles: { column: number; role: MatchRole }[],
  width: number,
): HeaderRow["segments"] {
  const items = roles.filter((r) => r.role === "item").map((r) => r.column);
  const starts = [0];
  for (let i = 1; i < items.length; i++) {
    const previous = items[i - 1] as number;
    const next = items[i] as number;
    let start = -1;
    for (let c = next - 1; c > previous && start < 0; c--) if (sheet.text(row, c) === "") start = c + 1;
    if (start < 0) {
      const before = new Set(
        roles
          .filter((r) => r.column < previous && r.column >= (starts[starts.length - 1] as number))
          .map((r) => r.role),
      );
      start = roles.find((r) => r.column > previous && r.column < next && before.has(r.role))?.column ?? next;
    }
    starts.push(start);
  }
  const segments = starts.map((from, i) => ({ from, to: (starts[i + 1] ?? width) - 1 }));
  // Tables side by side each have a header of their own; a second item-like header (`项目` beside
  // `业务考核指标`) inside one table does not make two.
  const whole = segments.every((s) =>
    isFormHeader(roles.filter((r) => r.column >= s.from && r.column <= s.to)),
  );
  return whole ? segments : [{ from: 0, to: width - 1 }];
}

// Sub-headers are short names (目标值, 实际完成, A); a long text under a merged header is data.
const SUB_HEADER_LENGTH = 12;

/** Whether the row under a header names columns under merged group headers of the header. */
function hasSubHeader(sheet: Sheet, row: number): boolean {
  const width = sheet.grid.values[row]?.length ?? 0;
  // a title merged across the table is not a group header: a header names two columns at least
  let filled = 0;
  for (let c = 0; c < width && filled < 2; c++)
    if (sheet.text(row, c) !== "" && (sheet.areaAt(row, c)?.left ?? c) === c) filled++;
  if (filled < 2) return false;
  let group = false;
  for (let c = 0; c < width; c++) {
    const area = sheet.areaAt(row, c);
    // a rule under a header cell of its own (under 评分标准) is the first body row, not a sub-header
    if (!area && sheet.text(row + 1, c).length > SUB_HEADER_LENGTH && matchRole(sheet.key(row, c), "form"))
      return false;
    if (!area || area.top !== row || area.left !== c) continue;
    if (area.bottom > row) return true; // a header cell merged down over the second row
    if (area.right === area.left) continue;
    for (let g = area.left; g <= area.right; g++) {
      const below = sheet.text(row + 1, g);
      if (below.length > SUB_HEADER_LENGTH) return false;
      if (below !== "") group = true;
    }
  }
  return group;
}

// Rows under a header probed for a blank separator column.
const SEPARATOR_PROBE = 5;

/** Whether a column's own cells are blank in the rows under a header row (a note merged across
 * the table does not fill it). */
function blankBelow(sheet: Sheet, row: number, column: number): boolean {
  for (let r = row + 1; r <= row + SEPARATOR_PROBE; r++) {
    const area = sheet.areaAt(r, column);
    if (area && area.right > area.left) continue;
    if (sheet.text(r, column) !== "") return false;
  }
  return true;
}

/** A roster's columns: from the sheet's left edge to the last header before a blank header cell
 * right of its name column (a side table such as 组 | 平均分差 starts after that gap). */
function rosterSegment(
  sheet: Sheet,
  row: number,
  roles: { column: number; role: MatchRole }[],
  width: number,
): { from: number; to: number } {
  const name = roles.find((r) => r.role === "name")?.column ?? 0;
  const summed = roles.filter((r) => r.role === "total" || r.role === "grade").map((r) => r.column);
  for (let c = name + 1; c < width; c++) {
    if (sheet.hiddenColumn(c) || sheet.text(row, c) !== "") continue;
    // a blank header cell under a merged group header is not a gap
    if (sheet.areaAt(row, c)) continue;
    // a blank separator column before the roster's own total and grade is no gap either
    if (!summed.some((s) => s < c) && summed.some((s) => s > c) && blankBelow(sheet, row, c)) continue;
    return { from: 0, to: c - 1 };
  }
  return { from: 0, to: width - 1 };
}

// Header rows a roster's merged header cells reach down over, at most.
const MAX_HEADER_ROWS = 3;

/** How many rows the header cells that start on a row are merged down over (1 when none are). */
function mergedDepth(sheet: Sheet, row: number, width: number): number {
  let depth = 1;
  for (let c = 0; c < width; c++) {
    const area = sheet.areaAt(row, c);
    // a label merged down over the body (a section's name beside the header) is no header cell
    if (area && area.top === row && area.left === c && area.bottom - row < MAX_HEADER_ROWS)
      depth = Math.max(depth, area.bottom - row + 1);
  }
  return Math.min(depth, MAX_HEADER_ROWS);
}

// Body rows probed for a nameless roster's name column.
const NAME_PROBE = 3;

/**
 * A roster whose name column has no header (`A1:A3` merged and empty over the names): a total or
 * grade header, no name header, and the first column blank in the header but holding texts
 * (names, not numbers) in the rows under it.
 */
function namelessRoster(sheet: Sheet, row: number, roles: { role: MatchRole }[]): boolean {
  const set = new Set(roles.map((r) => r.role));
  if (set.has("name") || !(set.has("total") || set.has("grade")) || roles.length < 1) return false;
  if (sheet.text(row, 0) !== "") return false;
  const width = Math.max(sheet.grid.columns, sheet.grid.values[row]?.length ?? 0);
  const body = row + mergedDepth(sheet, row, width);
  for (let r = body; r < body + NAME_PROBE; r++) {
    const v = sheet.grid.values[r]?.[0];
    if (typeof v !== "string" || v.trim() === "" || /^[\d.%\s-]+$/.test(v)) return false;
  }
  return true;
}

// Rows after the first candidate where a better reading of the same table may still start (a
// group header over its sub-header, a title that names roles over the real header).
const LOOKAHEAD = 3;
// A rival reading this close to the best one leaves the header in doubt.
const RIVAL_GAP = 0.05;
// A strict header (an item and two more roles) outweighs a loose one of the same signals.
const STRICT_BONUS = 0.15;

/** A roster without a total or grade column: a name column, and a 权重 or 评分标准 row under the
 * header labelled in the first or the name column. */
function weighedRoster(sheet: Sheet, row: number, roles: readonly RoleAt[], width: number): boolean {
  const name = roles.find((x) => x.role === "name");
  if (!name) return false;
  const under = row + mergedDepth(sheet, row, width);
  const label = [0, name.column].map((c) => sheet.key(under, c)).find((k) => k !== "") ?? "";
  return WEIGHT_ROW.test(label) || RULE_ROW.test(label);
}

/** The roles named on a header row and on the rows under it that name sub-columns: the lowest row
 * first, then any row between (考核内容 over 考核指标 | 权重 | 完成情况 over 目标值 | 实际值). */
function headerRoles(
  sheet: Sheet,
  row: number,
  rows: number,
  shape: "form" | "roster",
  top: readonly RoleAt[] = rowRoles(sheet, row, shape),
): RoleAt[] {
  const roles = [...top];
  if (rows < 2) return roles;
  const taken = new Set(roles.map((r) => r.column));
  for (let lower = row + rows - 1; lower > row; lower--)
    for (const r of rowRoles(sheet, lower, shape))
      if (!taken.has(r.column)) {
        roles.push(r);
        taken.add(r.column);
      }
  return roles;
}

// A person's name as a column header: two to four Chinese characters, or one to three capitalised words.
const PERSON = /^([\u4e00-\u9fa5]{2,4}|[A-Z][a-z]+( [A-Z][a-z]+){0,2})$/;

// Rows under a header probed for a person's first figure (one left blank is not yet filled in).
const FIGURE_PROBE = 10;

/** Whether the first filled cell under a header cell is a figure (a number, or 50秒, 3次). */
function figureUnder(sheet: Sheet, row: number, column: number): boolean {
  for (let r = row + 1; r <= row + FIGURE_PROBE && r < sheet.grid.rows; r++) {
    const v = sheet.grid.values[r]?.[column];
    if (v === null || v === undefined || v === "") continue;
    return typeof v === "number" || (typeof v === "string" && parseQuantity(v).ok);
  }
  return false;
}

/** Columns right of a form-like header's roles headed by people's names, with figures under them. */
export function personColumns(sheet: Sheet, row: number, roles: readonly RoleAt[], width: number): number[] {
  // notes columns (备注, 数据来源) may follow the people: the people start after the other roles
  const labels = roles.filter((r) => r.role !== "remark" && r.role !== "source");
  if (labels.length === 0) return [];
  const last = Math.max(...labels.map((r) => r.column));
  const out: number[] = [];
  for (let c = last + 1; c < width; c++) {
    const text = sheet.text(row, c);
    // a statistic of the people (组平均, 合计, 最高) is none of them
    if (text === "" || sheet.hiddenColumn(c) || STATISTIC.test(text)) continue;
    // a notes column after the people (备注, 数据来源) ends them
    const role = matchRole(sheet.key(row, c), "form")?.role;
    if (out.length > 0 && (role === "remark" || role === "source")) break;
    if (
      !PERSON.test(text) ||
      GRADE_VALUE.test(text) ||
      LEVEL_NAME.test(matchKey(text)) ||
      matchRole(sheet.key(row, c), "form")
    )
      return [];
    if (!figureUnder(sheet, row, c)) return [];
    out.push(c);
  }
  return out;
}

// A loose header row is all words: a body row that happens to name two roles holds figures too.
const LOOSE_TEXTY = 0.9;
// People columns that make a transposed roster.
const MIN_PEOPLE = 2;

// The corner cell over a transposed roster's indicator names, left of the people's names.
const CORNER =
  /^(姓名|员工|员工姓名|人员|主播|被考核人|考核对象|name|employee|staff|host|anchor|指标\\?姓名|项目\\?姓名)$/;

/** The first filled cell of a row when it names the people across it (姓名, 主播, Name). */
function cornerCell(sheet: Sheet, row: number, width: number): RoleAt | null {
  for (let c = 0; c < width; c++) {
    const key = sheet.key(row, c);
    if (key === "") continue;
    return CORNER.test(key) ? { column: c, role: "name", confidence: 0.8 } : null;
  }
  return null;
}

/** The reading of one row as a table's header, or null when it cannot be one. */
/** A candidate header row: its reading, whether it is strict, and which column it gives each role. */
type Candidate = HeaderRow & { strict: boolean; roles: readonly RoleAt[] };

/** The columns a reading gives its roles, as one comparable text. */
function mappingOf(roles: readonly RoleAt[]): string {
  const first = new Map<MatchRole, number>();
  for (const r of roles) if (!first.has(r.role)) first.set(r.role, r.column);
  return [...first]
    .sort((a, b) => a[1] - b[1])
    .map(([role, column]) => `${role}:${column}`)
    .join(",");
}

// Below this share of text a row holds figures: a body row, not a header that could outdo one found.
const HEADER_TEXTY = 0.75;

function candidateAt(sheet: Sheet, r: number, strictOnly = false): Candidate | null {
  if (strictOnly && textySignal(sheet, r) < HEADER_TEXTY) return null;
  const width = Math.max(sheet.grid.columns, sheet.grid.values[r]?.length ?? 0);
  const form = rowRoles(sheet, r, "form");
  // a form header names two roles at least: rows naming fewer go straight to the roster's test
  if (form.length >= 2) {
    const found = formCandidate(sheet, r, form, width, strictOnly);
    if (found !== undefined) return found;
  }
  return rosterCandidate(sheet, r, width, strictOnly);
}

/** A row naming two roles or more read as a form's header: the candidate, null when it cannot be
 * one, undefined when a roster may still be. */
function formCandidate(
  sheet: Sheet,
  r: number,
  form: RoleAt[],
  width: number,
  strictOnly: boolean,
): Candidate | null | undefined {
  const strict = isFormHeader(form) || (form.some((x) => x.role === "item") && namesLevels(sheet, r, width));
  const own = new Set(
    strictOnly && !strict
      ? []
      : form.filter((x) => x.role !== "serial" && x.role !== "ignored").map((x) => x.role),
  );
  // a row naming fewer than two roles of its own is no form header, strict or loose
  const depth =
    strict || own.size >= 2 ? Math.max(hasSubHeader(sheet, r) ? 2 : 1, mergedDepth(sheet, r, width)) : 1;
  // a loose header is weighed with the sub-header under it (实际完成值 | 考核分数 under their groups)
  const set = new Set((strict ? form : headerRoles(sheet, r, depth, "form", form)).map((x) => x.role));
  const others = FORM_HEADER_ROLES.filter((role) => set.has(role));
  // a loose form header: an item and a rule, score or weight; or no item word but three roles
  // with a weight and something to score by (the item is then the first column of names)
  const loose =
    own.size >= 2 &&
    ((set.has("item") && others.some((role) => role === "rule" || role === "score" || role === "weight")) ||
      (!set.has("item") && others.length >= 3 && set.has("weight") && (set.has("rule") || set.has("score"))));
  // a loose header naming 最高值 / 合格值 / 最低值 heads a parameter table, not a form
  if (strict || (loose && parameterFields(sheet, r) < 2)) {
    const rows = depth;
    const roles = headerRoles(sheet, r, rows, "form", form);
    const first = r + rows;
    const probe = bodySignal(sheet, first, roles, "item");
    const signals: Signals = {
      words: wordsSignal(roles),
      body: probe.body,
      rows: probe.rows,
      total: totalSignal(sheet, first, 0),
      texty: textySignal(sheet, r),
    };
    // a loose header stands only on a body that bears it out; the row may still head a roster
    // (姓名 | KPI得分(70%) | 行为得分(30%) | 最终得分 names an item and a score as well)
    if (!strict && (signals.body < 0.75 || signals.rows < 0.5 || signals.texty < LOOSE_TEXTY))
      return undefined;
    const people = strict || set.has("item") ? personColumns(sheet, r, form, width) : [];
    const transposed = people.length >= MIN_PEOPLE && !set.has("actual") && !set.has("score");
    return {
      row: r,
      rows,
      shape: transposed ? "roster" : "form",
      segments: transposed ? [{ from: 0, to: Math.max(...people) }] : segmentsOf(sheet, r, form, width),
      confidence: confidenceOf(signals),
      signals,
      strict,
      roles,
      ...(transposed ? { transposed } : {}),
    };
  }
  return undefined;
}

/** A row read as a roster's header (or a transposed roster's), or null. */
function rosterCandidate(sheet: Sheet, r: number, width: number, strictOnly: boolean): Candidate | null {
  // after a strict form header, a roster header a row or two below is no rival
  if (strictOnly) return null;
  let roster = rowRoles(sheet, r, "roster");
  // people across the header after a 姓名 / 主播 cell, indicators down the rows under it
  const nameCell = cornerCell(sheet, r, width);
  const across = nameCell ? personColumns(sheet, r, [nameCell], width) : [];
  if (nameCell && across.length >= MIN_PEOPLE) {
    const signals: Signals = {
      words: 0.5,
      body: 1,
      rows: 1,
      total: totalSignal(sheet, r + 1, nameCell.column),
      texty: textySignal(sheet, r),
    };
    return {
      row: r,
      rows: 1,
      shape: "roster",
      segments: [{ from: nameCell.column, to: Math.max(...across) }],
      confidence: confidenceOf(signals),
      signals,
      strict: true,
      roles: roster,
      transposed: true,
    };
  }
  // the person's columns named on a second header row, under a group header (员工信息 over 姓名)
  if (!isRosterHeader(roster) && !roster.some((x) => x.role === "name") && hasSubHeader(sheet, r)) {
    const taken = new Set(roster.map((x) => x.column));
    const lower = rowRoles(sheet, r + 1, "roster").filter((x) => !taken.has(x.column));
    const name = lower.find((x) => x.role === "name");
    const group = name ? sheet.areaAt(r, name.column) : undefined;
    // the name stands under a group header merged across (a 姓名 label row above a form is no group)
    const both = [...roster, ...lower];
    if (group && group.top === r && group.bottom === r && group.right > group.left && isRosterHeader(both))
      roster = both;
  }
  const nameless = !isRosterHeader(roster) && namelessRoster(sheet, r, roster);
  if (
    isRosterHeader(roster) ||
    nameless ||
    pairedRoster(sheet, r, roster) ||
    weighedRoster(sheet, r, roster, width)
  ) {
    const rows = Math.max(hasSubHeader(sheet, r) ? 2 : 1, mergedDepth(sheet, r, width));
    const first = r + rows;
    // a nameless roster's names stand in its first column, under no header
    if (nameless) roster.push({ column: 0, role: "name", synonym: "", confidence: 0.8 });
    const probe = bodySignal(sheet, first, roster, "name");
    const signals: Signals = {
      words: wordsSignal(roster),
      body: probe.body,
      rows: 1,
      total: 1,
      texty: textySignal(sheet, r),
    };
    return {
      row: r,
      rows,
      shape: "roster",
      segments: [rosterSegment(sheet, r, roster, width)],
      confidence: confidenceOf(signals),
      signals,
      strict: true,
      roles: roster,
    };
  }
  return null;
}

/** Whether a row holds the same texts over the same columns as an earlier one (two at least). */
export function repeatsRow(sheet: Sheet, earlier: number, row: number): boolean {
  const width = Math.max(sheet.grid.values[earlier]?.length ?? 0, sheet.grid.values[row]?.length ?? 0);
  let same = 0;
  for (let c = 0; c < width; c++) {
    const text = sheet.key(earlier, c);
    if (sheet.key(row, c) !== text) return false;
    if (text !== "") same++;
  }
  return same >= 2;
}

/**
 * The header row of the next table at or below `start`: every row of the HEADER_SCAN_ROWS after it
 * is read as a candidate, and from the first one the best of those within LOOKAHEAD rows wins (a
 * strict header — an item and two more roles — before a loose one); a runner-up that comes close
 * is kept as a rival, which leaves the reading in doubt.
 */
export function findHeaderRow(sheet: Sheet, start: number): HeaderRow | null {
  const end = Math.min(sheet.grid.rows, start + HEADER_SCAN_ROWS);
  const found: Candidate[] = [];
  for (let r = start; r < end; r++) {
    if (found.length > 0 && r > (found[0] as HeaderRow).row + LOOKAHEAD) break;
    if (sheet.hiddenRow(r)) continue;
    // the rows a candidate's header spans are not candidates of their own
    const previous = found[found.length - 1];
    if (previous && r < previous.row + previous.rows) continue;
    // after a strict header only another strict one can win: loose rows are not weighed
    // the header repeated at a page break is the table's own header again, not a rival to it
    if (found.some((c) => repeatsRow(sheet, c.row, r))) continue;
    const candidate = candidateAt(
      sheet,
      r,
      found.some((c) => c.strict),
    );
    if (candidate) found.push(candidate);
  }
  if (found.length === 0) return null;
  const weight = (c: Candidate) => c.confidence + (c.strict ? STRICT_BONUS : 0);
  const ranked = [...found].sort((a, b) => weight(b) - weight(a) || a.row - b.row);
  const best = ranked[0] as Candidate;
  const { strict: _strict, roles: _roles, ...header } = best;
  // a reading nearly as good that puts the roles in other columns leaves the header in doubt
  const rival = ranked.find(
    (c) =>
      c !== best &&
      c.shape === best.shape &&
      weight(best) - weight(c) < RIVAL_GAP &&
      mappingOf(c.roles) !== mappingOf(best.roles),
  );
  if (rival) header.rival = rival.row;
  return header.shape === "form" && !header.transposed ? withGroupsAbove(sheet, header) : header;
}

/**
 * A form header whose cells are merged down from the row above (`No.` over three rows beside
 * `Objective` over KPI | Weight): the header starts on that row, the groups over its columns, and
 * reaches down as far as those cells do (a row of units under the names).
 */
function withGroupsAbove(sheet: Sheet, header: HeaderRow): HeaderRow {
  const width = sheet.grid.values[header.row]?.length ?? 0;
  let top = header.row;
  let bottom = header.row + header.rows - 1;
  for (let c = 0; c < width; c++) {
    const area = sheet.areaAt(header.row, c);
    if (!area || area.left !== c || area.top >= header.row || area.right > area.left) continue;
    if (area.bottom - area.top >= MAX_HEADER_ROWS || header.row - area.top >= MAX_HEADER_ROWS) continue;
    top = Math.min(top, area.top);
    bottom = Math.max(bottom, area.bottom);
  }
  // a row of the person's fields (姓名 | 张三 | 部门 | …) above the header is no row of groups
  if (
    top === header.row ||
    !groupsRow(sheet, top, header.row, width) ||
    findHeaderFields(sheet, top, top + 1, 0, width - 1).length > 0
  )
    return header;
  return { ...header, row: top, rows: bottom - top + 1 };
}

/** Whether a row holds group headers over a header row: two filled cells at least, one of them
 * merged across columns that each name a column of their own on the header row (a group over its
 * sub-headers, not a label and its value in a block above the table). */
function groupsRow(sheet: Sheet, row: number, names: number, width: number): boolean {
  let filled = 0;
  let group = false;
  for (let c = 0; c < width; c++) {
    const area = sheet.areaAt(row, c);
    if (area && (area.left !== c || area.top !== row)) continue;
    if (sheet.text(row, c) === "") continue;
    filled++;
    if (!area || area.right === area.left || area.bottom !== row) continue;
    let named = true;
    for (let g = area.left; g <= area.right && named; g++)
      named = sheet.text(names, g) !== "" && (sheet.areaAt(names, g)?.left ?? g) === g;
    if (named) group = true;
  }
  return filled >= 2 && group;
}

/** Whether a row is a form table's header (used to stop reading a table at the next one). */
export function isFormHeaderRow(sheet: Sheet, row: number): boolean {
  return candidateAt(sheet, row)?.shape === "form";
}
