import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ScoreReport } from "../../src/appraisal/report";
import { differingParts } from "../support/package";
import { load, snapshot } from "../support/workbook";
import { kpi, ROOT } from "./kpi";

/**
 * `kpi undo` end to end: a scored copy put back as it was before scoring, part for part; a
 * workbook the tool never wrote (nothing to do); a copy another program saved since, undone cell by
 * cell; a copy whose record another program dropped, detected and said.
 */

const OUT = mkdtempSync(join(tmpdir(), "kpi-undo-"));
const FIXTURE = join(ROOT, "test", "fixtures", "roster-live-team.xlsx");

describe("kpi undo", () => {
  it("puts back every part of the workbook exactly as it was before scoring", async () => {
    const scored = join(OUT, "scored.xlsx");
    const undone = join(OUT, "undone.xlsx");
    expect((await kpi("score", FIXTURE, "-o", scored, "--validate")).status).toBe(0);
    const { status, stdout } = await kpi("undo", scored, "-o", undone);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^已恢复 \d+ 个单元格的原有内容，移除 \d+ 处数据验证和 \d+ 处条件格式，保存为 /);
    expect(await differingParts(readFileSync(FIXTURE), readFileSync(undone))).toEqual([]);
  });

  it("has nothing to do in a workbook the tool never wrote: exit 1, in Chinese", async () => {
    const { status, stderr } = await kpi("undo", FIXTURE, "-o", join(OUT, "never.xlsx"));
    expect(status).toBe(1);
    expect(stderr).toContain("没有本工具写入的记录");
  });

  it("undoes cell by cell a copy another program saved since, keeping what it changed elsewhere", async () => {
    const scored = join(OUT, "resaved.xlsx");
    expect((await kpi("score", FIXTURE, "-o", scored, "--mode", "portable")).status).toBe(0);
    // Another program rewrote the sheet (here: one note typed in a free cell), the record kept.
    const zip = await JSZip.loadAsync(readFileSync(scored));
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheet.replace(
        "</sheetData>",
        '<row r="40"><c r="A40" t="inlineStr"><is><t>已核对</t></is></c></row></sheetData>',
      ),
    );
    writeFileSync(scored, await zip.generateAsync({ type: "uint8array" }));
    const undone = join(OUT, "resaved-undone.xlsx");
    expect((await kpi("undo", scored, "-o", undone)).status).toBe(0);
    const was = snapshot(await load(FIXTURE));
    const now = snapshot(await load(undone));
    const sheetName = [...was.keys()][0] as string;
    const cells = (m: Map<string, Map<string, string>>) =>
      [...(m.get(sheetName) as Map<string, string>)].filter(([a]) => !a.startsWith("!") && a !== "A40");
    expect(cells(now)).toEqual(cells(was));
    expect(now.get(sheetName)?.get("A40")).toContain("已核对");
  });

  it("tells when another program dropped the record: scoring again warns, undo says why it cannot", async () => {
    const scored = join(OUT, "functions.xlsx");
    expect((await kpi("score", FIXTURE, "-o", scored, "--mode", "functions")).status).toBe(0);
    // Saved again by a program that keeps no custom XML parts (ExcelJS, like openpyxl).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(scored);
    const resaved = join(OUT, "functions-resaved.xlsx");
    await workbook.xlsx.writeFile(resaved);
    const again = await kpi("score", resaved, "-o", join(OUT, "again.xlsx"), "--mode", "functions", "--json");
    expect(again.status).toBe(0);
    const report = JSON.parse(again.stdout) as ScoreReport;
    expect(report.warnings).toEqual([
      {
        code: "patch.recordLost",
        params: { count: expect.any(Number), cells: expect.stringContaining("6月绩效汇总!") },
      },
    ]);
    const undo = await kpi("undo", resaved, "-o", join(OUT, "never-undone.xlsx"));
    expect(undo.status).toBe(1);
    expect(undo.stderr).toContain("写入记录不在了");
  });
});
