import type { SheetAppraisal } from "../../src/appraisal/appraisal";
import { appraiseSheet } from "../../src/appraisal/appraise";
import type { Correction } from "../../src/appraisal/corrections";
import { message } from "../../src/i18n";
import { boxOf } from "../../src/layout/a1";
import type { CellValue, Grid } from "../../src/layout/grid";
import type { SheetLayout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";
import { planInputValidation, planScore } from "../../src/plan/operations";
import type { CellWrite, PatchMode } from "../../src/plan/patch";

/**
 * Entered scores the add-in must ask about rather than count: an evaluator still to score, levels
 * or ratings on a scale that is not the items' points, scores that read two ways, forms whose
 * points do not add up to what the grades are out of. Each sheet here is made for the test and
 * read as the add-in reads any sheet (recognised, then appraised).
 */

const GRADES = "等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)";

/** A sheet from rows of cells (row 1 first), merged areas as `A8:F8`. */
function gridOf(rows: CellValue[][], merges: string[] = []): Grid {
  return {
    name: "表",
    rows: rows.length,
    columns: Math.max(...rows.map((r) => r.length)),
    values: rows,
    formats: {},
    formulas: {},
    merges: merges.map((m) => boxOf(m) as NonNullable<ReturnType<typeof boxOf>>),
    hiddenRows: [],
    hiddenColumns: [],
  };
}

function layoutOf(grid: Grid): SheetLayout {
  const sheet = recognize([grid]).layout.sheets[0];
  if (!sheet) throw new Error("no sheet recognised");
  return sheet;
}

function appraised(grid: Grid, corrections: Correction[] = []): SheetAppraisal {
  return appraiseSheet(grid, layoutOf(grid), { corrections });
}

/** The `i`th warning as an HR reader sees it (zh-CN). */
function say(result: SheetAppraisal, i: number): string {
  const w = result.warnings[i];
  return w ? message({ code: w.code, params: w.params }, "zh-CN") : "";
}

const personOf = (result: SheetAppraisal) => result.tables.flatMap((t) => t.people)[0];
const codes = (result: SheetAppraisal) => result.warnings.map((w) => [w.code, w.cell]);

function writesOf(grid: Grid, mode: PatchMode): CellWrite[] {
  return planScore({ grids: [grid], record: null, readOnly: false }, mode).patch.writes;
}

/** 姓名, then a header with a self-assessment (20%) and the manager's score (80%), four items. */
const evaluatorRows = (manager: CellValue[]): CellValue[][] => [
  ["主播月度考核表"],
  ["姓名", "王磊"],
  ["序号", "考核项目", "分值", "评分标准", "自评(20%)", "上级评分(80%)", "得分"],
  [1, "出勤", 30, "酌情给分，满分30分", 30, manager[0] ?? null],
  [2, "氛围", 30, "酌情给分，满分30分", 25, manager[1] ?? null],
  [3, "话术", 20, "酌情给分，满分20分", 20, manager[2] ?? null],
  [4, "协作", 20, "酌情给分，满分20分", 15, manager[3] ?? null],
  ["最终得分"],
  ["等级"],
];

describe("a manager who has not scored yet", () => {
  it("leaves the items pending: no total, the manager's blank cell named", () => {
    const result = appraised(gridOf(evaluatorRows([])));
    expect(personOf(result)?.total).toBeNull();
    expect(personOf(result)?.grade).toBeNull();
    expect(result.warnings[0]).toMatchObject({ code: "score.evaluatorPending", cell: "F4" });
    expect(say(result, 0)).toContain("F4");
    expect(personOf(result)?.outcomes.every((o) => o.score === null)).toBe(true);
  });

  it("who skipped one item but scored the others has that item scored by the self-assessment, said with the cell", () => {
    const result = appraised(gridOf(evaluatorRows([28, null, 18, 16])));
    expect(personOf(result)?.outcomes.map((o) => o.score)).toEqual([28.4, 25, 18.4, 15.8]);
    expect(personOf(result)?.total).toBe(87.6);
    // No grade table on the sheet: the grade follows the default, and says so.
    expect(codes(result)).toEqual([
      ["score.evaluatorMissing", "F5"],
      ["score.defaultGrades", "G9"],
    ]);
  });

  it("marked 不适用 hands their share to the self-assessment, said with the cell", () => {
    const result = appraised(gridOf(evaluatorRows(["不适用", 24, 18, 16])));
    expect(personOf(result)?.outcomes[0]?.score).toBe(30);
    expect(personOf(result)?.total).toBe(88.4);
    expect(codes(result)).toEqual([
      ["score.evaluatorMissing", "F4"],
      ["score.defaultGrades", "G9"],
    ]);
  });

  it("is passed over once the user confirms the others' scores stand", () => {
    const grid = gridOf(evaluatorRows([]));
    const doubt = personOf(appraised(grid))?.items[0]?.rule.doubt;
    if (!doubt) throw new Error("no doubt to confirm");
    const confirm: Correction = { kind: "confirm", sheet: "表", table: 0, row: 4, doubt };
    const result = appraised(grid, [confirm]);
    expect(personOf(result)?.outcomes[0]?.score).toBe(30);
    expect(codes(result)).toContainEqual(["score.evaluatorMissing", "F4"]);
  });
});

describe("scores combined from evaluators in a formula mode", () => {
  it("have their total written as a figure, so no live sum goes stale over fixed scores", () => {
    const grid = gridOf(evaluatorRows([27, 24, 18, 16]));
    for (const mode of ["portable", "functions"] as const) {
      const total = writesOf(grid, mode).find((w) => w.cell === "G8");
      expect(total).toMatchObject({ value: 86 });
      expect(total).not.toHaveProperty("formula");
    }
  });
});

/** A behaviour form ticked under levels: the header states each level's points. */
const tickRows = (levels: string[]): CellValue[][] => [
  ["行为能力考核表"],
  ["姓名：郑爽"],
  ["考核项目", "分值", ...levels, "得分"],
  ["责任心", 30, "√"],
  ["执行力", 30, null, "√"],
  ["团队合作", 20, "√"],
  ["学习能力", 20, null, null, "√"],
  ["合计", "合计", "合计", "合计", "合计", "合计"],
  ["等级", "等级", "等级", "等级", "等级", "等级"],
  [GRADES],
];
const TICK_MERGES = ["A8:F8", "A9:F9"];

describe("levels ticked on a behaviour form", () => {
  it("worth neither the items' points nor a 5 or 100 scale are asked about, not taken as points", () => {
    const grid = gridOf(tickRows(["优秀(10分)", "良好(8分)", "合格(6分)", "不合格(0分)"]), TICK_MERGES);
    const result = appraised(grid);
    expect(personOf(result)?.total).toBeNull();
    expect(codes(result)).toEqual([["score.levelScale", "C3"]]);
    expect(say(result, 0)).toContain("10分");
  });

  it("with no points stated say the level ticked has none, not that several were ticked", () => {
    const grid = gridOf(tickRows(["优秀", "良好", "合格", "不合格"]), TICK_MERGES);
    const result = appraised(grid);
    expect(personOf(result)?.total).toBeNull();
    expect(result.warnings.map((w) => w.code)).not.toContain("score.levelEntry");
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: "score.levelNoPoints",
        cell: "C4",
        params: expect.objectContaining({ level: "优秀" }),
      }),
    );
  });
});

/** A monthly form whose evaluator types a score per item. */
const typedRows = (weights: CellValue[], scores: CellValue[], head = "权重"): CellValue[][] => [
  ["运营专员月度考核表"],
  ["姓名：李四"],
  ["序号", "考核项目", "考核内容", head, "评分"],
  [1, "活动执行", "按计划执行", weights[0] ?? null, scores[0] ?? null],
  [2, "数据复盘", "每周复盘", weights[1] ?? null, scores[1] ?? null],
  [3, "团队协作", "配合", weights[2] ?? null, scores[2] ?? null],
  [4, "纪律", "遵守", weights[3] ?? null, scores[3] ?? null],
  ["合计"],
  ["等级"],
  [GRADES],
];

describe("scores typed per item", () => {
  it("all within 5 on items each worth more are asked about (1-5 ratings or points?)", () => {
    const result = appraised(gridOf(typedRows([30, 30, 20, 20], [4, 5, 3, 4])));
    expect(personOf(result)?.total).toBeNull();
    expect(codes(result)).toEqual([["score.ratingScale", "D4"]]);
  });

  it("as 1-5 ratings on weights written as shares, with no grades on the sheet, are each rating times its share: a total out of 5 and no grade, saying why", () => {
    const rows = typedRows(["30%", "30%", "20%", "20%"], [4, 5, 3, 4]).slice(0, -1);
    const result = appraised(gridOf(rows));
    expect(personOf(result)).toMatchObject({ total: 4.1, grade: null, coefficient: null });
    expect(codes(result)).toEqual([["score.ungraded5", "E8"]]);
    expect(say(result, 0)).toContain("5分制");
    expect(say(result, 0)).toContain("E8");
  });

  it("as 1-5 ratings on weights written as shares, on a sheet graded out of 100, are asked about", () => {
    const result = appraised(gridOf(typedRows(["30%", "30%", "20%", "20%"], [4, 5, 3, 4])));
    expect(personOf(result)?.total).toBeNull();
    expect(codes(result)).toEqual([["score.entryScale", "D4"]]);
  });

  it("as 1-5 ratings on weights written as points, with no grades on the sheet, are asked about", () => {
    const rows = typedRows([30, 30, 20, 20], [4, 5, 3, 4]).slice(0, -1);
    const result = appraised(gridOf(rows));
    expect(personOf(result)?.total).toBeNull();
    expect(codes(result)).toEqual([["score.ratingScale", "D4"]]);
  });

  it("on items worth 5 or less are points as typed", () => {
    // No grades on the sheet: 20 points are not graded as if out of 100.
    const rows = typedRows([5, 5, 5, 5], [4, 5, 3, 4], "分值").filter(
      (r) => r[0] !== "等级" && r[0] !== GRADES,
    );
    const result = appraised(gridOf(rows));
    expect(personOf(result)?.total).toBe(16);
  });

  it("some over their weight and some within it are asked about, not taken as 百分制 by majority", () => {
    const result = appraised(gridOf(typedRows(["30%", "30%", "20%", "20%"], [85, 20, 18, 88])));
    expect(personOf(result)?.total).toBeNull();
    expect(codes(result)).toEqual([["score.entryScale", "D4"]]);
  });

  it("every one over its weight are 百分制, weighted", () => {
    const result = appraised(gridOf(typedRows(["30%", "30%", "20%", "20%"], [85, 90, 80, 88])));
    expect(personOf(result)?.total).toBe(86.1);
  });

  it("left blank say the score is missing, naming its cell", () => {
    const result = appraised(gridOf(typedRows([30, 30, 20, 20], [26, null, 18, 15], "分值")));
    expect(personOf(result)?.total).toBeNull();
    expect(codes(result)).toEqual([["score.entryPending", "E5"]]);
    expect(say(result, 0)).toContain("尚未填写得分");
  });

  it("of a deduction in 加减分项 may be negative, and count", () => {
    const grid = gridOf(
      [
        ["运营专员月度考核表"],
        ["姓名：孙悦"],
        ["类别", "考核项目", "考核内容", "分值", "评分"],
        ["业绩", "活动执行", "按计划执行活动", 60, 55],
        ["业绩", "数据复盘", "每周提交复盘报告", 40, 35],
        ["加减分项", "违纪", "迟到早退扣分", null, -3],
        ["加减分项", "表彰", "获得表彰加分", null, 2],
        [],
        ["合计", "合计", "合计", "合计"],
        ["等级", "等级", "等级", "等级"],
        [GRADES],
      ],
      ["A9:D9", "A10:D10"],
    );
    const result = appraised(grid);
    expect(personOf(result)?.total).toBe(89);
    expect(result.warnings).toEqual([]);
    // Its cell's validation lets a minus through, as its scoring does.
    const patch = planInputValidation({ grids: [grid], record: null, readOnly: false }, "zh-CN");
    const adjustment = patch.validations.find((v) => v.range === "E6");
    expect(adjustment?.rule).not.toMatchObject({ min: 0 });
  });
});

describe("a form whose items' points add up to more than the grades are out of", () => {
  it("is asked about: no total, no grade", () => {
    const grid = gridOf(
      [
        ["运营专员月度考核表"],
        ["姓名：孙悦"],
        ["序号", "考核项目", "考核内容", "分值", "评分"],
        [1, "活动执行", "按计划执行活动", 50, 45],
        [2, "数据复盘", "每周提交复盘报告", 40, 38],
        [3, "团队协作", "配合主播与客服", 50, 48],
        [4, "工作纪律", "遵守公司制度", 40, 35],
        ["合计", "合计", "合计", "合计"],
        ["等级", "等级", "等级", "等级"],
        [GRADES],
      ],
      ["A8:D8", "A9:D9"],
    );
    const result = appraised(grid);
    expect([personOf(result)?.total, personOf(result)?.grade]).toEqual([null, null]);
    expect(result.warnings[0]).toMatchObject({
      code: "score.pointsScale",
      params: expect.objectContaining({ sum: 180 }),
    });
  });
});

describe("a form whose items' points do not add up to what the grades are out of", () => {
  const form = (points: number[]): Grid =>
    gridOf(
      [
        ["直播客服月度考核表"],
        ["姓名：陈静"],
        ["序号", "考核项目", "考核内容", "分值", "评分"],
        ...points.map((p, i): CellValue[] => [i + 1, `项目${i + 1}`, "按要求完成", p, p - 2]),
        ["合计", "合计", "合计", "合计"],
        ["等级", "等级", "等级", "等级"],
        [GRADES],
      ],
      [`A${points.length + 4}:D${points.length + 4}`, `A${points.length + 5}:D${points.length + 5}`],
    );

  it("is asked about when they add up to less than 100 (30+30+30): no total, no grade, the points' cells named", () => {
    const result = appraised(form([30, 30, 30]));
    expect([personOf(result)?.total, personOf(result)?.grade]).toEqual([null, null]);
    expect(result.warnings[0]).toMatchObject({
      code: "score.pointsScale",
      params: { sum: 90, cell: "D4:D6" },
    });
    expect(writesOf(form([30, 30, 30]), "portable").filter((w) => w.role !== "restore")).toEqual([]);
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(result.warnings[0]!, locale)).toContain("D4:D6");
  });

  it("is graded as it stands when they add up to exactly 100", () => {
    const result = appraised(form([30, 30, 40]));
    expect([personOf(result)?.total, personOf(result)?.grade]).toEqual([94, "A"]);
  });
});

describe("two stacked forms whose points come from their rule texts", () => {
  const form = (scores: [number, number]): CellValue[][] => [
    ["序号", "考核项目", "评分标准", "评分"],
    [1, "活动执行", "酌情给分，满分60分", scores[0]],
    [2, "数据复盘", "酌情给分，满分40分", scores[1]],
    ["合计"],
  ];

  it("are not added up as one person's form when together they are worth 200", () => {
    const grid = gridOf([
      ["运营专员月度考核表"],
      ["姓名：孙悦"],
      ...form([55, 35]),
      [],
      ["运营专员月度考核表"],
      ...form([50, 30]),
    ]);
    const result = appraised(grid);
    const totals = result.tables.flatMap((t) => t.people.map((p) => p.total));
    expect(totals.every((t) => t === null)).toBe(true);
    // Each part worth 100 on its own, or the parts adding up past 100: either way the user is asked.
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^score\.part(Points|Weights)$/)]),
    );
  });
});

describe("a judged item whose actual cell says what the judgement is made on", () => {
  /** 考核指标 | 配分 | 评分办法 | 完成情况说明 | 主管评分, two judged items, a grade text. */
  const judged = (actual: CellValue[], scores: CellValue[]): Grid =>
    gridOf([
      ["姓名", "钱伟"],
      ["考核指标", "配分", "考核标准及评分办法", "完成情况说明", "主管评分"],
      ["发货及时率", 60, "主管根据完成情况评分，满分60分", actual[0] ?? null, scores[0] ?? null],
      ["责任心", 40, "主管酌情评分，满分40分", actual[1] ?? null, scores[1] ?? null],
      ["最终得分"],
      ["考核等级"],
      [GRADES],
    ]);

  it("takes the score typed in the score cell, beside a description (98%, 良好) no judgement reads", () => {
    const grid = judged(["98%", "良好"], [54, 33]);
    expect(personOf(appraised(grid))).toMatchObject({ total: 87, grade: "B" });
    // The typed scores are the inputs: never written over; the total sums them.
    const writes = writesOf(grid, "portable");
    expect(writes.map((w) => w.cell)).not.toContain("E3");
    expect(writes.find((w) => w.cell === "E5")).toMatchObject({ formula: expect.stringContaining("E3") });
  });

  it("refuses a score typed over the item's points, naming the cell", () => {
    const result = appraised(judged(["98%", "良好"], [54, 45]));
    expect(personOf(result)?.total).toBeNull();
    expect(codes(result)).toContainEqual(["manual.outOfRange", "E4"]);
  });

  it("reads a number in the actual cell as the judged score, as before", () => {
    const result = appraised(judged([50, 30], [null, null]));
    expect(personOf(result)?.total).toBe(80);
  });
});
