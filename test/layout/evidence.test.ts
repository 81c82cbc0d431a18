import { readdirSync } from "fs";
import { join } from "path";
import { IssueCode } from "../../src/engine/issue";
import { message } from "../../src/i18n";
import { readWorkbook } from "../../src/host/xlsx";
import type { Grid } from "../../src/layout/grid";
import { gridOf } from "../support/grid";
import { rowsWithDeductionUnderTotal } from "../support/underTotal";
import { Layout, Reading } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";

const DIR = join(__dirname, "..", "fixtures");

const bare = (name: string, values: Grid["values"]): Grid => gridOf(name, values);

/** Sheets whose readings stay unsure for reasons no fixture shows: a header little speaks for, two
 * header rows that would put the roles in different columns, supported almost alike, a row
 * scoring under the total, a hidden row that scores, people a filter hides and a deduction typed
 * beside a form, outside its table. */
const DOUBTFUL: Grid[] = [
  bare("weak", [
    ["员工项目名称", "本月得分情况"],
    ["接待量", 30],
    ["满意度", 40],
    ["工单", 20],
    [101, 10],
  ]),
  bare("rival", [
    ["考核项目", "权重", "评分标准", "备注"],
    ["指标", 30, "考核标准", "评分"],
    ["接待量", 50, "酌情给分", null],
    ["满意度", 50, "酌情给分", null],
    ["合计"],
  ]),
  bare("afterTotal", rowsWithDeductionUnderTotal(2)),
  gridOf(
    "hiddenItem",
    [
      ["项目", "权重", "评分标准", "实际", "得分"],
      ["接待量", 50, "≥100单得50分，低于100单得30分", 120, null],
      ["满意度", 50, "≥95%得50分，低于95%得30分", 0.96, null],
      ["加分项", null, "每提交1个优秀案例加2分", 3, null],
      ["合计"],
    ],
    { hiddenRows: [3] },
  ),
  gridOf(
    "filtered",
    [
      ["姓名", "GMV完成率", "得分"],
      ["评分标准", "≥100%得100分，低于100%得60分", null],
      ["张三", 1, null],
      ["李四", 0.9, null],
      ["王五", 1.1, null],
    ],
    { hiddenRows: [3] },
  ),
  bare("fieldBeside", [
    ["姓名", "张三", null, "违纪扣分", 5],
    ["项目", "权重", "评分标准", "实际", "得分"],
    ["接待量", 50, "≥100单得50分，低于100单得30分", 120, null],
    ["满意度", 50, "≥95%得50分，低于95%得30分", 0.96, null],
    ["合计"],
  ]),
];

async function workbooks(): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const folder of ["", "shapes", "pages"])
    for (const f of readdirSync(join(DIR, folder)).filter((n) => n.endsWith(".xlsx"))) {
      const read = await readWorkbook(join(DIR, folder, f));
      if (read.ok) grids.push(...read.grids);
    }
  return grids;
}

describe("evidence of the recogniser", () => {
  it("emits every layout reason code (no dead codes), each worded", async () => {
    const grids: Grid[] = [
      bare("empty", []),
      bare("data", [
        ["MONTH", "TARGET"],
        ["Jan", 100],
      ]),
      ...DOUBTFUL,
      ...(await workbooks()),
    ];
    const { layout, evidence, readings } = recognize(grids);
    // every key the recogniser writes is in the schema (parsing would drop or refuse the others)
    expect(Layout.parse(layout)).toEqual(layout);
    for (const r of readings) expect(Reading.parse(r)).toEqual(r);
    const emitted = new Set([
      ...evidence.map((e) => e.reason.code),
      ...readings.flatMap((r) => r.reasons.map((x) => x.code)),
    ]);
    const codes = IssueCode.options.filter((c) => c.startsWith("layout."));
    expect(codes.filter((c) => !emitted.has(c))).toEqual([]);
    for (const e of evidence) expect(message(e.reason)).not.toMatch(/undefined/);
    for (const r of readings) for (const x of r.reasons) expect(message(x)).not.toMatch(/undefined/);
  });

  it("gives every sheet and table a reading, unsure exactly where it carries a doubt", async () => {
    const { layout, readings } = recognize([...DOUBTFUL, ...(await workbooks())]);
    layout.sheets.forEach((sheet, s) => {
      const own = readings.find((r) => r.path === `sheets.${s}`);
      expect(own).toBeDefined();
      expect([sheet.name, own?.sure]).toEqual([sheet.name, sheet.doubt === undefined]);
      (sheet.tables ?? []).forEach((table, t) => {
        const reading = readings.find((r) => r.path === `sheets.${s}.tables.${t}`) as Reading;
        expect([sheet.name, t, reading.sure]).toEqual([sheet.name, t, table.doubt === undefined]);
        if (table.doubt) expect(reading.confidence).toBeLessThan(0.6);
      });
    });
  });

  it("is unsure of a header little speaks for, of two header rows that disagree, of a row scoring under the total, of a hidden row that scores, of people a filter hides and of a deduction typed beside the table", () => {
    const { layout } = recognize(DOUBTFUL);
    expect(layout.sheets.map((s) => s.tables?.[0]?.doubt?.code)).toEqual([
      "layout.weakHeader",
      "layout.competingHeaders",
      "layout.afterTotal",
      "layout.hiddenRows",
      "layout.hiddenPeople",
      "layout.scoringField",
    ]);
  });
});
