import * as ExcelJS from "exceljs";

/**
 * A large roster written as a stream (one row per person: percent, text and time actuals, a
 * formula, a notes column), for the tests and benches that need many rows.
 */
export async function writeRoster(path: string, rows: number): Promise<string> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const ws = writer.addWorksheet("汇总");
  ws.addRow([
    "序号",
    "姓名",
    "部门",
    "岗位",
    "GMV完成率",
    "转化率",
    "观看时长",
    "得分",
    "等级",
    "备注",
  ]).commit();
  for (let i = 1; i <= rows; i++) {
    const row = ws.addRow([
      i,
      `员工${i}`,
      "直播运营部",
      i % 3 ? "主播" : "主播助理",
      (i % 120) / 100,
      "5.2%",
      `${200 + (i % 120)}秒`,
      { formula: `E${i + 1}*100`, result: i % 120 },
      "B",
      i % 7 ? null : "618大促",
    ]);
    row.getCell(5).numFmt = "0%";
    row.commit();
  }
  ws.commit();
  await writer.commit();
  return path;
}
