import type { TableRow, TableValue } from "../rule";
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
const GRADE_OUT = new RegExp(String.raw`(?:为|评为|定为|评定为|:|=|等级|档|级|→)\s*(${LABEL})\s*(?:等|级|档)?$`, "i");
const NUMBER_OUT = /(?:系数|系数为|coefficient|:|=|为|→|\s)\s*(\d+(?:\.\d+)?)\s*$/i;
const PAY_OUT: ReadonlyArray<readonly [RegExp, TableValue]> = [
  [/(?:全额|足额|100%)\s*(?:发放|发)?$/, { type: "share", share: 1 }],
  [/(?:不发|不发放|无|0)\s*(?:绩效)?(?:工资|奖金)?$/, { type: "share", share: 0 }],
  [/按(?:得分|分数|实际得分|考核得分)\s*%?\s*(?:发放|计发|计算|发)?$/, { type: "scorePercent" }],
];

export const TABLE_HINT = /等级|评级|级别|grade|rating|考核结果|绩效结果|系数|coefficient|全额|不发|绩效工资|奖金发放|按得分/i;

export function parseTable(text: string, hinted: boolean): ParsedTable | null {
  const entries = levelEntries(text);
  if (entries.length >= 2) {
    const rows = gradeRows(entries, hinted || TABLE_HINT.test(text));
    if (rows) return { output: "grade", rows };
  }
  const clauses = splitClauses(text.replace(/、/g, ";"));
  const pay = /全额|不发|按得分|发放/.test(text);
  const coefficient = /系数|coefficient/i.test(text);
  const rows: TableRow[] = [];
  for (const clause of clauses) {
    const row = tableRow(clause, pay);
    if (row) rows.push(row);
  }
  if (rows.length < 2) return null;
  const labels = rows.every((r) => r.value.type === "label");
  const numbers = rows.every((r) => r.value.type === "number");
  if (labels) return { output: "grade", rows };
  if (numbers && (coefficient || hinted)) return { output: "coefficient", rows };
  if (pay) return { output: "pay", rows };
  return null;
}

function tableRow(clause: string, pay: boolean): TableRow | null {
  const c = clause.replace(/分值|得分|总分|分数|绩效工资|绩效奖金|score/gi, "").trim();
  if (pay) {
    for (const [pattern, value] of PAY_OUT) {
      const m = pattern.exec(c);
      if (!m) continue;
      const condition = parseCondition(c.slice(0, m.index).replace(/分/g, ""));
      if (condition && !condition.bare) return { ...condition.interval, value };
    }
  }
  const grade = GRADE_OUT.exec(c);
  if (grade) {
    const condition = parseCondition(c.slice(0, grade.index).replace(/分/g, ""));
    if (condition && !condition.bare) return { ...condition.interval, value: { type: "label", label: (grade[1] as string).toUpperCase() } };
  }
  const number = NUMBER_OUT.exec(c);
  if (number) {
    const condition = parseCondition(c.slice(0, number.index).replace(/分/g, ""));
    if (condition && !condition.bare) return { ...condition.interval, value: { type: "number", value: Number(number[1]) } };
  }
  return null;
}
