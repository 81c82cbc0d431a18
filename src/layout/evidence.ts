import { parseQuantity } from "../engine/quantity";
import { FORM_HEADER_ROLES, type MatchRole } from "./roles";
import type { Sheet } from "./sheet";
import { rowKind } from "./totals";

/**
 * The signals a candidate header row is weighed by, each between 0 and 1: its header words, what
 * the cells under them hold, whether a total row follows, and whether the row itself reads as
 * headers (text, not figures). A header is the row the most signals agree on, not the first one
 * that names a few roles.
 */
export interface Signals {
  /** Distinct roles named, by how well (a whole header counts more than a word inside one). */
  words: number;
  /** Share of the probed body cells that fit their column's role (texts under the item, figures
   * under the weight, texts under the rule). */
  body: number;
  /** Body rows under the header with an item (or a person) in them, up to PROBE_ROWS. */
  rows: number;
  /** 1 when a total row (合计, 总分, Total …) follows within TOTAL_ROWS rows. */
  total: number;
  /** Share of the row's filled cells that are text: a header names, a data row counts. */
  texty: number;
}

export interface RoleAt {
  column: number;
  role: MatchRole;
  confidence: number;
}

// Body rows probed under a header.
export const PROBE_ROWS = 5;
// Rows below a header looked through for its total row.
const TOTAL_ROWS = 60;
// Distinct roles that make the words signal whole.
const FULL_WORDS = 4;
// The roles a header is weighed by: a form's, and a roster's name, total and grade.
const WEIGHED: ReadonlySet<MatchRole> = new Set(["item", ...FORM_HEADER_ROLES, "name", "total", "grade"]);

const isFigure = (text: string): boolean => /^[-+]?\d+(\.\d+)?%?$/.test(text);

/** The words signal: distinct weighed roles, each counted by its best match. */
export function wordsSignal(roles: readonly RoleAt[]): number {
  const best = new Map<MatchRole, number>();
  for (const r of roles)
    if (WEIGHED.has(r.role)) best.set(r.role, Math.max(best.get(r.role) ?? 0, r.confidence));
  let sum = 0;
  for (const c of best.values()) sum += c;
  return Math.min(1, sum / FULL_WORDS);
}

/** Share of a row's filled cells that are text rather than figures. */
export function textySignal(sheet: Sheet, row: number): number {
  const values = sheet.grid.values[row] ?? [];
  let filled = 0;
  let text = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || v === "" || typeof v === "object") continue;
    filled++;
    if (typeof v === "string" && !isFigure(v.trim())) text++;
  }
  return filled === 0 ? 0 : text / filled;
}

/** Whether a total row follows the header within TOTAL_ROWS rows (its label in the first columns). */
export function totalSignal(sheet: Sheet, first: number, from: number): number {
  const last = Math.min(sheet.grid.rows, first + TOTAL_ROWS);
  for (let r = first; r < last; r++)
    for (let c = from; c < from + 3; c++) if (rowKind(sheet.key(r, c)) === "total") return 1;
  return 0;
}

/** Whether a cell's text fits a role: a name or an item is words, a weight a figure, a rule words. */
function fits(role: MatchRole, text: string): boolean | null {
  if (text === "") return null;
  switch (role) {
    case "item":
    case "name":
    case "rule":
      return !isFigure(text);
    case "weight": {
      if (/^\d+(\.\d+)?\s*[%％分]?$/.test(text)) return true;
      const q = parseQuantity(text);
      return (
        q.ok &&
        (q.quantity.unit === "percent" || q.quantity.unit === "number" || q.quantity.unit === "points")
      );
    }
    default:
      return null;
  }
}

/** The body signals: how the cells under the roles fit them, and how many rows hold an item. */
export function bodySignal(
  sheet: Sheet,
  first: number,
  roles: readonly RoleAt[],
  key: MatchRole,
): { body: number; rows: number } {
  let agree = 0;
  let disagree = 0;
  let rows = 0;
  const keyColumn = roles.find((r) => r.role === key)?.column ?? namesColumn(sheet, first, roles);
  for (let r = first, seen = 0; r < sheet.grid.rows && seen < PROBE_ROWS; r++) {
    if (sheet.hiddenRow(r)) continue;
    // the body ends at a line merged across it (the next part's title) or at its total row
    const area = keyColumn === undefined ? undefined : sheet.areaAt(r, keyColumn);
    if (area && keyColumn !== undefined && area.left < keyColumn) break;
    if (keyColumn !== undefined && rowKind(sheet.key(r, keyColumn)) !== null) break;
    seen++;
    if (keyColumn !== undefined) {
      const text = sheet.text(r, keyColumn);
      if (text !== "" && !isFigure(text)) rows++;
    }
    for (const role of roles) {
      const fit = fits(role.role, sheet.text(r, role.column));
      if (fit === true) agree++;
      else if (fit === false) disagree++;
    }
  }
  return { body: agree + disagree === 0 ? 0.5 : agree / (agree + disagree), rows: Math.min(1, rows / 2) };
}

/** Without an item word, the column of names: the first one whose first body cell is words. */
function namesColumn(sheet: Sheet, first: number, roles: readonly RoleAt[]): number | undefined {
  const serial = new Set(roles.filter((r) => r.role === "serial").map((r) => r.column));
  const width = sheet.grid.values[first]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const text = sheet.text(first, c);
    if (!serial.has(c) && text !== "" && !isFigure(text)) return c;
  }
  return undefined;
}

/** A confidence between 0 and 1 from the signals. */
export function confidenceOf(s: Signals): number {
  const value = 0.4 * s.words + 0.25 * s.body + 0.15 * s.rows + 0.1 * s.total + 0.1 * s.texty;
  return Math.round(value * 100) / 100;
}
