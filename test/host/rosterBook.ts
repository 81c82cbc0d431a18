import * as ExcelJS from "exceljs";

/**
 * A team roster as HR keep it (the roster-live-team fixture's layout: a merged title, 权重 and
 * 评分标准 rows under the header, one row per person, a grade table and signatures below), with
 * any number of people: the sync counts are compared on 10, 1,000 and 10,000 of them.
 */
export function rosterBook(people: number): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("6月绩效汇总");
  ws.getCell("A1").value = "直播运营部2024年6月绩效考核汇总表";
  ws.mergeCells("A1:J1");
  ws.getRow(2).values = [
    "序号",
    "姓名",
    "岗位",
    "GMV完成率",
    "直播转化率",
    "退货率",
    "响应时效",
    "工作态度",
    "总分",
    "等级",
  ];
  ws.getRow(3).values = ["权重", "", "", 35, 25, 15, 15, 10, 100];
  ws.mergeCells("A3:C3");
  ws.getRow(4).values = [
    "评分标准",
    "",
    "",
    "≥100%得35分，90%-99%得28分，80%-89%得20分，低于80%不得分",
    "≥5%得25分，3%-5%得15分，低于3%不得分",
    "≤10%得15分，10%-15%得8分，超过15%不得分",
    "≤1分钟得15分，1-2分钟得10分，超过2分钟不得分",
    "上级评定，满分10分",
  ];
  ws.mergeCells("A4:C4");
  for (let i = 0; i < people; i++) {
    const row = ws.getRow(5 + i);
    row.values = [
      i + 1,
      `员工${i + 1}`,
      "主播",
      0.75 + (i % 40) / 100,
      0.02 + (i % 5) / 100,
      0.08 + (i % 9) / 100,
      (30 + (i % 150)) / 86_400,
      5 + (i % 6),
    ];
    row.getCell(4).numFmt = "0.0%";
    row.getCell(5).numFmt = "0%";
    row.getCell(6).numFmt = "0%";
    row.getCell(7).numFmt = "[m]:ss";
  }
  const grades = 5 + people + 1;
  ws.getCell(`A${grades}`).value = "等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)";
  ws.mergeCells(`A${grades}:J${grades}`);
  ws.getCell(`A${grades + 1}`).value = "制表人：王芳    审核：李四";
  ws.mergeCells(`A${grades + 1}:J${grades + 1}`);
  return book;
}
