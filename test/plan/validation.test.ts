import { evaluate } from "../../src/engine/evaluate";
import { parseRule } from "../../src/engine/parseRule";
import type { Rule } from "../../src/engine/rule";
import { key, type CellValue, type Grid } from "../../src/layout/grid";
import { gridOf } from "../support/grid";
import type { FormTable, Layout } from "../../src/layout/layout";
import { gradesBestFirst, tonesOf } from "../../src/plan/formats";
import { planScore, planUndo, type WorkbookSnapshot } from "../../src/plan/operations";
import { emptyRecord } from "../../src/plan/record";
import { accepts, planValidation } from "../../src/plan/validation";
import { appraiseWorkbook } from "../../src/appraisal/appraise";

/**
 * What HR may type into an input cell, from the item's rule; the prompts and alerts they see; the
 * warnings on weights; grade colours; and the refusals that write nothing.
 */

const rule = (text: string): Rule => {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.rule;
};

describe("what an input cell accepts", () => {
  it("a percentage for a completion-rate band, refusing anything else", () => {
    expect(accepts(rule("≥90%得30分，80%-90%得20分，低于80%不得分"), 30, false, "zh-CN")).toEqual({
      rule: { kind: "number", min: 0, percent: true },
      hint: { code: "validation.percent", params: {} },
      style: "stop",
    });
  });

  it("an amount for a sales band, warning only (3.5万 typed as text is fine)", () => {
    const a = accepts(rule("≥3W得10分；3W>场观≥2W得5分；<2W不得分"), 10, false, "zh-CN");
    expect(a?.rule).toEqual({ kind: "number", min: 0 });
    expect(a?.style).toBe("warning");
  });

  it("a judged score between 0 and the item's points", () => {
    expect(accepts(rule("上级酌情评分"), 20, false, "zh-CN")).toEqual({
      rule: { kind: "number", min: 0, max: 20 },
      hint: { code: "validation.manual", params: { max: 20 } },
      style: "stop",
    });
  });

  it("a dropdown of the levels for an A/B/C item", () => {
    const a = accepts(rule("A:按时完成得10分 B:延迟完成得5分 C:未完成得0分"), 10, false, "zh-CN");
    expect(a?.rule).toEqual({ kind: "list", items: ["A", "B", "C"] });
  });

  it("a dropdown of 完成 / 未完成 for a done-or-not item, in the user's language", () => {
    expect(accepts(rule("按时完成得5分，未完成不得分"), 5, false, "zh-CN")?.rule).toEqual({
      kind: "list",
      items: ["完成", "未完成"],
    });
    expect(accepts(rule("按时完成得5分，未完成不得分"), 5, false, "en-US")?.rule).toEqual({
      kind: "list",
      items: ["Done", "Not done"],
    });
  });

  it("offers in every language only words the rule scores", () => {
    const done = rule("按时完成得5分，未完成不得分");
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const) {
      const offered = accepts(done, 5, false, locale)?.rule;
      const words = offered?.kind === "list" ? offered.items : [];
      expect(words.map((w) => [locale, w, evaluate(done, w, { max: 5 }).ok])).toEqual(
        words.map((w) => [locale, w, true]),
      );
    }
  });

  it("anything for a duration, which HR type as 3分40秒", () => {
    expect(accepts(rule("≤1分钟得15分，1-2分钟得10分，超过2分钟不得分"), 15, false, "zh-CN")).toBeNull();
  });
});

/** 项目 | 权重 | 评分标准 | 实际完成 | 得分, items in rows 2–3, total in E4, grade in E5. */
function form(
  weights: [number, number],
  extra: Partial<Grid> = {},
): { grid: Grid; layout: Layout; snapshot: WorkbookSnapshot } {
  const rows: CellValue[][] = [
    ["项目", "权重", "评分标准", "实际完成", "得分"],
    ["销售额完成率", weights[0], "≥90%得60分，80%-90%得40分，低于80%不得分", 0.95, null],
    ["工作态度", weights[1], "上级酌情评分", 30, null],
    ["合计", null, null, null, null],
    ["等级", null, null, null, null],
  ];
  const grid = gridOf("表", rows, { formats: { [key(1, 3)]: "0%" }, ...extra });
  const table: FormTable = {
    headerRow: 1,
    columns: { item: "A", weight: "B", rule: "C", actual: "D", score: "E" },
    sections: [],
    items: [
      {
        row: 2,
        name: "销售额完成率",
        section: null,
        weight: weights[0],
        rule: { kind: "band" },
        ruleText: rows[1]![2] as string,
      },
      {
        row: 3,
        name: "工作态度",
        section: null,
        weight: weights[1],
        rule: { kind: "manual" },
        ruleText: "上级酌情评分",
      },
    ],
    total: { cell: "E4" },
    grade: { cell: "E5" },
  };
  const layout: Layout = { sheets: [{ name: "表", kind: "form", tables: [table] }] };
  return { grid, layout, snapshot: { grids: [grid], record: null, readOnly: false } };
}

describe("validation of a form's input cells", () => {
  it("prompts with the item and its rule, and alerts in the user's language", () => {
    const { grid, layout } = form([60, 40]);
    const patch = planValidation([grid], appraiseWorkbook([grid], layout), emptyRecord(), "zh-CN");
    expect(patch.validations).toEqual([
      {
        sheet: "表",
        range: "D2",
        rule: { kind: "number", min: 0, percent: true },
        prompt: {
          title: "销售额完成率",
          message: "请填写百分比（如 95%）。评分标准：≥90%得60分，80%-90%得40分，低于80%不得分",
        },
        alert: { title: "输入无效", message: "“销售额完成率”请填写百分比（如 95%）", style: "stop" },
      },
      {
        sheet: "表",
        range: "D3",
        rule: { kind: "number", min: 0, max: 40 },
        prompt: { title: "工作态度", message: "请填写评分，0到40分。评分标准：上级酌情评分" },
        alert: { title: "输入无效", message: "“工作态度”请填写评分，0到40分", style: "stop" },
      },
    ]);
    expect(patch.record?.validations).toEqual([
      { sheet: "表", range: "D2" },
      { sheet: "表", range: "D3" },
    ]);
    expect(patch.warnings).toEqual([]);
  });

  it("bounds a judged score by the scale the sheet scores on (5分制), not by the item's weight", () => {
    const FIVE = "完成率达到100%的评5分，达到90%-99%的评4分，未达到90%的评0分";
    const grid = gridOf("表", [
      ["项目", "权重", "评分标准", "实际完成", "得分"],
      ["销售额完成率", 40, FIVE, 0.95, null],
      ["客户满意度", 30, "上级评分，满分5分", 4, null],
      ["工作态度", 30, "上级酌情评分", 4, null],
    ]);
    const item = (row: number, name: string, weight: number, ruleText: string) => ({
      row,
      name,
      section: null,
      weight,
      rule: null,
      ruleText,
    });
    const table: FormTable = {
      headerRow: 1,
      columns: { item: "A", weight: "B", rule: "C", actual: "D", score: "E" },
      sections: [],
      items: [
        item(2, "销售额完成率", 40, FIVE),
        item(3, "客户满意度", 30, "上级评分，满分5分"),
        item(4, "工作态度", 30, "上级酌情评分"),
      ],
    };
    const layout: Layout = { sheets: [{ name: "表", kind: "form", tables: [table] }] };
    const patch = planValidation([grid], appraiseWorkbook([grid], layout), emptyRecord(), "zh-CN");
    expect(patch.validations.find((v) => v.range === "D4")?.rule).toEqual({ kind: "number", min: 0, max: 5 });
  });

  it("warns, without stopping, when the weights do not add up to 100", () => {
    const { grid, layout } = form([60, 30]);
    // A sheet giving no grades: points adding up to 90 are not graded as if out of 100, so not asked about.
    delete (layout.sheets[0]?.tables?.[0] as FormTable).grade;
    const patch = planValidation([grid], appraiseWorkbook([grid], layout), emptyRecord(), "zh-CN");
    expect(patch.validations).toHaveLength(2);
    expect(patch.warnings).toEqual([
      { code: "patch.weightSum", params: { section: "表", sum: 90 }, sheet: "表" },
    ]);
    expect(patch.blocks).toEqual([]);
  });

  it("keeps the template's own validation and says so", () => {
    const { grid, layout } = form([60, 40], { validations: ["D:D"] });
    const patch = planValidation([grid], appraiseWorkbook([grid], layout), emptyRecord(), "zh-CN");
    expect(patch.validations).toEqual([]);
    expect(patch.warnings.map((w) => w.code)).toEqual(["patch.validationKept", "patch.validationKept"]);
  });

  it("validating again replaces its own validations rather than keeping them as the template's", () => {
    const { grid, layout } = form([60, 40]);
    const first = planValidation([grid], appraiseWorkbook([grid], layout), emptyRecord(), "zh-CN");
    const again = planValidation(
      [{ ...grid, validations: ["D:D"] }],
      appraiseWorkbook([grid], layout),
      first.record ?? emptyRecord(),
      "zh-CN",
    );
    expect(again.validations).toEqual(first.validations);
    expect(again.removals.validations).toEqual(first.record?.validations);
  });
});

describe("grade colours", () => {
  it("the best grade green (the best two of five or more), the last red, the rest amber", () => {
    expect(tonesOf(["A", "B", "C", "D"])).toEqual(["good", "neutral", "neutral", "poor"]);
    expect(tonesOf(["S", "A", "B", "C", "D"])).toEqual(["good", "good", "neutral", "neutral", "poor"]);
    expect(tonesOf(["优秀", "合格", "不合格"])).toEqual(["good", "neutral", "poor"]);
  });

  it("reads a grade table best first", () => {
    const table = parseRule("C(<70分)、A(≥90分)、B(70-89分)", { kind: "table" });
    if (!table.ok || table.rule.kind !== "table") throw new Error("grade table");
    expect(gradesBestFirst(table.rule)).toEqual(["A", "B", "C"]);
  });

  it("colours the grade cell when scoring, unless the template formats it itself", () => {
    expect(planScore(form([60, 40]).snapshot, "values").patch.formats).toEqual([
      {
        sheet: "表",
        range: "E5",
        grades: [
          { text: "A+", tone: "good" },
          { text: "A", tone: "neutral" },
          { text: "B", tone: "neutral" },
          { text: "C", tone: "poor" },
        ],
      },
    ]);
    const theirs = form([60, 40], { conditionalFormats: ["E5"] }).snapshot;
    const patch = planScore(theirs, "values").patch;
    expect(patch.formats).toEqual([]);
    expect(patch.warnings.map((w) => w.code)).toContain("patch.formatKept");
  });
});

describe("refusals that write nothing", () => {
  it("a protected sheet", () => {
    const patch = planScore(form([60, 40], { protected: true }).snapshot, "values").patch;
    expect(patch.blocks).toEqual([{ code: "patch.protected", params: { sheet: "表" }, sheet: "表" }]);
  });

  it("a workbook opened read-only", () => {
    const { snapshot } = form([60, 40]);
    expect(planScore({ ...snapshot, readOnly: true }, "values").patch.blocks.map((b) => b.code)).toEqual([
      "patch.readOnly",
    ]);
  });

  it("undo with nothing recorded", () => {
    expect(planUndo(form([60, 40]).snapshot).warnings.map((w) => w.code)).toEqual(["patch.noRecord"]);
  });
});
