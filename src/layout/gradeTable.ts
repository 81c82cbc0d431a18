import { parseRule } from "../engine/parseRule";
import { address } from "./a1";
import type { Sheet } from "./sheet";

/**
 * Grade and coefficient tables anywhere on a sheet: a text such as `等级：A(≥90分)、B(80-89分)…` or
 * `A+(100+分)、A(81-100分)…`, or a table in cells headed 分值 | 评级 | 系数.
 */
export type GradeTable = { cell: string } | { range: string };

export interface FoundTables {
  gradeTable?: GradeTable;
  coefficientTable?: { cell: string };
  cell?: { row: number; column: number };
}

// A letter grade followed by its score range: A(≥90分), A+(100+分), A (≥90).
const GRADE_LIST = /[a-e][+-]?\s*[(（]\s*[≥≤<>]?\s*\d/i;
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
 * its grade column and the coefficient column beside them. */
const TABLE_HEADS = {
  coefficient: /^(绩效系数|系数|考核系数|coefficient)/,
  grade: /^(评级|等级|绩效等级|绩效评价|grade|rating)/,
  score: /^(绩效分值|绩效得分|分值|分数|得分|总分|score)/,
} as const;

export type TableHead = keyof typeof TABLE_HEADS;

/** What a grade table's header cell names (a `matchKey`), coefficient before grade before score
 * (绩效系数 is no score column); null for anything else. */
export function tableHead(key: string): TableHead | null {
  if (TABLE_HEADS.coefficient.test(key)) return "coefficient";
  if (TABLE_HEADS.grade.test(key)) return "grade";
  return TABLE_HEADS.score.test(key) ? "score" : null;
}

/** A table in cells: a header row naming a score column and a grade column, then its rows. */
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
    if (score < 0 && TABLE_HEADS.score.test(k)) score = c;
    else if (grade < 0 && TABLE_HEADS.grade.test(k)) grade = c;
    last = c;
  }
  if (score < 0 || grade < 0) return null;
  let bottom = row;
  while (
    bottom + 1 < sheet.grid.rows &&
    sheet.text(bottom + 1, score) !== "" &&
    sheet.text(bottom + 1, grade) !== ""
  )
    bottom++;
  if (bottom - row < 2) return null;
  return { range: `${address(row, Math.min(score, grade))}:${address(bottom, last)}` };
}

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
