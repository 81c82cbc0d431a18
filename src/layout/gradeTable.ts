import { parseRule } from "../engine/parseRule";
import { address, columnIndex } from "./a1";
import type { Sheet } from "./sheet";

/**
 * Grade and coefficient tables anywhere on a sheet: a text such as `等级：A(≥90分)、B(80-89分)…` or
 * `A+(100+分)、A(81-100分)…`, or a table in cells headed 分值 | 评级 | 系数.
 */
export type GradeTable = { cell: string } | { range: string; across?: boolean };

export interface FoundTables {
  gradeTable?: GradeTable;
  coefficientTable?: { cell: string };
  cell?: { row: number; column: number };
}

// A letter grade followed by its score range: A(≥90分), A+(100+分), A (≥90); a letter standing alone,
// not the end of a word (`Job knowledge (25)`).
const GRADE_LIST = /(?<![a-z])[a-e][+-]?\s*[(（]\s*[≥≤<>]?\s*\d/i;
// A pay or coefficient rule: ≥90分发放全额, 按得分%发放.
const PAY_RULE = /发放|绩效工资|系数/;

/** Reads one text cell (a matchKey) as a grade or coefficient table. */
export function textTable(key: string, row: number, column: number): FoundTables | null {
  if (key.length < 8) return null;
  if (GRADE_LIST.test(key)) return { gradeTable: { cell: address(row, column) } };
  if (PAY_RULE.test(key) && /\d/.test(key) && parseRule(key, { kind: "table" }).ok)
    return { coefficientTable: { cell: address(row, column) } };
  return null;
}

/** The header words of a grade table in cells (compared as `matchKey` text): its score column,
 * its grade column and the coefficient, or the bonus or base amount, beside them. An amount is
 * part of the table but never its coefficient (a bonus of 1500 is no multiplier of the base). */
const TABLE_HEADS = {
  coefficient: /^(绩效系数|系数|考核系数|奖金系数|coefficient|bonusfactor|payoutfactor|factor|multiplier)/,
  amount: /^(奖金|绩效奖金|考核基数|基数|bonus)/,
  grade: /^(评级|等级|绩效等级|绩效评价|考核等级|grade|rating)/,
  score:
    /^(绩效分值|绩效得分|分值|分数|得分|总分|考核得分|最低分|分数下限|score|points|分数区间|range|minscore|minimumscore|minpoints)/,
} as const;

export type TableHead = keyof typeof TABLE_HEADS;

/** What a grade table's header cell names (a `matchKey`), coefficient and amount before grade
 * before score (绩效系数 is no score column); null for anything else. */
export function tableHead(key: string): TableHead | null {
  if (TABLE_HEADS.coefficient.test(key)) return "coefficient";
  if (TABLE_HEADS.amount.test(key)) return "amount";
  if (TABLE_HEADS.grade.test(key)) return "grade";
  return TABLE_HEADS.score.test(key) ? "score" : null;
}

/** A header naming what a grade table gives a score: a grade, a coefficient or an amount. */
const valueHead = (key: string): boolean =>
  TABLE_HEADS.grade.test(key) || TABLE_HEADS.coefficient.test(key) || TABLE_HEADS.amount.test(key);

/** A table in cells: a header row naming a score column and a grade column, then its rows (a
 * row with its score and any other cell filled: a blank grade is the table's hole, read as one).
 * A header naming people or units (姓名 | 得分 | 等级) heads results, not a grade table. */
export function cellTable(sheet: Sheet, row: number, from: number, to: number): GradeTable | null {
  let score = -1;
  let grade = -1;
  let last = from;
  for (let c = from; c <= to; c++) {
    const k = sheet.key(row, c);
    if (k === "") continue;
    // a header merged across columns ends at its own (top-left) cell
    const area = sheet.areaAt(row, c);
    if (area && area.left !== c) continue;
    if (WHO.test(k)) return null;
    if (score < 0 && TABLE_HEADS.score.test(k)) score = c;
    else if (grade < 0 && valueHead(k)) grade = c;
    last = c;
  }
  if (score < 0 || grade < 0) return null;
  const left = Math.min(score, grade);
  const filled = (r: number): boolean => {
    for (let c = left; c <= last; c++) if (c !== score && sheet.text(r, c) !== "") return true;
    return false;
  };
  let bottom = row;
  while (bottom + 1 < sheet.grid.rows && sheet.text(bottom + 1, score) !== "" && filled(bottom + 1)) bottom++;
  if (bottom - row < 2) return null;
  return { range: `${address(row, left)}:${address(bottom, last)}` };
}

// Whose results a table lists, one row each: a results table, not a grade table.
const WHO = /^(姓名|员工|员工姓名|部门|部门名称|团队|小组|门店|店铺|name|employee|department|team)$/;

// Rows of a sheet without a table looked through for a grade table another sheet's form uses.
const GRADE_SCAN_ROWS = 200;

/** The first grade table in cells on a sheet that holds no table of its own (填表规则), or null. */
export function sheetGradeTable(sheet: Sheet): { range: string } | null {
  const rows = Math.min(sheet.grid.rows, GRADE_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const width = sheet.grid.values[r]?.length ?? 0;
    if (width === 0) continue;
    const found = cellTable(sheet, r, 0, width - 1);
    if (found && "range" in found) return found;
  }
  return null;
}

/** A rectangle of the sheet a table occupies (0-based, inclusive). */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

// Several grades each with a word: `A、优秀 B、良好 C、合格`, `90分优秀 80~90分良好 70~80分中等`.
const GRADE_WORDS =
  /(优秀|良好|中等|合格|及格|需要改进|不合格|不及格|称职|基本称职|不称职|outstanding|excellent|good|fair|poor)/gi;
const LETTER_WORD =
  /(^|[^a-z])[a-e][+-]?\s*[、.:：]\s*(优秀|良好|中等|合格|及格|需要改进|不合格|不及格|称职|不称职)/gi;
// A label naming the grade table next to or under it.
const GRADE_LABEL =
  /^(绩效|考核|评分|考核结果)?(等级|评级|级别)(评定)?(标准|划分|说明|对照表?|定义|规则|表)?$|^(评分标准|考核基数|系数标准|绩效系数标准|奖金标准)$|^(rating|grading|grade|performance)(scale|scales|standard|standards|table|s)?$/;
// Rows a labelled block under its label may take.
const BLOCK_ROWS = 4;

// A grade letter standing alone (A, B+, C级, D等): not part of a word (`KPI`, `Bonus`).
const LETTER_GRADE = /(?<![a-z])([a-es])(?:[+-]|级|等)?(?![a-z])/g;

/** Whether a text lists at least three letter grades beside numbers (`A：90分以上；B：80-89分…`,
 * `90分及以上为A，80-89分为B…`): a grade table, readable or not, so that scoring reads it or asks
 * rather than grading by the defaults. */
function letterGradeList(key: string): boolean {
  const letters = new Set([...key.matchAll(LETTER_GRADE)].map((m) => m[1]));
  return letters.size >= 3 && (key.match(/\d+/g)?.length ?? 0) >= 2;
}

/** Whether a text lists grades by their words (at least three): a grade table, readable or not. */
function gradeWordList(text: string): boolean {
  const letters = text.match(LETTER_WORD)?.length ?? 0;
  if (letters >= 3) return true;
  const words = text.match(GRADE_WORDS)?.length ?? 0;
  return words >= 3 && /\d/.test(text);
}

/** A grade table running across: a column of labels (评级 / 分数 / 系数) with values right of them. */
function acrossTable(sheet: Sheet, row: number, column: number): GradeTable | null {
  const heads = [sheet.key(row, column)];
  let bottom = row;
  while (bottom + 1 < sheet.grid.rows && bottom - row < BLOCK_ROWS) {
    const k = sheet.key(bottom + 1, column);
    if (!TABLE_HEADS.score.test(k) && !valueHead(k)) break;
    heads.push(k);
    bottom++;
  }
  // a grade (or pay) row and a score row, the first of them on top
  const grade = heads.some(valueHead);
  if (bottom === row || !grade || !heads.some((k) => TABLE_HEADS.score.test(k))) return null;
  let right = column;
  while (right + 1 < (sheet.grid.values[row]?.length ?? 0) && sheet.text(row, right + 1) !== "") right++;
  if (right - column < 3) return null;
  return { range: `${address(row, column)}:${address(bottom, right)}`, across: true };
}

/** The block of cells under a label: a table with a header row, else the filled cells across. */
function blockUnder(sheet: Sheet, row: number, from: number, to: number): GradeTable | null {
  const next = row + 1;
  if (next >= sheet.grid.rows) return null;
  const headed = cellTable(sheet, next, from, to);
  if (headed) return headed;
  let left = -1;
  let right = -1;
  let bottom = next - 1;
  for (let r = next; r < Math.min(sheet.grid.rows, next + BLOCK_ROWS); r++) {
    const values = sheet.grid.values[r] ?? [];
    const filled: number[] = [];
    for (let c = from; c <= Math.min(to, values.length - 1); c++)
      if (sheet.text(r, c) !== "" && (sheet.areaAt(r, c)?.left ?? c) === c) filled.push(c);
    if (filled.length === 0) break;
    // a text line under the label is the table itself
    if (r === next && filled.length === 1 && sheet.text(r, filled[0] as number).length >= 8)
      return { cell: address(r, filled[0] as number) };
    // the block ends where a row strays outside its first row's columns (a signature line)
    if (r > next && ((filled[0] as number) < left || (filled[filled.length - 1] as number) > right)) break;
    if (r === next) {
      left = filled[0] as number;
      right = filled[filled.length - 1] as number;
    }
    bottom = r;
  }
  if (bottom < next) return null;
  if (left === right && bottom === next) return { cell: address(next, left) };
  return { range: `${address(next, left)}:${address(bottom, right)}`, across: bottom > next || right > left };
}

/** The grade table a text cell is, or labels: a grade text itself, or its label's value. */
function fromCell(sheet: Sheet, row: number, column: number, key: string): GradeTable | null {
  if (TABLE_HEADS.score.test(key) || valueHead(key)) {
    const table =
      cellTable(sheet, row, column, (sheet.grid.values[row]?.length ?? 0) - 1) ??
      acrossTable(sheet, row, column);
    if (table) return table;
  }
  if (GRADE_LABEL.test(key)) {
    const area = sheet.areaAt(row, column);
    const next = (area ? area.right : column) + 1;
    const width = sheet.grid.values[row]?.length ?? 0;
    // the value beside the label is a table written as text, not a job grade (`Grade : O2`)
    if (next < width && sheet.text(row, next) !== "")
      return sheet.text(row, next).length >= 8 ? { cell: address(row, next) } : null;
    return blockUnder(sheet, row, area ? area.left : column, Math.max(width, sheet.grid.columns) - 1);
  }
  const text = sheet.text(row, column);
  if (text.length < 8) return null;
  if (textTable(key, row, column)?.gradeTable || gradeWordList(text) || letterGradeList(key))
    return { cell: address(row, column) };
  return null;
}

const inside = (rects: readonly Rect[], r: number, c: number): boolean =>
  rects.some((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);

/**
 * Grade, coefficient and bonus tables anywhere on a sheet outside its tables (beside, above, below):
 * a grade text (`A(≥95)、B(85-94)…`, `A、优秀 B、良好 …`), a labelled one (等级标准：…, Rating scale
 * over a block), a table in cells with a header row (分数 | 评级 | 系数), or one running across
 * (评级 | A | B …, 分数 | ≥90 | …). Only cells outside `occupied` are read, so a roster's rows
 * cost nothing.
 */
export function findGradeTables(sheet: Sheet, occupied: readonly Rect[]): GradeTable[] {
  const found: GradeTable[] = [];
  for (let r = 0; r < sheet.grid.rows; r++) {
    const values = sheet.grid.values[r];
    // a row a table covers whole (a roster's people) costs one look
    if (
      !values ||
      occupied.some((x) => r >= x.top && r <= x.bottom && x.left <= 0 && x.right >= values.length - 1)
    )
      continue;
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (typeof v !== "string" || v.trim() === "" || inside(occupied, r, c)) continue;
      const area = sheet.areaAt(r, c);
      if (area && (area.left !== c || area.top !== r)) continue;
      const table = fromCell(sheet, r, c, sheet.key(r, c));
      if (!table) continue;
      found.push(table);
      // the cells of a table found are not read again
      const [from, to] = ("cell" in table ? `${table.cell}:${table.cell}` : table.range).split(":");
      const a = cellOf(from as string);
      const b = cellOf(to as string);
      occupied = [...occupied, { top: a.row, bottom: b.row, left: a.column, right: b.column }];
      if (GRADE_LABEL.test(sheet.key(r, c)))
        occupied = [...occupied, { top: r, bottom: r, left: c, right: c }];
    }
  }
  return found;
}

function cellOf(ref: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  return { row: Number(m[2]) - 1, column: columnIndex(m[1] as string) };
}

/** Whether a grade text is one the engine reads (a table with score ranges). */
export function readableGradeText(text: string): boolean {
  return parseRule(text, { kind: "table" }).ok;
}
