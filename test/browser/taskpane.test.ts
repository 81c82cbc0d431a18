import * as ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { basename, join } from "path";
import type { Browser, Page } from "playwright-core";
import type { PersonScore, ScoreReport } from "../../src/appraisal/report";
import { differingParts, richWorkbook } from "../support/package";
import {
  axeViolations,
  launchChromium,
  openPage,
  ROOT,
  startDemo,
  type Demo,
  type WatchedPage,
} from "./demo";

/**
 * The whole flow an HR person goes through, in the demo page in a real browser (Debian's
 * Chromium): see what was recognised, correct an item, add validation, score in each mode and
 * compare with the hand-worked results of the fixtures, follow a warning to its cell, undo, and
 * open other workbooks through the file picker. Any console error or request outside localhost
 * fails the test that caused it.
 */

jest.setTimeout(60_000);

const FIXTURES = join(ROOT, "test", "fixtures");
const SCRATCH = join(ROOT, "test-artifacts", "browser");

const expectedPeople = (fixture: string): PersonScore[] =>
  (
    JSON.parse(readFileSync(join(FIXTURES, `${fixture}.expected.json`), "utf8")) as { score: ScoreReport }
  ).score.sheets.flatMap((s) => s.people);

/** The sample with something typed by hand into its total cell, and one with its sheet protected. */
async function variants(): Promise<{ handTyped: string; protectedSheet: string }> {
  mkdirSync(SCRATCH, { recursive: true });
  const load = async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(FIXTURES, "live-ops-80-20.xlsx"));
    return workbook;
  };
  const handTyped = join(SCRATCH, "hand-typed-total.xlsx");
  const one = await load();
  one.worksheets[0]!.getCell("H23").value = "手填总分";
  await one.xlsx.writeFile(handTyped);
  const protectedSheet = join(SCRATCH, "protected-sheet.xlsx");
  const two = await load();
  await two.worksheets[0]!.protect("", {});
  await two.xlsx.writeFile(protectedSheet);
  return { handTyped, protectedSheet };
}

let demo: Demo;
let browser: Browser;
let watched: WatchedPage;
let page: Page;
let files: Awaited<ReturnType<typeof variants>>;

beforeAll(async () => {
  [demo, browser, files] = await Promise.all([startDemo(), launchChromium(), variants()]);
  watched = await openPage(browser, demo.url);
  page = watched.page;
  await page.goto(demo.url);
});

afterEach(() => {
  expect(watched.errors).toEqual([]);
  expect(watched.outside).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  demo?.stop();
});

const cell = (address: string) => page.locator(`td[data-cell="${address}"]`);
const notice = () => page.locator("main [role=status], main [role=alert]").first();
const results = () => page.getByTestId("results");

async function score(mode?: string): Promise<void> {
  if (mode) await page.getByRole("radio", { name: mode }).check();
  await page.getByRole("button", { name: "评分", exact: true }).click();
}

async function openFile(path: string, sheetTab: string): Promise<void> {
  await page.setInputFiles("#kpi-open", path);
  // The sample has a sheet of the same name: wait for the grid of the file just opened.
  await page.getByRole("region", { name: `${basename(path)} — ${sheetTab}` }).waitFor();
  await page.getByRole("tab", { name: sheetTab }).waitFor();
}

let handwrittenBefore = "";

describe("the task pane in the demo, on the sample appraisal form", () => {
  it("shows the header block, the sections with their weights and each item with its rule in words", async () => {
    await page.getByRole("heading", { name: "识别结果" }).waitFor();
    const pane = page.locator("main");
    await pane.getByText("关键绩效考核指标 · 80%").waitFor();
    expect(await pane.locator("dl dt").allInnerTexts()).toEqual(["岗位", "姓名", "部门", "考核期间"]);
    const items = pane.getByRole("list", { name: "考核项目" }).locator("> li");
    expect(await items.count()).toBe(19);
    await expect(items.first().innerText()).resolves.toContain("落在");
    // Each item's preview is the score kpi score writes for it (the hand-worked one).
    const first = expectedPeople("live-ops-80-20")[0]?.items[0]?.score;
    expect(await items.first().getByTestId("item-score").innerText()).toBe(`本项得分 ${first}`);
    handwrittenBefore = await cell("H4").innerText();
    await watched.screenshot("1-recognised");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("keeps a correction of an item's rule with the workbook", async () => {
    await page.getByRole("button", { name: "更正“直播总结”" }).click();
    const card = page.getByRole("group", { name: "直播总结" });
    await card.getByRole("textbox", { name: "评分标准" }).fill("根据报表质量酌情给分，最高5分");
    await watched.screenshot("2-correcting");
    await card.getByRole("button", { name: "保存更正" }).click();
    await page.getByText("更正已保存在工作簿中").waitFor();
    await page.getByRole("group", { name: "直播总结" }).getByText("根据报表质量酌情给分，最高5分").waitFor();
  });

  it("injects data validation on the input cells", async () => {
    await page.getByRole("button", { name: "注入校验" }).click();
    await page.getByText(/已在输入单元格上注入数据校验（\d+ 处区域）/).waitFor();
    await watched.screenshot("3-validated");
  });

  const [expected] = expectedPeople("live-ops-80-20");
  it.each([
    ["values", "数值"],
    ["live KPI functions", "KPI 函数公式"],
    // Last: its warnings (a text actual no native formula reads) are followed next.
    ["native Excel formulas", "Excel 原生公式"],
  ])("scores with %s and shows the hand-worked total, grade and coefficient", async (name, mode) => {
    await score(mode);
    await page.getByText(/已写入 \d+ 个单元格/).waitFor();
    expect(await results().getByTestId("total").allInnerTexts()).toEqual([String(expected!.total)]);
    expect(await results().getByTestId("grade").allInnerTexts()).toEqual([expected!.grade]);
    expect(await cell("H23").innerText()).toBe(String(expected!.total));
    expect(await cell("H24").innerText()).toBe(expected!.grade);
    expect(await cell("H25").innerText()).toBe(String(expected!.coefficient));
    await watched.screenshot(`4-scored-${name.replace(/ /g, "-")}`);
  });

  it("takes the user from a warning to its cell", async () => {
    const link = page.getByRole("button", { name: /^转到 直播运营专员!/ }).first();
    const target = await link.innerText();
    await link.click();
    await expect(
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell),
    ).resolves.toBe(target);
    await watched.screenshot("5-warning-selects-cell");
  });

  it("undoes everything it wrote, putting back what each cell held", async () => {
    await page.getByRole("button", { name: "撤销" }).click();
    await page.getByText(/已恢复 \d+ 个单元格/).waitFor();
    expect(await cell("H4").innerText()).toBe(handwrittenBefore);
    expect(await results().count()).toBe(0);
    await watched.screenshot("6-undone");
  });
});

describe("the task pane on workbooks opened through the file picker", () => {
  it("lists a cell typed by hand before overwriting it, and writes nothing without consent", async () => {
    await openFile(files.handTyped, "直播运营专员");
    await score();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText(/H23已有内容“手填总分”/).waitFor();
    await watched.screenshot("7-conflict-dialog");
    await dialog.getByRole("button", { name: "不写入" }).click();
    await page.getByText("未确认覆盖，未写入任何内容").waitFor();
    expect(await cell("H23").innerText()).toBe("手填总分");
    expect(await cell("H4").innerText()).toBe(handwrittenBefore);
    await score();
    await page.getByRole("alertdialog").getByRole("button", { name: "确认覆盖并写入" }).click();
    await page.getByText(/已写入 \d+ 个单元格/).waitFor();
    expect(await cell("H23").innerText()).toBe("71.6");
  });

  it("refuses to write into a protected sheet and says why", async () => {
    await openFile(files.protectedSheet, "直播运营专员");
    await score();
    await page.getByText("受保护").first().waitFor();
    expect((await notice().innerText()).startsWith("无法写入，未写入任何内容")).toBe(true);
    expect(await cell("H4").innerText()).toBe(handwrittenBefore);
  });

  it("scores everyone on a team roster and checks the grade spread against the 271 rule", async () => {
    await openFile(join(FIXTURES, "roster-live-team.xlsx"), "6月绩效汇总");
    await score();
    await page.getByText(/已写入 \d+ 个单元格/).waitFor();
    const people = expectedPeople("roster-live-team");
    expect(await results().getByTestId("total").allInnerTexts()).toEqual(people.map((p) => String(p.total)));
    expect(await results().getByTestId("grade").allInnerTexts()).toEqual(people.map((p) => p.grade));
    await page.getByRole("img", { name: /等级分布/ }).scrollIntoViewIfNeeded();
    await page.getByText(/强制分布/).waitFor();
    await watched.screenshot("8-roster-distribution");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("downloads a copy that keeps everything the workbook held: chart, comment, page setup, custom parts", async () => {
    const input = new Uint8Array(readFileSync(join(FIXTURES, "live-ops-manager.xlsx")));
    const rich = join(SCRATCH, "with-chart-and-comment.xlsx");
    writeFileSync(rich, await richWorkbook(input));
    await openFile(rich, "直播运营经理");
    await score();
    await page.getByText(/已写入 \d+ 个单元格/).waitFor();
    const downloaded = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载评分后的工作簿" }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe("with-chart-and-comment-scored.xlsx");
    const copy = new Uint8Array(readFileSync((await download.path()) as string));
    const changed = await differingParts(new Uint8Array(readFileSync(rich)), copy);
    for (const kept of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/comments1.xml",
      "xl/printerSettings/printerSettings1.bin",
      "customXml/item1.xml",
      "docProps/custom.xml",
    ])
      expect(changed).not.toContain(kept);
  });

  it("follows the display language: Traditional Chinese, every word of the pane", async () => {
    await page.goto(`${demo.url}?lang=zh-TW`);
    await page.getByRole("heading", { name: "辨識結果" }).waitFor();
    const pane = page.locator("main");
    expect(await pane.getAttribute("lang")).toBe("zh-TW");
    expect(await pane.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual(
      expect.arrayContaining(["操作", "辨識結果"]),
    );
    await pane.getByRole("button", { name: "評分", exact: true }).waitFor();
    expect(await pane.getByRole("list", { name: "考核項目" }).locator("> li").count()).toBe(19);
    // Nothing of the Simplified pane is left: its headings and buttons are all translated.
    const text = await pane.innerText();
    for (const simplified of ["识别结果", "注入校验", "写入方式", "考核项目", "本项得分"])
      expect({ simplified, shown: text.includes(simplified) }).toEqual({ simplified, shown: false });
    expect(text).toContain("本項得分");
    await watched.screenshot("9-zh-TW");
  });
});
