import type { RuleReading } from "../../src/appraisal/appraisal";
import { appraiseSheet, appraiseWorkbook } from "../../src/appraisal/appraise";
import { headerValue } from "../../src/appraisal/cells";
import { sheetScale } from "../../src/appraisal/items";
import { reportOf, ScoreReport, sheetReport, type SheetScore } from "../../src/appraisal/report";
import type { Rule } from "../../src/engine/rule";
import { message } from "../../src/i18n";
import { planSheet } from "../../src/plan/scoring";
import { columnIndex, parseAddress } from "../../src/layout/a1";
import type { CellValue, Grid } from "../../src/layout/grid";
import type { FormTable, Layout, RosterTable, SheetLayout } from "../../src/layout/layout";

/** A sheet's appraisal as `kpi score` reports it. */
const scoreSheet = (grid: Grid, sheet: SheetLayout): SheetScore => sheetReport(appraiseSheet(grid, sheet));
const scoreWorkbook = (grids: Grid[], layout: Layout): ScoreReport =>
  reportOf(appraiseWorkbook(grids, layout));

/** A grid from rows of cells (row 1 first), with number formats by address ("D3": "0%"). */
function gridOf(rows: CellValue[][], formats: Record<string, string> = {}): Grid {
  const f: Record<string, string> = {};
  for (const [ref, format] of Object.entries(formats)) {
    const c = parseAddress(ref);
    if (c) f[`${c.row},${c.column}`] = format;
  }
  return {
    name: "表",
    rows: rows.length,
    columns: Math.max(...rows.map((r) => r.length)),
    values: rows,
    formats: f,
    formulas: {},
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

const BAND = "≥90%得60分，80%-90%得40分，低于80%不得分";
const DEDUCT = "错误一次扣10分，扣完为止";

/** 姓名 in B1; header row 2: 项目 | 权重 | 评分标准 | 实际 | 得分; items from row 3; grade text in A6. */
function form(actuals: [CellValue, CellValue], rules: [string, string] = [BAND, DEDUCT], weights = [60, 40]) {
  const grid = gridOf(
    [
      ["姓名：", "张三"],
      ["项目", "权重", "评分标准", "实际", "得分"],
      ["销售额完成率", weights[0] as number, rules[0], actuals[0], null],
      ["差错", weights[1] as number, rules[1], actuals[1], null],
      ["合计", null, null, null, null],
      ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)；系数：A 1.2、B 1.0、C 0.8、D 0.5"],
    ],
    { D3: "0%" },
  );
  const table: FormTable = {
    headerRow: 2,
    columns: { item: "A", weight: "B", rule: "C", actual: "D", score: "E" },
    sections: [],
    items: [
      {
        row: 3,
        name: "销售额完成率",
        section: null,
        weight: weights[0] as number,
        rule: null,
        ruleText: rules[0],
      },
      { row: 4, name: "差错", section: null, weight: weights[1] as number, rule: null, ruleText: rules[1] },
    ],
    total: { cell: "E5" },
    gradeTable: { cell: "A6" },
  };
  const sheet: SheetLayout = { name: "表", kind: "form", tables: [table], header: { name: "B1" } };
  return { grid, sheet };
}

describe("scoring a form", () => {
  it("scores each item by its rule, sums the total and grades it by the sheet's own table", () => {
    const { grid, sheet } = form([0.85, 1]);
    const got = scoreSheet(grid, sheet);
    expect(got.people).toEqual([
      {
        name: "张三",
        total: 70,
        grade: "C",
        coefficient: 0.8,
        items: [
          { row: 3, score: 40 },
          { row: 4, score: 30 },
        ],
      },
    ]);
    expect(got.warnings).toEqual([]);
    expect(() => ScoreReport.parse({ sheets: [got] })).not.toThrow();
  });

  it("reads a number in a percent-formatted cell as a fraction and a plain 95 as 95%", () => {
    const { grid, sheet } = form([0.95, 0]);
    expect(scoreSheet(grid, sheet).people[0]?.items[0]).toEqual({ row: 3, score: 60 });
    const plain = form([95, 0]);
    plain.grid.formats = {};
    expect(scoreSheet(plain.grid, plain.sheet).people[0]?.items[0]).toEqual({ row: 3, score: 60 });
  });

  it("reads a response time typed into a time cell (0:35 shown, days stored) as 35 seconds", () => {
    const rule = "≤35秒得60分；35</≤45得40分；>45秒不得分";
    const { grid, sheet } = form([35 / 86400, 0], [rule, DEDUCT]);
    grid.formats = { "2,3": "[m]:ss" };
    const got = appraiseSheet(grid, sheet);
    expect(sheetReport(got).people[0]?.items[0]).toEqual({ row: 3, score: 60 });
    const late = form([44 / 86400, 0], [rule, DEDUCT]);
    late.grid.formats = { "2,3": "mm:ss" };
    expect(scoreSheet(late.grid, late.sheet).people[0]?.items[0]).toEqual({ row: 3, score: 40 });
    // The live formula reads the cell's days as seconds; a custom function would read them as days.
    const portable = planSheet(grid, got, "portable");
    expect(portable.writes.find((w) => w.cell === "E3")).toMatchObject({
      formula: expect.stringContaining("D3*86400"),
      shows: 60,
    });
    const functions = planSheet(grid, got, "functions");
    expect(functions.writes.find((w) => w.cell === "E3")).toMatchObject({ value: 60 });
    expect(functions.warnings).toContainEqual(
      expect.objectContaining({ code: "patch.durationCell", params: { cell: "D3" } }),
    );
  });

  it("asks rather than reads a time cell under a rule that counts or measures no time", () => {
    const { grid, sheet } = form([0.5, 0]);
    grid.formats = { "2,3": "h:mm" };
    const got = scoreSheet(grid, sheet);
    expect(got.people[0]?.items[0]).toEqual({ row: 3, score: null });
    expect(got.warnings[0]).toMatchObject({ code: "quantity.unitMismatch", cell: "D3" });
  });

  it("asks whether 5-point bands on items worth 40 and 30 are converted to the weight, where another item is not on 5 points", () => {
    const rules = [
      "≥100%得5分，90%-100%得4分，低于90%得1分",
      "≥95%得5分，90%-95%得4分，低于90%得2分",
      "上级评分，最高30分",
    ] as const;
    const grid = gridOf([
      ["姓名：", "张三"],
      ["项目", "权重", "评分标准", "实际", "得分"],
      ["销售额完成率", 40, rules[0], 0.95, null],
      ["回款率", 30, rules[1], 0.96, null],
      ["工作态度", 30, rules[2], 24, null],
      ["合计"],
    ]);
    const table: FormTable = {
      headerRow: 2,
      columns: { item: "A", weight: "B", rule: "C", actual: "D", score: "E" },
      sections: [],
      items: ["销售额完成率", "回款率", "工作态度"].map((name, i) => ({
        row: 3 + i,
        name,
        section: null,
        weight: [40, 30, 30][i] as number,
        rule: null,
        ruleText: rules[i] as string,
      })),
      total: { cell: "E6" },
    };
    const got = scoreSheet(grid, { name: "表", kind: "form", tables: [table], header: { name: "B1" } });
    expect(got.people[0]?.total).toBeNull();
    expect(got.people[0]?.items.map((i) => i.score)).toEqual([null, null, 24]);
    expect(got.warnings.filter((w) => w.code === "doubt.partScale").map((w) => w.cell)).toEqual(["C3", "C4"]);
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(got.warnings[0] as never, locale)).toContain("40");
  });

  it("leaves a blank actual not scored yet: no total, and names the item", () => {
    const { grid, sheet } = form([0.95, null]);
    const got = scoreSheet(grid, sheet);
    expect(got.people[0]).toMatchObject({ total: null, grade: null, coefficient: null });
    expect(got.people[0]?.items).toEqual([
      { row: 3, score: 60 },
      { row: 4, score: null },
    ]);
    expect(got.warnings).toEqual([
      { code: "score.pending", params: { item: "差错", cell: "D4" }, cell: "D4" },
    ]);
    expect(message(got.warnings[0] as never)).toBe("“差错”尚未填写实际值（D4），暂不计算总分");
  });

  it("names the cell and the engine's reason when the rule refuses a text actual", () => {
    const { grid, sheet } = form(["很好", 0]);
    const got = scoreSheet(grid, sheet);
    expect(got.people[0]?.total).toBeNull();
    expect(got.people[0]?.items[0]).toEqual({ row: 3, score: null });
    expect(got.warnings).toEqual([{ code: "quantity.unparseable", params: { input: "很好" }, cell: "D3" }]);
  });

  it("names the rule cell when the rule text is not understood", () => {
    const { grid, sheet } = form([0.95, 1], [BAND, "直播后台数据表整理和汇报"]);
    const got = scoreSheet(grid, sheet);
    expect(got.people[0]?.total).toBeNull();
    expect(got.warnings).toEqual([expect.objectContaining({ code: "rule.notUnderstood", cell: "C4" })]);
  });

  it("hands the points of an N/A item to the others", () => {
    const { grid, sheet } = form([0.85, "不适用"]);
    const got = scoreSheet(grid, sheet);
    // 40 of 60 points, scaled to the full 100: 66.67
    expect(got.people[0]).toMatchObject({ total: 66.67, grade: "D", coefficient: 0.5 });
    expect(got.people[0]?.items[1]).toEqual({ row: 4, score: null, notApplicable: true });
    expect(got.warnings).toEqual([
      { code: "score.notApplicable", params: { item: "差错", cell: "D4" }, cell: "D4" },
    ]);
  });

  it("writes score × weight for items on a 5-point scale and totals out of 5", () => {
    const five = "完成率达到100%的评5分，达到90%-99%的评4分，未达到90%的评0分";
    const { grid, sheet } = form([0.93, 5], [five, "上级评分，满分5分"]);
    // Not graded: a total out of 5 graded by a table out of 100 is asked about instead.
    delete (sheet.tables?.[0] as FormTable).gradeTable;
    const got = scoreSheet(grid, sheet);
    expect(got.people[0]?.items).toEqual([
      { row: 3, score: 2.4 },
      { row: 4, score: 2 },
    ]);
    expect(got.people[0]?.total).toBe(4.4);
  });

  it("weights sections 80/20 and adds 加减分项 outside the 100", () => {
    const grid = gridOf([
      ["姓名", "李四"],
      ["类别", "项目", "权重", "评分标准", "实际", "得分"],
      ["关键绩效(80%)", "销售额", 100, "≥90%得100分，低于90%得50分", "92%", null],
      ["行为(20%)", "态度", 100, "上级评分", 80, null],
      ["加减分项", "投诉", null, "投诉一次扣3分", 1, null],
    ]);
    const table: FormTable = {
      headerRow: 2,
      columns: { category: "A", item: "B", weight: "C", rule: "D", actual: "E", score: "F" },
      sections: [
        { name: "关键绩效", weight: 0.8, firstRow: 3, lastRow: 3 },
        { name: "行为", weight: 0.2, firstRow: 4, lastRow: 4 },
        { name: "加减分项", weight: null, adjustment: true, firstRow: 5, lastRow: 5 },
      ],
      items: [
        {
          row: 3,
          name: "销售额",
          section: "关键绩效",
          weight: 100,
          rule: null,
          ruleText: "≥90%得100分，低于90%得50分",
        },
        { row: 4, name: "态度", section: "行为", weight: 100, rule: null, ruleText: "上级评分" },
        { row: 5, name: "投诉", section: "加减分项", weight: null, rule: null, ruleText: "投诉一次扣3分" },
      ],
    };
    const got = scoreSheet(grid, { name: "表", kind: "form", tables: [table], header: { name: "B1" } });
    // 100 × 80% + 80 × 20% − 3 = 93, graded and coefficiented by the engine's defaults
    expect(got.people[0]).toEqual({
      name: "李四",
      total: 93,
      grade: "A",
      coefficient: 0.8,
      sections: [
        { name: "关键绩效", score: 100 },
        { name: "行为", score: 80 },
        { name: "加减分项", score: -3 },
      ],
      items: [
        { row: 3, score: 100 },
        { row: 4, score: 80 },
        { row: 5, score: -3 },
      ],
    });
  });

  it("asks where the adjustments add up past the cap their section's label states, and scores them within it", () => {
    const section = "加减分项（加减分合计不超过10分）";
    const sheetWith = (count: number) => {
      const grid = gridOf([
        ["姓名", "李四"],
        ["类别", "项目", "权重", "评分标准", "实际", "得分"],
        ["业绩", "销售额", 100, "≥90%得100分，低于90%得50分", "92%", null],
        [section, "创新", null, "每项创新加5分", count, null],
      ]);
      const table: FormTable = {
        headerRow: 2,
        columns: { category: "A", item: "B", weight: "C", rule: "D", actual: "E", score: "F" },
        sections: [{ name: section, weight: null, adjustment: true, firstRow: 4, lastRow: 4 }],
        items: [
          {
            row: 3,
            name: "销售额",
            section: null,
            weight: 100,
            rule: null,
            ruleText: "≥90%得100分，低于90%得50分",
          },
          { row: 4, name: "创新", section, weight: null, rule: null, ruleText: "每项创新加5分" },
        ],
      };
      return scoreSheet(grid, { name: "表", kind: "form", tables: [table], header: { name: "B1" } });
    };
    expect(sheetWith(2).people[0]?.total).toBe(110);
    const over = sheetWith(3);
    expect(over.people[0]).toMatchObject({ total: null, grade: null });
    expect(over.warnings).toContainEqual({
      code: "score.sectionCap",
      params: { section, sum: 15, cell: "A4" },
      cell: "A4",
    });
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(over.warnings.find((w) => w.code === "score.sectionCap") as never, locale)).toContain(
        "15",
      );
  });

  it("gives no grade or coefficient when the sheet's own table cannot be read", () => {
    const { grid, sheet } = form([0.95, 0]);
    (grid.values[5] as CellValue[])[0] = "等级：A(优)、B(良)、C(中)、D(差)";
    const got = scoreSheet(grid, sheet);
    expect(got.people[0]).toMatchObject({ total: 100, grade: null, coefficient: null });
    expect(got.warnings).toEqual([{ code: "score.gradeTable", params: { cell: "A6" }, cell: "A6" }]);
  });
});

describe("scoring a roster", () => {
  it("scores one person a row, items by indicator column", () => {
    const grid = gridOf([
      ["序号", "姓名", "GMV完成率", "差错", "总分"],
      ["权重", null, 60, 40, 100],
      ["评分标准", null, BAND, DEDUCT, null],
      [1, "张三", "92%", 0, null],
      [2, "李四", "85%", null, null],
    ]);
    const table: RosterTable = {
      headerRow: 1,
      columns: { name: "B", total: "E" },
      weightRow: 2,
      ruleRow: 3,
      indicators: [
        { column: "C", name: "GMV完成率", weight: 60, rule: null, ruleText: BAND },
        { column: "D", name: "差错", weight: 40, rule: null, ruleText: DEDUCT },
      ],
      people: [
        { row: 4, name: "张三" },
        { row: 5, name: "李四" },
      ],
    };
    const report = scoreWorkbook([grid], { sheets: [{ name: "表", kind: "roster", tables: [table] }] });
    expect(report.sheets[0]?.people).toEqual([
      {
        row: 4,
        name: "张三",
        total: 100,
        grade: "A",
        coefficient: 1,
        items: [
          { column: "C", score: 60 },
          { column: "D", score: 40 },
        ],
      },
      {
        row: 5,
        name: "李四",
        total: null,
        grade: null,
        coefficient: null,
        items: [
          { column: "C", score: 40 },
          { column: "D", score: null },
        ],
      },
    ]);
    expect(report.sheets[0]?.warnings).toEqual([
      { code: "score.pending", params: { item: "差错", cell: "D5" }, cell: "D5" },
    ]);
  });
});

describe("warnings of a roster", () => {
  it("names an unreadable rule cell once, not once a person", () => {
    const grid = gridOf([
      ["姓名", "汇报"],
      ["评分标准", "直播后台数据表整理和汇报"],
      ["张三", 1],
      ["李四", 2],
    ]);
    const table: RosterTable = {
      headerRow: 1,
      columns: { name: "A" },
      ruleRow: 2,
      indicators: [
        { column: "B", name: "汇报", weight: 100, rule: null, ruleText: "直播后台数据表整理和汇报" },
      ],
      people: [
        { row: 3, name: "张三" },
        { row: 4, name: "李四" },
      ],
    };
    const got = scoreSheet(grid, { name: "表", kind: "roster", tables: [table] });
    expect(got.people.map((p) => p.total)).toEqual([null, null]);
    expect(got.warnings).toEqual([expect.objectContaining({ code: "rule.notUnderstood", cell: "B2" })]);
  });

  it("says when a name stands on two rows, and scores each row on its own figures", () => {
    const grid = gridOf([
      ["姓名", "销售额完成率"],
      ["评分标准", "≥100%得100分，90%-99.9%得80分，低于90%不得分"],
      ["张三", 1],
      ["李四", 0.95],
      ["张三", 0.5],
    ]);
    const table: RosterTable = {
      headerRow: 1,
      columns: { name: "A" },
      ruleRow: 2,
      indicators: [
        {
          column: "B",
          name: "销售额完成率",
          weight: 100,
          rule: null,
          ruleText: "≥100%得100分，90%-99.9%得80分，低于90%不得分",
        },
      ],
      people: [
        { row: 3, name: "张三" },
        { row: 4, name: "李四" },
        { row: 5, name: "张三" },
      ],
    };
    const got = scoreSheet(grid, { name: "表", kind: "roster", tables: [table] });
    expect(got.people.map((p) => p.total)).toEqual([100, 80, 0]);
    expect(got.warnings).toEqual([
      expect.objectContaining({
        code: "score.personTwice",
        cell: "A5",
        params: { name: "张三", first: 3, row: 5 },
      }),
    ]);
  });
});

describe("helpers", () => {
  it("reads addresses and header values", () => {
    expect(columnIndex("A")).toBe(0);
    expect(columnIndex("AA")).toBe(26);
    expect(parseAddress("$C$5")).toEqual({ row: 4, column: 2 });
    expect(parseAddress("A1:B2")).toBeNull();
    expect(headerValue("被考核人：孙悦")).toBe("孙悦");
    expect(headerValue("Employee: Zhang San")).toBe("Zhang San");
    expect(headerValue("张三")).toBe("张三");
  });

  it("finds a 100-point scale only where rules state 100 and the weights are shares", () => {
    const band = (points: number): RuleReading => {
      const rule: Rule = {
        kind: "band",
        unit: "percent",
        bands: [{ min: { value: 0.9, inclusive: true, explicit: true }, score: { type: "points", points } }],
      };
      return { rule, source: "text", text: "", cell: "C3", inCell: false };
    };
    expect(
      sheetScale([
        { weight: 70, adjustment: false, rule: band(100) },
        { weight: 30, adjustment: false, rule: band(100) },
      ]),
    ).toBe(100);
    expect(
      sheetScale([
        { weight: 70, adjustment: false, rule: band(70) },
        { weight: 30, adjustment: false, rule: band(30) },
      ]),
    ).toBeUndefined();
    expect(sheetScale([{ weight: 100, adjustment: false, rule: band(100) }])).toBeUndefined();
  });
});

describe("grades, coefficients and pay on a sheet that states no table for them", () => {
  const roster = (extra: string[], base: (number | null)[] = []) => {
    const grid = gridOf([
      ["序号", "姓名", "GMV完成率", "差错", "总分", ...extra],
      ["权重", null, 60, 40, 100],
      ["评分标准", null, BAND, DEDUCT, null],
      [1, "张三", "92%", 0, null, ...extra.map((h) => (h === "绩效基数" ? (base[0] ?? null) : null))],
    ]);
    const letters = "FGHI";
    const role = (h: string) =>
      ({ 等级: "grade", 绩效系数: "coefficient", 绩效基数: "base", 绩效工资: "pay" })[h] as string;
    const table: RosterTable = {
      headerRow: 1,
      columns: {
        name: "B",
        total: "E",
        ...Object.fromEntries(extra.map((h, i) => [role(h), letters[i] as string])),
      },
      weightRow: 2,
      ruleRow: 3,
      indicators: [
        { column: "C", name: "GMV完成率", weight: 60, rule: null, ruleText: BAND },
        { column: "D", name: "差错", weight: 40, rule: null, ruleText: DEDUCT },
      ],
      people: [{ row: 4, name: "张三" }],
    };
    return appraiseSheet(grid, { name: "表", kind: "roster", tables: [table] });
  };

  it("grade by the add-in's default table, saying so at the grade column", () => {
    const result = roster(["等级"]);
    expect(result.tables[0]?.people[0]).toMatchObject({ total: 100, grade: "A" });
    expect(result.warnings).toEqual([
      {
        code: "score.defaultGrades",
        params: { cell: "F1", grades: "A+(>100分)、A(81-100分)、B(61-80分)、C(≤60分)" },
        cell: "F1",
      },
    ]);
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(result.warnings[0] as never, locale)).toContain("F1");
  });

  it("give no coefficient and no pay (money is never made up), saying why at the coefficient column", () => {
    const result = roster(["绩效系数", "绩效基数", "绩效工资"], [3000]);
    expect(result.tables[0]?.people[0]).toMatchObject({ total: 100, coefficient: null, pay: null });
    expect(result.warnings).toEqual([
      { code: "score.noCoefficientTable", params: { cell: "F1" }, cell: "F1" },
    ]);
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(result.warnings[0] as never, locale)).toContain("F1");
  });

  it("give no pay from a base alone, saying why at the pay column", () => {
    const result = roster(["绩效基数", "绩效工资"], [3000]);
    expect(result.tables[0]?.people[0]).toMatchObject({ total: 100, pay: null });
    expect(result.warnings).toEqual([
      { code: "score.noCoefficientTable", params: { cell: "G1" }, cell: "G1" },
    ]);
  });
});

describe("a roster of totals typed on the sheet, with no indicators", () => {
  const grid = gridOf([
    ["序号", "姓名", "考核得分", "等级", "系数", "绩效基数", "绩效工资"],
    [1, "张三", 96, null, null, 3000, null],
    [2, "李四", 72.5, null, null, 2500, null],
    [3, "王五", null, null, null, 2500, null],
  ]);
  const table: RosterTable = {
    headerRow: 1,
    columns: { name: "B", total: "C", grade: "D", coefficient: "E", base: "F", pay: "G" },
    indicators: [],
    people: [
      { row: 2, name: "张三" },
      { row: 3, name: "李四" },
      { row: 4, name: "王五" },
    ],
    gradeTable: { cell: "I1" },
  };
  (grid.values[0] as CellValue[])[8] =
    "S(≥95分)、A(85-94分)、B(70-84分)、C(<70分)；系数：S 1.5、A 1.2、B 1.0、C 0.6";

  it("grades each typed total and gives its coefficient and pay; a blank total is said, with its cell", () => {
    const result = appraiseSheet(grid, { name: "表", kind: "roster", tables: [table] });
    expect(result.tables[0]?.typedTotals).toBe(true);
    expect(result.tables[0]?.people.map((p) => [p.total, p.grade, p.coefficient, p.pay])).toEqual([
      [96, "S", 1.5, 4500],
      [72.5, "B", 1, 2500],
      [null, null, null, null],
    ]);
    expect(result.warnings).toEqual([{ code: "score.totalPending", params: { cell: "C4" }, cell: "C4" }]);
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(result.warnings[0] as never, locale)).toContain("C4");
  });

  it("writes pay as a number, not a formula, over a base typed as text (5000元); a blank base is said", () => {
    const typed = { ...grid, values: grid.values.map((r) => [...r]) };
    (typed.values[1] as CellValue[])[5] = "3000元";
    (typed.values[2] as CellValue[])[5] = null;
    const result = appraiseSheet(typed, { name: "表", kind: "roster", tables: [table] });
    expect(result.tables[0]?.people.map((p) => p.pay)).toEqual([4500, null, null]);
    expect(result.warnings).toContainEqual({ code: "score.payPending", params: { cell: "F3" }, cell: "F3" });
    const writes = planSheet(typed, result, "portable").writes;
    expect(writes.find((w) => w.cell === "G2")).toMatchObject({ value: 4500 });
    expect(writes.filter((w) => w.cell.startsWith("G") && "formula" in w)).toEqual([]);
  });

  it("never writes over a typed total: the grade, coefficient and pay are written over its cell", () => {
    const result = appraiseSheet(grid, { name: "表", kind: "roster", tables: [table] });
    const writes = planSheet(grid, result, "portable").writes;
    expect(writes.some((w) => w.cell.startsWith("C"))).toBe(false);
    expect(writes.find((w) => w.cell === "D2")).toMatchObject({
      formula: expect.stringContaining("C2"),
      shows: "S",
    });
    expect(writes.find((w) => w.cell === "G2")).toMatchObject({ formula: "=ROUND(F2*E2,2)", shows: 4500 });
  });
});

describe("a summary sheet whose totals are formulas over the forms this run scores", () => {
  const formGrid = (name: string, actual: number): Grid => ({
    ...gridOf([
      ["姓名：", name],
      ["项目", "权重", "评分标准", "实际", "得分"],
      ["销售额完成率", 100, BAND, actual, null],
      ["合计", null, null, null, null],
    ]),
    name,
  });
  const form = (name: string): SheetLayout => ({
    name,
    kind: "form",
    header: { name: "B1" },
    tables: [
      {
        headerRow: 2,
        columns: { item: "A", weight: "B", rule: "C", actual: "D", score: "E" },
        sections: [],
        items: [{ row: 3, name: "销售额完成率", section: null, weight: 100, rule: null, ruleText: BAND }],
        total: { cell: "E4" },
      },
    ],
  });
  const summary = (formulas: Record<string, string>): Grid => ({
    ...gridOf([
      ["姓名", "考核得分", "等级"],
      ["张三", 0, null],
      ["李四", 0, null],
      [],
      ["等级：A(≥90分)、B(60-89分)、C(<60分)"],
    ]),
    name: "汇总",
    formulas,
  });
  const summaryLayout: SheetLayout = {
    name: "汇总",
    kind: "roster",
    tables: [
      {
        headerRow: 1,
        columns: { name: "A", total: "B", grade: "C" },
        indicators: [],
        people: [
          { row: 2, name: "张三" },
          { row: 3, name: "李四" },
        ],
        gradeTable: { cell: "A5" },
      },
    ],
  };

  it("grades each linked total by the total worked out now, not by the value the file kept from before", () => {
    const grids = [
      formGrid("张三", 0.95),
      formGrid("李四", 0.5),
      summary({ "1,1": "'张三'!E4", "2,1": "李四!$E$4" }),
    ];
    const layout: Layout = { sheets: [form("张三"), form("李四"), summaryLayout] };
    const got = appraiseWorkbook(grids, layout);
    const people = got.sheets[2]?.tables[0]?.people.map((p) => [p.name, p.total, p.grade]);
    expect(people).toEqual([
      ["张三", 60, "B"],
      ["李四", 0, "C"],
    ]);
  });

  it("asks about a typed total that differs from the one the person's own sheet gives now", () => {
    // 0 typed for 张三, whose sheet scores 60: graded C before, as typed.
    const grids = [formGrid("张三", 0.95), formGrid("李四", 0.5), summary({})];
    const layout: Layout = { sheets: [form("张三"), form("李四"), summaryLayout] };
    const got = appraiseWorkbook(grids, layout);
    const people = got.sheets[2]?.tables[0]?.people.map((p) => [p.name, p.total, p.grade]);
    expect(people).toEqual([
      ["张三", null, null],
      ["李四", 0, "C"],
    ]);
    const differs = got.sheets[2]?.warnings.find((w) => w.code === "score.totalDiffers");
    expect(differs).toMatchObject({
      cell: "B2",
      params: { name: "张三", typed: 0, form: 60, sheet: "张三" },
    });
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(differs as never, locale)).toContain("60");
  });

  it("asks about a linked total it cannot follow (a sum over a scored sheet), naming the cell", () => {
    const grids = [formGrid("张三", 0.95), formGrid("李四", 0.5), summary({ "1,1": "SUM('张三'!E3:E3)" })];
    const layout: Layout = { sheets: [form("张三"), form("李四"), summaryLayout] };
    const got = appraiseWorkbook(grids, layout);
    expect(got.sheets[2]?.tables[0]?.people[0]).toMatchObject({ total: null, grade: null });
    expect(got.sheets[2]?.warnings).toContainEqual(
      expect.objectContaining({ code: "score.totalLinked", cell: "B2" }),
    );
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(
        message(got.sheets[2]?.warnings.find((w) => w.code === "score.totalLinked") as never, locale),
      ).toContain("B2");
  });
});
