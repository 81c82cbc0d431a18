import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { load, snapshot } from "../support/workbook";
import { kpi, ROOT } from "./kpi";

/**
 * `kpi undo` end to end through the built command: a scored copy put back as it was before
 * scoring, a workbook the tool never wrote refused, and what the copy lacks of its input said.
 */

const OUT = mkdtempSync(join(tmpdir(), "kpi-undo-"));
const FIXTURE = join(ROOT, "test", "fixtures", "roster-live-team.xlsx");

describe("kpi undo", () => {
  it("puts back every cell the scoring wrote, as it was before", async () => {
    const scored = join(OUT, "scored.xlsx");
    const undone = join(OUT, "undone.xlsx");
    expect(kpi("score", FIXTURE, "-o", scored, "--validate").status).toBe(0);
    const { status, stdout } = kpi("undo", scored, "-o", undone);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^已恢复 \d+ 个单元格的原有内容，移除 \d+ 处数据验证和 \d+ 处条件格式，保存为 /);
    expect(snapshot(await load(undone))).toEqual(snapshot(await load(FIXTURE)));
  });

  it("refuses a workbook the tool never wrote, in Chinese, writing nothing", () => {
    const { status, stderr } = kpi("undo", FIXTURE, "-o", join(OUT, "never.xlsx"));
    expect(status).toBe(2);
    expect(stderr).toContain("没有本工具写入的记录");
  });

  it("says what the copy lacks of the scored workbook, in the JSON too", async () => {
    // The scored copy, saved again in Excel after choosing a printer.
    const scored = join(OUT, "printed.xlsx");
    expect(kpi("score", FIXTURE, "-o", scored).status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(scored));
    zip.file("xl/printerSettings/printerSettings1.bin", new Uint8Array([1, 2, 3]));
    writeFileSync(scored, await zip.generateAsync({ type: "uint8array" }));
    const { status, stdout } = kpi("undo", scored, "-o", join(OUT, "printed-undone.xlsx"), "--json");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      warnings: [
        { code: "file.partsDropped", params: { file: "printed-undone.xlsx", kinds: "printerSettings" } },
      ],
    });
  });
});
