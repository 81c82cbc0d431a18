import { kindOf } from "../engine/kind";
import { parseRule } from "../engine/parseRule";
import { parseQuantity } from "../engine/quantity";
import { headerText, type Columns } from "./columns";
import type { HeaderRow } from "./header";
import type { Item } from "./layout";
import { matchRole } from "./roles";
import { matchKey, type Sheet } from "./sheet";
import { LEVEL_NAME } from "./totals";

/**
 * Level columns: one column per level (优秀 | 良好 | 合格 | 不合格, A–E, 1–5). They hold either each
 * item's condition or points for that level (a rule spread over the row), or the evaluator's answer:
 * a mark (✓ √ ○ ●) in one of them, or the score typed in one of them. Their points come from the
 * header (`优秀(20分)`), a row of their own (等级得分), or the level numbers when the sheet says
 * which end is best.
 */

export interface LevelColumn {
  column: number;
  name: string;
  /** Points stated in the header (`优秀(20分)`). */
  points?: number;
  /** The range of scores stated in the header (`优秀 90-100`, `良好(80-89)`). */
  range?: LevelRange;
}

/** A level's range of scores, lowest end first. */
export interface LevelRange {
  min: number;
  max: number;
}

// Level columns side by side: at least this many.
const MIN_LEVELS = 3;
// `优秀(20分)`, `A (90-100)`: the level's name and what the brackets say.
const ANNOTATED = /^(.+?)\s*[(（]\s*([^)）]*)\s*[)）]\s*$/;
/** A mark that picks a level: a tick, a cross, a circle or a star, and the letters typed for them
 * (x, v, and O or o for a circle). The appraisal reads ticks with it too, so a level the layout
 * takes as ticked is scored. */
export const LEVEL_MARK = /^[✓√✔☑☒●○◎◯〇★☆✗✘]$|^[xXvVoO]$/;

// A range of scores and the dashes it is written with: `90-100`, `80～89`, `0–59`, `80至89`.
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const RANGE = String.raw`(${NUMBER})\s*[-~～—–至]\s*(${NUMBER})`;

/** A level's points or range of scores on a row of their own (`5`, `90-100`): the layout finds
 * such rows with it and the appraisal reads their ranges with `levelRange`. */
export const POINTS_OR_RANGE = new RegExp(`^(?:${NUMBER}|${RANGE})$`);
const RANGE_ONLY = new RegExp(`^${RANGE}$`);
// A range written in a level's header, in brackets or on its own: `80-89`, `80～89分`.
const RANGE_IN_HEADER = new RegExp(`^${RANGE}\\s*分?$`);

/** The range a points-row cell states (`100-90`, `59-0`), lowest end first. */
export function levelRange(text: string): LevelRange | undefined {
  return rangeOf(RANGE_ONLY.exec(text.trim()));
}

function rangeOf(m: RegExpExecArray | null, at = 1): LevelRange | undefined {
  if (!m) return undefined;
  const [a, b] = [Number(m[at]), Number(m[at + 1])];
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

/** Whether a text names a level, in one language or two (`優秀 Excellent`). */
function isLevel(text: string): boolean {
  const key = matchKey(text);
  if (LEVEL_NAME.test(key)) return true;
  const chinese = key.replace(/[a-z]+/g, "");
  const english = key.replace(/[^a-z]+/g, "");
  return (chinese !== "" && LEVEL_NAME.test(chinese)) || (english !== "" && LEVEL_NAME.test(english));
}

// Points written beside a level's name: `5 优秀`, `5. Excellent`, `优秀5分`, `A=20`.
const POINTS_BEFORE = /^(\d+(?:\.\d+)?)\s*[分.、:：=-]?\s*(\D.*)$/;
const POINTS_AFTER = /^(.*\D)\s*(\d+(?:\.\d+)?)\s*分$|^(.*?)\s*[=:：]\s*(\d+(?:\.\d+)?)\s*分?$/;
// A level's range after its name without brackets: `优秀 90-100`, `良好：80～89分`.
const RANGE_AFTER = new RegExp(`^(.*?\\D)\\s*[:：]?\\s*${RANGE}\\s*分?$`);
// A level named by its points alone: `20分`.
const POINTS_ONLY = /^(\d+(?:\.\d+)?)\s*分$/;

/** A level header's name and the points or range of scores written in it, if any. */
export function levelName(header: string): { name: string; points?: number; range?: LevelRange } | null {
  const text = header.trim();
  // points first: a bilingual test alone would take `5 - Outstanding` for a name without points
  const bracket = ANNOTATED.exec(text);
  if (bracket && isLevel(bracket[1] ?? "")) {
    const said = (bracket[2] ?? "").trim();
    const points = /^(\d+(?:\.\d+)?)\s*分?$/.exec(said);
    const name = (bracket[1] ?? "").trim();
    const range = rangeOf(RANGE_IN_HEADER.exec(said));
    return points ? { name, points: Number(points[1]) } : range ? { name, range } : { name };
  }
  const before = POINTS_BEFORE.exec(text);
  if (before && isLevel(before[2] ?? ""))
    return { name: (before[2] ?? "").trim(), points: Number(before[1]) };
  const after = POINTS_AFTER.exec(text);
  const [afterName, afterPoints] = after ? [after[1] ?? after[3] ?? "", after[2] ?? after[4]] : ["", ""];
  if (after && isLevel(afterName)) return { name: afterName.trim(), points: Number(afterPoints) };
  const range = RANGE_AFTER.exec(text);
  if (range && isLevel(range[1] ?? ""))
    return { name: (range[1] ?? "").trim(), range: rangeOf(range, 2) as LevelRange };
  const only = POINTS_ONLY.exec(text);
  if (only) return { name: text, points: Number(only[1]) };
  return isLevel(text) ? { name: text } : null;
}

/** A level column under a group header (评价等级): its name, and the points its header states. */
export function groupedLevel(column: number, header: string): LevelColumn {
  return { column, ...(levelName(header) ?? { name: header }) };
}

/** The longest run of adjacent columns a test names as levels, if it has MIN_LEVELS or more. */
function run<T extends { column: number }>(candidates: readonly (T | null)[]): T[] {
  let current: T[] = [];
  let best: T[] = [];
  for (const c of candidates) {
    const last = current[current.length - 1];
    if (!c || (last && last.column !== c.column - 1)) current = [];
    if (c) current.push(c);
    if (current.length > best.length) best = [...current];
  }
  return best.length >= MIN_LEVELS ? best : [];
}

/** Grade-named columns side by side (甲级 | 乙级 | 丙级, 优秀(20分) | 良好(15分) …). */
export function gradeColumns(columns: Columns): LevelColumn[] {
  return run(
    columns.others.map((o) => {
      const level = levelName(o.header);
      return level ? { column: o.column, ...level } : null;
    }),
  );
}

/** Numbered levels side by side, counting up or down by one (1 | 2 | 3 | 4 | 5). */
export function numberedColumns(columns: Columns): LevelColumn[] {
  const numbered = run(
    columns.others.map((o) =>
      /^\d$/.test(o.header.trim()) ? { column: o.column, name: o.header.trim() } : null,
    ),
  );
  const steps = numbered.slice(1).map((l, i) => Number(l.name) - Number((numbered[i] as LevelColumn).name));
  return steps.every((d) => d === steps[0] && Math.abs(d) === 1) ? numbered : [];
}

/**
 * Level columns read across the header: named on the upper header row (`out standing | strong+ | …`)
 * with their points (`5 | 4 | …`) or ranges (`90-100 | 80-89 | …`) right under them on the second.
 * Their points row is that second row.
 */
export function pointedLevelColumns(sheet: Sheet, header: HeaderRow, columns: Columns): LevelColumn[] {
  if (header.rows !== 2) return [];
  const levels = run(
    columns.others.map((o) => {
      const { text, groupText } = headerText(sheet, header.row, header.rows, o.column);
      return POINTS_OR_RANGE.test(text) && groupText.trim() !== ""
        ? { column: o.column, name: groupText.trim() }
        : null;
    }),
  );
  // One name over them all is a group header merged across (评分(1-5分) over 1 | 2 | … | 5), not
  // each level's name: the numbers under it are the levels.
  return new Set(levels.map((l) => l.name)).size === 1 ? [] : levels;
}

/**
 * Levels under a merged rule header (`评分标准` over `5 | 4 | 3 | 2 | 1`): the sub-header names each
 * level; when those names are numbers, the row they sit on gives their points.
 */
export function groupedLevelColumns(
  sheet: Sheet,
  header: HeaderRow,
  columns: Columns,
): { levels: LevelColumn[]; pointsRow: number } {
  const levels = run(
    columns.others.map((o) => {
      const { text, group } = headerText(sheet, header.row, header.rows, o.column);
      const role = group === "" ? undefined : matchRole(group, "form")?.role;
      return role === "rule" || role === "levels" ? { column: o.column, name: text } : null;
    }),
  );
  let pointsRow = -1;
  if (levels.length > 0 && levels.every((l) => /^\d+(\.\d+)?$/.test(l.name)))
    for (let r = header.row + 1; r < header.row + header.rows && pointsRow < 0; r++)
      if (levels.every((l) => sheet.text(r, l.column) === l.name)) pointsRow = r;
  return { levels, pointsRow };
}

/**
 * How the evaluator answers in the level columns of the item rows: a mark in one of them, or a
 * number typed in at most one of them per item; undefined when the cells hold each level's condition
 * or points (every level filled).
 */
export function levelInput(
  sheet: Sheet,
  rows: readonly number[],
  levels: readonly number[],
): "mark" | "score" | undefined {
  let marks = 0;
  let single = 0;
  for (const r of rows) {
    let filled = 0;
    let numbers = 0;
    for (const c of levels) {
      const text = sheet.text(r, c);
      if (text === "") continue;
      filled++;
      if (LEVEL_MARK.test(text)) marks++;
      else if (parseQuantity(text).ok) numbers++;
    }
    if (filled === 1 && numbers === 1) single++;
    else if (filled > 1 && marks === 0) return undefined;
  }
  if (marks > 0) return "mark";
  return single > 0 ? "score" : undefined;
}

// A scale legend saying which level number is best: `5 = Excellent`, `1.Outstanding`, `5分：优秀`.
const LEGEND =
  /(?:^|[^\d])(\d)\s*(?:分)?\s*[=:：.、-]\s*(?:outstanding|excellent|exceptional|very good|优秀|卓越|杰出|非常好)/i;

/**
 * Points of numbered levels (1–5): the numbers themselves, when a legend on the sheet says the
 * highest number is the best; none when it says the lowest is (an inverted scale) or says nothing.
 */
export function numberedLevelPoints(
  sheet: Sheet,
  levels: readonly LevelColumn[],
  from: number,
  to: number,
): Map<number, number> | null {
  if (!levels.every((l) => /^\d+$/.test(l.name))) return null;
  const numbers = levels.map((l) => Number(l.name));
  const top = Math.max(...numbers);
  for (let r = from; r <= Math.min(to, sheet.grid.rows - 1); r++) {
    for (const v of sheet.grid.values[r] ?? []) {
      if (typeof v !== "string") continue;
      const m = LEGEND.exec(v);
      if (!m) continue;
      return Number(m[1]) === top ? new Map(levels.map((l) => [l.column, Number(l.name)])) : null;
    }
  }
  return null;
}

/** Each item's rule from its level cells and the points row: `condition points`, one level a line. */
export function joinLevelRules(
  sheet: Sheet,
  items: Item[],
  levels: readonly number[],
  pointsRow: number,
): void {
  for (const item of items) {
    const lines: string[] = [];
    for (const c of levels) {
      const condition = sheet.text(item.row - 1, c);
      const points = sheet.text(pointsRow, c);
      if (condition !== "") lines.push(points === "" ? condition : `${condition} ${points}`);
    }
    item.ruleText = lines.join("\n");
    const parsed = item.ruleText === "" ? null : parseRule(item.ruleText);
    // conditions the parser does not read (judged descriptions) still pick a level's points
    const pointed =
      lines.length === levels.length &&
      levels.every((c) => typeof sheet.grid.values[pointsRow]?.[c] === "number");
    item.rule = parsed?.ok
      ? { kind: kindOf(parsed.rule) }
      : pointed && lines.length > 0
        ? { kind: "levels" }
        : null;
  }
}
