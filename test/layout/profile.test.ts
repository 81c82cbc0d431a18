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
import { appraiseSnapshot } from "../../src/plan/operations";
import { emptyRecord } from "../../src/plan/record";
import { reportOf } from "../../src/appraisal/report";

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

const SHOP: Teaching = {
  kind: "form",
  range: "A4:F8",
  columns: { B: "item", C: "weight", D: "rule", E: "actual", F: "score" },
  name: "B2",
  total: "F9",
  grade: "F10",
  gradeTable: "A12",
};

/** The sheet taught as the task pane keeps it: with what its header and label cells say now. */
const taughtOn = (grids: Grid[], teaching: Teaching): TaughtSheet => fingerprinted(grids[0] as Grid, teaching);

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
    const profile = profileOf([taughtOn(await gridsOf("shop-month-march"), SHOP)], await gridsOf("shop-month-march"));
    const april = await gridsOf("shop-month-april");
    const applied = applyProfile(profile!, april);
    if (!applied.ok) throw new Error(JSON.stringify(applied.differences));
    const [sheet] = scores(april, applied.taught);
    expect(sheet?.people.map((p) => [p.name, p.total, p.grade])).toEqual([["钱晓雨", 85, "B"]]);
  });

  it("applied to a workbook laid out otherwise, says in which cells it differs and teaches nothing", async () => {
    const profile = profileOf([taughtOn(await gridsOf("shop-month-march"), SHOP)], await gridsOf("shop-month-march"));
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
