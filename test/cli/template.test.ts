import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ScoreReport } from "../../src/appraisal/report";
import { applyPatch, openWorkbook, workbookBytes } from "../../src/host/xlsx";
import { fingerprinted, type Teaching } from "../../src/layout/profile";
import { planTeach } from "../../src/plan/operations";
import { load } from "../support/workbook";
import { kpi, ROOT } from "./kpi";

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

const TAUGHT: Teaching = {
  kind: "form",
  range: "A4:F8",
  columns: { B: "item", C: "weight", D: "rule", E: "actual", F: "score" },
  name: "B2",
  total: "F9",
  grade: "F10",
  gradeTable: "A12",
};

/** March as the task pane leaves it once taught: the teaching kept in the workbook's record. */
async function taughtMarch(): Promise<string> {
  const read = await openWorkbook(MARCH);
  if (!read.ok) throw new Error(read.issue.code);
  const [grid] = read.snapshot.grids;
  if (!grid) throw new Error("no sheet");
  await applyPatch(read.workbook, planTeach(read.snapshot, [fingerprinted(grid, TAUGHT)]));
  const file = join(OUT, "march-taught.xlsx");
  writeFileSync(file, await workbookBytes(read.workbook));
  return file;
}

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
