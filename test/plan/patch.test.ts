import { appraiseSheet, appraiseWorkbook } from "../../src/appraisal/appraise";
import { sheetReport, type SheetScore } from "../../src/appraisal/report";
import { key, type CellValue, type Grid } from "../../src/layout/grid";
import type { FormTable, RosterTable, SheetLayout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";
import { planScoreAndValidation } from "../../src/plan/operations";
import { WorkbookPatch, type PatchMode } from "../../src/plan/patch";
import { planSheet as planAppraised, planWorkbook } from "../../src/plan/scoring";
import { gridOf } from "../support/grid";
import { recalculated } from "../support/recalculated";

/**
 * What scoring in place writes, on small sheets: the references its formulas read, the numbers
 * they compute (recalculated by HyperFormula), the cells it would overwrite (conflicts), merged
 * and not-yet-known cells. Every fixture and real workbook is in test/appraisal/agreement.test.ts.
 */

const scoreSheet = (grid: Grid, sheet: SheetLayout): SheetScore => sheetReport(appraiseSheet(grid, sheet));
const planSheet = (grid: Grid, sheet: SheetLayout, _score: SheetScore, mode: PatchMode) =>
  planAppraised(grid, appraiseSheet(grid, sheet), mode);

describe("a patch's references and safety", () => {
  /** 姓名 in B1; header row 2: 项目 | 权重 | 评分标准 | 实际 | 得分; items in rows 3–4; total in E5. */
  const BAND = "≥90%得60分，80%-90%得40分，低于80%不得分";
  const DEDUCT = "错误一次扣10分，扣完为止";
  function form(score3: CellValue = null, total: CellValue = null, formulas: Record<string, string> = {}) {
    const grid = gridOf(
      "表",
      [
        ["姓名：", "张三"],
        ["项目", "权重", "评分标准", "实际", "得分"],
        ["销售额完成率", 60, BAND, 0.95, score3],
        ["差错", 40, DEDUCT, 1, null],
        ["合计", null, null, null, total],
        ["等级", null, null, null, null],
      ],
      { formats: { [key(2, 3)]: "0%" }, formulas },
    );
    const table: FormTable = {
      headerRow: 2,
      columns: { item: "A", weight: "B", rule: "C", actual: "D", score: "E" },
      sections: [],
      items: [
        { row: 3, name: "销售额完成率", section: null, weight: 60, rule: { kind: "band" }, ruleText: BAND },
        { row: 4, name: "差错", section: null, weight: 40, rule: { kind: "deduction" }, ruleText: DEDUCT },
      ],
      total: { cell: "E5" },
      grade: { cell: "E6" },
    };
    const sheet: SheetLayout = { name: "表", kind: "form", tables: [table], header: { name: "B1" } };
    return { grid, sheet, score: scoreSheet(grid, sheet) };
  }

  it("references the row's actual, rule text and points cells in functions mode, each with what it shows", () => {
    const { grid, sheet, score } = form();
    const patch = planSheet(grid, sheet, score, "functions");
    const base = { sheet: "表", before: { value: null } };
    expect(patch.writes).toEqual([
      { ...base, cell: "E3", role: "score", formula: "=KPI.SCORE(D3,$C3,$B3)", shows: 60 },
      { ...base, cell: "E4", role: "score", formula: "=KPI.SCORE(D4,$C4,$B4)", shows: 30 },
      { ...base, cell: "E5", role: "total", formula: "=ROUND(SUM(E3:E4),2)", shows: 90 },
      { ...base, cell: "E6", role: "grade", formula: "=KPI.GRADE(E5)", shows: "A" },
    ]);
  });

  it("writes numbers and text in values mode", () => {
    const { grid, sheet, score } = form();
    const patch = planSheet(grid, sheet, score, "values");
    expect(patch.writes.map((w) => ["value" in w ? w.value : w.formula, w.cell])).toEqual([
      [60, "E3"],
      [30, "E4"],
      [90, "E5"],
      ["A", "E6"],
    ]);
  });

  it("writes the native formula of each row's own actual cell in portable mode", () => {
    const { grid, sheet, score } = form();
    const patch = planSheet(grid, sheet, score, "portable");
    expect(patch.writes.every((w) => "formula" in w && !/KPI\./.test(w.formula))).toBe(true);
    expect(patch.writes.find((w) => w.cell === "E5")).toMatchObject({ formula: "=ROUND(SUM(E3:E4),2)" });
    const read = recalculated(grid, patch.writes);
    expect(["E3", "E4", "E5", "E6"].map(read)).toEqual([60, 30, 90, "A"]);
    // Each score reads its own row's actual: two errors in D4 take 20 off E4 and nothing off E3.
    (grid.values[3] as CellValue[])[3] = 2;
    const again = recalculated(grid, patch.writes);
    expect(["E3", "E4", "E5", "E6"].map(again)).toEqual([60, 20, 80, "B"]);
  });

  it("scores a completion of 250% in a percent cell as 250%, in its formula too", () => {
    const { grid, sheet } = form();
    (grid.values[2] as CellValue[])[3] = 2.5;
    const score = scoreSheet(grid, sheet);
    expect(score.people[0]?.items[0]?.score).toBe(60);
    const patch = planSheet(grid, sheet, score, "portable");
    expect(recalculated(grid, patch.writes)("E3")).toBe(60);
  });

  it("gives each person of a roster the total of their own cells, formats and weights", () => {
    const BANDS = "≥100%得满分，80%-100%得一半，低于80%不得分";
    const grid = gridOf(
      "汇总",
      [
        ["姓名", "完成率", "完成率权重", "态度", "总分"],
        ["评分标准", BANDS, null, "上级评定，满分40分", null],
        ["甲", 0.9, 60, 30, null],
        ["乙", 2.5, 60, 35, null],
        ["丙", 95, 60, 20, null],
        ["丁", 1.2, 50, 40, null],
        ["戊", "85%", 60, 40, null],
      ],
      { formats: { [key(2, 1)]: "0%", [key(3, 1)]: "0%", [key(5, 1)]: "0.0%" } },
    );
    const table: RosterTable = {
      headerRow: 1,
      ruleRow: 2,
      columns: { name: "A", total: "E" },
      indicators: [
        {
          column: "B",
          name: "完成率",
          weight: 60,
          rule: { kind: "band" },
          ruleText: BANDS,
          weightColumn: "C",
        },
        { column: "D", name: "态度", weight: 40, rule: { kind: "manual" }, ruleText: "上级评定，满分40分" },
      ],
      people: ["甲", "乙", "丙", "丁", "戊"].map((name, i) => ({ row: 3 + i, name })),
    };
    const sheet: SheetLayout = { name: "汇总", kind: "roster", tables: [table] };
    const score = scoreSheet(grid, sheet);
    expect(score.people.map((p) => p.total)).toEqual([60, 95, 50, 90, 70]);
    const patch = planSheet(grid, sheet, score, "portable");
    const read = recalculated(grid, patch.writes);
    expect(["E3", "E4", "E5", "E6"].map(read)).toEqual([60, 95, 50, 90]);
    // Text typed in a cell is not read by a native formula: the total is written as the number.
    expect(patch.writes.find((w) => w.cell === "E7")).toMatchObject({ value: 70 });
  });

  it("gives each person the total of their own weights, whatever text sits in the weight cells", () => {
    const RULE = "≥100%得满分，80%-100%得一半，低于80%不得分";
    const totals = (rows: CellValue[][]) => {
      const grid = gridOf("汇总", [
        ["姓名", "甲项", "甲权重", "乙项", "乙权重", "丙项", "丙权重", "总分"],
        ["评分标准", RULE, null, RULE, null, RULE, null, null],
        ...rows,
      ]);
      const indicator = (column: string, weightColumn: string, name: string) => ({
        column,
        name,
        weight: 40,
        rule: { kind: "band" as const },
        ruleText: RULE,
        weightColumn,
      });
      const table: RosterTable = {
        headerRow: 1,
        ruleRow: 2,
        columns: { name: "A", total: "H" },
        indicators: [indicator("B", "C", "甲项"), indicator("D", "E", "乙项"), indicator("F", "G", "丙项")],
        people: rows.map((r, i) => ({ row: 3 + i, name: String(r[0]) })),
      };
      const sheet: SheetLayout = { name: "汇总", kind: "roster", tables: [table] };
      const score = scoreSheet(grid, sheet);
      const read = recalculated(grid, planSheet(grid, sheet, score, "portable").writes);
      return { engine: score.people.map((p) => p.total), sheet: rows.map((_, i) => read(`H${3 + i}`)) };
    };
    // Text in a weight cell reads as the roster's weight (40); only numbers are a person's own.
    const { engine, sheet } = totals([
      ["甲", 1, "a|·number:5", 1, "q", 1, 7],
      ["乙", 1, "a", 1, 5, 1, "q|·number:7"],
    ]);
    expect(engine).toEqual([87, 85]);
    expect(sheet).toEqual(engine);
  });

  it("lists a typed value and a foreign formula in its cells as conflicts, with what they hold", () => {
    const { grid, sheet, score } = form(55, 90, { [key(4, 4)]: "SUM(E3:E4)" });
    const patch = planSheet(grid, sheet, score, "values");
    expect(patch.conflicts).toEqual([
      { code: "patch.value", sheet: "表", cell: "E3", params: { sheet: "表", cell: "E3", before: "55" } },
      {
        code: "patch.formula",
        sheet: "表",
        cell: "E5",
        params: { sheet: "表", cell: "E5", before: "=SUM(E3:E4)" },
      },
    ]);
    expect(patch.writes.find((w) => w.cell === "E3")?.before).toEqual({ value: 55 });
  });

  it("takes what it wrote before as its own: the same value, or a KPI formula", () => {
    const { grid, sheet, score } = form(60, null, { [key(4, 4)]: "KPI.SCORE(D4,$C4,$B4)" });
    expect(planSheet(grid, sheet, score, "values").conflicts).toEqual([]);
  });

  it("refuses a sheet where a merge covers a cell to write, even when told to overwrite", () => {
    const { grid, sheet, score } = form();
    grid.merges.push({ top: 2, left: 3, bottom: 2, right: 4 });
    const patch = planSheet(grid, sheet, score, "values");
    expect(patch.conflicts).toEqual([]);
    expect(patch.blocks.map((c) => [c.code, c.cell, c.params.area])).toEqual([
      ["patch.merged", "E3", "D3:E3"],
    ]);
    expect(patch.writes.map((w) => w.cell)).not.toContain("E3");
  });

  it("writes no score, total or grade that is not known yet in values mode, but live formulas", () => {
    const { grid, sheet } = form();
    (grid.values[3] as CellValue[])[3] = null;
    const score = scoreSheet(grid, sheet);
    expect(planSheet(grid, sheet, score, "values").writes.map((w) => w.cell)).toEqual(["E3"]);
    expect(planSheet(grid, sheet, score, "functions").writes.map((w) => w.cell)).toEqual([
      "E3",
      "E4",
      "E5",
      "E6",
    ]);
  });

  it("plans a whole workbook by sheet name", () => {
    const { grid } = form();
    const layout = recognize([grid]).layout;
    const patch = planWorkbook([grid], appraiseWorkbook([grid], layout), "values");
    expect(WorkbookPatch.parse(patch).writes.every((w) => w.sheet === "表")).toBe(true);
  });
});

describe("a roster larger than any call's arguments", () => {
  it("is appraised, scored, validated and planned whole: 150,000 people, nothing spread into one call", () => {
    const people = 150_000;
    const values: CellValue[][] = [
      ["姓名", "完成率", "总分"],
      ["评分标准", "≥90%得100分，低于90%得60分", null],
    ];
    for (let i = 0; i < people; i++) values.push([`员工${i}`, i % 2 ? 0.95 : 0.5, null]);
    const grid = gridOf("汇总", values, { formats: { [key(2, 1)]: "0%" } });
    const snapshot = { grids: [grid], record: null, readOnly: false };
    const scored = planScoreAndValidation(snapshot, "values", "zh-CN");
    expect(scored.report.sheets[0]?.people).toHaveLength(people);
    expect(scored.patch.writes).toHaveLength(people);
    expect(scored.patch.writes[people - 1]).toMatchObject({ cell: `C${people + 2}`, value: 100 });
    expect(scored.patch.validations.map((v) => v.range)).toEqual([`B3:B${people + 2}`]);
  });
});

describe("a form scored by its evaluators' columns with no cell for the total", () => {
  it("says the total and grade stay in the results, naming them, rather than writing nothing silently", () => {
    const grid = gridOf("表", [
      ["姓名", "张三"],
      ["序号", "考核项目", "分值", "评分标准", "自评（30%）", "上级评（70%）"],
      [1, "工作质量", 50, "由评分人按0-50分评分", 46, 40],
      [2, "工作效率", 50, "由评分人按0-50分评分", 48, 45],
      [null, "合计"],
    ]);
    const { layout } = recognize([grid]);
    const sheet = appraiseSheet(grid, layout.sheets[0] as SheetLayout);
    const patch = planAppraised(grid, sheet, "values");
    expect(patch.writes).toEqual([]);
    expect(patch.warnings).toContainEqual(
      expect.objectContaining({
        code: "patch.noTotalCell",
        params: { total: 87.7, grade: "A" },
      }),
    );
  });
});

describe("a form with 得分 beside 加权得分", () => {
  const form = (score: string, weighted: string) =>
    gridOf("表", [
      ["姓名", "张三"],
      ["考核项目", "权重", "评分标准", "实际完成", score, weighted],
      ["销售额完成率", 0.4, "≥100%得100分，90%-99.9%得80分，低于90%不得分", 0.95],
      ["新客户数", 0.3, "≥10家得100分，6-9家得60分，低于6家不得分", 8],
      ["客诉次数", 0.3, "每次扣10分，扣完为止", 1],
      ["合计"],
    ]);

  it("writes each weighted score and the total under the weighted column, each score out of 100 under 得分", () => {
    for (const [score, weighted] of [
      ["得分", "加权得分"],
      ["得分(百分制)", "最终得分"],
      ["得分", "折算得分"],
      ["评分", "权重得分"],
      ["单项得分", "加权分"],
      ["得分", "加權得分"],
    ] as const) {
      const grid = form(score, weighted);
      const { layout } = recognize([grid]);
      const patch = planAppraised(grid, appraiseSheet(grid, layout.sheets[0] as SheetLayout), "values");
      // 32 (80 × 40%) went under 得分, and the total with it.
      expect([weighted, patch.writes.map((w) => [w.cell, "value" in w ? w.value : w.formula])]).toEqual([
        weighted,
        [
          ["F3", 32],
          ["E3", 80],
          ["F4", 18],
          ["E4", 60],
          ["F5", 27],
          ["E5", 90],
          ["F6", 77],
        ],
      ]);
      expect(patch.warnings.map((w) => w.code)).not.toContain("patch.unweightedScore");
    }
  });

  it("leaves 得分 as it is, and says so, where the items' rules score their weights' points", () => {
    const grid = gridOf("表", [
      ["姓名", "张三"],
      ["考核项目", "权重", "评分标准", "实际完成", "得分", "加权得分"],
      ["销售额完成率", 40, "≥100%得40分，90%-99.9%得30分，低于90%不得分", 0.95],
      ["新客户数", 60, "≥10家得60分，6-9家得40分，低于6家不得分", 8],
      ["合计"],
    ]);
    const { layout } = recognize([grid]);
    const patch = planAppraised(grid, appraiseSheet(grid, layout.sheets[0] as SheetLayout), "portable");
    expect(patch.writes.map((w) => w.cell)).toEqual(["F3", "F4", "F5"]);
    expect(patch.warnings).toContainEqual(
      expect.objectContaining({ code: "patch.unweightedScore", params: { column: "E", weighted: "F" } }),
    );
  });
});

describe("an actual held back for its header's unit", () => {
  it("writes no formula that would score it, nor a total over it, in a formula mode", () => {
    const grid = gridOf("表", [
      ["姓名", "张三"],
      ["考核项目", "权重", "评分标准", "实际(分钟)", "得分"],
      ["平均响应时长", 40, "≤30秒得40分，30-60秒得20分，超过60秒不得分", 45],
      ["新客户数", 30, "≥10家得30分，6-9家得18分，低于6家不得分", 8],
      ["合计"],
    ]);
    const { layout } = recognize([grid]);
    const sheet = appraiseSheet(grid, layout.sheets[0] as SheetLayout);
    const patch = planAppraised(grid, sheet, "portable");
    // E3 was a formula reading 45 as seconds (20 points), the total 38 and a grade with it.
    expect(patch.writes.map((w) => w.cell)).toEqual(["E4"]);
    expect(sheet.tables[0]?.people[0]?.total).toBeNull();
  });
});

describe("an actual merged over two items", () => {
  it("asks instead of scoring the second item on the value a formula there would not see", () => {
    const grid = gridOf(
      "表",
      [
        ["姓名", "张三"],
        ["考核项目", "权重", "评分标准", "实际完成", "得分"],
        ["销售额完成率", 40, "≥100%得40分，90%-99.9%得30分，低于90%不得分", 0.95],
        ["回款完成率", 30, "≥100%得30分，90%-99.9%得20分，低于90%不得分", 0.95],
        ["客诉次数", 30, "每次扣10分，扣完为止", 1],
        ["合计"],
      ],
      { merges: [{ top: 2, left: 3, bottom: 3, right: 3 }] },
    );
    const { layout } = recognize([grid]);
    const sheet = appraiseSheet(grid, layout.sheets[0] as SheetLayout);
    for (const mode of ["values", "portable"] as const) {
      const patch = planAppraised(grid, sheet, mode);
      // Values scored 回款完成率 on the merged 95% (20, total 70); its formula read the empty D4 (#N/A).
      expect([mode, patch.writes.map((w) => w.cell)]).toEqual([mode, ["E3", "E5"]]);
    }
    expect(sheet.warnings).toContainEqual(
      expect.objectContaining({
        code: "score.mergedInput",
        params: expect.objectContaining({ area: "D3:D4" }),
      }),
    );
  });
});
