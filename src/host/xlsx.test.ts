import * as ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Grid, key, type CellValue } from "../layout/grid";
import { writeRoster } from "../../test/support/roster";
import { describeWith, REAL_CORPUS as REAL } from "../../test/support/shared";
import { readWorkbook } from "./xlsx";

/**
 * The xlsx adapter's reading: every worksheet of a package becomes a Grid (the snapshot the
 * recogniser reads), on the fixtures, the real corpus, every kind of cell, and files it cannot
 * read. Writing and undo are in test/host/package.test.ts.
 */

const FIXTURES = join(__dirname, "..", "..", "test", "fixtures");
// The public workbooks are read where they are: they hold real names and must never be copied here.

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "kpi-xlsx-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function grids(path: string): Promise<Grid[]> {
  const read = await readWorkbook(path);
  if (!read.ok) throw new Error(`${path}: ${read.issue.code}`);
  return read.grids;
}

async function sheet(path: string, index = 0): Promise<Grid> {
  const grid = (await grids(path))[index];
  if (grid === undefined) throw new Error(`${path} has no sheet ${index}`);
  return grid;
}

/** The 0-based row and column of an A1 address. */
function at(a1: string): [number, number] {
  const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(digits) - 1, column];
}

const value = (grid: Grid, a1: string): CellValue => {
  const [row, column] = at(a1);
  return grid.values[row]?.[column] ?? null;
};
const format = (grid: Grid, a1: string): string | undefined => grid.formats[key(...at(a1))];
const formula = (grid: Grid, a1: string): string | undefined => grid.formulas[key(...at(a1))];

/** The Grid contract: the schema, and every value, format and formula inside the used size. */
function expectWellFormed(grid: Grid): void {
  expect(Grid.safeParse(grid).success).toBe(true);
  expect(grid.values).toHaveLength(grid.rows);
  for (const row of grid.values) expect(row.length).toBeLessThanOrEqual(grid.columns);
  if (grid.rows > 0) expect(grid.values[grid.rows - 1]?.length).toBeGreaterThan(0);
  for (const k of [...Object.keys(grid.formats), ...Object.keys(grid.formulas)]) {
    const [row = -1, column = -1] = k.split(",").map(Number);
    expect(row).toBeLessThan(grid.rows);
    expect(column).toBeLessThan(grid.columns);
  }
  for (const r of grid.hiddenRows) expect(r).toBeLessThan(grid.rows);
  for (const c of grid.hiddenColumns) expect(c).toBeLessThan(grid.columns);
  for (const area of grid.merges) {
    expect(area.bottom).toBeLessThan(grid.rows);
    expect(area.right).toBeLessThan(grid.columns);
  }
}

async function writeBook(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(temp, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("the fixtures", () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

  it.each(files)("converts %s into well-formed grids", async (file) => {
    const all = await grids(join(FIXTURES, file));
    expect(all.length).toBeGreaterThan(0);
    for (const grid of all) {
      expectWellFormed(grid);
      expect(grid.rows).toBeGreaterThan(5);
    }
  });

  it("reads live-ops-manager: header cells, merges, percent actuals as fractions", async () => {
    const grid = await sheet(join(FIXTURES, "live-ops-manager.xlsx"));
    expect(grid.name).toBe("直播运营经理");
    expect(value(grid, "A1")).toBe("直播运营经理绩效考核指标表");
    expect(grid.values[3]).toEqual([
      "序号",
      "类别",
      "KPI指标",
      "指标定义",
      "权重",
      "目标值",
      "评分标准",
      "实际完成",
      "得分",
      "数据来源",
    ]);
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 9 }); // A1:J1
    expect(grid.merges).toContainEqual({ top: 4, left: 1, bottom: 7, right: 1 }); // B5:B8
    // A covered cell reads as its area's top-left cell, as valueAt promises.
    expect(value(grid, "B7")).toBe("业绩类");
    expect(value(grid, "H5")).toBe(0.93);
    expect(format(grid, "H5")).toBe("0%");
    expect(value(grid, "H9")).toBe(0.046);
    expect(format(grid, "H9")).toBe("0.0%");
    // Typed as text, it stays text, with no format.
    expect(value(grid, "H8")).toBe("12%");
    expect(format(grid, "H8")).toBeUndefined();
    expect(value(grid, "I5")).toBeNull();
  });

  it("reads live-host: a title merged over two rows, weights formatted as percent", async () => {
    const grid = await sheet(join(FIXTURES, "live-host.xlsx"));
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 1, right: 8 }); // A1:I2
    expect(value(grid, "I2")).toBe("直播主播绩效考核表");
    expect(value(grid, "D5")).toBe("权重");
    expect(value(grid, "D6")).toBe(0.35);
    expect(format(grid, "D6")).toBe("0%");
    expect(value(grid, "G7")).toBe("5.2%");
    expect(grid.hiddenRows).toEqual([]);
    expect(grid.hiddenColumns).toEqual([]);
  });

  it("reads host-assistant: a hidden column, label and value in one merged cell", async () => {
    const grid = await sheet(join(FIXTURES, "host-assistant.xlsx"));
    expect(grid.hiddenColumns).toEqual([5]); // F, 上月得分
    expect(value(grid, "F3")).toBe("上月得分"); // hidden, yet read
    expect(value(grid, "A2")).toBe("姓名：王芳");
    expect(grid.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: 1 }); // A2:B2
    expect(value(grid, "D4")).toBe("30分");
  });

  it("reads designer: a hidden row", async () => {
    const grid = await sheet(join(FIXTURES, "designer.xlsx"));
    expect(grid.hiddenRows).toEqual([7]); // row 8, a stale indicator
    expect(value(grid, "B8")).toBe("店铺装修");
    expect(value(grid, "F4")).toBe(0.065);
    expect(format(grid, "F4")).toBe("0.0%");
  });

  it("reads live-ops-specialist: a two-row header over a blank column", async () => {
    const grid = await sheet(join(FIXTURES, "live-ops-specialist.xlsx"));
    expect(grid.merges).toContainEqual({ top: 3, left: 4, bottom: 3, right: 5 }); // E4:F4
    expect(value(grid, "F4")).toBe("考核标准");
    expect(value(grid, "F5")).toBe("评分标准");
    expect(value(grid, "B5")).toBe("考核指标"); // B4:B5
    for (let row = 3; row < 10; row++) expect(grid.values[row]?.[2]).toBeNull();
    expect(value(grid, "D6")).toBe("25%");
    expect(value(grid, "G7")).toBe(0.995);
  });

  it("reads network-admin: its sheets in workbook order", async () => {
    const all = await grids(join(FIXTURES, "network-admin.xlsx"));
    expect(all.map((g) => g.name)).toEqual(["网管绩效考核表", "网络管理员月度"]);
    expect(value(all[1] as Grid, "C3")).toBe("权重");
    expect(value(all[1] as Grid, "C4")).toBe(0.2);
  });

  it("reads zh-tw-anchor in Traditional Chinese", async () => {
    const grid = await sheet(join(FIXTURES, "zh-tw-anchor.xlsx"));
    expect(grid.values[2]).toEqual([
      "項次",
      "考核項目",
      "權重",
      "目標值",
      "評分標準",
      "實際完成",
      "得分",
      "備註",
    ]);
    expect(value(grid, "F5")).toBe(0.043);
  });
});

describeWith(REAL, "the public workbooks", () => {
  const files = readdirSync(REAL).filter((f) => f.endsWith(".xlsx"));

  it("finds them", () => expect(files.length).toBeGreaterThanOrEqual(12));

  it.each(files)("converts %s into well-formed grids", async (file) => {
    const all = await grids(join(REAL, file));
    expect(all.length).toBeGreaterThan(0);
    for (const grid of all) expectWellFormed(grid);
  });

  it("keeps formulas with their cached values, shared formulas translated", async () => {
    const grid = await sheet(join(REAL, "missxixi_internet_center_eval.xlsx"));
    expect(formula(grid, "J3")).toBe("N16");
    expect(value(grid, "J3")).toBe(81.05);
    expect(formula(grid, "L7")).toBe("VLOOKUP(K7,$B$24:$E$27,3,0)"); // the shared formula's master
    expect(formula(grid, "L8")).toBe("VLOOKUP(K8,$B$24:$E$27,3,0)"); // and a cell sharing it
    expect(value(grid, "L8")).toBe("75-90分");
  });

  it("keeps a cached result of 0 (ExcelJS's cell.value drops it)", async () => {
    const grid = await sheet(join(REAL, "melissa_kpi_sales_dashboard_en.xlsx"), 2);
    expect(grid.name).toBe("2025");
    expect(formula(grid, "E9")).toBe('IF(ISBLANK(C9-D9),"",(C9-D9))');
    expect(value(grid, "E9")).toBe(0);
  });

  it("reads percent weights, and formulas stored with their '='", async () => {
    const grid = await sheet(join(REAL, "czxj_dev_performance_template.xlsx"));
    expect(value(grid, "D2")).toBe(0.7);
    expect(format(grid, "D2")).toBe("0.00%");
    expect(formula(grid, "G2")).toBe("F7*20%");
  });

  it("joins rich text into plain text", async () => {
    const grid = await sheet(join(REAL, "ecom_wechat_editor_bonus_roster.xlsx"));
    expect(value(grid, "A20")).toMatch(/^微信公众号绩效说明：/);
    expect(value(grid, "B20")).toBe(value(grid, "A20")); // merged
  });

  it("reads hidden columns of a real form", async () => {
    const all = await grids(join(REAL, "renruru_pactera_2018q1_appraisal.xlsx"));
    expect(all.map((g) => g.name)).toEqual(["填表规则", "员工自评"]);
    expect(all[1]?.hiddenColumns).toEqual([11, 12, 13, 14, 15]);
  });

  it("reads every sheet of a 39-sheet workbook", async () => {
    const all = await grids(join(REAL, "swordz_rd_quarterly_eval_workbook.xlsx"));
    expect(all).toHaveLength(39);
    expect(all[0]?.name).toBe("汇总");
  });
});

describeWith(REAL, "a real legacy workbook", () => {
  it("names a legacy .xls by its signature", async () => {
    expect(await readWorkbook(join(REAL, "ygc_android_team_kpi_roster.xls"))).toEqual({
      ok: false,
      issue: { code: "file.legacyXls", params: { file: "ygc_android_team_kpi_roster.xls" } },
    });
  });

  it("names a legacy workbook renamed .xlsx as legacy, not unreadable", async () => {
    const path = join(temp, "renamed.xlsx");
    writeFileSync(path, readFileSync(join(REAL, "ygc_android_team_kpi_roster.xls")));
    expect(await readWorkbook(path)).toMatchObject({ ok: false, issue: { code: "file.legacyXls" } });
  });
});

describe("files it cannot read", () => {
  it("names an old compound-file workbook as legacy, whatever its name", async () => {
    const path = join(temp, "旧表.xlsx");
    writeFileSync(
      path,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
    );
    expect(await readWorkbook(path)).toEqual({
      ok: false,
      issue: { code: "file.legacyXls", params: { file: "旧表.xlsx" } },
    });
  });

  it("names a password-protected workbook", async () => {
    // What Excel writes for an open password: a compound file holding an EncryptedPackage stream.
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    const directory = Buffer.concat(
      ["Root Entry", "EncryptionInfo", "EncryptedPackage"].map((n) =>
        Buffer.from(n.padEnd(64, "\0"), "utf16le"),
      ),
    );
    const path = join(temp, "locked.xlsx");
    writeFileSync(path, Buffer.concat([header, directory]));
    expect(await readWorkbook(path)).toEqual({
      ok: false,
      issue: { code: "file.encrypted", params: { file: "locked.xlsx" } },
    });
  });

  it("says a missing file is missing", async () => {
    expect(await readWorkbook(join(temp, "nowhere", "考核表.xlsx"))).toEqual({
      ok: false,
      issue: { code: "file.notFound", params: { file: "考核表.xlsx" } },
    });
  });

  it.each([
    ["a text file renamed .xlsx", "notes.xlsx", "姓名,得分\n张三,90\n"],
    ["an empty file", "empty.xlsx", ""],
    ["a cut-off workbook", "cut.xlsx", "PK\u0003\u0004 truncated"],
  ])("gives file.unreadable for %s", async (_, name, text) => {
    const path = join(temp, name);
    writeFileSync(path, text);
    expect(await readWorkbook(path)).toEqual({
      ok: false,
      issue: { code: "file.unreadable", params: { file: name } },
    });
  });

  it("gives file.unreadable for a package without worksheets", async () => {
    // Excel refuses such a file too; a .docx renamed .xlsx loads the same way in ExcelJS.
    const path = await writeBook("no-sheets.xlsx", () => undefined);
    expect(await readWorkbook(path)).toMatchObject({ ok: false, issue: { code: "file.unreadable" } });
  });

  it("gives file.unreadable for a directory", async () => {
    expect(await readWorkbook(temp)).toMatchObject({ ok: false, issue: { code: "file.unreadable" } });
  });
});

describe("cell kinds", () => {
  let grid: Grid;
  beforeAll(async () => {
    const path = await writeBook("kinds.xlsx", (workbook) => {
      const ws = workbook.addWorksheet("kinds");
      ws.getCell("A1").value = 42;
      ws.getCell("B1").value = "实际完成";
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = new Date(Date.UTC(2024, 0, 31));
      ws.getCell("E1").value = new Date(Date.UTC(2024, 0, 31, 9, 30));
      ws.getCell("E1").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("F1").value = 220 / 86400; // 3:40, a duration
      ws.getCell("F1").numFmt = "mm:ss";
      ws.getCell("G1").value = { richText: [{ text: "≥90%" }, { font: { bold: true }, text: "得30分" }] };
      ws.getCell("H1").value = { text: "数据来源", hyperlink: "https://example.com/report" };
      ws.getCell("I1").value = { error: "#N/A" };
      ws.getCell("A2").value = 0.93;
      ws.getCell("A2").numFmt = "0%";
      ws.getCell("B2").value = { formula: "A2*100", result: 93 };
      ws.getCell("C2").value = { formula: "NA()", result: { error: "#N/A" } };
      ws.getCell("D2").value = { formula: "IF(A2>1,1,0)", result: 0 };
      ws.getCell("E2").value = { formula: '"B"&"级"', result: "B级" };
      ws.fillFormula("A3:A5", "B2*2", [186, 186, 186]); // one shared formula
      ws.getCell("J5").value = { formula: "SUM(A1:A2)" }; // saved by a tool, never calculated
      ws.getCell("B4").numFmt = "0%"; // an empty input cell already formatted
      ws.getCell("L9").numFmt = "0%"; // formatted far outside the used size
      ws.mergeCells("F3:G4"); // an empty merged score cell
      ws.mergeCells("A8:C9"); // an empty signature block below everything
      ws.mergeCells("I2:L2"); // an empty area running past the last column used
    });
    grid = await sheet(path);
  });

  it("keeps numbers, text and booleans as they are", () => {
    expect(value(grid, "A1")).toBe(42);
    expect(value(grid, "B1")).toBe("实际完成");
    expect(value(grid, "C1")).toBe(true);
  });

  it("gives dates as ISO text and a time of day as its number", () => {
    expect(value(grid, "D1")).toBe("2024-01-31");
    expect(value(grid, "E1")).toBe("2024-01-31T09:30:00");
    expect(value(grid, "F1")).toBeCloseTo(220 / 86400, 12);
    expect(format(grid, "F1")).toBe("mm:ss");
  });

  it("reads dates and times in the 1904 date system (old Mac workbooks) alike", async () => {
    const path = await writeBook("mac.xlsx", (workbook) => {
      workbook.properties.date1904 = true;
      const ws = workbook.addWorksheet("mac");
      ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 31));
      ws.getCell("B1").value = 0.5;
      ws.getCell("B1").numFmt = "h:mm";
    });
    expect((await sheet(path)).values[0]).toEqual(["2024-01-31", 0.5]);
  });

  it("gives rich text and links as their text, errors as error values", () => {
    expect(value(grid, "G1")).toBe("≥90%得30分");
    expect(value(grid, "H1")).toBe("数据来源");
    expect(value(grid, "I1")).toEqual({ error: "#N/A" });
  });

  it("gives a formula's cached value and its text without '='", () => {
    expect(value(grid, "A2")).toBe(0.93);
    expect(format(grid, "A2")).toBe("0%");
    expect(value(grid, "B2")).toBe(93);
    expect(formula(grid, "B2")).toBe("A2*100");
    expect(value(grid, "C2")).toEqual({ error: "#N/A" });
    expect(formula(grid, "C2")).toBe("NA()");
    expect(value(grid, "D2")).toBe(0);
    expect(value(grid, "E2")).toBe("B级");
    expect(formula(grid, "A4")).toBe("B3*2");
    expect(formula(grid, "A5")).toBe("B4*2");
    expect(value(grid, "A5")).toBe(186);
  });

  it("keeps a formula without a cached value, inside the used size", () => {
    expect(value(grid, "J5")).toBeNull();
    expect(formula(grid, "J5")).toBe("SUM(A1:A2)");
    expect(grid.columns).toBe(10);
    expect(grid.rows).toBe(5);
  });

  it("records formats of empty cells inside the used size only", () => {
    expect(value(grid, "B4")).toBeNull();
    expect(format(grid, "B4")).toBe("0%");
    expect(format(grid, "L9")).toBeUndefined();
  });

  it("cuts empty merged areas to the used size", () => {
    expect(grid.merges).toEqual([
      { top: 1, left: 8, bottom: 1, right: 9 }, // I2:J2
      { top: 2, left: 5, bottom: 3, right: 6 }, // F3:G4
    ]);
  });

  it("is well formed", () => expectWellFormed(grid));
});

describe("in-memory workbooks", () => {
  it("converts an empty worksheet into an empty grid", async () => {
    const path = await writeBook("empty-sheet.xlsx", (workbook) => workbook.addWorksheet("空表"));
    expect(await grids(path)).toEqual([
      {
        name: "空表",
        rows: 0,
        columns: 0,
        values: [],
        formats: {},
        formulas: {},
        merges: [],
        hiddenRows: [],
        hiddenColumns: [],
      },
    ]);
  });

  it("reads hidden rows and columns within the used size", async () => {
    const path = await writeBook("hidden.xlsx", (workbook) => {
      const ws = workbook.addWorksheet("草稿");
      ws.getCell("C3").value = "得分";
      ws.getCell("A2").value = "旧指标";
      ws.getRow(2).hidden = true;
      ws.getColumn(2).hidden = true;
      ws.getColumn(9).hidden = true;
    });
    const grid = await sheet(path);
    expect(grid).toMatchObject({ rows: 3, columns: 3, hiddenRows: [1], hiddenColumns: [1] });
    expect(grid.values).toEqual([[], ["旧指标"], [null, null, "得分"]]);
  });
});

describe("large sheets", () => {
  // How long they take is measured by `npm run bench xlsx`, as ratios against ExcelJS's own load:
  // a wall-clock limit here would fail on a busy machine and say nothing on a fast one.
  const SLOW = 120_000;

  it(
    "reads a merged area of A1:Z5000",
    async () => {
      const path = await writeBook("huge-merge.xlsx", (workbook) => {
        const ws = workbook.addWorksheet("merged");
        ws.mergeCells("A1:Z5000");
        ws.getCell("A1").value = "考核说明";
        ws.getCell("A5001").value = "合计";
      });
      const grid = await sheet(path);
      expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 4999, right: 25 }]);
      expect(grid.rows).toBe(5001);
      expect(grid.columns).toBe(26);
      expect(value(grid, "Z5000")).toBe("考核说明");
      expect(value(grid, "A5001")).toBe("合计");
    },
    SLOW,
  );

  it(
    "reads 50,000 rows × 10 columns: values, formats and formulas down to the last row",
    async () => {
      const path = await writeRoster(join(temp, "roster-50k.xlsx"), 50_000);
      const grid = await sheet(path);
      expect(grid.rows).toBe(50_001);
      expect(grid.columns).toBe(10);
      expect(value(grid, "B50001")).toBe("员工50000");
      expect(value(grid, "E50001")).toBeCloseTo(0.8, 12);
      expect(format(grid, "E50001")).toBe("0%");
      expect(formula(grid, "H50001")).toBe("E50001*100");
      expect(Object.keys(grid.formulas)).toHaveLength(50_000);
    },
    SLOW,
  );
});
