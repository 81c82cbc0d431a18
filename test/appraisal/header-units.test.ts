import { appraiseSheet } from "../../src/appraisal/appraise";
import { sheetReport, type SheetScore } from "../../src/appraisal/report";
import { message } from "../../src/i18n";
import type { CellValue, Grid } from "../../src/layout/grid";
import type { FormTable, SheetLayout } from "../../src/layout/layout";
import { gridOf } from "../support/grid";
import { itemFormula } from "../../src/plan/formulas";

/**
 * Units written in a header or an item's name (`实际完成(%)`, `目标(万元)`, `客单价(元)`): the plain
 * numbers typed under them are read in that unit where the rule measures in it, and asked about
 * where the rule counts something else or its own range says the number means otherwise.
 */

type Row = [string, number, string, CellValue, CellValue];

/** 姓名 in B1; header row 2: 项目 | 权重 | 评分标准 | <target header> | <actual header> | 得分. */
function form(headers: [string, string], rows: Row[]): { grid: Grid; sheet: SheetLayout } {
  const values: CellValue[][] = [
    ["姓名：", "张三"],
    ["项目", "权重", "评分标准", headers[0], headers[1], "得分"],
    ...rows.map(([name, weight, rule, target, actual]) => [name, weight, rule, target, actual, null]),
    ["合计"],
  ];
  const grid: Grid = gridOf("表", values);
  const table: FormTable = {
    headerRow: 2,
    columns: { item: "A", weight: "B", rule: "C", target: "D", actual: "E", score: "F" },
    sections: [],
    items: rows.map(([name, weight, rule], i) => ({
      row: 3 + i,
      name,
      section: null,
      weight,
      rule: null,
      ruleText: rule,
    })),
    total: { cell: `F${3 + rows.length}` },
  };
  return { grid, sheet: { name: "表", kind: "form", tables: [table], header: { name: "B1" } } };
}

const score = ({ grid, sheet }: { grid: Grid; sheet: SheetLayout }): SheetScore =>
  sheetReport(appraiseSheet(grid, sheet));

describe("reading the unit a header gives the numbers typed under it", () => {
  it("reads 96 under 实际完成(%) as 96% and a 2 under 目标值(%) as a 2% target, not 200%", () => {
    const got = score(
      form(
        ["目标值(%)", "实际完成(%)"],
        [
          ["转化率", 60, "≥95%得60分，90%-95%得40分，低于90%不得分", 95, 96],
          ["退款率", 40, "≤2%得40分，2%-3%得20分，高于3%不得分", 2, 1.5],
        ],
      ),
    );
    expect(got.people[0]).toMatchObject({ total: 100 });
    expect(got.warnings).toEqual([]);
  });

  it("reads 25 under 实际(万元) as 250,000 yuan against a rule written in 万元", () => {
    const got = score(
      form(
        ["目标(万元)", "实际(万元)"],
        [["回款额", 100, "≥30万元得100分，20万元-30万元得60分，低于20万元不得分", 30, 25]],
      ),
    );
    expect(got.people[0]).toMatchObject({ total: 60 });
  });

  it("reads 46 under 实际(千元) as 46,000 yuan and 46 under 实际(万) as 460,000", () => {
    const rule = "≥40万元得100分，4万元-40万元得60分，低于4万元不得分";
    expect(score(form(["目标", "实际(千元)"], [["回款额", 100, rule, null, 46]])).people[0]).toMatchObject({
      total: 60,
    });
    expect(score(form(["目标", "实际(万)"], [["回款额", 100, rule, null, 46]])).people[0]).toMatchObject({
      total: 100,
    });
  });

  it("reads 90 under 响应时长(分钟) as an hour and a half against a rule written in hours", () => {
    const rule = "≤1小时得100分，1-2小时得60分，超过2小时不得分";
    for (const [header, typed, total] of [
      ["实际(分钟)", 90, 60],
      ["实际(min)", 150, 0],
      ["实际(秒)", 1800, 100],
      ["实际(小时)", 1.5, 60],
    ] as const)
      expect(score(form(["目标", header], [["响应时长", 100, rule, null, typed]])).people[0]).toMatchObject({
        total,
      });
  });

  it("reads a time unit in the item's name (平均响应时长(秒)) and never takes (分) for minutes", () => {
    const rule = "≤1分钟得100分，1-3分钟得60分，超过3分钟不得分";
    const named = score(form(["目标", "实际"], [["平均响应时长(秒)", 100, rule, null, 90]]));
    expect(named.people[0]).toMatchObject({ total: 60 });
    // 2 under (分) is read in the rule's own unit, minutes, as with no unit at all.
    const points = score(form(["目标", "实际(分)"], [["平均响应时长", 100, rule, null, 2]]));
    expect(points.people[0]).toMatchObject({ total: 60 });
  });

  it("leaves a count under a time header as typed: the unit heads the rows that measure time", () => {
    const got = score(form(["目标", "实际(分钟)"], [["差评", 100, "每出现1次差评扣20分", null, 2]]));
    expect(got.people[0]).toMatchObject({ total: 60 });
  });

  it("divides amounts typed in the same unit for a completion rate, whatever the unit", () => {
    const got = score(
      form(
        ["目标(万元)", "实际(万元)"],
        [["销售额", 100, "完成率≥100%得100分，90%-100%得80分，低于90%不得分", 50, 46]],
      ),
    );
    expect(got.people[0]).toMatchObject({ total: 80 });
  });

  it("asks, in every language, where the actual's header says 万元 and the target's 元: no ratio of two units", () => {
    const got = score(
      form(
        ["目标(元)", "实际(万元)"],
        [["销售额", 100, "完成率≥100%得100分，90%-100%得80分，低于90%不得分", 300000, 27]],
      ),
    );
    expect(got.people[0]).toMatchObject({ total: null });
    const [warning] = got.warnings;
    expect(warning).toMatchObject({ code: "score.headerUnits", cell: "E3" });
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(warning as never, locale)).toContain("万元");
  });

  it("reads a count of complaints under 实际完成(元) as a count: the amount's unit heads the other rows", () => {
    const got = score(
      form(
        ["目标(元)", "实际完成(元)"],
        [
          ["客单价", 60, "≥150元得60分，120-150元得40分，低于120元不得分", 150, 138],
          ["客户投诉", 40, "每有效投诉一次扣10分，扣完为止", "—", 1],
        ],
      ),
    );
    expect(got.people[0]).toMatchObject({ total: 70 });
  });

  it("asks, in every language, where (%) heads a number the rule counts in 单", () => {
    const got = score(
      form(
        ["目标", "完成情况(%)"],
        [["成交单数", 100, "≥60单得100分，40-59单得60分，低于40单不得分", null, 85]],
      ),
    );
    expect(got.people[0]).toMatchObject({ total: null });
    const [warning] = got.warnings;
    expect(warning).toMatchObject({ code: "score.headerUnit", cell: "E3" });
    expect(message(warning as never)).toContain("成交单数");
    expect(message(warning as never, "zh-TW")).toContain("表頭");
    expect(message(warning as never, "en-US")).toContain("(%)");
  });

  it("asks where 0.96 under (%) would be 0.96%, far below the rule's range, and 96% would fit it", () => {
    const got = score(
      form(["目标", "完成率(%)"], [["达成率", 100, "≥95%得100分，90%-95%得60分，低于90%不得分", null, 0.96]]),
    );
    expect(got.people[0]).toMatchObject({ total: null });
    expect(got.warnings[0]).toMatchObject({ code: "score.headerUnit" });
  });

  it("reads an item's own unit in its name (复购率(%)) when the column states none", () => {
    const got = score(
      form(["目标", "实际"], [["复购率(%)", 100, "≥30%得100分，20%-30%得60分，低于20%不得分", null, 32]]),
    );
    expect(got.people[0]).toMatchObject({ total: 100 });
  });

  it("writes the score, not a formula over the cell, where the header's unit decided the reading", () => {
    const sheet = form(
      ["目标", "实际完成(%)"],
      [["好评率", 100, "≥98%得100分，95%-98%得60分，低于95%不得分", null, 97.5]],
    );
    const appraisal = appraiseSheet(sheet.grid, sheet.sheet);
    const person = appraisal.tables[0]?.people[0];
    const item = person?.items[0];
    const outcome = person?.outcomes[0];
    expect(outcome).toMatchObject({ score: 60, unit: "%" });
    if (!item || !outcome) throw new Error("no item");
    expect(itemFormula(item, outcome, { row: 3, at: "3" }, "portable")).toMatchObject({
      ok: false,
      code: "patch.headerUnit",
    });
  });
});
