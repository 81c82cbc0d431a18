import * as ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, readFileSync } from "fs";
import { basename, join } from "path";
import type { Browser, Page } from "playwright-core";
import {
  axeViolations,
  launchChromium,
  openPage,
  ROOT,
  SCREENSHOTS,
  startDemo,
  type Demo,
  type WatchedPage,
} from "./demo";

/**
 * Teach once, in the demo page in a real browser: a shop's own monthly template the add-in does not
 * recognise is taught from a selection in the sheet (its columns' roles, the name, total, grade and
 * grade-scale cells), previewed, kept in the workbook and scored; its template is saved — the same
 * profile `kpi template` writes (test/cli/template.test.ts applies it) — and applied to the next
 * month's workbook, and refused, naming the cells, on a workbook laid out otherwise.
 */

jest.setTimeout(60_000);

const DIR = join(ROOT, "test", "fixtures", "teach");
const SCRATCH = join(ROOT, "test-artifacts", "browser");
const DOCS = join(ROOT, "docs", "screenshots");

let demo: Demo;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  watched = await openPage(browser, demo.url);
  page = watched.page;
  await page.goto(demo.url);
  await page.getByRole("heading", { name: "识别结果" }).waitFor();
});

afterEach(() => {
  expect(watched.errors).toEqual([]);
  expect(watched.outside).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  demo?.stop();
});

const SHEET = "门店月度考评";
const cell = (address: string) => page.locator(`td[data-cell="${address}"]`);
const notice = () => page.locator("main [role=status], main [role=alert]").first();
const teach = () => page.getByRole("region", { name: "教一次" });
const results = () => page.getByTestId("results");

/** Saved for the README too (docs/screenshots). */
async function screenshot(name: string): Promise<void> {
  await watched.screenshot(name);
  mkdirSync(DOCS, { recursive: true });
  copyFileSync(join(SCREENSHOTS, `${name}.png`), join(DOCS, `${name}.png`));
}

async function openFile(path: string): Promise<void> {
  await page.setInputFiles("#kpi-open", path);
  await page.getByRole("region", { name: `${basename(path)} — ${SHEET}` }).waitFor();
}

async function pointAt(address: string, button: string): Promise<void> {
  await cell(address).click();
  await teach().getByRole("button", { name: button }).click();
}

async function score(): Promise<void> {
  await page.getByRole("button", { name: "评分", exact: true }).click();
  await results().waitFor();
}

describe("teaching the add-in a sheet it does not recognise, in the task pane", () => {
  it("takes the table selected in the sheet, a role for each column and the cells pointed at, and previews the score", async () => {
    await openFile(join(DIR, "shop-month-march.xlsx"));
    await page
      .getByRole("combobox", { name: "工作表" })
      .getByText(`${SHEET} — 不是考核表`)
      .waitFor({ state: "attached" });
    await cell("A4").click();
    await cell("F8").click({ modifiers: ["Shift"] });
    await teach().getByRole("button", { name: "用选中区域作为考核表" }).click();
    await teach().getByText(`考核表：${SHEET}!A4:F8`).waitFor();
    const roles: Array<[string, string]> = [
      ["B 列“事项”", "考核项目"],
      ["C 列“占比”", "权重/分值"],
      ["D 列“怎么算”", "评分标准"],
      ["E 列“本月”", "实际完成"],
      ["F 列“结果”", "得分"],
    ];
    for (const [column, role] of roles)
      await teach().getByRole("combobox", { name: column }).selectOption({ label: role });
    await teach().getByRole("button", { name: "选中区域为等级标准" }).scrollIntoViewIfNeeded();
    await screenshot("10-teach-columns");
    await pointAt("B2", "选中单元格为姓名");
    await pointAt("F9", "选中单元格为总分");
    await pointAt("F10", "选中单元格为等级");
    await pointAt("A12", "选中区域为等级标准");
    const preview = page.getByTestId("teach-preview");
    await preview.getByText("赵一鸣 · 总分 72 · 等级 C").waitFor();
    await expect(preview.innerText()).resolves.toContain("读到 4 个考核项目");
    await screenshot("11-teach-preview");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("keeps the teaching in the workbook, reads the sheet by it and scores it", async () => {
    await teach().getByRole("button", { name: "保存到工作簿" }).click();
    await page.getByText("已按您教的表格保存在工作簿中").waitFor();
    await page
      .getByRole("combobox", { name: "工作表" })
      .getByText(`${SHEET} — 考核表（每表一人）`)
      .waitFor({ state: "attached" });
    await score();
    expect(await results().getByTestId("total").allInnerTexts()).toEqual(["72"]);
    expect(await results().getByTestId("grade").allInnerTexts()).toEqual(["C"]);
    expect(await cell("F9").innerText()).toBe("72");
    expect(await cell("F10").innerText()).toBe("C");
    await screenshot("12-teach-scored");
  });

  it("starts a new teaching of a taught sheet from what it was taught", async () => {
    await cell("A4").click();
    await cell("F8").click({ modifiers: ["Shift"] });
    await teach().getByRole("button", { name: "用选中区域作为考核表" }).click();
    await expect(teach().getByRole("combobox", { name: "B 列“事项”" }).inputValue()).resolves.toBe("item");
    await expect(teach().getByRole("combobox", { name: "F 列“结果”" }).inputValue()).resolves.toBe("score");
    await teach().getByText("总分：F9").waitFor();
    await teach().getByRole("button", { name: "取消" }).click();
  });

  it("saves the template as the profile kpi template writes", async () => {
    const downloaded = page.waitForEvent("download");
    await teach().getByRole("button", { name: "保存模板" }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`${SHEET}.template.json`);
    const saved = JSON.parse(readFileSync((await download.path()) as string, "utf8")) as unknown;
    expect(saved).toEqual(JSON.parse(readFileSync(join(DIR, "shop-month.profile.json"), "utf8")));
  });

  it("applies the template to the next month's workbook and scores its person", async () => {
    await openFile(join(DIR, "shop-month-april.xlsx"));
    await page.setInputFiles("#kpi-template-file", join(DIR, "shop-month.profile.json"));
    await page.getByText(`已按模板读取${SHEET}`).waitFor();
    await score();
    expect(await results().getByTestId("total").allInnerTexts()).toEqual(["85"]);
    expect(await results().getByTestId("grade").allInnerTexts()).toEqual(["B"]);
    await screenshot("13-teach-template-applied");
  });

  it("refuses the template on a workbook laid out otherwise, naming the cell, and changes nothing", async () => {
    mkdirSync(SCRATCH, { recursive: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(DIR, "shop-month-april.xlsx"));
    workbook.getWorksheet(SHEET)!.getCell("C4").value = "目标";
    const moved = join(SCRATCH, "shop-month-moved.xlsx");
    await workbook.xlsx.writeFile(moved);
    await openFile(moved);
    await page.setInputFiles("#kpi-template-file", join(DIR, "shop-month.profile.json"));
    await expect(notice().innerText()).resolves.toContain(`${SHEET}!C4 应为表头“占比”，实际为“目标”`);
    await page
      .getByRole("combobox", { name: "工作表" })
      .getByText(`${SHEET} — 不是考核表`)
      .waitFor({ state: "attached" });
  });

  it("keeps a grade scale pointed at on another sheet with its sheet, and refuses a name cell there", async () => {
    mkdirSync(SCRATCH, { recursive: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(DIR, "shop-month-march.xlsx"));
    const scale = workbook.addWorksheet("等级标准");
    [
      ["等级", "分数"],
      ["优", 80],
      ["良", 70],
      ["差", 0],
    ].forEach((r) => scale.addRow(r));
    const file = join(SCRATCH, "shop-month-scale-sheet.xlsx");
    await workbook.xlsx.writeFile(file);
    await openFile(file);
    await cell("A4").click();
    await cell("F8").click({ modifiers: ["Shift"] });
    await teach().getByRole("button", { name: "用选中区域作为考核表" }).click();
    const roles: Array<[string, string]> = [
      ["B 列“事项”", "考核项目"],
      ["C 列“占比”", "权重/分值"],
      ["D 列“怎么算”", "评分标准"],
      ["E 列“本月”", "实际完成"],
      ["F 列“结果”", "得分"],
    ];
    for (const [column, role] of roles)
      await teach().getByRole("combobox", { name: column }).selectOption({ label: role });
    await page.getByRole("tab", { name: "等级标准" }).click();
    await cell("A1").click();
    await cell("B4").click({ modifiers: ["Shift"] });
    await teach().getByRole("button", { name: "选中区域为等级标准" }).click();
    await teach().getByText("等级标准：等级标准!A1:B4").waitFor();
    await pointAt("B2", "选中单元格为姓名");
    await expect(notice().innerText()).resolves.toContain(`要在考核表所在的工作表“${SHEET}”上选中`);
    await teach().getByText("姓名：未指定").waitFor();
    await page.getByTestId("teach-preview").getByText("总分 72 · 等级 良").waitFor();
    await teach().getByRole("button", { name: "取消" }).click();
  });
});
