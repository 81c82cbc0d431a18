import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ScoreReport } from "../../src/appraisal/report";
import { applyPatch, openWorkbook, workbookBytes } from "../../src/host/xlsx";
import { fingerprinted } from "../../src/layout/profile";
import { planTeach } from "../../src/plan/operations";
import { load } from "../support/workbook";
import { kpi, ROOT } from "./kpi";
import { SHOP_TEACHING } from "../support/teach";

/**
 * Teach once, score every month: a shop's own monthly template the recogniser does not read
 * (test/fixtures/teach) is taught as the task pane teaches it (kept in the workbook's record),
 * `kpi template` writes its profile, and `kpi score --template` scores another month of the same
 * template by it — or refuses a workbook laid out otherwise, naming the cells, writing nothing.
 */

const DIR = join(ROOT, "test", "fixtures", "teach");
const MARCH = join(DIR, "shop-month-march.xlsx");
const APRIL = join(DIR, "shop-month-april.xlsx");
/** The profile the README's example applies: the one `kpi template` writes for March. */
const PROFILE = join(DIR, "shop-month.profile.json");
const OUT = mkdtempSync(join(tmpdir(), "kpi-template-"));

const TAUGHT = SHOP_TEACHING;

/** A month as the task pane leaves it once taught: the teaching kept in the workbook's record.
 * Taught on another month (`on`): the record of a workbook copied from it and changed since. */
async function taught(path = MARCH, name = "march-taught.xlsx", on = path): Promise<string> {
  const source = await openWorkbook(on);
  const read = await openWorkbook(path);
  if (!read.ok || !source.ok) throw new Error("unreadable");
  const [grid] = source.snapshot.grids;
  if (!grid) throw new Error("no sheet");
  await applyPatch(read.workbook, planTeach(read.snapshot, [fingerprinted(grid, TAUGHT)]));
  const file = join(OUT, name);
  writeFileSync(file, await workbookBytes(read.workbook));
  return file;
}
const taughtMarch = () => taught();

const people = (stdout: string) =>
  (JSON.parse(stdout) as ScoreReport).sheets.flatMap((s) => s.people.map((p) => [p.name, p.total, p.grade]));

describe("a template taught once", () => {
  it("is not recognised untaught: kpi score says there is no appraisal sheet and writes nothing", async () => {
    const run = await kpi("score", MARCH, "-o", join(OUT, "untaught.xlsx"));
    expect(run.status).toBe(1);
    expect(existsSync(join(OUT, "untaught.xlsx"))).toBe(false);
  });

  it("is written as a profile by kpi template, from the teaching kept in the workbook", async () => {
    const taught = await taughtMarch();
    const profile = join(OUT, "profile.json");
    const run = await kpi("template", taught, "-o", profile);
    expect(run).toEqual({ status: 0, stdout: `已把“门店月度考评”的模板写入 ${profile}\n`, stderr: "" });
    expect(readFileSync(profile, "utf8")).toBe(readFileSync(PROFILE, "utf8"));
    const march = await kpi("score", taught, "-o", join(OUT, "march-scored.xlsx"), "--json");
    expect(people(march.stdout)).toEqual([["赵一鸣", 72, "C"]]);
  });

  it("scores another month of the same template by the profile, and keeps the teaching in the copy", async () => {
    const scored = join(OUT, "april-scored.xlsx");
    const run = await kpi("score", APRIL, "-o", scored, "--template", PROFILE, "--mode", "values", "--json");
    expect(run.status).toBe(0);
    expect(people(run.stdout)).toEqual([["钱晓雨", 85, "B"]]);
    const sheet = (await load(scored)).getWorksheet("门店月度考评");
    expect([sheet?.getCell("F9").value, sheet?.getCell("F10").value]).toEqual([85, "B"]);
    // the copy holds what it was read by: scoring it again needs no profile
    const again = await kpi("score", scored, "-o", join(OUT, "april-again.xlsx"), "--json");
    expect(people(again.stdout)).toEqual([["钱晓雨", 85, "B"]]);
    const profile = join(OUT, "april-profile.json");
    expect((await kpi("template", scored, "-o", profile)).status).toBe(0);
  });

  it("refuses a workbook laid out otherwise, naming each cell that differs, and writes nothing", async () => {
    const workbook = await load(APRIL);
    const sheet = workbook.getWorksheet("门店月度考评");
    sheet!.getCell("C4").value = "目标";
    sheet!.getCell("A9").value = "合计";
    const moved = join(OUT, "moved.xlsx");
    await workbook.xlsx.writeFile(moved);
    const output = join(OUT, "moved-scored.xlsx");
    const run = await kpi("score", moved, "-o", output, "--template", PROFILE);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `kpi: 工作簿的版式与模板「${PROFILE}」不符，未写入任何文件：\n` +
        "  门店月度考评!C4 应为表头“占比”，实际为“目标”\n" +
        "  门店月度考评!F9 左边应为“本月结果”，实际为“合计”\n",
    );
    expect(existsSync(output)).toBe(false);
    const json = await kpi("score", moved, "-o", output, "--template", PROFILE, "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      code: "profile.mismatch",
      differences: [
        { sheet: "门店月度考评", cell: "C4", expected: "占比", found: "目标" },
        { sheet: "门店月度考评", cell: "F9", expected: "本月结果", found: "合计" },
      ],
    });
  });

  it("refuses a month with a column added beside the taught ones (加分项 with its rule), naming it, and writes nothing", async () => {
    const workbook = await load(APRIL);
    const sheet = workbook.getWorksheet("门店月度考评");
    sheet!.getCell("G4").value = "加分项";
    sheet!.getCell("G5").value = "每项创新奖励加5分";
    const added = join(OUT, "bonus-column.xlsx");
    await workbook.xlsx.writeFile(added);
    const output = join(OUT, "bonus-column-scored.xlsx");
    const run = await kpi("score", added, "-o", output, "--template", PROFILE);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `kpi: 工作簿的版式与模板「${PROFILE}」不符，未写入任何文件：\n` +
        "  工作表“门店月度考评”教过之后表格变了（G4），不再按所教读取，也不写入：请核对后重新教一次\n",
    );
    expect(existsSync(output)).toBe(false);
  });

  it("is shown as taught by kpi recognize", async () => {
    const run = await kpi("recognize", await taughtMarch());
    expect(run.stdout.split("\n")[0]).toBe("工作表“门店月度考评”：考核表（每表一人）（按您教的表格读取）");
  });

  it("taught on April, on a May with an item added since: writes nothing, and says which cells changed", async () => {
    const may = await taught(join(DIR, "shop-month-five-items.xlsx"), "may-taught.xlsx", APRIL);
    const run = await kpi("score", may, "-o", join(OUT, "may-scored.xlsx"), "--mode", "values");
    expect(run.stdout).toContain("  孙立行：总分 —，等级 —");
    expect(run.stdout).toContain("工作表“门店月度考评”教过之后表格变了（F9、F10）");
    expect(run.stdout).toContain("写入 0 个单元格");
  });

  it("says so when a workbook holds no teaching or a profile is not one", async () => {
    const none = await kpi("template", APRIL, "-o", join(OUT, "none.json"));
    expect(none.status).toBe(1);
    expect(existsSync(join(OUT, "none.json"))).toBe(false);
    const bad = join(OUT, "bad.json");
    writeFileSync(bad, JSON.stringify({ format: "kpi-template-profile", version: 1, tables: [] }));
    const run = await kpi("score", APRIL, "-o", join(OUT, "bad.xlsx"), "--template", bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kpi: 不是有效的模板文件：tables: /);
    const missing = await kpi(
      "score",
      APRIL,
      "-o",
      join(OUT, "bad.xlsx"),
      "--template",
      join(OUT, "no.json"),
    );
    expect(missing.status).toBe(2);
  });
});

describe("kpi summaries", () => {
  it("lists the people of a roster with people in columns by their column", async () => {
    const run = await kpi(
      "score",
      join(ROOT, "test", "fixtures", "shapes", "roster-transposed.xlsx"),
      "-o",
      join(OUT, "transposed.xlsx"),
    );
    expect(run.stdout).toContain("  林雅（D列）：总分 100，等级 A");
    expect(run.stdout).not.toMatch(/第\d+行/);
  });

  it("lists no 组平均 or Average column of a roster with people in columns as a person", async () => {
    const workbook = await load(join(ROOT, "test", "fixtures", "shapes", "roster-transposed.xlsx"));
    const add = (name: string, header: string, values: number[]) =>
      workbook
        .getWorksheet(name)!
        .getColumn(7)
        .eachCell({ includeEmpty: true }, (cell, row) => {
          if (row === 2) cell.value = header;
          else if (row >= 3 && row < 3 + values.length) cell.value = values[row - 3] as number;
        });
    add("横向名单", "组平均", [0.94, 1.3, 3833]);
    add("Host team", "Average", [0.9, 0.05]);
    const file = join(OUT, "transposed-average.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = await kpi("score", file, "-o", join(OUT, "transposed-average-scored.xlsx"));
    expect(run.stdout).toContain("  陈静（F列）：总分 30，等级 D");
    expect(run.stdout).toContain("  Carol Tan（F列）");
    expect(run.stdout).not.toMatch(/组平均|Average（/);
  });

  it("says when a table is read as part of the form above it", async () => {
    const run = await kpi("recognize", join(ROOT, "test", "fixtures", "shapes", "stacked-forms.xlsx"));
    expect(run.stdout).toContain("    接着第1张表，算作同一张考核表（合计一个总分）");
  });
});
