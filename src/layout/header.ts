import { isObjectiveHeader, isOnlyScore, isWeightColumnOf, matchRole, type MatchRole } from "./roles";
import type { Sheet } from "./sheet";

/** How far below the start of a region a header row is looked for: titles, header blocks and
 * notes take a few rows, never dozens, and a sheet of 50,000 rows must not be scanned for one. */
export const HEADER_SCAN_ROWS = 40;

/** Roles that, besides the item, make a row a form's header. */
const FORM_ROLES: readonly MatchRole[] = [
  "weight",
  "rule",
  "score",
  "actual",
  "target",
  "definition",
  "category",
];

export interface HeaderRow {
  row: number;
  /** 1, or 2 when a second row names the columns under merged group headers. */
  rows: number;
  shape: "form" | "roster";
  /** Column ranges of the tables side by side on this header row. */
  segments: { from: number; to: number }[];
  confidence: number;
}

/** The roles named on one row, by column. */
function rowRoles(
  sheet: Sheet,
  row: number,
  shape: "form" | "roster",
): { column: number; role: MatchRole }[] {
  const out: { column: number; role: MatchRole; synonym: string }[] = [];
  const width = sheet.grid.values[row]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    if (sheet.hiddenColumn(c)) continue;
    const area = sheet.areaAt(row, c);
    if (area && area.left !== c) continue;
    const m = matchRole(sheet.key(row, c), shape);
    if (m) out.push({ column: c, role: m.role, synonym: m.synonym });
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
  return set.has("item") && FORM_ROLES.filter((r) => set.has(r)).length >= 2;
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
  let group = false;
  for (let c = 0; c < width; c++) {
    const area = sheet.areaAt(row, c);
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

/** A roster's columns: from the sheet's left edge to the last header before a blank header cell
 * right of its name column (a side table such as 组 | 平均分差 starts after that gap). */
function rosterSegment(
  sheet: Sheet,
  row: number,
  roles: { column: number; role: MatchRole }[],
  width: number,
): { from: number; to: number } {
  const name = roles.find((r) => r.role === "name")?.column ?? 0;
  for (let c = name + 1; c < width; c++) {
    if (sheet.hiddenColumn(c) || sheet.text(row, c) !== "") continue;
    // a blank header cell under a merged group header is not a gap
    if (sheet.areaAt(row, c)) continue;
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
    if (area && area.top === row && area.left === c) depth = Math.max(depth, area.bottom - row + 1);
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

/** The first header row at or below `start`, looked for in the next HEADER_SCAN_ROWS rows. */
export function findHeaderRow(sheet: Sheet, start: number): HeaderRow | null {
  const end = Math.min(sheet.grid.rows, start + HEADER_SCAN_ROWS);
  for (let r = start; r < end; r++) {
    if (sheet.hiddenRow(r)) continue;
    const form = rowRoles(sheet, r, "form");
    const width = Math.max(sheet.grid.columns, sheet.grid.values[r]?.length ?? 0);
    if (isFormHeader(form)) {
      const rows = hasSubHeader(sheet, r) ? 2 : 1;
      const distinct = new Set(form.map((x) => x.role)).size;
      return {
        row: r,
        rows,
        shape: "form",
        segments: segmentsOf(sheet, r, form, width),
        confidence: Math.min(1, 0.4 + distinct / 10),
      };
    }
    const roster = rowRoles(sheet, r, "roster");
    if (isRosterHeader(roster) || namelessRoster(sheet, r, roster) || pairedRoster(sheet, r, roster)) {
      const rows = Math.max(hasSubHeader(sheet, r) ? 2 : 1, mergedDepth(sheet, r, width));
      return {
        row: r,
        rows,
        shape: "roster",
        segments: [rosterSegment(sheet, r, roster, width)],
        confidence: 0.8,
      };
    }
  }
  return null;
}

/** Whether a row is a form table's header (used to stop reading a table at the next one). */
export function isFormHeaderRow(sheet: Sheet, row: number): boolean {
  return isFormHeader(rowRoles(sheet, row, "form"));
}
