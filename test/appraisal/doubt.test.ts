import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { formatScore, runScore } from "../../src/cli/score";
import { withCorrection, type Correction } from "../../src/appraisal/corrections";
import { issue, type Issue } from "../../src/engine/issue";
import { printRule } from "../../src/engine/print";
import * as parsing from "../../src/engine/parseRule";
import { readWorkbook } from "../../src/host/xlsx";
import { message } from "../../src/i18n";
import { parseAddress } from "../../src/layout/a1";
import type { Grid } from "../../src/layout/grid";
import type { Layout } from "../../src/layout/layout";
import * as recognition from "../../src/layout/recognize";
import {
  appraiseSnapshot,
  planInputValidation,
  planScore,
  type WorkbookSnapshot,
} from "../../src/plan/operations";
import type { PatchMode } from "../../src/plan/patch";
import { emptyRecord } from "../../src/plan/record";
import { workbookView } from "../../src/taskpane/model";

/**
 * Sure or ask: a reading the add-in is unsure of — an item's rule (the parser's `doubt`) or a whole
 * table (the recogniser's) — gives no number anywhere: not in the report, not in any mode's writes,
 * not in a total; it gets no validation; the task pane shows it as 待确认 with the reason and what
 * it would give; the user's confirmation (kept in the record) or a kind picked makes it sure.
 * The parser and the recogniser are made unsure here of texts and tables they read surely today.
 */

const FIXTURES = join(__dirname, "..", "fixtures");
const PROFIT = "≥20%得15分，15%-20%得10分，10%-15%得5分，低于10%不得分";
const ATTITUDE = "上级评定，满分10分";

/** The doubt the parser gives a text: a tentative reading no output scores with. */
const doubtOf = (text: string): Issue => issue("rule.unsure", { text, detail: "有数字未读到" });

let doubted: ReadonlySet<string> = new Set();
const parse = parsing.parseRule;
beforeEach(() => {
  jest.spyOn(parsing, "parseRule").mockImplementation((text, options) => {
    const read = parse(text, options);
    return read.ok && typeof text === "string" && doubted.has(text)
      ? { ...read, doubt: doubtOf(text) }
      : read;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  doubted = new Set();
});

async function snapshotOf(name: string, corrections: Correction[] = []): Promise<WorkbookSnapshot> {
  const read = await readWorkbook(join(FIXTURES, `${name}.xlsx`));
  if (!read.ok) throw new Error(read.issue.code);
  return { grids: read.grids, record: { ...emptyRecord(), corrections }, readOnly: false };
}

const MODES: PatchMode[] = ["values", "portable", "functions"];
const SHEET = "直播运营经理";

describe("an item whose rule is read unsurely", () => {
  it("gets no score and leaves its person without a total, grade or coefficient; the doubt is said at its rule cell", async () => {
    doubted = new Set([PROFIT]);
    const { report, appraisal } = planScore(await snapshotOf("live-ops-manager"), "values");
    const person = report.sheets[0]?.people[0];
    expect(person).toMatchObject({ total: null, grade: null, coefficient: null });
    expect(person?.items.find((i) => i.row === 6)).toEqual({ row: 6, score: null });
    expect(person?.items.find((i) => i.row === 5)).toEqual({ row: 5, score: 25 });
    expect(report.sheets[0]?.warnings).toEqual([{ ...doubtOf(PROFIT), cell: "G6" }]);
    // What the reading would give is kept for the pane, never written.
    const outcome = appraisal.sheets[0]?.tables[0]?.people[0]?.outcomes[1];
    expect(outcome).toMatchObject({ score: null, written: null, tentative: 10 });
  });

  it.each(MODES)("writes no number for it, nor a total, grade or coefficient, in %s mode", async (mode) => {
    doubted = new Set([PROFIT]);
    const { patch } = planScore(await snapshotOf("live-ops-manager"), mode);
    const cells = patch.writes.map((w) => w.cell);
    expect(cells).not.toContain("I6");
    for (const cell of ["I12", "I13", "I14"]) expect(cells).not.toContain(cell);
    // The items read surely are still written.
    expect(cells).toEqual(expect.arrayContaining(["I5", "I7", "I8", "I9", "I10", "I11"]));
  });

  it("is named by kpi score, which writes no total for its person", async () => {
    doubted = new Set([PROFIT]);
    const command = {
      file: join(FIXTURES, "live-ops-manager.xlsx"),
      output: join(mkdtempSync(join(tmpdir(), "kpi-doubt-")), "scored.xlsx"),
      mode: "values" as const,
      overwrite: false,
    };
    const output = await runScore(command);
    expect(output.report.sheets[0]?.warnings).toEqual([{ ...doubtOf(PROFIT), cell: "G6" }]);
    const summary = formatScore(output, command);
    expect(summary).toContain("张三：总分 —，等级 —，系数 —");
    expect(summary).toContain(`注意：${message(doubtOf(PROFIT))}（G6）`);
  });

  it("gets no validation on its input, and says why", async () => {
    doubted = new Set([PROFIT]);
    const patch = planInputValidation(await snapshotOf("live-ops-manager"), "zh-CN");
    expect(patch.validations.map((v) => v.range)).not.toContain("H6");
    expect(patch.validations.map((v) => v.range)).toContain("H5");
    expect(patch.warnings).toContainEqual({ ...doubtOf(PROFIT), sheet: SHEET, cell: "G6" });
  });

  it("is scored once the user confirms the reading, the confirmation kept in the record", async () => {
    doubted = new Set([PROFIT]);
    const confirm: Correction = { kind: "confirm", sheet: SHEET, table: 0, row: 6, doubt: doubtOf(PROFIT) };
    const { report, patch } = planScore(await snapshotOf("live-ops-manager", [confirm]), "values");
    expect(report.sheets[0]?.people[0]).toMatchObject({ total: 73, grade: "C", coefficient: 0.8 });
    expect(report.sheets[0]?.warnings).toEqual([]);
    expect(patch.writes.find((w) => w.cell === "I6")).toMatchObject({ value: 10 });
    expect(patch.record?.corrections).toEqual([confirm]);
    // A live formula quotes the reading confirmed, not the doubted text of its cell.
    const read = parse(PROFIT);
    const printed = read.ok ? printRule(read.rule) : "";
    const live = planScore(await snapshotOf("live-ops-manager", [confirm]), "functions").patch;
    expect(live.writes.find((w) => w.cell === "I6")).toMatchObject({
      formula: `=KPI.SCORE(H6,"${printed}",$E6,0.2)`,
    });
    expect(live.writes.find((w) => w.cell === "I5")).toMatchObject({ formula: "=KPI.SCORE(H5,$G5,$E5,1)" });
  });

  it("is doubted afresh when its text changed since it was confirmed", async () => {
    const changed = PROFIT.replace("得15分", "得14分");
    doubted = new Set([PROFIT, changed]);
    const confirm: Correction = { kind: "confirm", sheet: SHEET, table: 0, row: 6, doubt: doubtOf(PROFIT) };
    const snapshot = await snapshotOf("live-ops-manager", [confirm]);
    const grid = snapshot.grids.find((g) => g.name === SHEET) as Grid;
    (grid.values[5] as unknown[])[6] = changed;
    const { report } = planScore(snapshot, "values");
    expect(report.sheets[0]?.people[0]?.total).toBeNull();
    expect(report.sheets[0]?.warnings).toEqual([{ ...doubtOf(changed), cell: "G6" }]);
  });

  it("is scored by the kind the user picks instead: done or not done gives its points for 完成", async () => {
    doubted = new Set([PROFIT]);
    const pick: Correction = { kind: "ruleKind", sheet: SHEET, table: 0, row: 6, ruleKind: "pass" };
    const snapshot = await snapshotOf("live-ops-manager", [pick]);
    const grid = snapshot.grids.find((g) => g.name === SHEET) as Grid;
    (grid.values[5] as unknown[])[7] = "完成";
    const { report, patch } = planScore(snapshot, "functions");
    expect(report.sheets[0]?.people[0]?.items.find((i) => i.row === 6)).toEqual({ row: 6, score: 15 });
    expect(report.sheets[0]?.people[0]).toMatchObject({ total: 78, grade: "C" });
    // The cell no longer holds the rule the item is scored by: the formula quotes the picked one.
    expect(patch.writes.find((w) => w.cell === "I6")).toMatchObject({
      formula: `=KPI.SCORE(H6,"完成得满分；未完成得0分",$E6,0.2)`,
    });
  });

  it("is shown in the task pane as 待确认, with the reason and what it would give", async () => {
    doubted = new Set([PROFIT]);
    const snapshot = await snapshotOf("live-ops-manager");
    const item = workbookView(appraiseSnapshot(snapshot), snapshot.grids, "zh-CN")[0]?.tables[0]?.items[1];
    expect(item).toMatchObject({
      row: 6,
      score: null,
      uncertain: true,
      confirmed: false,
      doubt: { reason: message(doubtOf(PROFIT)), issue: doubtOf(PROFIT), tentative: 10 },
    });
    const confirm: Correction = { kind: "confirm", sheet: SHEET, table: 0, row: 6, doubt: doubtOf(PROFIT) };
    const sure = await snapshotOf("live-ops-manager", [confirm]);
    const now = workbookView(appraiseSnapshot(sure), sure.grids, "zh-CN")[0]?.tables[0]?.items[1];
    expect(now).toMatchObject({ row: 6, score: 10, doubt: null, confirmed: true, uncertain: false });
  });
});

describe("a grade table read unsurely", () => {
  it("grades nobody and says why at its cell, until the user confirms it", async () => {
    const snapshot = await snapshotOf("live-ops-manager");
    const sheet = appraiseSnapshot(snapshot).layout.sheets[0];
    const table = sheet?.tables?.[0];
    const cell = table && table.gradeTable && "cell" in table.gradeTable ? table.gradeTable.cell : "";
    const grid = snapshot.grids.find((g) => g.name === SHEET) as Grid;
    const at = parseAddress(cell);
    const text = at ? String(grid.values[at.row]?.[at.column]) : "";
    doubted = new Set([text]);
    const { report } = planScore(snapshot, "values");
    expect(report.sheets[0]?.people[0]).toMatchObject({ total: 73, grade: null, coefficient: null });
    expect(report.sheets[0]?.warnings).toEqual([{ ...doubtOf(text), cell }]);
    const confirm: Correction = { kind: "confirm", sheet: SHEET, table: 0, doubt: doubtOf(text) };
    const sure = planScore(await snapshotOf("live-ops-manager", [confirm]), "values").report;
    expect(sure.sheets[0]?.people[0]).toMatchObject({ total: 73, grade: "C", coefficient: 0.8 });
  });
});

describe("a roster indicator read unsurely", () => {
  it("leaves every person without a total, says so once at its rule cell, and is scored once confirmed", async () => {
    doubted = new Set([ATTITUDE]);
    const snapshot = await snapshotOf("roster-live-team");
    const { report, patch } = planScore(snapshot, "portable");
    const sheet = report.sheets[0];
    expect(sheet?.people.every((p) => p.total === null && p.grade === null && p.pay === null)).toBe(true);
    expect(sheet?.warnings).toEqual([{ ...doubtOf(ATTITUDE), cell: "H4" }]);
    expect(patch.writes).toEqual([]);
    const confirm: Correction = {
      kind: "confirm",
      sheet: sheet?.name as string,
      table: 0,
      column: "H",
      doubt: doubtOf(ATTITUDE),
    };
    const sure = planScore(await snapshotOf("roster-live-team", [confirm]), "values").report;
    expect(sure.sheets[0]?.people[0]).toMatchObject({ row: 5, total: 99, grade: "A", pay: 3600 });
  });
});

describe("a table recognised unsurely", () => {
  /** The recogniser's layout, with a doubt on the sheet's first table. */
  function unsureTable(): Issue {
    const doubt = issue("layout.headerRow", { row: 4 });
    const real = recognition.recognize;
    jest.spyOn(recognition, "recognize").mockImplementation((grids) => {
      const got = real(grids);
      const layout: Layout = {
        sheets: got.layout.sheets.map((s) =>
          s.name === SHEET ? { ...s, tables: s.tables?.map((t, i) => (i === 0 ? { ...t, doubt } : t)) } : s,
        ),
      };
      return { ...got, layout };
    });
    return doubt;
  }

  it.each(MODES)(
    "writes no number of it in %s mode, gives it no validation, and says why once",
    async (mode) => {
      const doubt = unsureTable();
      const snapshot = await snapshotOf("live-ops-manager");
      const { report, patch } = planScore(snapshot, mode);
      expect(patch.writes).toEqual([]);
      expect(report.sheets[0]?.people[0]).toMatchObject({ total: null, grade: null, coefficient: null });
      expect(report.sheets[0]?.people[0]?.items.every((i) => i.score === null)).toBe(true);
      expect(report.sheets[0]?.warnings).toEqual([{ ...doubt, cell: "B4" }]);
      expect(planInputValidation(snapshot, "zh-CN").validations).toEqual([]);
    },
  );

  it("is scored once the user confirms it, and the pane shows it unsure until then", async () => {
    const doubt = unsureTable();
    const snapshot = await snapshotOf("live-ops-manager");
    const view = workbookView(appraiseSnapshot(snapshot), snapshot.grids, "zh-CN")[0]?.tables[0];
    expect(view?.doubt).toEqual({ reason: message(doubt), issue: doubt });
    const confirm: Correction = { kind: "confirm", sheet: SHEET, table: 0, doubt };
    const { report } = planScore(await snapshotOf("live-ops-manager", [confirm]), "values");
    expect(report.sheets[0]?.people[0]).toMatchObject({ total: 73, grade: "C" });
  });
});

describe("what the user said of a reading, kept in the record", () => {
  const where = { sheet: SHEET, table: 0, row: 6 };
  const confirm: Correction = { kind: "confirm", ...where, doubt: doubtOf(PROFIT) };
  const pick: Correction = { kind: "ruleKind", ...where, ruleKind: "manual" };
  const text: Correction = { kind: "rule", ...where, ruleText: "上级评定" };

  it("keeps the last word: a picked kind replaces a confirmation and a corrected text, and back", () => {
    expect(withCorrection([confirm, text], pick)).toEqual([pick]);
    expect(withCorrection([pick], confirm)).toEqual([confirm]);
    expect(withCorrection([pick], text)).toEqual([text]);
  });

  it("keeps a confirmation beside a corrected text, and other items' corrections apart", () => {
    expect(withCorrection([confirm], text)).toEqual([confirm, text]);
    const other: Correction = { ...pick, row: 7 };
    expect(withCorrection([other], pick)).toEqual([other, pick]);
  });
});
