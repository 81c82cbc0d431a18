import { join } from "path";
import { openWorkbook } from "../../src/host/xlsx";
import type { Grid } from "../../src/layout/grid";
import { readdirSync } from "fs";
import type { FormTable, RosterTable } from "../../src/layout/layout";
import {
  applyProfile,
  fingerprinted,
  profileOf,
  readProfile,
  teachingOf,
  type TaughtSheet,
  type Teaching,
} from "../../src/layout/profile";
import { teachSheet } from "../../src/layout/profileTeach";
import { appraiseSnapshot, planScore, planTeach } from "../../src/plan/operations";
import type { Correction } from "../../src/appraisal/corrections";
import { message } from "../../src/i18n";
import { gridOf } from "../support/grid";
import { emptyRecord } from "../../src/plan/record";
import { reportOf } from "../../src/appraisal/report";
import { SHOP_TEACHING } from "../support/teach";

/**
 * Teaching the add-in a shop's own monthly template it does not recognise (test/fixtures/teach):
 * the table read as taught, the profile it makes, and that profile applied to another month —
 * or refused, saying where a workbook laid out otherwise differs.
 */

const DIR = join(__dirname, "..", "fixtures", "teach");

async function gridsOf(name: string): Promise<Grid[]> {
  const read = await openWorkbook(join(DIR, `${name}.xlsx`));
  if (!read.ok) throw new Error(read.issue.code);
  return read.snapshot.grids;
}

const SHOP = SHOP_TEACHING;

/** The sheet taught as the task pane keeps it: with what its header and label cells say now. */
const taughtOn = (grids: Grid[], teaching: Teaching): TaughtSheet =>
  fingerprinted(grids[0] as Grid, teaching);

function scores(grids: Grid[], taught: TaughtSheet[]) {
  const record = { ...emptyRecord(), taught };
  return reportOf(appraiseSnapshot({ grids, record, readOnly: false }).appraisal).sheets;
}

describe("teaching the add-in a sheet it does not recognise", () => {
  it("reads the items, weights and rules of the taught columns, and the pointed total and grade", async () => {
    const [grid] = await gridsOf("shop-month-march");
    const read = teachSheet(grid as Grid, SHOP);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.sheet.kind).toBe("form");
    const table = read.sheet.tables?.[0] as FormTable;
    expect(table.items.map((i) => [i.row, i.name, i.weight])).toEqual([
      [5, "营业额达成", 40],
      [6, "毛利率", 20],
      [7, "顾客投诉", 20],
      [8, "库存盘点差异", 20],
    ]);
    expect(table.items.every((i) => i.rule !== null)).toBe(true);
    expect(table.total).toEqual({ cell: "F9" });
    expect(table.grade).toEqual({ cell: "F10" });
    expect(table.gradeTable).toEqual({ cell: "A12" });
    expect(read.evidence[0]).toMatchObject({ confidence: 1, reason: { code: "teach.taught" } });
  });

  it("scores a taught sheet sure, with the sheet's own grade scale", async () => {
    const grids = await gridsOf("shop-month-march");
    expect(scores(grids, [])).toEqual([]);
    const [sheet] = scores(grids, [taughtOn(grids, SHOP)]);
    expect(sheet?.people.map((p) => [p.total, p.grade])).toEqual([[72, "C"]]);
  });

  it("says what is missing instead of guessing: no item column, nothing to score, a role given twice, a whole column", async () => {
    const [grid] = await gridsOf("shop-month-march");
    const bad = teachSheet(grid as Grid, { ...SHOP, columns: { C: "weight", D: "weight" } });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual([
      "teach.twice",
      "teach.noItem",
      "teach.noInput",
    ]);
    const columns = teachSheet(grid as Grid, { ...SHOP, range: "A:F" });
    expect(columns).toEqual({ ok: false, issues: [{ code: "teach.range", params: { range: "A:F" } }] });
    const total = teachSheet(grid as Grid, { ...SHOP, total: "F" });
    expect(total).toEqual({ ok: false, issues: [{ code: "teach.range", params: { range: "F" } }] });
  });
});

describe("teaching a roster", () => {
  it("reads it as the recogniser does when taught the same columns: weights, rules, people and their scores", async () => {
    const read = await openWorkbook(join(__dirname, "..", "fixtures", "roster-live-team.xlsx"));
    if (!read.ok) throw new Error(read.issue.code);
    const { grids } = read.snapshot;
    const recognised = reportOf(appraiseSnapshot({ grids, record: null, readOnly: false }).appraisal).sheets;
    const roster: Teaching = {
      kind: "roster",
      // the header and the first two people: the others are read on below the selection
      range: "A2:M6",
      columns: {
        B: "name",
        C: "position",
        D: "indicator",
        E: "indicator",
        F: "indicator",
        G: "indicator",
        H: "indicator",
        I: "total",
        J: "grade",
        K: "coefficient",
        L: "base",
        M: "pay",
      },
      gradeTable: "A13",
    };
    const taught = reportOf(
      appraiseSnapshot({
        grids,
        record: { ...emptyRecord(), taught: [taughtOn(grids, roster)] },
        readOnly: false,
      }).appraisal,
    ).sheets;
    expect(recognised[0]?.people).toHaveLength(7);
    expect(taught.map((s) => s.people)).toEqual(recognised.map((s) => s.people));
  });

  it("reads on past a blank row below the selection, and stops at a note under the people", () => {
    const grid = gridOf("表", [
      ["姓名", "GMV完成率", "得分"],
      ["评分标准", "≥100%得100分，低于100%得60分", null],
      ["张三", 1, null],
      ["李四", 0.9, null],
      [],
      ["王五", 1.1, null],
      ["赵六", 0.8, null],
      [],
      ["备注：本月数据以后台为准"],
    ]);
    const read = teachSheet(grid, {
      kind: "roster",
      range: "A1:C4",
      columns: { A: "name", B: "indicator", C: "total" },
    });
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const table = read.sheet.tables?.[0] as RosterTable;
    expect(table.people.map((p) => p.name)).toEqual(["张三", "李四", "王五", "赵六"]);
  });
});

/** What teaching can say of a table: one table a sheet, its columns, cells and grade table. */
function teachable(table: FormTable | RosterTable): boolean {
  if ("people" in table) return !table.transposed && !table.evaluators && !table.parameterTable;
  return (
    !table.levelColumns &&
    !table.evaluators &&
    !table.scoreColumns &&
    !table.ruleScoreColumn &&
    !table.headerRows
  );
}

const FIXTURES = readdirSync(join(__dirname, "..", "fixtures")).filter((f) => f.endsWith(".xlsx"));

describe("taught the columns and cells the recogniser found", () => {
  it.each(FIXTURES)("%s scores as recognised", async (file) => {
    const read = await openWorkbook(join(__dirname, "..", "fixtures", file));
    if (!read.ok) throw new Error(read.issue.code);
    const { grids } = read.snapshot;
    const recognised = appraiseSnapshot({ grids, record: null, readOnly: false });
    const taught = recognised.layout.sheets.flatMap((sheet) => {
      const table = sheet.tables?.length === 1 ? sheet.tables[0] : undefined;
      const teaching = table && teachable(table) ? teachingOf(table, sheet.header) : null;
      const grid = grids.find((g) => g.name === sheet.name) as Grid;
      return teaching ? [fingerprinted(grid, teaching)] : [];
    });
    const people = (appraised: ReturnType<typeof appraiseSnapshot>) =>
      reportOf(appraised.appraisal)
        .sheets.filter((s) => taught.some((t) => t.sheet === s.name))
        .map((s) => s.people);
    const record = { ...emptyRecord(), taught };
    expect(people(appraiseSnapshot({ grids, record, readOnly: false }))).toEqual(people(recognised));
  });

  it("covers most fixtures", async () => {
    let count = 0;
    for (const file of FIXTURES) {
      const read = await openWorkbook(join(__dirname, "..", "fixtures", file));
      if (!read.ok) continue;
      const layout = appraiseSnapshot({ ...read.snapshot, record: null }).layout;
      if (layout.sheets.some((s) => s.tables?.length === 1 && teachable(s.tables[0] as FormTable))) count++;
    }
    expect(count).toBeGreaterThanOrEqual(15);
  });
});

describe("a template profile", () => {
  it("holds the header words it was taught on, and reads through its schema", async () => {
    const grids = await gridsOf("shop-month-march");
    const profile = profileOf([taughtOn(grids, SHOP)], grids);
    expect(profile?.tables[0]?.headers).toEqual({ B: "事项", C: "占比", D: "怎么算", E: "本月", F: "结果" });
    expect(profile?.tables[0]?.labels).toEqual({ B2: "店长", F9: "本月结果", F10: "档次" });
    expect(readProfile(JSON.stringify(profile))).toEqual({ ok: true, profile });
    const broken = readProfile(JSON.stringify({ ...profile, version: 2 }));
    expect(broken.ok ? "" : broken.issue.code).toBe("profile.invalid");
    expect(readProfile("{").ok).toBe(false);
  });

  it("applied to another month of the same template, scores that month's person", async () => {
    const profile = profileOf(
      [taughtOn(await gridsOf("shop-month-march"), SHOP)],
      await gridsOf("shop-month-march"),
    );
    const april = await gridsOf("shop-month-april");
    const applied = applyProfile(profile!, april);
    if (!applied.ok) throw new Error(JSON.stringify(applied.differences));
    const [sheet] = scores(april, applied.taught);
    expect(sheet?.people.map((p) => [p.name, p.total, p.grade])).toEqual([["钱晓雨", 85, "B"]]);
  });

  it("applied to a workbook laid out otherwise, says in which cells it differs and teaches nothing", async () => {
    const profile = profileOf(
      [taughtOn(await gridsOf("shop-month-march"), SHOP)],
      await gridsOf("shop-month-march"),
    );
    const [other] = await gridsOf("shop-month-april");
    const moved = { ...(other as Grid), values: (other as Grid).values.map((r) => [...(r ?? [])]) };
    (moved.values[3] as unknown[])[2] = "目标";
    const applied = applyProfile(profile!, [moved]);
    expect(applied).toEqual({
      ok: false,
      differences: [
        {
          code: "profile.header",
          params: { sheet: "门店月度考评", cell: "C4", expected: "占比", found: "目标" },
        },
      ],
    });
  });
});

describe("a template profile applied to a workbook whose taught table has grown", () => {
  const RULE = "≥100%得50分，90%-99%得40分，低于90%不得分";
  /** A shop's month with its grades in cells (分值 | 等级) under the form; `bands` more under them. */
  const month = (bands: (string | number)[][] = []) =>
    gridOf("门店月度考评", [
      ["门店月度考评（4月）"],
      ["店长", "钱晓雨"],
      [],
      ["序", "事项", "占比", "怎么算", "本月", "结果"],
      [1, "营业额达成", 50, RULE, 1.02],
      [2, "毛利率", 50, RULE, 0.95],
      ["本月结果"],
      ["档次"],
      [],
      ["分值", "等级"],
      [0, "D"],
      [70, "C"],
      [80, "B"],
      [90, "A"],
      ...bands,
    ]);
  const FORM: Teaching = {
    kind: "form",
    range: "A4:F6",
    columns: { B: "item", C: "weight", D: "rule", E: "actual", F: "score" },
    name: "B2",
    total: "F7",
    grade: "F8",
    gradeTable: "A10:B14",
  };
  const profileOn = (grid: Grid, teaching: Teaching) => profileOf([fingerprinted(grid, teaching)], [grid]);
  /** The same profile as written before it kept the header row's other words and the cells around
   * its grade table. */
  const writtenBefore = (profile: ReturnType<typeof profileOn>) => {
    const text = JSON.stringify(profile, (key, value: unknown) =>
      key === "others" || key === "around" ? undefined : value,
    );
    const read = readProfile(text);
    if (!read.ok) throw new Error(read.issue.code);
    return read.profile;
  };
  const cells = (applied: ReturnType<typeof applyProfile>) =>
    applied.ok ? [] : applied.differences.map((d) => [d.code, d.params.cell]);

  it("with a band added under its grade table (95 S under 90 A), says where and teaches nothing", () => {
    const profile = profileOn(month(), FORM);
    // nothing around it when taught: the blank row above, under and the column right of it
    expect(profile?.tables[0]?.around).toEqual({});
    expect(applyProfile(profile!, [month()]).ok).toBe(true);
    const grown = month([[95, "S"]]);
    const expected = [
      ["teach.changed", "A15"],
      ["teach.changed", "B15"],
    ];
    expect(cells(applyProfile(profile!, [grown]))).toEqual(expected);
    expect(cells(applyProfile(writtenBefore(profile), [grown]))).toEqual(expected);
    const applied = applyProfile(profile!, [grown]);
    const difference = applied.ok ? undefined : applied.differences[0];
    expect(difference?.params).toMatchObject({ cell: "A15", expected: "", found: "95" });
    expect(message(difference!, "zh-CN")).toBe(
      "工作表“门店月度考评”教过之后表格变了（A15），不再按所教读取，也不写入：请核对后重新教一次",
    );
    expect(message(difference!, "en-US")).toContain('Sheet "门店月度考评" changed since it was taught (A15)');
    expect(message(difference!, "zh-TW")).toContain("（A15）");
  });

  it("with a coefficient column added beside its grade table, says where", () => {
    const profile = profileOn(month(), FORM);
    const grid = month();
    const wider = {
      ...grid,
      columns: 3,
      values: grid.values.map((r, i) => (i === 9 ? [...r, "系数"] : i > 9 ? [...(r ?? []), 1] : r)),
    };
    expect(cells(applyProfile(profile!, [wider]))).toEqual(
      ["C10", "C11", "C12", "C13", "C14"].map((c) => ["teach.changed", c]),
    );
  });

  it("keeps a caption or note that was around its grade table when taught, and applies while it is still there", () => {
    const noted = month([["注：95分以上可评S，须总经理批准"]]);
    const profile = profileOn(noted, FORM);
    expect(profile?.tables[0]?.around).toEqual({ A15: "注：95分以上可评S，须总经理批准" });
    expect(applyProfile(profile!, [noted]).ok).toBe(true);
  });

  /** A roster with a 岗位 column left 不读取 when taught; `extra` a column added after it. */
  const roster = (extra: (string | number)[] = []) =>
    gridOf("6月绩效汇总", [
      ["姓名", "岗位", "GMV完成率", "总分", "等级", ...extra.slice(0, 1)],
      ["评分标准", "", "≥100%得100分，90%-99%得80分，低于90%不得分", "", "", ...extra.slice(1, 2)],
      ["张三", "主播", 1.05, "", "", ...extra.slice(2, 3)],
      ["李四", "主播助理", 0.95, "", "", ...extra.slice(3, 4)],
    ]);
  const ROSTER: Teaching = {
    kind: "roster",
    range: "A1:E4",
    columns: { A: "name", C: "indicator", D: "total", E: "grade" },
  };

  it("with a column added beside the taught ones (加分项 with its rule), says where and teaches nothing", () => {
    const profile = profileOn(roster(), ROSTER);
    expect(profile?.tables[0]?.others).toEqual({ B: "岗位" });
    // a column left 不读取 when taught is no difference
    expect(applyProfile(profile!, [roster()]).ok).toBe(true);
    const added = roster(["加分项", "每项创新奖励加5分", 0, 10]);
    expect(applyProfile(profile!, [added])).toEqual({
      ok: false,
      differences: [
        {
          code: "teach.changed",
          params: { sheet: "6月绩效汇总", cells: "F1", cell: "F1", expected: "", found: "加分项" },
        },
      ],
    });
    // a profile written before knows no header words but the taught ones: the rule gives the column away
    expect(cells(applyProfile(writtenBefore(profile), [added]))).toEqual([["teach.changed", "F2"]]);
    expect(applyProfile(writtenBefore(profile), [roster()]).ok).toBe(true);
  });

  it("a taught sheet whose grade table gained a band since is held back, writing nothing", () => {
    const taught = fingerprinted(month(), FORM);
    const grown = month([[95, "S"]]);
    const plan = planScore(
      { grids: [grown], record: { ...emptyRecord(), taught: [taught] }, readOnly: false },
      "values",
    );
    expect(plan.patch.writes).toEqual([]);
    expect(plan.report.sheets[0]?.people.map((p) => [p.total, p.grade])).toEqual([[null, null]]);
    expect(plan.report.sheets[0]?.warnings.find((w) => w.code === "teach.changed")?.params).toEqual({
      sheet: "门店月度考评",
      cells: "A15、B15",
    });
  });
});

describe("a taught sheet read again later", () => {
  /** A workbook's planned scoring with these sheets taught (and corrections) in its record. */
  async function scored(name: string, taught: TaughtSheet[], corrections: Correction[] = []) {
    const grids = await gridsOf(name);
    return planScore({ grids, record: { ...emptyRecord(), taught, corrections }, readOnly: false }, "values");
  }

  it("is held back, writing nothing, when an item was added since: the old total cell is now that item's", async () => {
    // taught on April (total F9, grade F10); May has a fifth item in row 9 and its total in F10
    const april = taughtOn(await gridsOf("shop-month-april"), SHOP);
    const may = await scored("shop-month-five-items", [april]);
    expect(may.patch.writes).toEqual([]);
    const [sheet] = may.report.sheets;
    // no number from the old teaching: not April's 85 and B, nor a total of four items of five
    expect(sheet?.people.map((p) => [p.total, p.grade])).toEqual([[null, null]]);
    const doubt = sheet?.warnings.find((w) => w.code === "teach.changed");
    expect(doubt?.params).toEqual({ sheet: "门店月度考评", cells: "F9、F10" });
    expect(message(doubt!, "zh-CN")).toContain("F9、F10");
  });

  it("is held back when items follow the taught rows, though no pointed cell moved", async () => {
    const { total: _total, grade: _grade, ...noTotal } = SHOP;
    const april = taughtOn(await gridsOf("shop-month-april"), noTotal);
    const may = await scored("shop-month-five-items", [april]);
    expect(may.patch.writes).toEqual([]);
    const doubt = may.report.sheets[0]?.warnings.find((w) => w.code === "teach.itemsBelow");
    expect(doubt?.params).toEqual({ range: "A4:F8", cell: "B9" });
  });

  it("when taught with all five items, reads the fifth too, and asks as their points pass the grades' 100", async () => {
    const grids = await gridsOf("shop-month-five-items");
    const five = taughtOn(grids, { ...SHOP, range: "A4:F9", total: "F10", grade: "F11", gradeTable: "A13" });
    const may = await scored("shop-month-five-items", [five]);
    const sheet = may.report.sheets[0];
    expect(sheet?.people.map((p) => [p.total, p.grade])).toEqual([[null, null]]);
    expect(sheet?.warnings.find((w) => w.code === "score.pointsScale")?.params).toMatchObject({ sum: 120 });
  });

  it("is read as taught while the sheet still says what it said then", async () => {
    const april = taughtOn(await gridsOf("shop-month-april"), SHOP);
    const again = await scored("shop-month-april", [april]);
    expect(again.report.sheets[0]?.people.map((p) => [p.total, p.grade])).toEqual([[85, "B"]]);
    expect(again.patch.writes.length).toBeGreaterThan(0);
  });

  it("keeps its taught columns over a column correction made before teaching", async () => {
    const april = taughtOn(await gridsOf("shop-month-april"), SHOP);
    const moved: Correction = {
      kind: "column",
      sheet: "门店月度考评",
      table: 0,
      role: "actual",
      column: "C",
    };
    const corrected = await scored("shop-month-april", [april], [moved]);
    expect(corrected.report.sheets[0]?.people.map((p) => [p.total, p.grade])).toEqual([[85, "B"]]);
  });

  it("teaching a sheet drops the corrections made of it before, and keeps other sheets'", async () => {
    const grids = await gridsOf("shop-month-april");
    const mine: Correction = { kind: "column", sheet: "门店月度考评", table: 0, role: "actual", column: "C" };
    const other: Correction = { kind: "weight", sheet: "其他", table: 0, row: 5, weight: 10 };
    const record = { ...emptyRecord(), corrections: [mine, other] };
    const patch = planTeach({ grids, record, readOnly: false }, [taughtOn(grids, SHOP)]);
    expect(patch.record?.corrections).toEqual([other]);
    expect(patch.record?.taught?.map((t) => t.sheet)).toEqual(["门店月度考评"]);
  });
});

describe("teaching a table with more items under the selection", () => {
  it("says the items below must be selected too, naming the first one's cell", async () => {
    const [grid] = await gridsOf("shop-month-five-items");
    const { total: _total, grade: _grade, ...noTotal } = SHOP;
    const read = teachSheet(grid as Grid, noTotal);
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.issues).toEqual([
      { code: "teach.itemsBelow", params: { range: "A4:F8", cell: "B9" } },
    ]);
  });
});

describe("a template profile must carry its header words", () => {
  it("is refused when a taught column has no header word, or none has any", () => {
    const table = { ...SHOP, sheet: "名单", headers: {}, labels: {} };
    const empty = readProfile(
      JSON.stringify({ format: "kpi-template-profile", version: 1, tables: [table] }),
    );
    expect(empty.ok ? "" : empty.issue.code).toBe("profile.invalid");
    const partial = { ...table, headers: { B: "事项", C: "占比" } };
    const some = readProfile(
      JSON.stringify({ format: "kpi-template-profile", version: 1, tables: [partial] }),
    );
    expect(some.ok ? "" : some.issue.code).toBe("profile.invalid");
  });
});

describe("a taught roster's weight and rule rows", () => {
  const ROWS = [
    ["员工", "销售额完成率", "转化率", "总分", "等级"],
    ["分值", 60, 40],
    ["评分标准", "≥100%得60分，90%-99%得40分，低于90%不得分", "≥5%得40分，3%-5%得20分，低于3%不得分"],
    ["张三", 1.05, 0.06],
    ["李四", 0.95, 0.04],
    ["王五", 0.8, 0.02],
  ];
  const formats = { "3,1": "0%", "4,1": "0%", "5,1": "0%", "3,2": "0%", "4,2": "0%", "5,2": "0%" };

  it("reads a 分值 row as the indicators' weights, as the recogniser does, not as a person", () => {
    const grid = gridOf("名单", ROWS, { formats });
    const roster: Teaching = {
      kind: "roster",
      range: "A1:E6",
      columns: { A: "name", B: "indicator", C: "indicator", D: "total", E: "grade" },
    };
    const read = teachSheet(grid, roster);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const table = read.sheet.tables?.[0] as RosterTable;
    expect(table.people.map((p) => p.name)).toEqual(["张三", "李四", "王五"]);
    expect(table.indicators.map((i) => i.weight)).toEqual([60, 40]);
    expect(table.weightRow).toBe(2);
    expect(table.ruleRow).toBe(3);
  });
});

describe("a taught roster's group figures", () => {
  const RULE = "≥100%得100分，90%-99%得80分，低于90%不得分";
  const ROWS = [
    ["员工", "销售额完成率", "总分", "等级"],
    ["评分标准", RULE],
    ["张三", 1.05],
    ["李四", 0.95],
    ["一组小计", 2],
    ["王五", 0.8],
    ["赵六", 1.1],
    ["小计", 1.9],
    ["平均", 0.975],
    ["最高分", 1.1],
    ["合计", 3.9],
    ["钱七", 1],
  ];
  const formats = Object.fromEntries(ROWS.map((_, r) => [`${r},1`, "0%"]));
  const roster: Teaching = {
    kind: "roster",
    // the header, the rule row and the first two people: the others are read on below
    range: "A1:D4",
    columns: { A: "name", B: "indicator", C: "total", D: "grade" },
  };

  it("scores the people under a 小计 row too, and no 小计, 平均 or 最高分 row as a person", () => {
    const grid = gridOf("名单", ROWS, { formats });
    const read = teachSheet(grid, roster);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const table = read.sheet.tables?.[0] as RosterTable;
    // 合计 ends the roster: 钱七 under it is another table's
    expect(table.people.map((p) => p.name)).toEqual(["张三", "李四", "王五", "赵六"]);
    const [sheet] = scores([grid], [fingerprinted(grid, roster)]);
    expect(sheet?.people.map((p) => [p.name, p.total])).toEqual([
      ["张三", 100],
      ["李四", 80],
      ["王五", 0],
      ["赵六", 100],
    ]);
  });
});

describe("a grade scale pointed at on another sheet", () => {
  it("is kept with its sheet, and grades by it", async () => {
    const [grid] = await gridsOf("shop-month-april");
    const scale = gridOf("等级标准", [
      ["等级", "分数"],
      ["A", 90],
      ["B", 80],
      ["C", 70],
      ["D", 0],
    ]);
    const teaching: Teaching = { ...SHOP, gradeTable: { sheet: "等级标准", range: "A1:B5" } };
    const read = teachSheet(grid as Grid, teaching);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect((read.sheet.tables?.[0] as FormTable).gradeTable).toEqual({ sheet: "等级标准", range: "A1:B5" });
    const grids = [grid as Grid, scale];
    const record = { ...emptyRecord(), taught: [fingerprinted(grid as Grid, teaching)] };
    const report = reportOf(appraiseSnapshot({ grids, record, readOnly: false }).appraisal);
    expect(report.sheets[0]?.people.map((p) => [p.total, p.grade])).toEqual([[85, "B"]]);
  });
});
