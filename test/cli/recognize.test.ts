import * as ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { kpi, kpiWith, ROOT } from "./kpi";

const fixture = (name: string) => join(ROOT, "test", "fixtures", name);

describe("kpi recognize", () => {
  it("prints exactly the contract JSON of a fixture", async () => {
    const { status, stdout } = await kpi("recognize", fixture("copywriter.xlsx"), "--json");
    expect(status).toBe(0);
    const expected = JSON.parse(readFileSync(fixture("copywriter.expected.json"), "utf8")).recognize;
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it("recognises one sheet with --sheet", async () => {
    const { status, stdout } = await kpi(
      "recognize",
      fixture("network-admin.xlsx"),
      "--sheet",
      "网络管理员月度",
      "--json",
    );
    expect(status).toBe(0);
    const layout = JSON.parse(stdout);
    expect(layout.sheets.map((s: { name: string }) => s.name)).toEqual(["网络管理员月度"]);
  });

  it("prints a short Chinese summary without --json", async () => {
    const { status, stdout } = await kpi("recognize", fixture("roster-live-team.xlsx"));
    expect(status).toBe(0);
    expect(stdout).toContain("名单（每行一人）");
    expect(stdout).toContain("7人");
  });

  it("shows an unsure table as 待确认 with the reason, and says so in its JSON", async () => {
    const shapes = join(ROOT, "test", "fixtures", "shapes", "evaluators.xlsx");
    const text = await kpi("recognize", shapes, "--sheet", "无权重");
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("待确认：有多位评分人（自评、上级评分）");
    const json = JSON.parse((await kpi("recognize", shapes, "--sheet", "无权重", "--json")).stdout);
    expect(json.sheets[0].tables[0].doubt.code).toBe("layout.evaluatorWeights");
  });

  it("says why a sheet holds no table in the user's language, in its summary and its JSON", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes");
    const file = join(mkdtempSync(join(tmpdir(), "kpi-recognize-")), "empty.xlsx");
    await workbook.xlsx.writeFile(file);
    const english = await kpiWith({ KPI_LANG: "en-US" }, "recognize", file);
    expect(english.stdout).toContain('Sheet "Notes": ');
    expect(english.stdout).toContain("(Empty sheet)");
    const json = JSON.parse((await kpiWith({ KPI_LANG: "en-US" }, "recognize", file, "--json")).stdout);
    expect(json.sheets[0]).toMatchObject({ name: "Notes", kind: "none", reason: "Empty sheet" });
    const chinese = JSON.parse((await kpi("recognize", file, "--json")).stdout);
    expect(chinese.sheets[0].reason).toBe("空工作表");
  });

  it("refuses a legacy .xls with exit 2 and a message naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-recognize-"));
    const file = join(dir, "旧表.xls");
    // an OLE compound file header is what Excel 97-2003 files start with
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
    );
    const { status, stdout, stderr } = await kpi("recognize", file, "--json");
    expect(status).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, code: "file.legacyXls" });
    expect(stderr).toContain("旧表.xls");
    expect(stderr).toContain(".xlsx");
  });

  it("refuses a missing file with exit 2 and its name", async () => {
    const { status, stderr } = await kpi("recognize", fixture("no-such.xlsx"));
    expect(status).toBe(2);
    expect(stderr).toContain("no-such.xlsx");
  });

  it("refuses an unknown sheet name with exit 2", async () => {
    const { status, stderr } = await kpi("recognize", fixture("copywriter.xlsx"), "--sheet", "不存在");
    expect(status).toBe(2);
    expect(stderr).toContain("不存在");
  });

  it("needs exactly one file", async () => {
    expect((await kpi("recognize")).status).toBe(2);
  });
});
