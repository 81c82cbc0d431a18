import { appraiseWorkbook } from "../../src/appraisal/appraise";
import { reportOf } from "../../src/appraisal/report";
import { message } from "../../src/i18n";
import type { CellValue, Grid } from "../../src/layout/grid";
import { recognize } from "../../src/layout/recognize";

/**
 * A sheet's own grade and coefficient tables, read as HR wrote them, or set aside with the reason
 * when they do not say one thing: a grade, coefficient or pay is never written from a guess.
 */

/** A typed-score form (30 + 30 + 40 points) with 合计 / 等级 / 绩效系数 rows, then `below` from
 * row 11 (a grade text or a table in cells). */
function form(scores: [number, number, number], below: CellValue[][], name = "客服"): Grid {
  const values: CellValue[][] = [
    ["直播客服月度考核表"],
    ["姓名：陈静", null, "岗位：直播客服", null, "考核月份：2024年6月"],
    ["序号", "考核项目", "考核内容", "分值", "评分", "备注"],
    [1, "响应及时", "平均首次响应不超过1分钟", 30, scores[0]],
    [2, "服务态度", "无差评、无投诉", 30, scores[1]],
    [3, "询单转化", "询单转化率达到目标", 40, scores[2]],
    ["合计"],
    ["等级"],
    ["绩效系数"],
    [],
    ...below,
  ];
  const box = (ref: string) => {
    const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(ref) as RegExpExecArray;
    const col = (c: string) => c.charCodeAt(0) - 65;
    return {
      top: Number(m[2]) - 1,
      left: col(m[1] as string),
      bottom: Number(m[4]) - 1,
      right: col(m[3] as string),
    };
  };
  return {
    name,
    rows: values.length,
    columns: 6,
    values,
    formats: {},
    formulas: {},
    merges: ["A1:F1", "A7:D7", "A8:D8", "A9:D9"].map(box),
    hiddenRows: [],
    hiddenColumns: [],
  };
}

function scored(grids: Grid[]) {
  const report = reportOf(appraiseWorkbook(grids, recognize(grids).layout));
  const sheet = report.sheets[0];
  const person = sheet?.people[0];
  return {
    total: person?.total,
    grade: person?.grade,
    coefficient: person?.coefficient,
    warnings: (sheet?.warnings ?? []).map((w) => w.code),
  };
}

describe("a grade table in cells", () => {
  it("grades by the lowest score of each row, with its coefficient", () => {
    const grid = form(
      [28, 27, 30],
      [
        ["分值", "等级", "绩效系数"],
        [90, "A", 1.2],
        [80, "B", 1],
        [70, "C", 0.8],
        [0, "D", 0.5],
      ],
    );
    expect(scored([grid])).toMatchObject({ total: 85, grade: "B", coefficient: 1, warnings: [] });
  });

  it("reads an English table headed Rating | Min Score | Bonus Factor: the lowest scores, and the factor as the coefficient", () => {
    const grid = form(
      [28, 27, 30],
      [
        ["Rating", "Min Score", "Bonus Factor"],
        ["A", 90, 1.2],
        ["B", 80, 1],
        ["C", 70, 0.8],
        ["D", 0, 0.5],
      ],
    );
    expect(scored([grid])).toMatchObject({ total: 85, grade: "B", coefficient: 1, warnings: [] });
  });

  it("never takes a bonus amount for a coefficient: no coefficient or pay, and says why", () => {
    const grid = form(
      [28, 27, 30],
      [
        ["分值", "等级", "绩效奖金"],
        [90, "A", 2000],
        [80, "B", 1500],
        [70, "C", 1000],
        [0, "D", 0],
      ],
    );
    expect(scored([grid])).toEqual({
      total: 85,
      grade: "B",
      coefficient: null,
      warnings: ["score.gradeAmount"],
    });
  });

  it("asks when the scores may be each grade's highest (100 / 89 / 79 / 59) rather than its lowest", () => {
    const grid = form(
      [28, 27, 30],
      [
        ["分值", "等级", "绩效系数"],
        [100, "A", 1.2],
        [89, "B", 1],
        [79, "C", 0.8],
        [59, "D", 0.5],
      ],
    );
    expect(scored([grid])).toEqual({
      total: 85,
      grade: null,
      coefficient: null,
      warnings: ["score.gradeTableBounds"],
    });
  });

  it("gives no coefficient when a grade has none written, rather than the next grade's", () => {
    const grid = form(
      [30, 30, 33],
      [
        ["分值", "等级", "绩效系数"],
        [90, "A", null],
        [80, "B", 1],
        [70, "C", 0.8],
        [0, "D", 0.5],
      ],
    );
    expect(scored([grid])).toEqual({
      total: 93,
      grade: "A",
      coefficient: null,
      warnings: ["score.coefficientBlank"],
    });
  });

  it("asks when a row of the table has no grade, instead of falling back to the default table", () => {
    const grid = form(
      [30, 28, 27],
      [
        ["分值", "等级", "绩效系数"],
        [90, null, 1.2],
        [80, "B", 1],
        [70, "C", 0.8],
        [0, "D", 0.5],
      ],
    );
    expect(scored([grid])).toEqual({
      total: 85,
      grade: null,
      coefficient: null,
      warnings: ["score.gradeTableBlank"],
    });
  });

  it("reads coefficients typed as percents (120%)", () => {
    const grid = form(
      [28, 27, 30],
      [
        ["分值", "等级", "绩效系数"],
        [90, "A", "120%"],
        [80, "B", "100%"],
        [70, "C", "80%"],
        [0, "D", "0%"],
      ],
    );
    expect(scored([grid])).toMatchObject({ total: 85, grade: "B", coefficient: 1 });
  });

  it("does not take another sheet's list of results (部门 | 考核得分 | 考核等级) for the grade table", () => {
    const results: Grid = {
      ...form([0, 0, 0], [], "上月汇总"),
      values: [
        ["各部门5月考核结果"],
        ["部门", "考核得分", "考核等级"],
        ["直播部", 92, "A"],
        ["客服部", 85, "B"],
        ["运营部", 78, "C"],
        ["仓储部", 66, "D"],
      ],
      rows: 6,
      columns: 3,
      merges: [],
    };
    const grid = form([28, 27, 29], []);
    const layout = recognize([grid, results]).layout;
    const sheet = layout.sheets.find((s) => s.name === "客服");
    const table = sheet?.tables?.[0];
    expect(table && "gradeTable" in table ? table.gradeTable : undefined).toBeUndefined();
  });
});

describe("a grade text", () => {
  const text = (t: string) => form([28, 27, 32], [[t]]);

  it("asks when its bands overlap (A 85-100, B 80-90)", () => {
    expect(scored([text("等级：A(85-100分)、B(80-90分)、C(70-79分)、D(<70分)")])).toEqual({
      total: 87,
      grade: null,
      coefficient: null,
      warnings: ["score.gradeTableOverlap"],
    });
  });

  it("asks when its bands leave a gap (C 60-69, then B 80-89)", () => {
    expect(scored([text("等级：A(≥90分)、B(80-89分)、C(60-69分)、D(<60分)")])).toMatchObject({
      grade: null,
      warnings: ["score.gradeTableGap"],
    });
  });

  it("reads whole-number bands that meet (B 80-89, A ≥90) as one table", () => {
    expect(scored([text("等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)")])).toMatchObject({
      total: 87,
      grade: "B",
      warnings: [],
    });
  });

  it("keeps the grades but gives no coefficient when the coefficients fall as the grades rise", () => {
    const grid = form(
      [30, 28, 37],
      [["等级：D(<70分)、C(70-79分)、B(80-89分)、A(≥90分)；系数：1.2/1.0/0.8/0.5"]],
    );
    expect(scored([grid])).toEqual({
      total: 95,
      grade: "A",
      coefficient: null,
      warnings: ["score.coefficientOrder"],
    });
  });

  it("says each reason in the user's language, naming the cell", () => {
    for (const code of ["score.gradeTableGap", "score.coefficientOrder", "score.gradeAmount"] as const) {
      expect(message({ code, params: { cell: "A11" } }, "zh-CN")).toContain("A11");
      expect(message({ code, params: { cell: "A11" } }, "zh-TW")).toContain("A11");
      expect(message({ code, params: { cell: "A11" } }, "en-US")).toContain("A11");
    }
  });
});

describe("a coefficient or pay text under the grade text", () => {
  const below = (text: string) =>
    form(
      [28, 27, 30],
      [
        ["绩效基数", null, null, null, 3000],
        ["绩效工资"],
        ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)"],
        [text],
      ],
    );

  it("gives the coefficient and the pay it states", () => {
    const grids = [below("绩效系数：≥90分系数1.2，80-89分系数1.0，70-79分系数0.8，<70分系数0.5")];
    const report = reportOf(appraiseWorkbook(grids, recognize(grids).layout));
    expect(report.sheets[0]?.people[0]).toMatchObject({ total: 85, grade: "B", coefficient: 1, pay: 3000 });
  });

  it("pays the share of the base it states", () => {
    const grids = [below("绩效工资：≥90分发放全额，80-89分发放80%，70-79分发放60%，70分以下不发放")];
    const report = reportOf(appraiseWorkbook(grids, recognize(grids).layout));
    expect(report.sheets[0]?.people[0]).toMatchObject({ total: 85, grade: "B", pay: 2400 });
  });
});

describe("the pay base", () => {
  it("says why no pay is given when the base is not an amount (4000元/月)", () => {
    const grids = [
      form(
        [28, 27, 30],
        [
          ["绩效基数", null, null, null, "4000元/月"],
          ["绩效工资"],
          ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)；系数：A 1.2、B 1.0、C 0.8、D 0.5"],
        ],
      ),
    ];
    const report = reportOf(appraiseWorkbook(grids, recognize(grids).layout));
    expect(report.sheets[0]?.people[0]).toMatchObject({ total: 85, grade: "B", coefficient: 1, pay: null });
    expect(report.sheets[0]?.warnings).toEqual([
      { code: "score.payBase", params: { cell: "E11" }, cell: "E11" },
    ]);
  });
});
