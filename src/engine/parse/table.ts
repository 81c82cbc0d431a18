import type { Interval, TableRow, TableValue } from "../rule";
import { parseCondition } from "./condition";
import { splitClauses } from "./clauses";
import { gradeRows, levelEntries } from "./levels";

/**
 * Grade, coefficient and pay tables over a total score:
 * `A+(100+分)、A(81-100分)、B(61-80分)、C(≤60分)`, `90分以上为A,80-89分为B`,
 * `分值≤59 系数0; 60≤分值≤79 系数0.5`, `≥90分全额,<70分不发,70-90分按得分%发放`.
 */
export type ParsedTable = { output: "grade" | "coefficient" | "pay"; rows: TableRow[] };

const LABEL = String.raw`[A-E][+-]?|S|M[+-]?|[甲乙丙丁戊]等?|优秀|良好|合格|不合格|一般|较差|中等|及格|不及格|称职|基本称职|不称职|待改进`;
const GRADE_OUT = new RegExp(
  String.raw`(?:为|评为|定为|评定为|:|=|等级|档|级|→)\s*(${LABEL})\s*(?:等|级|档)?$`,
  "i",
);
const NUMBER_OUT = /(?:系数|系数为|coefficient|:|=|为|→|\s)\s*(\d+(?:\.\d+)?)\s*$/i;
const PAY_OUT: ReadonlyArray<readonly [RegExp, TableValue]> = [
  [/(?:发放)?(?:全额|足额)/, { type: "share", share: 1 }],
  [/不发|无(?:绩效)?(?:工资|奖金)/, { type: "share", share: 0 }],
  [/按(?:得分|分数|实际得分|考核得分)的?\s*(?:%|百分比)/, { type: "scorePercent" }],
];

/** 绩效基数×绩效分值, 基数×得分百分比: the whole table is one row, base × score%. */
const BASE_TIMES_SCORE =
  /基数\s*×\s*(?:绩效)?(?:分值|得分|分数)|(?:分值|得分|分数)(?:百分比)?\s*×\s*(?:绩效)?基数/;

export const TABLE_HINT =
  /等级|评级|级别|grade|rating|考核结果|绩效结果|系数|coefficient|全额|不发|绩效工资|奖金发放|按得分|分值\s*[≤≥<>]|[≤≥<>]\s*分值/i;

export function parseTable(text: string, hinted: boolean): ParsedTable | null {
  const entries = levelEntries(text);
  if (entries.length >= 2) {
    const rows = gradeRows(entries, hinted || TABLE_HINT.test(text));
    if (rows) return { output: "grade", rows };
  }
  if (BASE_TIMES_SCORE.test(text)) return { output: "pay", rows: [{ value: { type: "scorePercent" } }] };
  const pay = /全额|不发|按得分|发放/.test(text);
  const coefficient = /系数|coefficient/i.test(text);
  const rows: TableRow[] = [];
  // 评分低于70分的, 视为不合格, 不发放绩效工资: a condition carries to the clause that pays.
  let pending: Interval | undefined;
  for (const clause of splitClauses(text)) {
    const row = tableRow(clause, pay, pending);
    if (row && "value" in row) {
      rows.push(row);
      pending = undefined;
    } else if (row) {
      pending = row;
    }
  }
  if (rows.length < 2) return null;
  const labels = rows.every((r) => r.value.type === "label");
  const numbers = rows.every((r) => r.value.type === "number");
  if (labels) return { output: "grade", rows };
  // Numbers over 分值 / 总分 (分值≤59 0.0) are coefficients even where the word 系数 is missing.
  if (numbers && (coefficient || hinted || /分值|总分|考核分/.test(text)))
    return { output: "coefficient", rows };
  if (pay) return { output: "pay", rows };
  return null;
}

/** The condition before an output, read on the score alone (评分≥90分 → ≥90). */
function scoreCondition(text: string): Interval | undefined {
  const condition = parseCondition(text.replace(/分值|得分|总分|分数|评分|绩效工资|绩效奖金|score|分/gi, ""));
  return condition && !condition.bare ? condition.interval : undefined;
}

function tableRow(clause: string, pay: boolean, pending: Interval | undefined): TableRow | Interval | null {
  const c = clause.trim();
  if (pay) {
    for (const [pattern, value] of PAY_OUT) {
      const m = pattern.exec(c);
      if (!m) continue;
      const interval = scoreCondition(c.slice(0, m.index)) ?? pending;
      if (interval) return { ...interval, value };
    }
  }
  const grade = GRADE_OUT.exec(c);
  const gradeWhen = grade ? scoreCondition(c.slice(0, grade.index)) : undefined;
  if (grade && gradeWhen)
    return { ...gradeWhen, value: { type: "label", label: (grade[1] as string).toUpperCase() } };
  const number = NUMBER_OUT.exec(c);
  const numberWhen = number ? scoreCondition(c.slice(0, number.index)) : undefined;
  if (number && numberWhen) return { ...numberWhen, value: { type: "number", value: Number(number[1]) } };
  return scoreCondition(c) ?? null;
}
