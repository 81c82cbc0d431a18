import * as ExcelJS from "exceljs";

/**
 * A team roster the add-in scores, of any size: one row per person under a 权重 row and a 评分标准
 * row (the layout of the roster-live-team fixture, with its 系数 / 绩效基数 / 绩效工资 columns),
 * numeric actuals so that portable mode writes live formulas, and the grade and coefficient text
 * under the table. Every `TEXT_EVERY`-th person
 * typed the conversion rate as text (`5.2%`), which native formulas cannot read: that row's total
 * is written as a number, as on real sheets.
 */
export const TEXT_EVERY = 50;

export const HEADER = [
  "序号",
  "姓名",
  "岗位",
  "GMV完成率",
  "直播转化率",
  "退货率",
  "直播场次",
  "工作态度",
  "总分",
  "等级",
  "系数",
  "绩效基数",
  "绩效工资",
];
export const WEIGHTS = [35, 25, 15, 15, 10, 100];
export const RULES = [
  "≥100%得35分，90%-99%得28分，80%-89%得20分，低于80%不得分",
  "≥5%得25分，3%-5%得15分，低于3%不得分",
  "≤10%得15分，10%-15%得8分，超过15%不得分",
  "≥26场得15分，20-25场得10分，低于20场不得分",
  "上级评定，满分10分",
];
export const TITLE = "直播运营部2024年6月绩效考核汇总表";
export const NOTES = "等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)；系数：A 1.2、B 1.0、C 0.8、D 0.5";

/** Person `i`'s row: every band of every indicator, in combinations that spread the totals over
 * every grade (GMV 70%–119%, conversion 2%–6.9%, returns 5%–19%, 15–34 sessions, attitude 5–10). */
export function person(i: number): { values: Array<string | number | null>; conversionIsText: boolean } {
  const text = i % TEXT_EVERY === 0;
  return {
    values: [
      i,
      `员工${i}`,
      i % 3 ? "主播" : "主播助理",
      0.7 + ((i * 7) % 50) / 100,
      text ? "5.2%" : 0.02 + ((i * 13) % 50) / 1000,
      0.05 + ((i * 3) % 15) / 100,
      15 + (i % 20),
      5 + (i % 6),
      null,
      null,
      null,
      i % 3 ? 3000 : 2500,
    ],
    conversionIsText: text,
  };
}

export async function writeScoredRoster(path: string, people: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("6月绩效汇总");
  ws.mergeCells("A1:M1");
  ws.getCell("A1").value = TITLE;
  ws.getRow(2).values = HEADER;
  ws.mergeCells("A3:C3");
  ws.getCell("A3").value = "权重";
  ws.mergeCells("A4:C4");
  ws.getCell("A4").value = "评分标准";
  WEIGHTS.forEach((w, i) => (ws.getCell(3, 4 + i).value = w));
  RULES.forEach((rule, i) => (ws.getCell(4, 4 + i).value = rule));
  for (let i = 1; i <= people; i++) {
    const row = ws.getRow(4 + i);
    row.values = person(i).values;
    row.getCell(4).numFmt = "0%";
    row.getCell(5).numFmt = "0.0%";
    row.getCell(6).numFmt = "0%";
  }
  const notes = 6 + people;
  ws.mergeCells(notes, 1, notes, 13);
  ws.getCell(notes, 1).value = NOTES;
  await workbook.xlsx.writeFile(path);
  return path;
}
