import type { CellValue, Grid } from "./grid";
import { gridOf } from "../../test/support/grid";
import type { FormTable, RosterTable } from "./layout";
import { recognizeSheet } from "./recognize";

/** The shapes real templates take, each pinned on a small grid (the fixtures of
 * test/fixtures/shapes show them whole). */

const grid = (values: CellValue[][], extra: Partial<Grid> = {}): Grid => gridOf("Sheet1", values, extra);
const form = (values: CellValue[][], extra: Partial<Grid> = {}): FormTable =>
  recognizeSheet(grid(values, extra)).sheet.tables?.[0] as FormTable;

describe("level columns", () => {
  it("reads numbers under one group header merged across them (评分(1-5分) over 1 | … | 5) as the levels", () => {
    const marks = (chosen: number) => [1, 2, 3, 4, 5].map((n) => (n === chosen ? "●" : "○"));
    const table = form(
      [
        ["测评项目", "权重", "评分(1-5分)", null, null, null, null, "备注"],
        [null, null, 1, 2, 3, 4, 5, null],
        ["专业能力", 0.5, ...marks(4)],
        ["沟通协作", 0.5, ...marks(5)],
        ["综合得分"],
        ["评分说明：5=优秀，4=良好，3=合格，2=待改进，1=差"],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
          { top: 0, left: 2, bottom: 0, right: 6 },
          { top: 0, left: 7, bottom: 1, right: 7 },
        ],
      },
    );
    expect(table.levelColumns).toEqual({ C: "1", D: "2", E: "3", F: "4", G: "5" });
    expect(table.levelPoints).toEqual({ C: 1, D: 2, E: 3, F: 4, G: 5 });
    expect(table.doubt).toBeUndefined();
  });

  it("reads a mark under a level as the answer, the level's points from its header", () => {
    const table = form([
      ["考核项目", "优秀(20分)", "良好(15分)", "合格(10分)", "得分"],
      ["责任心", "√", null, null, null],
      ["执行力", null, "●", null, null],
      ["合计"],
    ]);
    expect(table.levelInput).toBe("mark");
    expect(table.levelPoints).toEqual({ B: 20, C: 15, D: 10 });
    expect(table.doubt).toBeUndefined();
  });

  it("reads a score typed under one level as the answer", () => {
    const table = form([
      ["考核指标", "权重", "A", "B", "C", "得分"],
      ["GMV", "50%", null, 85, null, null],
      ["复购", "50%", 92, null, null, null],
      ["合计"],
    ]);
    expect(table.levelInput).toBe("score");
    expect(table.typedScore).toBeUndefined();
  });

  it("reads numbered levels as their points when the sheet says the top number is best", () => {
    const rows: CellValue[][] = [
      ["Competency", "Weight", "1", "2", "3", "Score"],
      ["Ownership", "50%", null, "✓", null, null],
      ["Learning", "50%", null, null, "✓", null],
      ["Total"],
    ];
    expect(form([...rows, ["3 = Excellent, 1 = Poor"]]).levelPoints).toEqual({ C: 1, D: 2, E: 3 });
  });

  it("is unsure of marks under numbered levels when the scale runs backwards or is not stated", () => {
    const rows: CellValue[][] = [
      ["Competency", "Weight", "1", "2", "3", "Score"],
      ["Ownership", "50%", null, "✓", null, null],
      ["Learning", "50%", null, null, "✓", null],
      ["Total"],
    ];
    expect(form([...rows, ["1 = Outstanding, 3 = Poor"]]).doubt?.code).toBe("layout.levelPoints");
    expect(form(rows).doubt?.code).toBe("layout.levelPoints");
  });
});

describe("grade tables anywhere on the sheet", () => {
  const items: CellValue[][] = [
    ["考核项目", "权重", "评分标准", "实际完成", "得分"],
    ["GMV", "100%", "≥100%得100分，低于100%不得分", 1, null],
    ["合计"],
  ];

  it("finds a grade text above the table, unlabelled", () => {
    expect(form([["A(≥95)、B(85-94)、C(<85)"], ...items]).gradeTable).toEqual({ cell: "A1" });
  });

  it("finds a table running across above the table", () => {
    const table = form([
      ["评级", "A", "B", "C"],
      ["分数", "≥90", "80-89", "<80"],
      ["系数", 1.2, 1, 0.8],
      [],
      ...items,
    ]);
    expect(table.gradeTable).toEqual({ range: "A1:D3", across: true });
  });

  it("finds a table beside the form, and keeps one it cannot read (a warning, not the default)", () => {
    const pad = (row: CellValue[]): CellValue[] => [...row, ...Array<CellValue>(5 - row.length).fill(null)];
    const scale: CellValue[][] = [
      ["分数", "等级"],
      ["≥90", "A"],
      ["<90", "B"],
    ];
    const beside = items.map((row, i) => [...pad(row), null, ...(scale[i] ?? [])]);
    expect(form(beside).gradeTable).toEqual({ range: "G1:H3" });
    expect(form([...items, ["等级标准：", "A、优秀 B、良好 C、合格 D、不合格"]]).gradeTable).toEqual({
      cell: "B4",
    });
  });

  it("does not take a job grade in the header block for a grade table", () => {
    expect(form([["Grade :", "O2"], ...items]).gradeTable).toBeUndefined();
  });
});

describe("header blocks", () => {
  it("reads several fields in one cell, apart by single blanks", () => {
    const { sheet } = recognizeSheet(
      grid([
        ["岗位：场控 部门：直播部 考核月份：2024年6月", null, "姓名：李华"],
        ...[
          ["考核项目", "权重", "评分标准", "得分"],
          ["GMV", 100, "酌情给分", null],
        ],
      ]),
    );
    expect(sheet.header).toEqual({ position: "A1", department: "A1", period: "A1", name: "C1" });
  });
});

describe("tables on one sheet", () => {
  const header: CellValue[] = ["序号", "考核项目", "分值", "评分"];
  it("goes on under the header repeated at a page break", () => {
    const table = form([header, [1, "话术", 50, 45], header, [2, "态度", 50, 40], ["合计"]]);
    expect(table.items.map((i) => i.row)).toEqual([2, 4]);
    expect(table.typedScore).toBe(true);
  });

  it("reads a second table under a title as a part of the first person's form", () => {
    const { sheet } = recognizeSheet(
      grid([
        ["姓名：张三"],
        header,
        [1, "话术", 50, 45],
        ["附加项目"],
        header,
        [1, "态度", 50, 40],
        ["合计"],
      ]),
    );
    expect(sheet.tables?.map((t) => (t as FormTable).partOf)).toEqual([undefined, 0]);
  });

  it("gives stacked forms each their own person", () => {
    const { sheet } = recognizeSheet(
      grid([
        ["姓名：张三"],
        header,
        [1, "话术", 100, 45],
        ["合计"],
        [],
        ["姓名：李四"],
        header,
        [1, "话术", 100, 40],
        ["合计"],
      ]),
    );
    expect(sheet.tables?.map((t) => (t as FormTable).header)).toEqual([{ name: "A1" }, { name: "A6" }]);
  });
});

describe("rosters", () => {
  it("reads a roster transposed: people across under a 姓名 corner, indicators down", () => {
    const table = recognizeSheet(
      grid([["姓名", "张三", "李四"], ["GMV完成率", 1.05, 0.9], ["转化率", 0.05, 0.04], ["总分"]]),
    ).sheet.tables?.[0] as RosterTable;
    expect(table).toMatchObject({ transposed: true, rows: { total: 4 } });
    expect(table.people.map((p) => [p.column, p.name])).toEqual([
      ["B", "张三"],
      ["C", "李四"],
    ]);
    expect(table.indicators.map((i) => [i.row, i.name])).toEqual([
      [2, "GMV完成率"],
      [3, "转化率"],
    ]);
  });

  it("reads limits and directions from a parameter table above the roster", () => {
    const table = recognizeSheet(
      grid([
        ["指标", "权重", "最高值", "最低值", "方向"],
        ["退货率", "100%", "2%", "10%", "负向"],
        [],
        ["姓名", "退货率", "总分"],
        ["张三", 0.03, null],
      ]),
    ).sheet.tables?.[0] as RosterTable;
    expect(table.indicators[0]).toMatchObject({
      weight: 100,
      parameters: { highest: 0.02, lowest: 0.1, direction: "lower" },
    });
  });
});

describe("doubts", () => {
  it("is unsure of a table with nowhere to enter a result", () => {
    expect(
      form([
        ["考核项目", "评分标准"],
        ["学识", "经验丰富 20\n尚可 10"],
        ["管理", "善于用人 30\n一般 10"],
      ]).doubt?.code,
    ).toBe("layout.noInput");
  });

  it("is unsure of several evaluators with no weights, and sure of them weighed", () => {
    const rows: CellValue[][] = [
      ["考核项目", "分值", "自评", "上级评分", "得分"],
      ["业绩", 60, 50, 55, null],
      ["态度", 40, 35, 30, null],
      ["合计"],
    ];
    expect(form(rows).doubt?.code).toBe("layout.evaluatorWeights");
    const weighed = form([...rows, ["说明：得分=自评×20%+上级评分×80%"]]);
    expect(weighed.doubt).toBeUndefined();
    expect(weighed.evaluators?.map((e) => e.weight)).toEqual([0.2, 0.8]);
    expect(weighed.evaluatorWeights).toEqual({ cell: "A5" });
  });
});

describe("the words of Traditional Chinese and English templates", () => {
  const sheet = (values: CellValue[][]) => recognizeSheet(grid(values)).sheet;

  it("reads 構面 as the category, 單位 and 評核月份 in the header block, 考核等第 as the grade row", () => {
    const read = sheet([
      ["員工姓名：范思妤", null, null, "單位：信義門市", null, "評核月份：2024年8月"],
      ["構面", "評核項目", "配分", "評分標準", "實際達成", "實得分數"],
      ["業績", "營業額達成率", 60, "≥100%得60分，低於100%不得分", 1, null],
      ["服務", "顧客滿意度", 40, "≥95%得40分，低於95%不得分", 0.96, null],
      ["總計"],
      ["考核等第"],
    ]);
    const table = read.tables?.[0] as FormTable;
    expect(read.header).toEqual({ name: "A1", department: "D1", period: "F1" });
    expect(table.columns.category).toBe("A");
    expect(table.grade).toEqual({ cell: "F6" });
  });

  it("reads an English form's Review Period and its Performance Rating row", () => {
    const read = sheet([
      ["Employee Name", "Olivia Chen", "Review Period", "Q3 2024"],
      ["Objective", "Weighting", "Scoring Criteria", "Result", "Points Earned"],
      ["CSAT", 1, "≥90%: 100 pts; below 90%: 0", 0.92, null],
      ["Overall Score"],
      ["Performance Rating"],
    ]);
    expect(read.header).toEqual({ name: "B1", period: "D1" });
    expect((read.tables?.[0] as FormTable).grade).toEqual({ cell: "E5" });
  });

  it("reads a roster's Team / 單位 as the unit, Weighted Score as the total and 等第 as the grade", () => {
    const en = sheet([
      ["Employee", "Team", "Revenue (60%)", "Teamwork (40%)", "Weighted Score", "Rating"],
      ["Ava Lin", "North", 90, 80, null, null],
      ["Ben Roy", "South", 100, 90, null, null],
    ]).tables?.[0] as RosterTable;
    expect(en.columns).toEqual({ name: "A", department: "B", total: "E", grade: "F" });
    expect(en.indicators.map((i) => [i.column, i.weight])).toEqual([
      ["C", 60],
      ["D", 40],
    ]);
    const tw = sheet([
      ["店長姓名", "單位", "營收達成(60)", "團隊協作(40)", "總分", "等第"],
      ["施若綺", "中山店", 50, 30, null, null],
      ["馮子豪", "板橋店", 40, 35, null, null],
    ]).tables?.[0] as RosterTable;
    expect(tw.columns).toEqual({ name: "A", department: "B", total: "E", grade: "F" });
    expect(tw.indicators.map((i) => i.column)).toEqual(["C", "D"]);
  });

  it("reads 扣分原因 as remarks and a bare 实际 as the actual value", () => {
    const table = sheet([
      ["考核项目", "权重", "评分标准", "实际", "得分", "扣分原因"],
      ["入库准确率", "60%", "≥99%得60分，低于99%不得分", 0.995, null, null],
      ["安全检查", "40%", "每发现一项隐患扣5分，扣完为止", 1, null, "消防通道堆货"],
      ["合计"],
    ]).tables?.[0] as FormTable;
    expect(table.columns).toMatchObject({ actual: "D", score: "E", remark: "F" });
  });
});

describe("rows and headers inside a form", () => {
  const table = (values: CellValue[][]) => recognizeSheet(grid(values)).sheet.tables?.[0] as FormTable;

  it("leaves a note typed in the item column between items (注：…) out of the items", () => {
    const read = table([
      ["考核项目", "权重", "评分标准", "实际", "得分"],
      ["入库准确率", "60%", "≥99%得60分，低于99%不得分", 0.995, null],
      ["注：入库准确率以WMS系统月末数据为准"],
      ["安全检查", "40%", "每发现一项隐患扣5分，扣完为止", 1, null],
      ["合计"],
    ]);
    expect(read.items.map((i) => i.name)).toEqual(["入库准确率", "安全检查"]);
  });

  it("reads a header naming content and standard (考核内容及评分标准) as the rule, by its last word", () => {
    const read = table([
      ["序号", "考核项目", "分值", "考核内容及评分标准", "考核评分"],
      [1, "工作质量", 60, "文件无差错，差错一次扣3分", 57],
      [2, "考勤纪律", 40, "迟到一次扣2分", 38],
      ["总分"],
    ]);
    expect(read.columns).toEqual({ item: "B", weight: "C", rule: "D", score: "E" });
    expect(read.typedScore).toBe(true);
  });
});

describe("a roster's weight row", () => {
  it("reads a 配分比例 row labelled across the person's columns as the indicators' weights", () => {
    const values: CellValue[][] = [
      ["序号", "主播姓名", "岗位", "GMV(万元)", "转化率(%)", "综合得分", "等级"],
      ["配分比例", null, null, 0.6, 0.4],
      ["评分标准", null, null, "≥50得100分，低于50不得分", "≥5得100分，低于5不得分"],
      [1, "葛欣", "主播", 52, 4.2],
      [2, "童悦", "主播", 38, 5.5],
    ];
    const merges = [
      { top: 1, left: 0, bottom: 1, right: 2 },
      { top: 2, left: 0, bottom: 2, right: 2 },
    ];
    const table = recognizeSheet(grid(values, { merges })).sheet.tables?.[0] as RosterTable;
    expect(table.weightRow).toBe(2);
    expect(table.ruleRow).toBe(3);
    expect(table.indicators.map((i) => [i.column, i.weight])).toEqual([
      ["D", 60],
      ["E", 40],
    ]);
  });
});

describe("headers over three rows", () => {
  it("reads groups over the columns, then the columns, then sub-columns (完成情况 over 目标值 | 实际值)", () => {
    const values: CellValue[][] = [
      ["序号", "考核内容", null, null, "考核结果", null, null],
      [null, "考核指标", "权重", "评分标准", "完成情况", null, "得分"],
      [null, null, null, null, "目标值", "实际值", null],
      [1, "店铺销售额完成率", "60%", "≥100%得60分，低于100%不得分", "100%", 1.02, null],
      [2, "活动上线及时率", "40%", "≥98%得40分，低于98%不得分", "98%", 0.99, null],
      ["合计"],
    ];
    const area = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
    const merges = [
      area(0, 0, 2, 0),
      area(0, 1, 0, 3),
      area(0, 4, 0, 6),
      area(1, 1, 2, 1),
      area(1, 2, 2, 2),
      area(1, 3, 2, 3),
      area(1, 4, 1, 5),
      area(1, 6, 2, 6),
    ];
    const table = recognizeSheet(grid(values, { merges })).sheet.tables?.[0] as FormTable;
    expect(table.headerRow).toBe(1);
    expect(table.headerRows).toBe(3);
    expect(table.columns).toEqual({
      item: "B",
      weight: "C",
      rule: "D",
      target: "E",
      actual: "F",
      score: "G",
    });
    expect(table.items.map((i) => i.row)).toEqual([4, 5]);
  });
});

describe("the person named under the form", () => {
  const items: CellValue[][] = [
    ["考核项目", "权重", "评分标准", "实际完成", "得分"],
    ["收发货准确率", "100%", "≥99%得100分，低于99%不得分", 0.98, null],
    ["合计"],
    [],
  ];

  it("reads the appraisee from the signature block when no header block stands above the table", () => {
    const read = recognizeSheet(
      grid([...items, ["被考核人：", "袁野", "考核人签字：", null, "日期："]]),
    ).sheet;
    expect(read.header).toEqual({ name: "B5" });
  });

  it("keeps the header block above the table over a name written under it", () => {
    const read = recognizeSheet(
      grid([["姓名", "洪远"], ...items, ["被考核人：", "袁野", "考核人：", "李四"]]),
    ).sheet;
    expect(read.header).toEqual({ name: "B1", evaluator: "D6" });
  });
});

describe("section shares, points in names and rating rows", () => {
  const read = (values: CellValue[][], merges: Grid["merges"] = []) =>
    recognizeSheet(grid(values, { merges })).sheet;

  it("weighs sections whose rows say their share as （占70%）", () => {
    const table = read(
      [
        ["序号", "考核内容", "分值", "评分标准", "实际完成", "得分"],
        ["一、业绩考核（占70%）"],
        [1, "销售额完成率", 100, "≥100%得100分，低于100%不得分", 1.02, null],
        ["二、行为考核（占30%）"],
        [1, "考勤", 100, "迟到一次扣10分，扣完为止", 1, null],
        ["合计"],
      ],
      [
        { top: 1, left: 0, bottom: 1, right: 5 },
        { top: 3, left: 0, bottom: 3, right: 5 },
      ],
    ).tables?.[0] as FormTable;
    expect(table.sections.map((s) => [s.weight, s.firstRow, s.lastRow])).toEqual([
      [0.7, 3, 3],
      [0.3, 5, 5],
    ]);
  });

  it("reads English competencies with their points in their names, none taken for a grade list", () => {
    const sheet = read([
      ["Name:", "Liam Park", "Role:", "Designer"],
      ["Competency (points)", "Description", "Score"],
      ["Job knowledge (50)", "Knows the tools", 45],
      ["Teamwork (50)", "Helps others", 40],
      ["Total Score"],
      ["Overall Rating"],
      ["Rating scale: A (≥90), B (80-89), C (<80)"],
    ]);
    const table = sheet.tables?.[0] as FormTable;
    expect(sheet.header).toEqual({ name: "B1", position: "D1" });
    expect(table.items.map((i) => [i.row, i.weight])).toEqual([
      [3, 50],
      [4, 50],
    ]);
    expect(table.total).toEqual({ cell: "C5" });
    expect(table.grade).toEqual({ cell: "C6" });
    expect(table.gradeTable).toEqual({ cell: "A7" });
  });

  it("reads Overall rating as the total where no total row comes before it", () => {
    const table = read([
      ["KPI", "Weight", "Scoring rule", "Actual", "Score"],
      ["GMV attainment", "50%", "≥100%: 50 pts; below 100%: 0", 1.02, null],
      ["Conversion rate", "50%", "≥5%: 50 pts; below 5%: 0", 0.05, null],
      ["Overall rating"],
    ]).tables?.[0] as FormTable;
    expect(table.total).toEqual({ cell: "E4" });
    expect(table.grade).toBeUndefined();
  });
});

describe("rosters of scores already worked out", () => {
  it("reads 姓名 | KPI得分(70%) | 行为得分(30%) | 加减分 | 最终得分 as a roster, the 加减分 outside the weights", () => {
    const read = recognizeSheet(
      grid([
        ["序号", "部门", "姓名", "KPI得分(70%)", "行为得分(30%)", "加减分", "最终得分", "绩效等级"],
        [1, "品牌部", "窦青", 90, 80, 2, null, null],
        [2, "渠道部", "宫越", 70, 60, -3, null, null],
      ]),
    ).sheet;
    expect(read.kind).toBe("roster");
    const table = read.tables?.[0] as RosterTable;
    expect(table.columns).toEqual({ department: "B", name: "C", total: "G", grade: "H" });
    expect(table.indicators.map((i) => [i.column, i.weight, i.adjustment ?? false])).toEqual([
      ["D", 70, false],
      ["E", 30, false],
      ["F", null, true],
    ]);
  });

  it("reads shares written with % in every indicator's header as its weights even where they make 90, and a roster with rules keeps such brackets as annotations", () => {
    const typed = recognizeSheet(
      grid([
        ["姓名", "岗位", "项目交付(50%)", "代码质量(40%)", "总分", "等级"],
        ["易航", "前端工程师", 90, 80, null, null],
        ["杭雪", "后端工程师", 70, 100, null, null],
      ]),
    ).sheet.tables?.[0] as RosterTable;
    expect(typed.indicators.map((i) => i.weight)).toEqual([50, 40]);
    const ruled = recognizeSheet(
      grid([
        ["姓名", "回款率(95%)", "好评率(98%)", "总分"],
        ["评分标准", "≥95%得100分，低于95%不得分", "≥98%得100分，低于98%不得分", null],
        ["易航", 0.96, 0.99, null],
      ]),
    ).sheet.tables?.[0] as RosterTable;
    expect(ruled.indicators.map((i) => i.weight)).toEqual([null, null]);
  });

  it("leaves a text column with no weight (职级 P5) out of a roster whose indicators carry theirs in their headers", () => {
    const table = recognizeSheet(
      grid([
        ["姓名", "职级", "上月等级", "业绩(70%)", "态度(30%)", "总分", "本月等级"],
        ["穆青", "P5", "B", 90, 80, null, null],
        ["伍月", "P6", "A", 95, 90, null, null],
      ]),
    ).sheet.tables?.[0] as RosterTable;
    expect(table.indicators.map((i) => [i.column, i.weight])).toEqual([
      ["D", 70],
      ["E", 30],
    ]);
    expect(table.columns).toEqual({ name: "A", total: "F", grade: "G" });
  });

  it("reads the 得分 under each metric's group (GMV（60%）over 目标 | 实际 | 得分) as its indicator, the target and actual as its data", () => {
    const read = recognizeSheet(
      grid(
        [
          ["姓名", "GMV（60%）", null, null, "转化率（40%）", null, null, "总分", "等级"],
          [null, "目标", "实际", "得分", "目标", "实际", "得分", null, null],
          ["米朵", 50, 48, 90, 0.05, 0.042, 80, null, null],
          ["齐悦", 50, 55, 100, 0.05, 0.03, 60, null, null],
        ],
        {
          merges: [
            { top: 0, left: 0, bottom: 1, right: 0 },
            { top: 0, left: 1, bottom: 0, right: 3 },
            { top: 0, left: 4, bottom: 0, right: 6 },
            { top: 0, left: 7, bottom: 1, right: 7 },
            { top: 0, left: 8, bottom: 1, right: 8 },
          ],
        },
      ),
    ).sheet;
    const table = read.tables?.[0] as RosterTable;
    expect(table.columns).toEqual({ name: "A", total: "H", grade: "I" });
    expect(table.indicators.map((i) => [i.column, i.weight])).toEqual([
      ["D", 60],
      ["G", 40],
    ]);
  });
});

describe("what a roster of scores holds besides people and indicators", () => {
  it("leaves a rank column and Max / Min / 最高 rows out, and reads points written as (40 pts)", () => {
    const table = recognizeSheet(
      grid([
        ["No.", "Name", "Sales (60 pts)", "Service (40 pts)", "Total", "Grade", "Rank"],
        [1, "Noah Reed", 50, 30, null, null, null],
        [2, "Mia Lowe", 40, 35, null, null, null],
        ["Max", null, 50, 35],
        ["最低", null, 40, 30],
      ]),
    ).sheet.tables?.[0] as RosterTable;
    expect(table.indicators.map((i) => [i.column, i.weight])).toEqual([
      ["C", 60],
      ["D", 40],
    ]);
    expect(table.people.map((p) => p.name)).toEqual(["Noah Reed", "Mia Lowe"]);
  });

  it("reads 職稱 as the person's position", () => {
    const table = recognizeSheet(
      grid([
        ["員工姓名", "職稱", "業績(60%)", "品質(40%)", "總分"],
        ["蔡明哲", "專員", 90, 80, null],
        ["許雅婷", "助理", 100, 90, null],
      ]),
    ).sheet.tables?.[0] as RosterTable;
    expect(table.columns).toEqual({ name: "A", position: "B", total: "E" });
  });
});

describe("lines under a roster and columns beside its people", () => {
  it("takes no footer line for a person (制表人：…, 注：…, a signature) and no 员工签字 column for an indicator", () => {
    const table = recognizeSheet(
      grid([
        ["姓名", "岗位", "业绩(60%)", "态度(40%)", "总分", "等级", "员工签字"],
        ["齐悦", "运营专员", 90, 80, null, null, null],
        ["房宁", "运营专员", 80, 90, null, null, null],
        [],
        ["注：数据截至8月31日，以系统导出为准"],
        ["制表人：言川"],
        ["部门负责人签字"],
      ]),
    ).sheet.tables?.[0] as RosterTable;
    expect(table.people.map((p) => p.name)).toEqual(["齐悦", "房宁"]);
    expect(table.indicators.map((i) => i.column)).toEqual(["C", "D"]);
  });
});

describe("header words, level matrices, notes and header fields as HR write them", () => {
  const sheet = (values: CellValue[][], extra: Partial<Grid> = {}) =>
    recognizeSheet(grid(values, extra)).sheet;

  it("reads a header word broken over lines (权\\n重, 得\\n分, 综合\\n得分) as one word", () => {
    const table = form([
      ["序\n号", "考 核 项 目", "权\n重", "评 分 标 准", "实际\n完成", "得\n分"],
      [1, "会议纪要及时率", 0.5, "≥98%得50分，低于98%不得分", 0.99, null],
      [2, "档案归档", 0.5, "完成得50分，未完成不得分", "完成", null],
      ["合　计"],
    ]);
    expect(table.columns).toEqual({ item: "B", weight: "C", rule: "D", actual: "E", score: "F" });
    expect(table.total).toEqual({ cell: "F4" });
    const roster = sheet([
      ["姓名", "销售额\n(60%)", "毛利率\n(40%)", "综合\n得分"],
      ["蒙恬", 90, 80, null],
      ["詹宁", 70, 90, null],
    ]).tables?.[0] as RosterTable;
    expect(roster.columns).toEqual({ name: "A", total: "D" });
    expect(roster.indicators.map((i) => i.weight)).toEqual([60, 40]);
  });

  it("reads an item and level names alone (优 | 良 | 中 | 差) as a level matrix, unsure while no level has points", () => {
    const read = sheet([
      ["评估项目", "优", "良", "中", "差", "备注"],
      ["专业技能", null, "✓", null, null, null],
      ["工作态度", "✓", null, null, null, null],
      ["总评"],
    ]);
    const table = read.tables?.[0] as FormTable;
    expect(read.kind).toBe("form");
    expect(table.levelColumns).toEqual({ B: "优", C: "良", D: "中", E: "差" });
    expect(table.items.map((i) => i.name)).toEqual(["专业技能", "工作态度"]);
    expect(table.doubt?.code).toBe("layout.levelPoints");
  });

  it("takes a line alone after a blank row under the items (a rating scale and its legend) for no item", () => {
    const table = form([
      ["Attributes", "Weightage", "1", "2", "3", "Score"],
      ["Job Knowledge", 50, null, "✓", null, null],
      ["Teamwork", 50, "✓", null, null, null],
      [],
      ["RATING SCALE"],
      ["1 = Outstanding"],
      ["3 = Poor"],
    ]);
    expect(table.items.map((i) => i.name)).toEqual(["Job Knowledge", "Teamwork"]);
    const unweighted = form([
      ["评价项目", "优秀(50分)", "良好(40分)", "一般(30分)", "得分"],
      ["责任心", "✓", null, null, null],
      [],
      ["执行力"],
      ["合计"],
    ]);
    // without weights a lone name may be an item not filled in yet: kept, so it holds the total back
    expect(unweighted.items.map((i) => i.name)).toEqual(["责任心", "执行力"]);
  });

  it("reads 所属门店, Team and a bilingual 部门 Dept.： as the department in the header block", () => {
    const rows = (header: CellValue[]): CellValue[][] => [
      header,
      ["考核项目", "权重", "评分标准", "得分"],
      ["GMV", 100, "酌情给分", null],
    ];
    expect(sheet(rows(["员工姓名：柳岸", null, "所属门店：东湖店"])).header).toEqual({
      name: "A1",
      department: "C1",
    });
    expect(sheet(rows(["Employee:", "Grace Ward", "Team:", "Enterprise Sales"])).header).toEqual({
      name: "B1",
      department: "D1",
    });
    expect(sheet(rows(["姓名 Name：韩冬", null, "部门 Dept.：物流部"])).header).toEqual({
      name: "A1",
      department: "C1",
    });
  });

  it("reads a 加权汇总 row under the items, labelled in the item column, as the total", () => {
    const table = form([
      ["序号", "考核项目", "权重", "考核标准", "得分(百分制)"],
      [1, "招聘到岗", 0.5, "按到岗人数与时效评分", 90],
      [2, "培训组织", 0.5, "按培训场次与反馈评分", 70],
      [null, "加权汇总"],
    ]);
    expect(table.items.map((i) => i.name)).toEqual(["招聘到岗", "培训组织"]);
    expect(table.total).toEqual({ cell: "E4" });
  });

  it("reads the total asked for in the header block (最终得分 beside 考核月份) where no row under the items holds it", () => {
    const rows = (label: string): CellValue[][] => [
      ["姓名", "贝宁", "部门", "设计部"],
      ["考核月份", "2024年10月", label, null],
      ["考核项目", "权重", "评分标准", "得分"],
      ["交付率", 0.5, "≥95%得50分，低于95%不得分", null],
      ["返工次数", 0.5, "每返工一次扣10分，扣完为止", null],
    ];
    expect(form(rows("最终得分")).total).toEqual({ cell: "D2" });
    // a word that is no total label leaves the table without one
    expect(form(rows("审核人")).total).toBeUndefined();
  });

  it("reads an English Calculation column as what the KPI means, and Final after the evaluators as the score", () => {
    const calculation = form([
      ["KPI", "Calculation", "Weight (%)", "Target", "Actual", "Scoring Rule", "Score"],
      ["Lead volume", "Qualified leads in the month", 50, 500, 540, "≥500: 50 pts; below 500: 0"],
      ["Cost per lead", "Spend divided by leads", 50, 50, 46, "≤50: 50 pts; above 50: 0"],
      ["Total Score"],
    ]);
    expect(calculation.columns.definition).toBe("B");
    const evaluators = form([
      ["Objective", "Points", "Self", "Manager", "Final"],
      ["Data quality", 50, 40, 35],
      ["Dashboards", 50, 30, 25],
      ["Total Score"],
      ["Weighting: Final = Self 20% + Manager 80%"],
    ]);
    expect(evaluators.columns.score).toBe("E");
    expect(evaluators.total).toEqual({ cell: "E4" });
  });

  it("reads Area as the item column of an English form", () => {
    const table = form([
      ["Area", "Points", "Self", "Manager", "Final Score"],
      ["Delivery", 60, 50, 45],
      ["Quality", 40, 30, 35],
      ["Total Score"],
      ["Weighting: Self 20% + Manager 80%"],
    ]);
    expect(table.columns.item).toBe("A");
    expect(table.items.map((i) => i.name)).toEqual(["Delivery", "Quality"]);
  });

  it("reads 综合评分 under numbered levels as the total row, its figure in the cell merged across the levels", () => {
    const table = form(
      [
        ["评议项目", "权重", "5分", "4分", "3分", "2分", "1分"],
        ["工作成果", 0.5, "√"],
        ["专业能力", 0.5, null, "√"],
        ["综合评分"],
      ],
      {
        merges: [
          { top: 3, left: 0, bottom: 3, right: 1 },
          { top: 3, left: 2, bottom: 3, right: 6 },
        ],
      },
    );
    expect(table.items.map((i) => i.name)).toEqual(["工作成果", "专业能力"]);
    expect(table.total).toEqual({ cell: "C4" });
  });

  it("reads a 門市 / 门市 named in the header block as the department", () => {
    const rows: CellValue[][] = [
      ["姓名：簡立文", null, "門市：信義店"],
      ["考核指標", "權重", "評分標準", "得分"],
      ["營業額", 100, "酌情給分", null],
    ];
    expect(sheet(rows).header).toEqual({ name: "A1", department: "C1" });
  });

  it("reads 评价要点 beside the item as what the item means, not its rule", () => {
    const table = form([
      ["评价项目", "评价要点", "分值", "评分标准", "得分"],
      ["安全管理", "无安全事故，隐患及时整改", 50, "无事故得50分，每发生一次扣25分", null],
      ["库存准确", "账实相符", 50, "每差错一次扣10分，扣完为止", null],
      ["合计"],
    ]);
    expect(table.columns).toEqual({ item: "A", definition: "B", weight: "C", rule: "D", score: "E" });
  });

  it("reads a dimension named once on every row as the item when no item word is written, a class (指标类别) staying the category", () => {
    const dimension = form([
      ["考核维度", "分值", "考核要点", "得分"],
      ["需求交付", 60, "按期交付、质量达标", null],
      ["学习分享", 40, "每季度分享至少一次", null],
      ["合计"],
    ]);
    expect(dimension.columns).toEqual({ item: "A", weight: "B", definition: "C", score: "D" });
    expect(dimension.items.map((i) => i.name)).toEqual(["需求交付", "学习分享"]);
    const merged = form(
      [
        ["考核维度", "分值", "考核要点", "得分"],
        ["业绩", 60, "按期交付、质量达标", null],
        [null, 40, "每季度分享至少一次", null],
        ["合计"],
      ],
      { merges: [{ top: 1, left: 0, bottom: 2, right: 0 }] },
    );
    expect(merged.columns.category).toBe("A");
  });

  it("reads 评价说明 beside level columns with points as the item's description", () => {
    const table = form([
      ["评价项目", "评价说明", "优秀(20分)", "良好(15分)", "合格(10分)", "得分"],
      ["责任心", "主动承担、不推诿", "✓", null, null, null],
      ["执行力", "按时按质完成", null, "✓", null, null],
      ["合计"],
    ]);
    expect(table.columns).toEqual({ item: "A", definition: "B", score: "F" });
  });

  it("reads an English roster transposed under a Metric corner, one column per person", () => {
    const table = sheet([
      ["Metric", "Weight", "Scoring Rule", "Mia", "Jon"],
      ["GMV attainment", 0.6, "≥100%: 60 pts; below 100%: 0", 1.02, 0.9],
      ["Conversion rate", 0.4, "≥4%: 40 pts; below 4%: 0", 0.041, 0.035],
      ["Total"],
    ]).tables?.[0] as RosterTable;
    expect(table.transposed).toBe(true);
    expect(table.people.map((p) => p.name)).toEqual(["Mia", "Jon"]);
  });

  it("reads satisfaction, agreement and frequency words as levels (非常满意 … 非常不满意, 完全符合 … 不符合, Always … Never)", () => {
    const satisfaction = form([
      ["评价内容", "非常满意", "满意", "一般", "不满意", "得分"],
      ["分值", 25, 20, 10, 0, null],
      ["响应速度", null, "○", null, null, null],
      ["问题解决", "○", null, null, null, null],
      ["合计"],
    ]);
    expect(satisfaction.levelColumns).toEqual({ B: "非常满意", C: "满意", D: "一般", E: "不满意" });
    expect(satisfaction.levelScoreRow).toBe(2);
    const fit = form([
      ["考核项目", "完全符合", "基本符合", "部分符合", "不符合", "得分"],
      ["客户第一", "●", null, null, null, null],
      ["团队合作", null, "●", null, null, null],
      ["合计"],
    ]);
    expect(Object.values(fit.levelColumns ?? {})).toEqual(["完全符合", "基本符合", "部分符合", "不符合"]);
    const frequency = form([
      ["Behaviour", "Always (50)", "Often (30)", "Rarely (10)", "Never (0)", "Score"],
      ["Ownership", "✓", null, null, null, null],
      ["Coaching", null, "✓", null, null, null],
      ["Total Score"],
    ]);
    expect(frequency.levelPoints).toEqual({ B: 50, C: 30, D: 10, E: 0 });
  });

  it("weighs each item by the top of the score ranges its level headers state (优秀(45-50) … 较差(0-19))", () => {
    const table = form([
      ["考核项目", "优秀(45-50)", "良好(35-44)", "一般(20-34)", "较差(0-19)", "得分"],
      ["工作质量", 46, null, null, null, null],
      ["工作效率", null, 40, null, null, null],
      ["合计"],
    ]);
    expect(table.levelInput).toBe("score");
    expect(table.items.map((i) => i.weight)).toEqual([50, 50]);
  });

  it("reads Total Points and 總成績 as a roster's total, 被评价人 as the appraisee", () => {
    const total = (header: string) =>
      (
        sheet([
          ["Name", "Output (50%)", "Quality (50%)", header, "Grade"],
          ["Ada Cole", 80, 90, null, null],
          ["Ray Moss", 100, 90, null, null],
        ]).tables?.[0] as RosterTable
      ).columns.total;
    expect(total("Total Points")).toBe("D");
    expect(total("總成績")).toBe("D");
    expect(
      sheet([["被评价人：沈悦"], ["考核项目", "权重", "评分标准", "得分"], ["GMV", 100, "酌情给分", null]])
        .header,
    ).toEqual({ name: "A1" });
  });

  it("reads a typed O or o under a level as the mark that picks it", () => {
    const table = form([
      ["评价项目", "优秀(50分)", "良好(40分)", "一般(30分)", "得分"],
      ["卫生质量", "o", null, null, null],
      ["工作效率", null, "O", null, null],
      ["合计"],
    ]);
    expect(table.levelInput).toBe("mark");
    expect(table.items.map((i) => i.weight)).toEqual([50, 50]);
  });

  it("reads a bilingual 分數 Points row under the levels as their points, not an item", () => {
    const table = form([
      ["評量項目", "傑出 Outstanding", "良好 Good", "尚可 Fair", "得分"],
      ["分數 Points", 40, 30, 20, null],
      ["目標達成", "O", null, null, null],
      ["團隊領導", null, "O", null, null],
      ["總計"],
    ]);
    expect(table.levelScoreRow).toBe(2);
    expect(table.items.map((i) => i.name)).toEqual(["目標達成", "團隊領導"]);
  });

  it("reads an English KRA form: KRA as the item, Weighted Score as the score, a Rating (1-5) of figures as no rule", () => {
    const table = form([
      ["KRA", "Weight (%)", "Target", "Achievement", "Rating (1-5)", "Weighted Score"],
      ["Sales volume", 60, 1200, 1150, 4, null],
      ["New dealers", 40, 10, 12, 5, null],
      ["Total"],
    ]);
    expect(table.columns).toEqual({ item: "A", weight: "B", target: "C", actual: "D", score: "F" });
  });

  it("reads a roster indicator's weight on the last line of its header (代码质量\n(规范、缺陷)\n40%)", () => {
    const table = sheet([
      ["姓名", "代码质量\n(规范、缺陷)\n60%", "团队协作\n40%", "总分"],
      ["蔺文", 90, 80, null],
      ["丁可", 70, 90, null],
    ]).tables?.[0] as RosterTable;
    expect(table.indicators.map((i) => i.weight)).toEqual([60, 40]);
  });

  it("reads a lone Rating column of figures beside level descriptions as the score where no other column is, the levels' points from their headers", () => {
    const table = form([
      ["Competency", "Weight", "Outstanding (5)", "Meets (3)", "Poor (1)", "Rating"],
      ["Accuracy", 0.6, "No errors", "Some errors", "Errors reach clients", 4],
      ["Timeliness", 0.4, "Always early", "Mostly on time", "Misses deadlines", 3],
      ["Total Score"],
    ]);
    expect(table.columns).toEqual({ item: "A", weight: "B", score: "F" });
    expect(table.levelPoints).toEqual({ C: 5, D: 3, E: 1 });
    expect(table.doubt).toBeUndefined();
  });
});

describe("totals, header blocks and evaluators placed as other companies place them", () => {
  const sheet = (values: CellValue[][]) => recognizeSheet(grid(values)).sheet;

  it("reads 绩效得分 / 绩效等级 under the items as the total and grade rows, never as an item", () => {
    const table = form([
      ["考核内容", "分值", "评分标准", "完成情况", "得分"],
      ["好评率", 50, "≥98%得50分，低于98%不得分", "99%", null],
      ["退款纠纷率", 50, "≤1%得50分，高于1%不得分", "0.5%", null],
      ["绩效得分"],
      ["绩效等级"],
    ]);
    expect(table.items.map((i) => i.name)).toEqual(["好评率", "退款纠纷率"]);
    expect(table.total).toEqual({ cell: "E4" });
    expect(table.grade).toEqual({ cell: "E5" });
  });

  it("reads the person's fields from a block beside the items, past a blank column, and no field from the table's own columns", () => {
    const rows: CellValue[][] = [
      ["考核项目", "权重", "评分标准", "实际完成", "得分", null, "姓名", "闫青"],
      ["订单处理及时率", 0.5, "≥98%得50分，低于98%不得分", 0.99, null, null, "部门", "仓储部"],
      ["库存盘点差异", 0.5, "每次扣10分，扣完为止", 1, null, null, "考核月份", "2024年11月"],
      ["合计"],
    ];
    const read = sheet(rows);
    expect(read.header).toEqual({ name: "H1", department: "H2", period: "H3" });
    expect((read.tables?.[0] as FormTable).columns).toEqual({
      item: "A",
      weight: "B",
      rule: "C",
      actual: "D",
      score: "E",
    });
    const adjoining = sheet([
      ["考核项目", "权重", "评分标准", "得分", "考核人", "张主管"],
      ["订单处理及时率", 1, "≥98%得100分，低于98%不得分", null, null, null],
      ["合计"],
    ]);
    expect(adjoining.header).toEqual({});
  });

  it("reads a row holding only a number and a name over items numbered under it (1 | 业绩指标 over 1.1, 1.2) as their group, no item", () => {
    const table = form([
      ["序号", "考核项目", "权重", "评分标准", "实际完成", "得分"],
      [1, "业绩指标"],
      ["1.1", "营业额完成率", 50, "≥100%得50分，低于100%不得分", 1.02],
      ["1.2", "毛利率", 30, "≥20%得30分，低于20%不得分", 0.21],
      [2, "管理指标"],
      ["2.1", "培训场次", 20, "每少一场扣5分，扣完为止", 1],
      ["合计"],
    ]);
    expect(table.items.map((i) => [i.row, i.name])).toEqual([
      [3, "营业额完成率"],
      [4, "毛利率"],
      [6, "培训场次"],
    ]);
    const unnumbered = form([
      ["序号", "考核项目", "权重", "评分标准", "实际完成", "得分"],
      [1, "营业额完成率", 50, "≥100%得50分，低于100%不得分", 1.02],
      [2, "客户回访"],
      [3, "培训场次", 50, "每少一场扣5分，扣完为止", 1],
      ["合计"],
    ]);
    expect(unnumbered.items.map((i) => i.name)).toEqual(["营业额完成率", "客户回访", "培训场次"]);
  });

  it("reads 岗位(职位) in the header block as the position", () => {
    const read = sheet([
      ["被考核人姓名", "秦川", "岗位(职位)", "直播运营"],
      ["考核项目", "分值", "评分标准", "实际完成", "得分"],
      ["推广计划", 50, "≥100%得50分，低于100%不得分", 1.02, null],
      ["渠道维护", 50, "每次扣10分，扣完为止", 1, null],
      ["合计"],
    ]);
    expect(read.header).toEqual({ name: "B1", position: "D1" });
  });

  it("reads 目标达成标准 as the rule, by its last word, and 完成情况说明 beside 达成情况 as a remark (alone, the actual)", () => {
    const table = form([
      ["考核指标", "考核占比", "目标达成标准", "达成情况", "评分", "完成情况说明"],
      ["新品动销率", 0.5, "≥80%得50分，低于80%不得分", 0.82, null, null],
      ["退货率", 0.5, "≤3%得50分，高于3%不得分", 0.042, null, "大促影响"],
      ["合计"],
    ]);
    expect(table.columns).toEqual({
      item: "A",
      weight: "B",
      rule: "C",
      actual: "D",
      score: "E",
      remark: "F",
    });
    const alone = form([
      ["考核指标", "配分", "考核标准及评分办法", "完成情况说明", "主管评分", "备注"],
      ["新品动销率", 50, "≥80%得50分，低于80%不得分", "82%", null, null],
      ["退货率", 50, "≤3%得50分，高于3%不得分", "4.2%", null, null],
      ["合计"],
    ]);
    expect(alone.columns.actual).toBe("D");
    expect(alone.columns.remark).toBe("F");
  });

  it("reads an English rule matrix, Band | Points beside each KPI merged over its bands", () => {
    const table = form(
      [
        ["KPI", "Weight", "Band", "Points", "Actual", "Score"],
        ["Sales attainment", 60, "≥100%", 60, 0.93, null],
        [null, null, "90%-99%", 40, null, null],
        [null, null, "below 90%", 0, null, null],
        ["Customer satisfaction", 40, "≥90%", 40, 0.92, null],
        [null, null, "below 90%", 0, null, null],
        ["Total Score"],
      ],
      {
        merges: [
          { top: 1, left: 0, bottom: 3, right: 0 },
          { top: 1, left: 1, bottom: 3, right: 1 },
          { top: 1, left: 4, bottom: 3, right: 4 },
          { top: 1, left: 5, bottom: 3, right: 5 },
          { top: 4, left: 0, bottom: 5, right: 0 },
          { top: 4, left: 1, bottom: 5, right: 1 },
          { top: 4, left: 4, bottom: 5, right: 4 },
          { top: 4, left: 5, bottom: 5, right: 5 },
        ],
      },
    );
    expect(table.columns).toEqual({ item: "A", weight: "B", rule: "C", actual: "E", score: "F" });
    expect(table.ruleScoreColumn).toBe("D");
    expect(table.items.map((i) => [i.row, i.lastRow, i.weight])).toEqual([
      [2, 4, 60],
      [5, 6, 40],
    ]);
  });

  it("reads the evaluators' weights from a 评分权重 row right above the header as from one right under it", () => {
    const table = form([
      ["评分权重", null, 0.3, 0.7],
      ["考核项目", "分值", "自评", "上级评分", "最终得分"],
      ["设计质量", 50, 50, 40],
      ["交付效率", 50, 40, 40],
      ["合计"],
    ]);
    expect(table.evaluators?.map((e) => [e.column, e.weight])).toEqual([
      ["C", 0.3],
      ["D", 0.7],
    ]);
    expect(table.doubt).toBeUndefined();
  });

  it("reads a section row numbered in the column before the items (I | Results (70%) merged across) as a weighted section", () => {
    const table = form(
      [
        ["No.", "KPI", "Weight", "Scoring Rule", "Actual", "Score"],
        ["I", "Results (70%)"],
        [1, "Revenue attainment", 100, "≥100%: 100 pts; below 100%: 0", 1.02],
        ["II", "Behaviours (30%)"],
        [2, "Teamwork", 100, "-10 pts per complaint, down to 0", 0],
        ["Total Score"],
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 1, right: 5 },
          { top: 3, left: 1, bottom: 3, right: 5 },
        ],
      },
    );
    expect(table.items.map((i) => i.name)).toEqual(["Revenue attainment", "Teamwork"]);
    expect(table.sections.map((s) => [s.name, s.weight, s.firstRow, s.lastRow])).toEqual([
      ["Results", 0.7, 3, 3],
      ["Behaviours", 0.3, 5, 5],
    ]);
  });
});

describe("forms and rosters of a seventh batch of companies", () => {
  const sheet = (values: CellValue[][], extra: Partial<Grid> = {}) =>
    recognizeSheet(grid(values, extra)).sheet;

  it("reads 终评 after 自评 | 上级评 as the score, typed, and the two before it as evaluators that need no weights", () => {
    const table = form([
      ["考核项目", "权重", "评分标准", "自评", "上级评", "终评"],
      ["设计质量", 40, "按作品质量评分", 36, 32, 34],
      ["交付及时性", 60, "按交付是否准时评分", 50, 48, 51],
      ["合计"],
    ]);
    expect(table.columns.score).toBe("F");
    expect(table.typedScore).toBe(true);
    expect(table.evaluators?.map((e) => [e.column, e.weight])).toEqual([
      ["D", null],
      ["E", null],
    ]);
    expect(table.doubt).toBeUndefined();
  });

  it("still asks how unweighted evaluators combine when the final column is not filled in", () => {
    const table = form([
      ["考核项目", "权重", "评分标准", "自评", "上级评", "终评"],
      ["设计质量", 40, "按作品质量评分", 36, 32, null],
      ["交付及时性", 60, "按交付是否准时评分", 50, 48, null],
      ["合计"],
    ]);
    expect(table.typedScore).toBeUndefined();
    expect(table.doubt).toMatchObject({ code: "layout.evaluatorWeights" });
  });

  it("reads 分值 right of 完成情况 as the score where 权重 is the weight", () => {
    const table = form([
      ["考核项目", "权重", "评分标准", "完成情况", "分值"],
      ["设备完好率", "40%", "≥98%得40分，低于98%不得分", "97%", null],
      ["维修及时率", "60%", "≥95%得60分，低于95%不得分", "95%", null],
      ["合计"],
    ]);
    expect(table.columns).toEqual({ item: "A", weight: "B", rule: "C", actual: "D", score: "E" });
    expect(table.total).toEqual({ cell: "E4" });
  });

  it("leaves 分值 right of the result no score where its figures are the weights again (20 beside 20%)", () => {
    const table = form([
      ["考核项目", "权重", "评分标准", "完成情况", "分值"],
      ["设备完好率", "40%", "≥98%得40分，低于98%不得分", "97%", 40],
      ["维修及时率", "60%", "≥95%得60分，低于95%不得分", "95%", 60],
      ["合计"],
    ]);
    expect(table.columns.score).toBeUndefined();
  });

  it("reads a 考核细则 column holding scoring bands as the rule, not a description", () => {
    const table = form([
      ["工作项目", "分数占比", "考核细则", "实际达成值", "最终评分"],
      ["招聘到岗率", "40%", "≥90%得40分，80%-89.9%得30分，低于80%不得分", "85%", null],
      ["培训完成率", "60%", "≥95%得60分，低于95%不得分", "96%", null],
      ["合计"],
    ]);
    expect(table.columns).toEqual({ item: "A", weight: "B", rule: "C", actual: "D", score: "E" });
  });

  it("reads 考核总分 | | 考核等级 | as label and value pairs in one row under the items, no item", () => {
    const table = form([
      ["考核项目", "权重", "评分标准", "实际完成", "得分"],
      ["到货及时率", "50%", "≥98%得50分，低于98%不得分", "99%", null],
      ["来料合格率", "50%", "≥99%得50分，低于99%不得分", "98%", null],
      ["考核总分", null, "考核等级"],
    ]);
    expect(table.items.map((i) => i.name)).toEqual(["到货及时率", "来料合格率"]);
    expect(table.total).toEqual({ cell: "B4" });
    expect(table.grade).toEqual({ cell: "D4" });
  });

  it("reads three header rows, groups over the names and units in brackets under them, from the row the groups start", () => {
    const table = form(
      [
        ["No.", "Objective", null, null, "Assessment", null],
        [null, "KPI", "Weight", "Scoring rule", "Actual", "Score"],
        [null, null, "(%)", null, "(value)", "(points)"],
        [1, "Orders shipped on time", 40, "≥98%: 40 pts; below 98%: 0", 0.99],
        [2, "Safety incidents", 60, "-10 pts per incident, down to 0", 1],
        ["Total"],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 2, right: 0 },
          { top: 0, left: 1, bottom: 0, right: 3 },
          { top: 0, left: 4, bottom: 0, right: 5 },
        ],
      },
    );
    expect(table.headerRow).toBe(1);
    expect(table.headerRows).toBe(3);
    expect(table.columns).toEqual({ item: "B", weight: "C", rule: "D", actual: "E", score: "F" });
    expect(table.items.map((i) => i.row)).toEqual([4, 5]);
  });

  it("does not start a header on a row of the person's fields above it, though a cell is merged down from there", () => {
    const read = sheet(
      [
        ["姓名", "林夏", "部门", "客服部", null, "备注"],
        ["考核指标", "权重", "评分标准", "实际完成", "得分", null],
        ["响应及时率", "100%", "≥98%得100分，低于98%不得分", "99%", null, null],
        ["合计"],
      ],
      {
        merges: [
          { top: 0, left: 3, bottom: 0, right: 4 },
          { top: 0, left: 5, bottom: 1, right: 5 },
        ],
      },
    );
    expect(read.header).toEqual({ name: "B1", department: "D1" });
    expect((read.tables?.[0] as FormTable).headerRow).toBe(2);
  });

  it("reads a period alone on its row under the title (2024年5月) as the period, and a date beside a label as none", () => {
    const read = sheet([
      ["客服专员绩效考核表"],
      ["2024年5月"],
      ["姓名", "林夏", "部门", "客服部"],
      ["考核指标", "权重", "评分标准", "完成值", "得分"],
      ["响应及时率", "100%", "≥98%得100分，低于98%不得分", "96%", null],
      ["合计"],
    ]);
    expect(read.header).toEqual({ name: "B3", department: "D3", period: "A2" });
    const dated = sheet([
      ["填表日期", "2024年5月"],
      ["姓名", "林夏"],
      ["考核指标", "权重", "评分标准", "完成值", "得分"],
      ["响应及时率", "100%", "≥98%得100分，低于98%不得分", "96%", null],
      ["合计"],
    ]);
    expect(dated.header).toEqual({ name: "B2" });
  });

  it("reads a roster's 考评标准 row as its rules and 班组 as each person's unit", () => {
    const read = sheet([
      ["姓名", "班组", "出勤率", "任务完成率", "总分", "等级"],
      ["权重占比", null, 0.4, 0.6],
      ["考评标准", null, "≥98%得100分，低于98%不得分", "≥100%得100分，低于100%不得分"],
      ["吕青", "一班", "99%", "100%"],
      ["韩松", "二班", "96%", "92%"],
    ]);
    const table = read.tables?.[0] as RosterTable;
    expect(table.columns).toEqual({ name: "A", department: "B", total: "E", grade: "F" });
    expect(table.ruleRow).toBe(3);
    expect(table.indicators.map((i) => [i.column, i.weight])).toEqual([
      ["C", 40],
      ["D", 60],
    ]);
  });

  it("reads a weight written as 权重0.6 in a roster group's header as that share", () => {
    const read = sheet(
      [
        ["姓名", "销售额（权重0.6）", null, null, "回款率（权重0.4）", null, null, "总分"],
        [null, "目标", "实际", "得分", "目标", "实际", "得分", null],
        ["钱澄", "100万", "95万", 90, "95%", "96%", 100],
        ["孙岚", "80万", "62万", 70, "95%", "90%", 80],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 0, right: 3 },
          { top: 0, left: 4, bottom: 0, right: 6 },
          { top: 0, left: 7, bottom: 1, right: 7 },
        ],
      },
    );
    const table = read.tables?.[0] as RosterTable;
    expect(table.indicators.map((i) => [i.column, i.weight])).toEqual([
      ["D", 60],
      ["G", 40],
    ]);
  });

  it("reads 完成率, 本月完成, 统计结果 and 结果值 as the column the result is written in, 得分 staying the score", () => {
    for (const result of ["完成率", "本月完成", "統計結果", "结果值"]) {
      const table = form([
        ["考核指标", "权重", "评分标准", result, "得分"],
        ["销售目标", "60%", "≥100%得60分，低于100%不得分", "95%", null],
        ["回款目标", "40%", "≥95%得40分，低于95%不得分", "97%", null],
        ["合计"],
      ]);
      expect(table.columns).toEqual({ item: "A", weight: "B", rule: "C", actual: "D", score: "E" });
    }
  });

  it("takes no column headed with a count of checks (检查次数) for the result: it may count checks, not failures", () => {
    const table = form([
      ["考核项目", "分值", "评分标准", "检查次数", "得分"],
      ["现场5S", 50, "每次检查不合格扣10分，扣完为止", 4, null],
      ["设备点检", 50, "每次漏检扣5分，扣完为止", 3, null],
      ["合计"],
    ]);
    expect(table.columns.actual).toBeUndefined();
  });

  it("keeps 实际完成 the result where a 完成率 stands beside it", () => {
    const table = form([
      ["考核指标", "权重", "评分标准", "实际完成", "完成率", "得分"],
      ["销售额", "100%", "≥100%得100分，低于100%不得分", "95万", "95%", null],
      ["合计"],
    ]);
    expect(table.columns.actual).toBe("D");
  });

  it("reads 工作任务 | 占分 | 扣分细则 | 发生次数 | 得分 as a form, and 评分要求 as the rule, not a score", () => {
    const read = sheet([
      ["工作任务", "占分", "扣分细则", "发生次数", "得分"],
      ["入库差错", 50, "每出现一次差错扣10分，扣完为止", 1, null],
      ["出库延误", 50, "每延误一次扣5分，扣完为止", 2, null],
      ["合计"],
    ]);
    expect(read.kind).toBe("form");
    expect((read.tables?.[0] as FormTable).columns).toEqual(
      expect.objectContaining({ item: "A", weight: "B", rule: "C", actual: "D", score: "E" }),
    );
    const required = form([
      ["考核事项", "分值", "评分要求", "执行情况", "得分"],
      ["来访登记", 50, "每漏登一次扣10分，扣完为止", 1, null],
      ["电话转接", 50, "每出现一次错转扣5分，扣完为止", 2, null],
      ["合计"],
    ]);
    expect(required.columns).toEqual({ item: "A", weight: "B", rule: "C", actual: "D", score: "E" });
  });

  it("reads Max Marks as the weight and Marks Obtained as the score, and Key Result beside Objective as what each row measures", () => {
    const marks = form([
      ["KPI", "Max Marks", "Scoring Criteria", "Achieved", "Marks Obtained"],
      ["Sales vs target", 60, "≥100%: 60 pts; below 100%: 0", 1.01, null],
      ["Collections", 40, "≥95%: 40 pts; below 95%: 0", 0.9, null],
      ["Total"],
    ]);
    expect(marks.columns).toEqual({ item: "A", weight: "B", rule: "C", actual: "D", score: "E" });
    const okr = form([
      ["Objective", "Key Result", "Weight", "Scoring", "Actual", "Score"],
      ["Grow adoption", "Weekly active teams", "60%", "≥500: 60 pts; below 500: 0", 450, null],
      ["Improve quality", "P1 bugs open", "40%", "≤5: 40 pts; above 5: 0", 8, null],
      ["Total"],
    ]);
    expect(okr.columns).toEqual({
      item: "A",
      definition: "B",
      weight: "C",
      rule: "D",
      actual: "E",
      score: "F",
    });
  });

  it("reads levels numbered Ⅰ级(25) … Ⅳ级(5) as level columns with their points, ticked", () => {
    const table = form([
      ["评价项目", "Ⅰ级(25)", "Ⅱ级(20)", "Ⅲ级(15)", "Ⅳ级(5)", "得分"],
      ["工作态度", "✓", null, null, null, null],
      ["安全意识", null, "✓", null, null, null],
      ["合计"],
    ]);
    expect(table.levelInput).toBe("mark");
    expect(table.levelPoints).toEqual({ B: 25, C: 20, D: 15, E: 5 });
  });

  it("reads 达标 / 基本达标 / 未达标, 完全胜任 … 不胜任, 较满意, 超出要求 … and Level 1 … Level 4 as levels with their points", () => {
    const cases: [string[], Record<string, number>][] = [
      [["达标(20)", "基本达标(15)", "未达标(0)"], { B: 20, C: 15, D: 0 }],
      [["完全胜任(25)", "胜任(20)", "基本胜任(10)", "不胜任(0)"], { B: 25, C: 20, D: 10, E: 0 }],
      [["滿意(25)", "較滿意(20)", "一般(10)", "不滿意(0)"], { B: 25, C: 20, D: 10, E: 0 }],
      [["超出要求(25)", "达到要求(20)", "未达要求(0)"], { B: 25, C: 20, D: 0 }],
      [["Level 1 (5)", "Level 2 (10)", "Level 3 (15)", "Level 4 (20)"], { B: 5, C: 10, D: 15, E: 20 }],
      [
        ["Above Expectations (100)", "Meets Expectations (80)", "Below Expectations (50)"],
        { B: 100, C: 80, D: 50 },
      ],
    ];
    for (const [levels, points] of cases) {
      const blanks = levels.map(() => null);
      const table = form([
        ["考核项目", ...levels, "得分"],
        ["工作纪律", "✓", ...blanks.slice(1), null],
        ["服务意识", null, "✓", ...blanks.slice(2), null],
        ["合计"],
      ]);
      expect(table.levelInput).toBe("mark");
      expect(table.levelPoints).toEqual(points);
    }
  });
});
