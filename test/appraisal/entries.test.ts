import { join } from "path";
import type { WorkbookAppraisal } from "../../src/appraisal/appraisal";
import { appraiseSheet, appraiseWorkbook } from "../../src/appraisal/appraise";
import { message } from "../../src/i18n";
import { openWorkbook } from "../../src/host/xlsx";
import type { CellValue, Grid } from "../../src/layout/grid";
import type { FormTable, SheetLayout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";
import { recalculated } from "../support/recalculated";
import { planInputValidation, planScore } from "../../src/plan/operations";
import type { CellWrite, PatchMode } from "../../src/plan/patch";

/**
 * Scores entered rather than worked out from an actual value, on the shape fixtures
 * (test/fixtures/shapes) and on small sheets made here: a score typed in 评分, evaluators combined
 * by the sheet's weights, levels ticked or scored, forms in parts, rosters with people in columns.
 */

const SHAPES = join(__dirname, "..", "fixtures", "shapes");

async function appraised(
  file: string,
): Promise<{ appraisal: WorkbookAppraisal; writes: (mode: PatchMode) => CellWrite[] }> {
  const read = await openWorkbook(join(SHAPES, file));
  if (!read.ok) throw new Error(read.issue.code);
  const { layout } = recognize(read.snapshot.grids);
  return {
    appraisal: appraiseWorkbook(read.snapshot.grids, layout),
    writes: (mode) => planScore(read.snapshot, mode).patch.writes,
  };
}

const people = (appraisal: WorkbookAppraisal, sheet: string) =>
  appraisal.sheets.find((s) => s.name === sheet)?.tables.flatMap((t) => t.people) ?? [];
const warnings = (appraisal: WorkbookAppraisal, sheet: string) =>
  appraisal.sheets.find((s) => s.name === sheet)?.warnings ?? [];

/** A grid from rows of cells (row 1 first). */
function gridOf(rows: CellValue[][], formats: Record<string, string> = {}): Grid {
  return {
    name: "表",
    rows: rows.length,
    columns: Math.max(...rows.map((r) => r.length)),
    values: rows,
    formats,
    formulas: {},
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

const item = (row: number, name: string, weight: number | null) => ({
  row,
  name,
  section: null,
  weight,
  rule: null,
  ruleText: "",
});

/** 姓名 in B1; header row 2: 项目 | 分值 | C | D | E …; items from row 3. */
function formSheet(table: Partial<FormTable> & Pick<FormTable, "columns" | "items">): SheetLayout {
  return {
    name: "表",
    kind: "form",
    header: { name: "B1" },
    tables: [{ headerRow: 2, sections: [], ...table }],
  };
}

describe("a score the evaluator types in 评分", () => {
  it("is the item's score, and the total is their sum, one per form stacked on the sheet", async () => {
    const { appraisal } = await appraised("stacked-forms.xlsx");
    expect(people(appraisal, "客服组").map((p) => [p.name, p.total, p.grade])).toEqual([
      ["陈静", 88, "B"],
      ["周敏", 95, "A"],
    ]);
  });

  it("is never written over: the total is a sum of the typed cells", async () => {
    const { writes } = await appraised("stacked-forms.xlsx");
    const mine = writes("portable").filter((w) => w.sheet === "客服组");
    expect(mine.map((w) => w.cell)).toEqual(["E7", "E8", "E16", "E17"]);
    expect(mine[0]).toMatchObject({ formula: "=ROUND(SUM(E4:E6),2)" });
  });

  it("is validated in its cell by the item's points", async () => {
    const read = await openWorkbook(join(SHAPES, "stacked-forms.xlsx"));
    if (!read.ok) throw new Error(read.issue.code);
    const validations = planInputValidation(read.snapshot, "zh-CN").validations.filter(
      (v) => v.sheet === "客服组",
    );
    expect(validations[0]).toMatchObject({
      range: "E4",
      rule: { kind: "number", min: 0, max: 30 },
      prompt: { message: "请填写评分，0到30分" },
    });
  });

  it("over the item's points is not counted: no total, and the cell is named", () => {
    const grid = gridOf([
      ["姓名", "王五"],
      ["项目", "分值", "评分"],
      ["响应", 30, 35],
      ["态度", 70, 60],
    ]);
    const sheet = formSheet({
      columns: { item: "A", weight: "B", score: "C" },
      items: [item(3, "响应", 30), item(4, "态度", 70)],
      typedScore: true,
      total: { cell: "C5" },
    });
    const result = appraiseSheet(grid, sheet);
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    const over = result.warnings.find((w) => w.cell === "C3");
    expect(over?.code).toBe("manual.outOfRange");
  });

  it("of an item with no points to check it against is asked about, not counted", () => {
    const grid = gridOf([
      ["姓名", "王五"],
      ["项目", "评分"],
      ["响应", 8],
      ["态度", 9],
    ]);
    const sheet = formSheet({
      columns: { item: "A", score: "B" },
      items: [item(3, "响应", null), item(4, "态度", null)],
      typedScore: true,
    });
    const result = appraiseSheet(grid, sheet);
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings[0]).toMatchObject({ code: "score.entryPoints", cell: "B3" });
    expect(message(result.warnings[0] as never, "zh-CN")).toContain("B3");
  });
});

describe("a score cell merged over several measure rows", () => {
  /** 服务质量 measured on two rows (响应及时, 无差评), its score typed once in E4:E5 merged; the grid
   * repeats a merged value on every row it covers, as a sheet's reader shows it. */
  const merged = (): Grid => ({
    ...gridOf([
      ["姓名：陈静"],
      [],
      ["序号", "考核项目", "考核内容", "分值", "评分", "备注"],
      [1, "服务质量", "响应及时", 15, 14],
      [1, "服务质量", "无差评", 15, 14],
      [2, "询单转化", "询单转化率达到目标", 40, 35],
      [3, "协作", "配合", 30, 25],
      ["合计"],
      ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)"],
    ]),
    merges: [
      { top: 3, left: 0, bottom: 4, right: 0 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 4, bottom: 4, right: 4 },
    ],
  });

  it("counts the score once, for the item it belongs to, worth the points of every row it covers", () => {
    const grid = merged();
    const person = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout).tables[0]
      ?.people[0];
    expect(person?.items.map((i) => [i.row, i.lastRow, i.weight])).toEqual([
      [4, 5, 30],
      [6, 6, 40],
      [7, 7, 30],
    ]);
    expect([person?.total, person?.grade]).toEqual([74, "C"]);
  });

  it("writes a total formula that sums the score once, agreeing with the report", () => {
    const grid = merged();
    const writes = planScore({ grids: [grid], record: null, readOnly: false }, "portable").patch.writes;
    // E5 is empty in the file (a merged area keeps its value in its first cell): E4 counted once.
    expect(writes.find((w) => w.cell === "E8")).toMatchObject({ formula: "=ROUND(SUM(E4,E6:E7),2)" });
  });

  it("asks which item a self-score merged over two rows belongs to when the manager scored each row", () => {
    const grid: Grid = {
      ...gridOf([
        ["姓名", "王磊"],
        ["序号", "考核项目", "分值", "评分标准", "自评(20%)", "上级评分(80%)", "得分"],
        [1, "直播表现", 20, "酌情给分，满分20分", 18, 16],
        [2, "直播间氛围", 20, "酌情给分，满分20分", 18, 15],
        [3, "带货话术", 30, "酌情给分，满分30分", 27, 24],
        [4, "团队协作", 30, "酌情给分，满分30分", 28, 27],
        ["最终得分"],
        ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)"],
      ]),
      merges: [{ top: 2, left: 4, bottom: 3, right: 4 }],
    };
    const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: "score.mergedEntry",
        cell: "E4",
        params: { item: "直播间氛围", cell: "E4" },
      }),
    );
  });

  it("combines evaluators' scores merged over two rows once", () => {
    const grid: Grid = {
      ...gridOf([
        ["姓名", "王磊"],
        ["序号", "考核项目", "分值", "评分标准", "自评(20%)", "上级评分(80%)", "得分"],
        [1, "直播表现", 20, "酌情给分，满分20分", 18, 16],
        [1, "直播间氛围", 20, "酌情给分，满分20分", 18, 16],
        [2, "带货话术", 30, "酌情给分，满分30分", 27, 24],
        [3, "团队协作", 30, "酌情给分，满分30分", 28, 27],
        ["最终得分"],
        ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)"],
      ]),
      merges: [
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 4, bottom: 3, right: 4 },
        { top: 2, left: 5, bottom: 3, right: 5 },
      ],
    };
    const person = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout).tables[0]
      ?.people[0];
    expect(person?.outcomes.map((o) => o.score)).toEqual([16.4, 24.6, 27.2]);
    expect(person?.total).toBe(68.2);
    const writes = planScore({ grids: [grid], record: null, readOnly: false }, "portable").patch.writes;
    expect(writes.find((w) => w.cell === "G3")).toMatchObject({ value: 16.4 });
    expect(writes.find((w) => w.cell === "G4")).toBeUndefined();
  });
});

describe("scores typed on 百分制 with weights as shares", () => {
  it("are weighted: the total is each score times its weight", () => {
    const grid = gridOf([
      ["姓名", "王五"],
      ["项目", "权重", "评分"],
      ["业绩", "40%", 90],
      ["态度", "60%", 80],
    ]);
    const sheet = formSheet({
      columns: { item: "A", weight: "B", score: "C" },
      items: [item(3, "业绩", 40), item(4, "态度", 60)],
      typedScore: true,
    });
    expect(appraiseSheet(grid, sheet).tables[0]?.people[0]?.total).toBe(84);
  });

  it("within their weights leave the scale open: asked about, naming the weight", () => {
    const grid = gridOf([
      ["姓名", "王五"],
      ["项目", "权重", "评分"],
      ["业绩", "40%", 9],
      ["态度", "60%", 8],
    ]);
    const sheet = formSheet({
      columns: { item: "A", weight: "B", score: "C" },
      items: [item(3, "业绩", 40), item(4, "态度", 60)],
      typedScore: true,
    });
    const result = appraiseSheet(grid, sheet);
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings).toEqual([expect.objectContaining({ code: "score.entryScale", cell: "B3" })]);
  });
});

describe("evaluator columns", () => {
  it("whose weights do not add up to 100% give no score, and say so", () => {
    const grid = gridOf([
      ["姓名", "钱多"],
      ["项目", "分值", "自评", "上级", "得分"],
      ["接待量", 50, 40, 45],
      ["满意度", 50, 45, 40],
    ]);
    const sheet = formSheet({
      columns: { item: "A", weight: "B", score: "E" },
      items: [item(3, "接待量", 50), item(4, "满意度", 50)],
      evaluators: [
        { column: "C", label: "自评", weight: 0.2 },
        { column: "D", label: "上级", weight: 0.7 },
      ],
    });
    const result = appraiseSheet(grid, sheet);
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: "score.evaluatorSum",
        cell: "C2",
        params: expect.objectContaining({ sum: "90%" }),
      }),
    ]);
  });

  it("are combined as the header says (自评20% + 上级80%), with the explanation", async () => {
    const { appraisal } = await appraised("evaluators.xlsx");
    const [person] = people(appraisal, "自评上级");
    expect([person?.total, person?.grade]).toEqual([85, "B"]);
    expect(person?.outcomes[0]?.score).toBe(25.6);
    expect(person?.outcomes[0]?.explanation?.[0]).toMatchObject({ code: "evaluators.combined" });
  });

  it("take their weights from a cell beside them or a note under the table", async () => {
    const { appraisal } = await appraised("evaluators.xlsx");
    expect(people(appraisal, "权重单元格")[0]?.total).toBe(85.9);
    expect(people(appraisal, "360 Review")[0]?.total).toBe(3.77);
  });

  /** 自评得分 | 自评权重 | 上级评分 | 上级权重 written on every item's row, not merged. */
  const weighedPerRow = (row6: CellValue[]): Grid =>
    gridOf([
      ["姓名：赵云"],
      ["考核项目", "分值", "考核内容", "自评得分", "自评权重", "上级评分", "上级权重", "综合得分"],
      ["活动执行", 30, "按计划执行活动", 27, "30%", 24, "70%"],
      ["数据复盘", 30, "每周复盘并提交报告", 28, "30%", 26, "70%"],
      ["内容发布", 25, "按排期发布内容", ...row6],
      ["协作沟通", 15, "配合主播与客服", 15, "50%", 12, "50%"],
      ["合计"],
      ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)"],
    ]);

  it("weigh each item by the evaluator weights written on its own row", () => {
    const grid = weighedPerRow([25, "0%", 12, "100%"]);
    const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
    const person = result.tables[0]?.people[0];
    expect(person?.outcomes.map((o) => o.score)).toEqual([24.9, 26.6, 12, 13.5]);
    expect([person?.total, person?.grade]).toEqual([77, "C"]);
  });

  it("give no score for an item whose row's evaluator weights do not add up to 100%, naming the cells", () => {
    const grid = weighedPerRow([25, "30%", 12, ""]);
    const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    const warning = result.warnings.find((w) => w.code === "score.evaluatorRowWeights");
    expect(warning).toMatchObject({ cell: "E5", params: { item: "内容发布", cells: "E5、G5" } });
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(warning!, locale)).toContain("E5、G5");
  });

  /** 自评(30%) | 自评权重 | 上级评分(70%) | 上级权重: the weights said twice, in the header and on each row. */
  const weighedTwice = (row5: CellValue[]): Grid =>
    gridOf([
      ["姓名：赵云"],
      ["考核项目", "分值", "考核内容", "自评(30%)", "自评权重", "上级评分(70%)", "上级权重", "综合得分"],
      ["活动执行", 30, "按计划执行活动", 27, "30%", 24, "70%"],
      ["数据复盘", 30, "每周复盘并提交报告", 28, "30%", 26, "70%"],
      ["内容发布", 25, "按排期发布内容", ...row5],
      ["协作沟通", 15, "配合主播与客服", 15, "30%", 12, "70%"],
      ["合计"],
    ]);

  it("score items whose row weighs the evaluators as the header says", () => {
    const grid = weighedTwice([25, "30%", 12, "70%"]);
    const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
    expect(result.tables[0]?.people[0]?.outcomes.map((o) => o.score)).toEqual([24.9, 26.6, 15.9, 12.9]);
  });

  it("ask about an item whose row weighs the evaluators otherwise than the header says, naming both", () => {
    const grid = weighedTwice([25, "50%", 12, "50%"]);
    const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
    const person = result.tables[0]?.people[0];
    expect(person?.outcomes[2]?.score).toBeNull();
    expect(person?.total).toBeNull();
    const warning = result.warnings.find((w) => w.code === "score.evaluatorWeightsDiffer");
    expect(warning).toMatchObject({
      cell: "E5",
      params: { item: "内容发布", cell: "E5", row: "50%", header: "30%" },
    });
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const) {
      expect(message(warning!, locale)).toContain("E5");
      expect(message(warning!, locale)).toContain("30%");
    }
  });

  /** 自评(20%) | 上级评分(80%) on four items, the manager's scores as given (null: left blank). */
  const managerScored = (manager: (number | null)[]): Grid =>
    gridOf([
      ["姓名", "王磊"],
      ["序号", "考核项目", "分值", "评分标准", "自评(20%)", "上级评分(80%)", "得分"],
      [1, "直播时长与出勤", 30, "酌情给分，满分30分", 28, manager[0] ?? null],
      [2, "直播间氛围", 30, "酌情给分，满分30分", 27, manager[1] ?? null],
      [3, "带货话术", 20, "酌情给分，满分20分", 18, manager[2] ?? null],
      [4, "团队协作", 20, "酌情给分，满分20分", 20, manager[3] ?? null],
      ["最终得分"],
      ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)"],
    ]);

  it("wait for an evaluator who has left most items blank (scored 1 of 4): no total, each blank cell named", () => {
    const grid = managerScored([25, null, null, null]);
    const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings.filter((w) => w.code === "score.evaluatorPending").map((w) => w.cell)).toEqual([
      "F4",
      "F5",
      "F6",
    ]);
  });

  it("wait for an evaluator who has left half the items blank", () => {
    const grid = managerScored([25, 24, null, null]);
    const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
    expect(result.tables[0]?.people[0]?.total).toBeNull();
  });

  it("spread the share of an evaluator who skipped a minority of the items (1 of 4) over the others, said", () => {
    const grid = managerScored([25, 24, null, 18]);
    const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
    expect(result.tables[0]?.people[0]?.total).toBe(86.6);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: "score.evaluatorMissing", cell: "F5" }),
    );
  });

  it("spread the share of an evaluator who skipped one item over the others, said with the cell", async () => {
    const { appraisal } = await appraised("evaluators.xlsx");
    expect(people(appraisal, "说明权重")[0]?.total).toBe(81.64);
    expect(warnings(appraisal, "说明权重")).toContainEqual(
      expect.objectContaining({ code: "score.evaluatorMissing", cell: "F6" }),
    );
  });

  it("with no weights, before a final column typed on every item (自评 | 上级评 | 终评), give way to it: the total is the final column's sum", () => {
    const grid = gridOf([
      ["姓名", "蓝溪"],
      ["考核项目", "权重", "评分标准", "自评", "上级评", "终评"],
      ["设计质量", 40, "按作品质量评分", 36, 32, 34],
      ["交付及时性", 60, "按交付是否准时评分", 58, 50, 51],
      ["合计"],
    ]);
    const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
    expect(result.tables[0]?.people[0]?.total).toBe(85);
  });

  it("with no weights on the sheet give no total", async () => {
    const { appraisal } = await appraised("evaluators.xlsx");
    expect(people(appraisal, "无权重")[0]?.total).toBeNull();
  });

  it("write the combined score as a figure in every mode", async () => {
    const { writes } = await appraised("evaluators.xlsx");
    for (const mode of ["values", "portable", "functions"] as const) {
      const g4 = writes(mode).find((w) => w.sheet === "自评上级" && w.cell === "G4");
      expect(g4).toMatchObject({ value: 25.6 });
    }
  });
});

describe("level matrices", () => {
  it("give the ticked level's points (√ ✓)", async () => {
    const { appraisal } = await appraised("level-matrix.xlsx");
    expect(people(appraisal, "勾选")[0]?.total).toBe(80);
  });

  it("take a score typed under a level, on the scale of the levels' ranges", async () => {
    const { appraisal } = await appraised("level-matrix.xlsx");
    expect(people(appraisal, "等级打分")[0]?.total).toBe(85);
  });

  it("with levels one row per level: the score typed beside them is out of the levels' points", async () => {
    const { appraisal } = await appraised("level-matrix.xlsx");
    expect(people(appraisal, "逐級一行")[0]?.total).toBe(80);
  });

  it("rated 1-5 with weights as shares, nothing on the sheet grading beyond 5, total each rating times its share, with no grade and a warning saying why", async () => {
    const { appraisal } = await appraised("level-matrix.xlsx");
    // 4 × 30% + 3 × 30% + 5 × 20% + 4 × 20%; the legend below (5 = Excellent …) grades nothing.
    expect(people(appraisal, "Ratings")[0]).toMatchObject({ total: 3.9, grade: null, coefficient: null });
    expect(warnings(appraisal, "Ratings")).toContainEqual(
      expect.objectContaining({ code: "score.ungraded5", cell: "C9" }),
    );
  });

  const ticked = (marks: CellValue[], score: CellValue[] = []) =>
    gridOf([
      ["姓名", "郑爽"],
      ["项目", "优秀(20分)", "良好(15分)", "合格(10分)", "得分"],
      ["责任心", ...marks, ...score],
      ["执行力", "√", null, null],
    ]);
  const levelSheet = (input: "mark" | "score", scoreRow?: number) =>
    formSheet({
      columns: { item: "A", score: "E" },
      items: [item(3, "责任心", 20), item(4, "执行力", 20)],
      levelColumns: { B: "优秀", C: "良好", D: "合格" },
      ...(input === "mark" ? { levelPoints: { B: 20, C: 15, D: 10 } } : {}),
      ...(scoreRow ? { levelScoreRow: scoreRow } : {}),
      levelInput: input,
      total: { cell: "E5" },
    });

  it("with two levels ticked on one item give no score, naming the cells", () => {
    const result = appraiseSheet(ticked(["√", "√", null]), levelSheet("mark"));
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: "score.levelEntry",
        params: expect.objectContaining({ cells: "B3、C3" }),
      }),
    );
  });

  it("with a score typed under a level whose range it is outside give no score, naming the cell", () => {
    const grid = gridOf([
      ["姓名", "冯凯"],
      ["指标", "A", "B", "得分"],
      ["分值范围", "100-90", "89-80"],
      ["GMV", null, 95],
      ["客单价", 92, null],
    ]);
    const sheet = formSheet({
      columns: { item: "A", score: "D" },
      items: [item(4, "GMV", 50), item(5, "客单价", 50)],
      levelColumns: { B: "A", C: "B" },
      levelScoreRow: 3,
      levelInput: "score",
    });
    const result = appraiseSheet(grid, sheet);
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "score.levelRange", cell: "C4" }));
  });

  it("score a single tick", () => {
    const result = appraiseSheet(ticked([null, "✓", null]), levelSheet("mark"));
    expect(result.tables[0]?.people[0]?.total).toBe(35);
  });

  it.each(["X", "x", "☒", "✗", "✘", "☆", "〇", "◯", "◎", "v", "○", "●", "√", "✓"])(
    "count a level ticked with %s, as the form is recognised with it",
    (mark) => {
      const grid = gridOf([
        ["员工行为考核表"],
        ["姓名：郑爽"],
        ["考核项目", "分值", "优秀(20分)", "良好(15分)", "合格(10分)", "得分"],
        ["责任心", 20, null, mark],
        ["执行力", 20, mark],
        ["合计"],
      ]);
      const sheet = recognize([grid]).layout.sheets[0] as SheetLayout;
      expect(sheet.tables?.[0]).toMatchObject({ levelInput: "mark" });
      expect(appraiseSheet(grid, sheet).tables[0]?.people[0]?.total).toBe(35);
    },
  );

  it("read the one filled mark where every other level holds a hollow one (○ ○ ● ○)", () => {
    const result = appraiseSheet(ticked(["○", "●", "○"]), levelSheet("mark"));
    expect(result.tables[0]?.people[0]?.total).toBe(35);
    const two = appraiseSheet(ticked(["●", "●", "○"]), levelSheet("mark"));
    expect(two.tables[0]?.people[0]?.total).toBeNull();
  });

  it("do not take a word typed under a level for a tick", () => {
    const result = appraiseSheet(ticked([null, "是", null]), levelSheet("mark"));
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "score.levelEntry", cell: "C3" }));
  });

  /** A monthly form whose levels state their ranges in the header; the evaluator types a score
   * under one level per item, on 百分制, and the items' weights are shares. */
  const rangedForm = (headers: string[], scores: CellValue[][]) =>
    gridOf([
      ["客服主管月度考核表"],
      ["姓名", "石磊", "部门", "客服部"],
      ["考核指标", "权重", ...headers, "得分"],
      ["客户满意度", 0.4, ...(scores[0] ?? [])],
      ["问题解决率", 0.3, ...(scores[1] ?? [])],
      ["团队管理", 0.3, ...(scores[2] ?? [])],
      ["合计"],
    ]);
  const headerStyles = [
    ["优秀 90-100", "良好 80-89", "合格 60-79", "不合格 0-59"],
    ["优秀(90-100)", "良好(80-89)", "合格(60-79)", "不合格(0-59)"],
    ["A 90~100", "B 80～89", "C 60—79", "D 0–59"],
    ["优秀：90至100分", "良好：80至89分", "合格：60至79分", "不合格：0至59分"],
  ];

  it.each(headerStyles)(
    "with ranges in their headers (%s …) weigh a score typed within its level's range on 百分制",
    (...headers) => {
      const grid = rangedForm(headers, [[92], [null, 85], [null, null, 70]]);
      const sheet = recognize([grid]).layout.sheets[0] as SheetLayout;
      expect(sheet.tables?.[0]).toMatchObject({ levelInput: "score" });
      expect(appraiseSheet(grid, sheet).tables[0]?.people[0]?.total).toBe(83.3);
    },
  );

  it.each(headerStyles)(
    "with ranges in their headers (%s …) give no score for one typed outside its level's range, naming the cell",
    (...headers) => {
      const grid = rangedForm(headers, [[92], [null, 95], [null, null, 70]]);
      const result = appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);
      expect(result.tables[0]?.people[0]?.total).toBeNull();
      expect(result.warnings).toContainEqual(
        expect.objectContaining({
          code: "score.levelRange",
          cell: "D5",
          params: expect.objectContaining({ range: "80-89" }),
        }),
      );
    },
  );

  it.each(["89-80", "89–80", "89～80", "89—80", "89~80", "80至89"])(
    "read a range row written as %s, and refuse a score outside it",
    (range) => {
      const grid = gridOf([
        ["姓名", "冯凯"],
        ["指标", "A", "B", "得分"],
        ["分值范围", "100-90", range],
        ["GMV", null, 95],
        ["客单价", 92, null],
      ]);
      const sheet = formSheet({
        columns: { item: "A", score: "D" },
        items: [item(4, "GMV", 50), item(5, "客单价", 50)],
        levelColumns: { B: "A", C: "B" },
        levelScoreRow: 3,
        levelInput: "score",
      });
      const result = appraiseSheet(grid, sheet);
      expect(result.warnings).toContainEqual(
        expect.objectContaining({ code: "score.levelRange", cell: "C4" }),
      );
    },
  );
});

describe("a form in stacked parts", () => {
  const grid = gridOf([
    ["姓名", "许静"],
    ["项目", "分值", "评分"],
    ["业绩", 60, 50],
    ["项目", "分值", "评分"],
    ["态度", 40, 30],
    ["合计", null, null],
  ]);
  const parts = (weights: [number, number]): SheetLayout => ({
    name: "表",
    kind: "form",
    header: { name: "B1" },
    tables: [
      {
        headerRow: 2,
        columns: { item: "A", weight: "B", score: "C" },
        sections: [],
        items: [item(3, "业绩", weights[0])],
        typedScore: true,
      },
      {
        headerRow: 4,
        columns: { item: "A", weight: "B", score: "C" },
        sections: [],
        items: [item(5, "态度", weights[1])],
        typedScore: true,
        partOf: 0,
        total: { cell: "C6" },
      },
    ],
  });

  it("is one person with one total over every part", () => {
    const result = appraiseSheet(grid, parts([60, 40]));
    expect(result.tables.map((t) => t.people.map((p) => [p.name, p.total]))).toEqual([[["许静", 80]], []]);
  });

  it("on a sheet is scored from every part, its total a sum over both parts' score cells", async () => {
    const { appraisal, writes } = await appraised("stacked-forms.xlsx");
    expect(people(appraisal, "分部分").map((p) => [p.name, p.total, p.grade])).toEqual([["孙悦", 86, "B"]]);
    const e10 = writes("portable").find((w) => w.sheet === "分部分" && w.cell === "E10");
    expect(e10).toMatchObject({ formula: "=ROUND(SUM(E4:E5,E8:E9),2)" });
  });

  it("whose parts' points together are not 100 gives no total, and says what they add up to", () => {
    const result = appraiseSheet(grid, parts([60, 60]));
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: "score.partPoints", params: expect.objectContaining({ sum: 120 }) }),
    );
  });

  it("whose parts are each weighted to 100 on their own gives no total (how they combine is not read)", () => {
    const result = appraiseSheet(grid, parts([100, 100]));
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "score.partWeights" }));
  });
});

describe("a roster with people in columns", () => {
  it("scores each person from their own column", async () => {
    const { appraisal } = await appraised("roster-transposed.xlsx");
    expect(people(appraisal, "横向名单").map((p) => [p.name, p.column, p.total, p.grade])).toEqual([
      ["林雅", "D", 100, "A"],
      ["黄凯", "E", 70, "C"],
      ["陈静", "F", 30, "D"],
    ]);
  });

  it("writes each total on the total row in the person's column, reading that column in every mode", async () => {
    const { writes } = await appraised("roster-transposed.xlsx");
    const e6 = (mode: PatchMode) => writes(mode).find((w) => w.sheet === "横向名单" && w.cell === "E6");
    expect(e6("values")).toMatchObject({ value: 70 });
    expect(e6("functions")).toMatchObject({ formula: expect.stringContaining("KPI.SCORE(E3,") });
    expect(e6("portable")).toMatchObject({ formula: expect.stringContaining("E4") });
    expect(
      writes("portable")
        .filter((w) => w.sheet === "横向名单")
        .map((w) => w.cell),
    ).toEqual(["D6", "D7", "E6", "E7", "F6", "F7"]);
  });
});

describe("a roster with people in columns and a group's figures beside them", () => {
  it("scores no 组平均, 合计 or 最高 column as a person, and writes nothing in it", () => {
    const rule = "≥100%得50分，90%-99%得40分，低于90%不得分";
    const grid = gridOf(
      [
        ["主播组6月绩效考核"],
        ["考核指标", "权重", "评分标准", "林雅", "黄凯", "组平均", "陈静", "最高分", "合计"],
        ["GMV完成率", 1, rule, 1.05, 0.92, 0.985, 0.85, 1.05, 2.82],
        ["总分"],
        ["等级"],
        ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)"],
      ],
      { "2,1": "0%", "2,3": "0%", "2,4": "0%", "2,5": "0%", "2,6": "0%", "2,7": "0%", "2,8": "0%" },
    );
    const snapshot = { grids: [grid], record: null, readOnly: false };
    const appraisal = appraiseWorkbook([grid], recognize([grid]).layout);
    expect(people(appraisal, "表").map((p) => [p.name, p.column, p.total])).toEqual([
      ["林雅", "D", 50],
      ["黄凯", "E", 40],
      ["陈静", "G", 0],
    ]);
    const written = planScore(snapshot, "values").patch.writes.map((w) => w.cell);
    expect(written.filter((c) => /^[FHI]/.test(c))).toEqual([]);
  });
});

describe("a roster with people in columns, one of them not yet filled in", () => {
  it("is still a roster: the others are scored, and the one with a blank cell has no total, naming the cell", () => {
    const grid = gridOf([
      ["主播组6月绩效考核"],
      ["考核指标", "权重", "评分标准", "林雅", "黄凯", "陈静"],
      ["出勤违规", 0.5, "迟到一次扣10分，扣完为止", 0, null, 3],
      ["粉丝增长", 0.5, "≥5000人得50分，3000-4999人得30分，低于3000人不得分", 6000, 3500, 2000],
      ["总分"],
      ["等级"],
      ["等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)"],
    ]);
    const appraisal = appraiseWorkbook([grid], recognize([grid]).layout);
    expect(people(appraisal, "表").map((p) => [p.name, p.column, p.total])).toEqual([
      ["林雅", "D", 100],
      ["黄凯", "E", null],
      ["陈静", "F", 20],
    ]);
    expect(warnings(appraisal, "表")).toContainEqual(expect.objectContaining({ cell: "E3" }));
  });
});

describe("a parameter table above a roster", () => {
  it("gives no total when nothing says how its limits become points, and says so", async () => {
    const { appraisal } = await appraised("roster-parameters.xlsx");
    expect(people(appraisal, "参数在上").map((p) => p.total)).toEqual([null, null, null]);
    expect(warnings(appraisal, "参数在上")[0]).toMatchObject({ code: "score.parameters", cell: "C9" });
  });
});

describe("a grade table in cells", () => {
  it("keeps its grades as the sheet writes them (Good, not GOOD)", async () => {
    const { appraisal } = await appraised("grade-tables.xlsx");
    expect(people(appraisal, "Rating scale")[0]?.grade).toBe("Good");
  });
});

describe("a roster of points typed under headers that give each indicator's points", () => {
  /** 姓名 | 岗位 | three indicators with their points in the header | 总分 | 等级, a grade text below. */
  const pointsRoster = (headers: string[], rows: CellValue[][], formats: Record<string, string> = {}) => {
    const grade = "等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)";
    const grid = gridOf(
      [
        Array<CellValue>(7).fill("行政部考核评分表"),
        ["姓名", "岗位", ...headers, "总分", "等级"],
        ...rows.map(([name, ...points]) => [name ?? null, "文员", ...points]),
        [],
        Array<CellValue>(7).fill(grade),
      ],
      formats,
    );
    const last = rows.length + 3;
    grid.merges = [
      { top: 0, bottom: 0, left: 0, right: 6 },
      { top: last, bottom: last, left: 0, right: 6 },
    ];
    return grid;
  };
  const headers = ["工作业绩(50)", "工作态度(30分)", "工作能力(20)"];
  const appraisedRoster = (grid: Grid) =>
    appraiseSheet(grid, recognize([grid]).layout.sheets[0] as SheetLayout);

  it("adds up each person's points into the total and grades it by the sheet's grades", () => {
    const grid = pointsRoster(headers, [
      ["鲁平", 45, 27, 18],
      ["封燕", 38, 25, 15],
    ]);
    const result = appraisedRoster(grid);
    expect(result.tables[0]?.people.map((p) => [p.name, p.total, p.grade])).toEqual([
      ["鲁平", 90, "A"],
      ["封燕", 78, "C"],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("leaves a person without all their points pending, the others scored", () => {
    const result = appraisedRoster(
      pointsRoster(headers, [
        ["鲁平", 45, 27, 18],
        ["封燕", 38, null, 15],
      ]),
    );
    expect(result.tables[0]?.people.map((p) => p.total)).toEqual([90, null]);
  });

  it("gives no total when a number typed is more than its indicator's points, naming the cell", () => {
    const result = appraisedRoster(
      pointsRoster(headers, [
        ["鲁平", 45, 27, 18],
        ["封燕", 38, 25, 150],
      ]),
    );
    expect(result.tables[0]?.people.map((p) => p.total)).toEqual([null, null]);
    expect(result.warnings[0]).toMatchObject({
      code: "score.typedPoints",
      cell: "E4",
      params: expect.objectContaining({ item: "工作能力(20)", points: 20, input: "150" }),
    });
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const) {
      const said = message(result.warnings[0] as never, locale);
      for (const part of ["E4", "150", "20"]) expect(said).toContain(part);
    }
  });

  it("gives no total when a cell holds a percent, which is no points", () => {
    const result = appraisedRoster(pointsRoster(headers, [["鲁平", 45, 0.27, 18]], { "2,3": "0%" }));
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings[0]).toMatchObject({ code: "score.typedPoints", cell: "D3" });
    expect(message(result.warnings[0] as never, "zh-CN")).toContain("D3");
  });

  it("gives no total when the headers give shares (50%) and the scores all lie within them", () => {
    const shares = ["工作业绩(50%)", "工作态度(30%)", "工作能力(20%)"];
    const result = appraisedRoster(pointsRoster(shares, [["鲁平", 45, 27, 18]]));
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    // Points out of each share, or scores out of 100: the sheet does not say.
    expect(result.warnings[0]).toMatchObject({ code: "score.entryScale", cell: "C3" });
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(result.warnings[0] as never, locale)).toContain("C3");
  });

  it("gives no total when the headers mix shares and points, saying what they add up to", () => {
    const mixed = ["工作业绩(50%)", "工作态度(30)", "工作能力(20)"];
    const result = appraisedRoster(pointsRoster(mixed, [["鲁平", 45, 27, 18]]));
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings[0]).toMatchObject({
      code: "score.typedWeights",
      cell: "C2",
      params: expect.objectContaining({ sum: "100%" }),
    });
  });

  it("weighs scores out of 100 by the shares in the headers (业绩得分(60%)) when each share has a score beyond it", () => {
    const shares = ["业绩得分(60%)", "能力得分(20%)", "态度得分(20%)"];
    const grid = pointsRoster(shares, [
      ["齐悦", 90, 85, 80],
      ["言川", 70, 75, 60],
    ]);
    const result = appraisedRoster(grid);
    // 90 × 60% + 85 × 20% + 80 × 20% = 87; 70 × 60% + 75 × 20% + 60 × 20% = 69
    expect(result.tables[0]?.people.map((p) => [p.name, p.total, p.grade])).toEqual([
      ["齐悦", 87, "B"],
      ["言川", 69, "D"],
    ]);
    expect(result.warnings).toEqual([]);
    const writes = planScore({ grids: [grid] } as never, "portable").patch.writes;
    expect(recalculated(grid, writes)("F3")).toBe(87);
  });

  it("asks when a score under a share lies within it, as points out of it would, naming its cell", () => {
    const shares = ["业绩得分(60%)", "能力得分(20%)", "态度得分(20%)"];
    const result = appraisedRoster(
      pointsRoster(shares, [
        ["齐悦", 90, 15, 80],
        ["言川", 70, 18, 60],
      ]),
    );
    expect(result.tables[0]?.people.map((p) => p.total)).toEqual([null, null]);
    expect(result.warnings[0]).toMatchObject({ code: "score.entryScale", cell: "D3" });
  });

  it("weighs scores out of 100 by their shares when each column has a score beyond its share, a lower one there being a low score", () => {
    const shares = ["KPI得分(70%)", "行为得分(30%)"];
    const result = appraisedRoster(
      pointsRoster(shares, [
        ["池野", 90, 80],
        ["阙明", 60, 90],
      ]),
    );
    // 60 under 70% lies within the share, but 90 in the same column does not: out of 100.
    expect(result.tables[0]?.people.map((p) => p.total)).toEqual([87, 69]);
    expect(result.warnings).toEqual([]);
  });

  it("weighs scores out of 100 by shares written after a weight word in the headers (业绩（权重0.6）)", () => {
    const shares = ["业绩（权重0.6）", "能力（权重0.2）", "态度（权重0.2）"];
    const result = appraisedRoster(
      pointsRoster(shares, [
        ["齐悦", 90, 85, 80],
        ["言川", 70, 75, 60],
      ]),
    );
    expect(result.tables[0]?.people.map((p) => p.total)).toEqual([87, 69]);
    expect(result.warnings).toEqual([]);
  });

  it("takes shares written as fractions (业绩得分(0.6)) for shares, not points", () => {
    const fractions = ["业绩得分(0.5)", "能力得分(0.3)", "态度得分(0.2)"];
    const result = appraisedRoster(pointsRoster(fractions, [["鲁平", 45, 25, 18]]));
    expect(result.tables[0]?.people[0]?.total).toBeNull();
    expect(result.warnings[0]).toMatchObject({ code: "score.entryScale" });
  });

  it("gives no total when the points in the headers are not 100 in all", () => {
    const over = ["工作业绩(50)", "工作态度(30)", "工作能力(40)"];
    const result = appraisedRoster(pointsRoster(over, [["鲁平", 45, 27, 18]]));
    expect(result.tables[0]?.people[0]?.total).toBeNull();
  });

  it("asks whether numbers all within 5 under indicators worth more are 1-5 ratings or points", () => {
    const result = appraisedRoster(
      pointsRoster(headers, [
        ["鲁平", 4, 5, 3],
        ["封燕", 3, 4, 4],
      ]),
    );
    expect(result.tables[0]?.people.map((p) => p.total)).toEqual([null, null]);
    expect(result.warnings[0]).toMatchObject({ code: "score.ratingScale", cell: "C2" });
  });

  it("writes each total as a formula over the person's points that recalculates to the same number", () => {
    const grid = pointsRoster(headers, [["鲁平", 45, 27, 18]]);
    const snapshot = { grids: [grid] };
    for (const mode of ["portable", "functions"] as const) {
      const writes = planScore(snapshot as never, mode).patch.writes;
      expect(writes.find((w) => w.cell === "F3")).toMatchObject({ formula: expect.stringContaining("C3") });
      expect(recalculated(grid, writes)("F3")).toBe(90);
    }
  });
});
