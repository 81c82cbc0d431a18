import { gridOf } from "../../test/support/grid";
import type { CellValue, Grid } from "./grid";
import { recognize, recognizeSheet } from "./recognize";
import { rowsWithDeductionUnderTotal } from "../../test/support/underTotal";

/** A Grid from a 2-D array, the way the xlsx adapter would give it. */
function grid(values: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return gridOf("Sheet1", values, extra);
}

const FORM: CellValue[][] = [
  ["直播主播绩效考核表"],
  ["姓名：张三", null, "部门", "直播部"],
  ["序号", "考核项目", "权重", "评分标准", "实际值", "得分"],
  [1, "GMV完成率", "60%", "≥100%得60分，90%-99%得50分，低于90%不得分", 0.95, null],
  [2, "退货率", "40分", "≤10%得40分，超过10%不得分", 0.08, null],
  ["合计"],
  ["等级：A(≥90分)、B(80-89分)、C(<80分)"],
];

describe("recognizeSheet", () => {
  it("reads a form: header block, columns, items with weights and rules, total and grade table", () => {
    const { sheet } = recognizeSheet(grid(FORM));
    expect(sheet).toEqual({
      name: "Sheet1",
      kind: "form",
      header: { name: "A2", department: "D2" },
      tables: [
        {
          headerRow: 3,
          columns: { item: "B", weight: "C", rule: "D", actual: "E", score: "F" },
          sections: [],
          items: [
            {
              row: 4,
              name: "GMV完成率",
              section: null,
              weight: 60,
              rule: { kind: "band" },
              ruleText: FORM[3]?.[3],
            },
            {
              row: 5,
              name: "退货率",
              section: null,
              weight: 40,
              rule: { kind: "band" },
              ruleText: FORM[4]?.[3],
            },
          ],
          total: { cell: "F6" },
          gradeTable: { cell: "A7" },
        },
      ],
    });
  });

  it("reads the pay base where HR typed it beside its label, not in the score column", () => {
    const rows: CellValue[][] = [
      ...FORM.slice(0, 6),
      ["等级：A(≥90分)、B(80-89分)、C(<80分)；系数：A 1.2、B 1.0、C 0.8"],
      ["绩效工资基数", 5000],
      ["绩效工资"],
    ];
    const table = recognizeSheet(grid(rows)).sheet.tables?.[0] as { payBase?: unknown; pay?: unknown };
    expect(table.payBase).toEqual({ cell: "B8" });
    expect(table.pay).toEqual({ cell: "F9" });
    // Nothing typed yet: the base goes where the score column would take it.
    const blank = rows.map((r, i) => (i === 7 ? ["绩效工资基数"] : r));
    expect((recognizeSheet(grid(blank)).sheet.tables?.[0] as { payBase?: unknown }).payBase).toEqual({
      cell: "F8",
    });
  });

  it("reads Traditional Chinese and English headers", () => {
    const tw = recognizeSheet(
      grid([
        ["項次", "考核項目", "權重", "評分標準", "實際完成", "得分"],
        [1, "銷售額", 1, "酌情給分", 1, null],
      ]),
    );
    expect(tw.sheet.tables?.[0]?.columns).toEqual({
      item: "B",
      weight: "C",
      rule: "D",
      actual: "E",
      score: "F",
    });
    const en = recognizeSheet(
      grid([
        ["No.", "KPI", "Weight", "Scoring rule", "Actual", "Score"],
        [1, "GMV", 1, "x", 1, null],
      ]),
    );
    expect(en.sheet.tables?.[0]?.columns).toEqual({
      item: "B",
      weight: "C",
      rule: "D",
      actual: "E",
      score: "F",
    });
  });

  it("leaves hidden rows and columns out", () => {
    const { sheet } = recognizeSheet(grid(FORM, { hiddenRows: [4], hiddenColumns: [4] }));
    const table = sheet.tables?.[0];
    expect(table && "items" in table ? table.items.map((i) => i.row) : []).toEqual([4]);
    expect(table?.columns.actual).toBeUndefined();
  });

  it("reads a roster with its weight and rule rows", () => {
    const { sheet } = recognizeSheet(
      grid([
        ["序号", "姓名", "岗位", "GMV完成率", "总分", "等级"],
        ["权重", null, null, 100],
        ["评分标准", null, null, "≥100%得100分，低于100%不得分"],
        [1, "张三", "主播", 1.02],
        [2, "李四", "主播", 0.9],
      ]),
    );
    expect(sheet.kind).toBe("roster");
    expect(sheet.tables?.[0]).toMatchObject({
      headerRow: 1,
      columns: { name: "B", position: "C", total: "E", grade: "F" },
      weightRow: 2,
      ruleRow: 3,
      indicators: [{ column: "D", name: "GMV完成率", weight: 100, rule: { kind: "band" } }],
      people: [
        { row: 4, name: "张三" },
        { row: 5, name: "李四" },
      ],
    });
  });
});

describe("robustness", () => {
  it("calls an empty sheet none, with the reason", () => {
    const { sheet, evidence } = recognizeSheet(grid([]));
    expect(sheet.kind).toBe("none");
    expect(sheet.reason?.code).toBe("layout.emptySheet");
    expect(evidence[0]?.reason.code).toBe("layout.emptySheet");
  });

  it("calls a sheet that is not a KPI sheet none", () => {
    const { sheet, evidence } = recognizeSheet(
      grid([
        ["MONTH", "TARGET", "ACTUAL"],
        ["Jan", 100, 90],
      ]),
    );
    expect(sheet.kind).toBe("none");
    expect(evidence[0]?.reason.code).toBe("layout.noTable");
  });

  it("reads error cells as empty", () => {
    const values = FORM.map((r) => [...r]);
    (values[3] as CellValue[])[4] = { error: "#N/A" };
    (values[4] as CellValue[])[2] = { error: "#REF!" };
    const table = recognizeSheet(grid(values)).sheet.tables?.[0];
    expect(table && "items" in table ? table.items.map((i) => i.weight) : []).toEqual([60, null]);
  });

  it("survives a huge merged area", () => {
    const rows = 50_000;
    const values: CellValue[][] = FORM.map((r) => [...r]);
    const merges = [{ top: 7, left: 0, bottom: rows - 1, right: 200 }];
    const { sheet } = recognizeSheet(grid(values, { rows, columns: 201, merges }));
    expect(sheet.kind).toBe("form");
  });

  // Its time per row at 1k, 5k and 20k rows is `npm run bench layout`'s: no wall clock here.
  it("recognises every person of a 50,000-row roster", () => {
    const values: CellValue[][] = [
      ["序号", "姓名", "岗位", "GMV完成率", "转化率", "总分", "等级"],
      ["权重", null, null, 60, 40],
    ];
    for (let i = 0; i < 50_000; i++) values.push([i + 1, `员工${i}`, "主播", 0.9, 0.05, null, null]);
    const { layout } = recognize([grid(values)]);
    const table = layout.sheets[0]?.tables?.[0];
    expect(table && "people" in table ? table.people.length : 0).toBe(50_000);
  });
});

describe("a sheet's own grade table, wherever it stands, over the add-in's defaults", () => {
  const form = (below: CellValue[][]): CellValue[][] => [
    ["员工绩效考核表"],
    ["姓名", "李四", "岗位", "运营专员"],
    ["序号", "考核指标", "权重", "评分标准", "实际完成", "得分"],
    [1, "GMV完成率", "60%", "≥100%得60分，90%-99%得50分，低于90%不得分", 0.95, null],
    [2, "团队协作", "40%", "上级综合评定", 30, null],
    ["合计"],
    ["考核等级"],
    ...below,
  ];
  const gradeTableOf = (grids: Grid[]) => {
    const table = recognize(grids).layout.sheets[0]?.tables?.[0];
    return table && "gradeTable" in table ? table.gradeTable : undefined;
  };

  it("finds a grade table in cells under the form, in the form's own columns, after a blank row", () => {
    const rows = form([
      [],
      ["等级", "分数"],
      ["A", "90分以上"],
      ["B", "80-89分"],
      ["C", "70-79分"],
      ["D", "70分以下"],
    ]);
    expect(gradeTableOf([grid(rows)])).toEqual({ range: "A9:B13" });
  });

  it("reads 等级 | 分数 under a total with no grade row as the grade table, never as the form's grade cell", () => {
    const rows = form([]).slice(0, -1);
    rows.push([], ["等级", "分数"], ["A", "90分以上"], ["B", "80-89分"], ["C", "70-79分"], ["D", "70分以下"]);
    const table = recognize([grid(rows)]).layout.sheets[0]?.tables?.[0];
    expect(table && "items" in table ? [table.grade, table.gradeTable] : []).toEqual([
      undefined,
      { range: "A8:B12" },
    ]);
  });

  it("finds a grade table running across under the form (等级 / 分数 rows), asking nothing of its rows", () => {
    const rows = form([[], ["等级", "A", "B", "C", "D"], ["分数", "≥90", "80-89", "70-79", "<70"]]);
    const table = recognize([grid(rows)]).layout.sheets[0]?.tables?.[0];
    expect(table?.doubt).toBeUndefined();
    expect(gradeTableOf([grid(rows)])).toEqual({ range: "A9:E10", across: true });
  });

  it.each([
    "A：90分以上；B：80-89分；C：70-79分；D：70分以下",
    "评级标准：90分及以上为A，80-89分为B，70-79分为C，70分以下为D",
    "90-100分：A；80-89分：B；70-79分：C；70分以下：D",
    "注：考核得分≥90为A等，80-89为B等，70-79为C等，70以下为D等",
  ])(
    "takes a line listing letter grades beside scores for the grade table (%s), read or asked about",
    (text) => {
      expect(gradeTableOf([grid(form([[], [text]]))])).toEqual({ cell: "A9" });
    },
  );

  it("uses the grade table of a rules sheet for a form with a grade cell and for a roster", () => {
    const rules = gridOf("考核说明", [
      ["等级", "分数区间", "绩效系数"],
      ["A", "90分及以上", 1.2],
      ["B", "80-89分", 1],
      ["C", "70-79分", 0.8],
      ["D", "70分以下", 0.5],
    ]);
    expect(gradeTableOf([grid(form([])), rules])).toEqual({ sheet: "考核说明", range: "A1:C5" });
    const roster = grid([
      ["序号", "姓名", "销售完成率", "回款率", "总分", "等级"],
      ["权重", null, "60%", "40%"],
      ["评分标准", null, "≥100%得满分，低于100%按比例", "≥95%得满分，每低1%扣2分"],
      [1, "张三", 1.1, 0.93, null, null],
      [2, "李四", 0.85, 0.97, null, null],
    ]);
    expect(gradeTableOf([roster, rules])).toEqual({ sheet: "考核说明", range: "A1:C5" });
  });
});

describe("rosters stacked on one sheet", () => {
  const group = (
    title: string,
    a: string,
    b: string,
    rules: string[],
    people: CellValue[][],
  ): CellValue[][] => [[title], ["序号", "姓名", a, b, "总分"], ["评分标准", null, ...rules], ...people];

  it("reads a second group under its own header as a roster of its own, not as people of the first", () => {
    const rows = [
      ...group(
        "销售组",
        "销售完成率(60%)",
        "回款率(40%)",
        ["≥100%得满分", "≥95%得满分"],
        [
          [1, "张三", 1.1, 0.93],
          [2, "李四", 0.85, 0.97],
        ],
      ),
      [],
      ...group(
        "客服组",
        "满意度(70%)",
        "投诉次数(30%)",
        ["≥95%得满分", "每次扣5分"],
        [
          [1, "王五", 0.96, 1],
          [2, "赵六", 0.9, 0],
        ],
      ),
    ];
    const tables = recognize([grid(rows)]).layout.sheets[0]?.tables ?? [];
    const read = tables.map((t) =>
      "people" in t ? [t.indicators.map((i) => i.name), t.people.map((p) => p.name)] : [],
    );
    expect(read).toEqual([
      [
        ["销售完成率(60%)", "回款率(40%)"],
        ["张三", "李四"],
      ],
      [
        ["满意度(70%)", "投诉次数(30%)"],
        ["王五", "赵六"],
      ],
    ]);
  });

  it("goes on under its own header repeated at a page break", () => {
    const rows = group(
      "销售组",
      "销售完成率(60%)",
      "回款率(40%)",
      ["≥100%得满分", "≥95%得满分"],
      [
        [1, "张三", 1.1, 0.93],
        ["序号", "姓名", "销售完成率(60%)", "回款率(40%)", "总分"],
        [2, "李四", 0.85, 0.97],
      ],
    );
    const tables = recognize([grid(rows)]).layout.sheets[0]?.tables ?? [];
    expect(tables.map((t) => ("people" in t ? t.people.map((p) => p.name) : []))).toEqual([["张三", "李四"]]);
  });
});

describe("a roster's lead rows", () => {
  it("reads a 满分 row under the header as the indicators' points, never as a person", () => {
    const rows: CellValue[][] = [
      ["姓名", "销售额完成率", "违规次数", "总分"],
      ["满分", 60, 40, null],
      ["评分标准", "≥100%得60分，低于100%得30分", "每违规1次扣10分，扣完为止", null],
      ["张三", 1, 0, null],
      ["李四", 0.9, 1, null],
    ];
    const table = recognize([grid(rows)]).layout.sheets[0]?.tables?.[0] as {
      weightRow?: number;
      people: { name: string }[];
      indicators: { weight: number | null }[];
    };
    expect(table.weightRow).toBe(2);
    expect(table.indicators.map((i) => i.weight)).toEqual([60, 40]);
    expect(table.people.map((p) => p.name)).toEqual(["张三", "李四"]);
  });
});

describe("evaluators, some without a weight", () => {
  const evaluatorForm = (third: string, weightsAbove = false): CellValue[][] => [
    ["员工绩效考核表"],
    ["姓名", "张三", "部门", "销售部"],
    weightsAbove ? [null, null, null, "评分权重", 0.4, 0.6] : [],
    [
      "序号",
      "考核项目",
      "分值",
      "评分标准",
      weightsAbove ? "自评" : "自评（30%）",
      weightsAbove ? "上级评" : "上级评（70%）",
      third,
    ],
    [1, "工作质量", 40, "由评分人按0-40分评分", 36, 32, null],
    [2, "工作效率", 30, "由评分人按0-30分评分", 28, 24, null],
    [3, "团队协作", 30, "由评分人按0-30分评分", 30, 27, null],
    [null, "合计"],
  ];

  it("weighs the evaluators whose weights make the whole, leaving an unweighted one aside (人资评 not filled)", () => {
    const table = recognize([grid(evaluatorForm("人资评"))]).layout.sheets[0]?.tables?.[0] as {
      evaluators?: { label: string; weight: number | null }[];
      doubt?: unknown;
    };
    expect(table.evaluators?.map((e) => [e.label, e.weight])).toEqual([
      ["自评", 0.3],
      ["上级评", 0.7],
    ]);
    expect(table.doubt).toBeUndefined();
  });

  it("reads a weights row above the header that leaves one evaluator out", () => {
    const table = recognize([grid(evaluatorForm("人资评", true))]).layout.sheets[0]?.tables?.[0] as {
      evaluators?: { label: string; weight: number | null }[];
    };
    expect(table.evaluators?.map((e) => e.weight)).toEqual([0.4, 0.6]);
  });
});

describe("text columns of a roster weighted in its headers", () => {
  it("keeps a 否决项 column that holds 是 / 否 as an indicator, so the roster asks how it counts", () => {
    const rows: CellValue[][] = [
      ["姓名", "职级", "业绩（70%）", "行为（30%）", "否决项", "总分"],
      ["张三", "P5", 90, 80, "否", null],
      ["李雷", "P6", 95, 85, "是", null],
    ];
    const table = recognize([grid(rows)]).layout.sheets[0]?.tables?.[0] as {
      indicators: { name: string }[];
    };
    expect(table.indicators.map((i) => i.name)).toEqual(["业绩（70%）", "行为（30%）", "否决项"]);
  });
});

describe("hidden rows", () => {
  const bonus: CellValue[] = [3, "加分项", null, "每提交1个优秀案例加2分", 3, null];

  it("asks about a hidden item row with a figure entered: the total would leave it out", () => {
    const rows = [...FORM.slice(0, 5), bonus, ...FORM.slice(5)];
    const table = recognize([grid(rows, { hiddenRows: [5] })]).layout.sheets[0]?.tables?.[0];
    expect(table?.doubt).toEqual({ code: "layout.hiddenRows", params: { rows: "6" } });
  });

  it("leaves a hidden item row out without asking where nothing is entered but a remark (已停用)", () => {
    const rows = [
      ...FORM.slice(0, 5),
      [3, "店铺装修", 10, "酌情给分", null, null, "已停用"],
      ...FORM.slice(5),
    ];
    const table = recognize([grid(rows, { hiddenRows: [5] })]).layout.sheets[0]?.tables?.[0];
    expect(table?.doubt).toBeUndefined();
  });

  it("asks about people a filter hides in a roster: they would keep their old figures", () => {
    const rows: CellValue[][] = [
      ["姓名", "GMV完成率", "得分"],
      ["评分标准", "≥100%得100分，低于100%得60分", null],
      ["张三", 1, null],
      ["李四", 0.9, null],
      ["王五", 1.1, null],
    ];
    const table = recognize([grid(rows, { hiddenRows: [3] })]).layout.sheets[0]?.tables?.[0];
    expect(table?.doubt).toEqual({ code: "layout.hiddenPeople", params: { rows: "4" } });
  });
});

describe("rows under a form's total", () => {
  it("asks about a row under the total that scores something of its own (扣分项 with its rule and count)", () => {
    const rows = rowsWithDeductionUnderTotal(2, [["最终得分"], ["考核等级"]]);
    const table = recognize([grid(rows)]).layout.sheets[0]?.tables?.[0];
    expect(table?.doubt).toEqual({ code: "layout.afterTotal", params: { rows: "6" } });
  });

  it("does not ask about such a row with nothing entered in it: it adds nothing", () => {
    const rows = rowsWithDeductionUnderTotal(null, [["考核等级"]]);
    expect(recognize([grid(rows)]).layout.sheets[0]?.tables?.[0]?.doubt).toBeUndefined();
  });

  it("reads the grade, coefficient and signature rows under the total as before", () => {
    const rows: CellValue[][] = [...FORM.slice(0, 6), ["考核等级"], ["被考核人签字："]];
    expect(recognize([grid(rows)]).layout.sheets[0]?.tables?.[0]?.doubt).toBeUndefined();
  });
});

describe("last period's figures beside this one's", () => {
  it("takes 本月总分 for the total, not 上月总分 before it", () => {
    const rows: CellValue[][] = [
      ["序号", "姓名", "上月总分", "销售完成率", "回款率", "本月总分", "等级"],
      ["权重", null, null, "60%", "40%"],
      ["评分标准", null, null, "≥100%得满分", "≥95%得满分，每低1%扣2分"],
      [1, "张三", 88, 1.1, 0.93, null, null],
      [2, "李四", 92, 0.85, 0.97, null, null],
    ];
    const table = recognize([grid(rows)]).layout.sheets[0]?.tables?.[0];
    expect(table?.columns).toEqual({ name: "B", total: "F", grade: "G" });
    expect(table && "indicators" in table ? table.indicators.map((i) => i.name) : []).toEqual([
      "销售完成率",
      "回款率",
    ]);
  });
});

describe("a grade table under a roster's people", () => {
  const roster = (legend: CellValue[][]): CellValue[][] => [
    ["序号", "姓名", "销售完成率", "回款率", "总分", "等级", "系数"],
    ["权重", null, "60%", "40%"],
    ["评分标准", null, "≥100%得满分", "≥95%得满分，每低1%扣2分"],
    [1, "张三", 1.1, 0.93],
    [2, "李四", 0.85, 0.97],
    [],
    ...legend,
  ];
  const read = (rows: CellValue[][]) => {
    const t = recognize([grid(rows)]).layout.sheets[0]?.tables?.[0];
    return t && "people" in t ? { people: t.people.map((p) => p.name), gradeTable: t.gradeTable } : undefined;
  };

  it("ends the people at a grade table in cells (等级 | 分数 | 系数) and reads it as the roster's", () => {
    const rows = roster([
      ["等级", "分数", "系数"],
      ["S", "≥95", 1.5],
      ["A", "85-94", 1.2],
      ["B", "<85", 1],
    ]);
    expect(read(rows)).toEqual({ people: ["张三", "李四"], gradeTable: { range: "A7:C10" } });
  });

  it("ends the people at a grade table running across (等级 / 分数 / 系数 rows)", () => {
    const rows = roster([
      ["等级", "S", "A", "B", "C"],
      ["分数", "≥95", "85-94", "70-84", "<70"],
      ["系数", 1.5, 1.2, 1, 0.6],
    ]);
    expect(read(rows)?.people).toEqual(["张三", "李四"]);
    expect(read(rows)?.gradeTable).toMatchObject({ across: true });
  });
});
