import {
  gridFromSheet,
  isDateFormat,
  officeValue,
  rangesOf,
  serialValue,
  withoutOwn,
  type SheetData,
} from "../../src/host/officeGrid";
import { checkRequirements } from "../../src/host/officeRequirements";
import { message } from "../../src/i18n";
import { cellBlocks, entryOf, gradeRules, validationOf } from "../../src/host/officeWrites";
import type { CellWrite, ValidationWrite } from "../../src/plan/patch";

/** The adapter's pure pieces: what Excel gives turned into a Grid, a patch turned into blocks and
 * rules, and the check of the user's Excel version. */

const write = (cell: string, content: object): CellWrite =>
  ({ sheet: "表", cell, role: "score", before: { value: null }, ...content }) as CellWrite;

describe("scores written as whole columns", () => {
  it("writes a column of scores as one block, and a lone row of cells as another", () => {
    const blocks = cellBlocks([
      write("H5", { formula: "=KPI.SCORE(G5,$F5,$D5)" }),
      write("H6", { value: 20 }),
      write("H7", { value: null }),
      write("B2", { value: "A" }),
      write("C2", { value: "B" }),
    ]);
    expect(blocks).toEqual([
      { sheet: "表", range: "H5:H7", formulas: [["=KPI.SCORE(G5,$F5,$D5)"], [20], [""]] },
      { sheet: "表", range: "B2:C2", formulas: [["A", "B"]] },
    ]);
  });

  it("keeps text that looks like a number, date or formula as text, and errors as errors", () => {
    expect(entryOf(write("A1", { value: "95%" }))).toBe("'95%");
    expect(entryOf(write("A1", { value: "-" }))).toBe("'-");
    expect(entryOf(write("A1", { value: "=1+1" }))).toBe("'=1+1");
    expect(entryOf(write("A1", { value: "优秀" }))).toBe("优秀");
    expect(entryOf(write("A1", { value: "#N/A" }))).toBe("#N/A");
    expect(entryOf(write("A1", { value: true }))).toBe(true);
  });
});

describe("input checks and grade colours as Excel takes them", () => {
  const base = {
    sheet: "表",
    range: "G5",
    prompt: { title: "销售额", message: "请填写百分比" },
    alert: { title: "输入有误", message: "请填写0%以上的百分比", style: "stop" as const },
  };
  it("a percent at least 0 is a decimal rule from 0, blocking other input", () => {
    const v: ValidationWrite = { ...base, rule: { kind: "number", min: 0, percent: true } };
    expect(validationOf(v)).toEqual({
      rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      prompt: { showPrompt: true, title: "销售额", message: "请填写百分比" },
      errorAlert: { showAlert: true, style: "Stop", title: "输入有误", message: "请填写0%以上的百分比" },
    });
  });
  it("a judged score is between 0 and the item's points; an amount only warns", () => {
    const v: ValidationWrite = {
      ...base,
      rule: { kind: "number", min: 0, max: 10 },
      alert: { ...base.alert, style: "warning" },
    };
    expect(validationOf(v).rule).toEqual({ decimal: { formula1: 0, formula2: 10, operator: "Between" } });
    expect(validationOf(v).errorAlert.style).toBe("Warning");
    const atMost = validationOf({ ...base, rule: { kind: "number", max: 5 } }).rule;
    expect(atMost).toEqual({ decimal: { formula1: 5, operator: "LessThanOrEqualTo" } });
  });
  it("levels are a dropdown", () => {
    const v: ValidationWrite = { ...base, rule: { kind: "list", items: ["A", "B", "C"] } };
    expect(validationOf(v).rule).toEqual({ list: { inCellDropDown: true, source: "A,B,C" } });
  });
  it("each grade gets its own colour, matched whole (A does not colour A+)", () => {
    const rules = gradeRules({
      sheet: "表",
      range: "I13",
      grades: [
        { text: "A+", tone: "good" },
        { text: '说"中"', tone: "neutral" },
      ],
    });
    expect(rules).toEqual([
      { formula1: '="A+"', fill: "#C6EFCE", font: "#006100" },
      { formula1: '="说""中"""', fill: "#FFEB9C", font: "#9C5700" },
    ]);
  });
});

describe("cells read as the file gives them", () => {
  it("reads addresses of sheets whose names hold commas and quotes", () => {
    expect(rangesOf("'考核,表''s'!A1:B2,Sheet1!G:G,Sheet1!C3")).toEqual(["A1:B2", "G:G", "C3"]);
  });
  it("reads a date as ISO text, a time of day as its number, errors as errors", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("0.0%")).toBe(false);
    expect(isDateFormat('[Red]0"分"')).toBe(false);
    expect(serialValue(45473)).toBe("2024-06-30");
    expect(serialValue(45473.5)).toBe("2024-06-30T12:00:00");
    expect(serialValue(0.25)).toBeCloseTo(0.25, 9);
    expect(officeValue("#N/A", "Error", "General")).toEqual({ error: "#N/A" });
    expect(officeValue("", "Empty", "General")).toBeNull();
  });
  it("cuts the add-in's own ranges out of what Excel reports as one area", () => {
    expect(withoutOwn(["G5:G12"], ["G5:G9"])).toEqual(["G10:G12"]);
    expect(withoutOwn(["G5:H6"], ["G5:G6"])).toEqual(["H5:H6"]);
    expect(withoutOwn(["G5:G9"], ["G5:G9"])).toEqual([]);
  });
  it("a merged title reads in every cell it covers, as the file does, and ends the used size", () => {
    const data: SheetData = {
      name: "表",
      values: [
        ["考核表", "", ""],
        [1, "", ""],
      ],
      valueTypes: [
        ["String", "Empty", "Empty"],
        ["Double", "Empty", "Empty"],
      ],
      formulas: [
        ["考核表", "", ""],
        [1, "", ""],
      ],
      numberFormat: [
        ["General", "General", "General"],
        ["0%", "0%", "General"],
      ],
      hiddenRows: [false, true],
      hiddenColumns: [false, false, true],
      merges: ["A1:C1"],
      protected: false,
      validations: [],
      conditionalFormats: [],
    };
    const grid = gridFromSheet(data, { validations: [], formats: [] });
    expect(grid.values).toEqual([["考核表", "考核表", "考核表"], [1]]);
    expect(grid.columns).toBe(3);
    expect(grid.formats).toEqual({ "1,0": "0%", "1,1": "0%" });
    expect(grid.hiddenRows).toEqual([1]);
    expect(grid.hiddenColumns).toEqual([2]);
  });
});

describe("telling the user their Excel is too old", () => {
  it("an Excel with every set needed offers everything", () => {
    expect(checkRequirements(() => true)).toEqual({ ok: true, issues: [], capabilities: { merges: true } });
  });
  it("Excel 2019 (ExcelApi 1.8) is told which version it needs", () => {
    const check = checkRequirements((_name, version) => Number((version ?? "0").split(".")[1]) <= 8);
    expect(check.ok).toBe(false);
    expect(check.issues).toEqual([
      { code: "host.excelTooOld", params: { set: "ExcelApi 1.9" } },
      { code: "host.noMerges", params: { set: "ExcelApi 1.13" } },
    ]);
    expect(check.issues.map((i) => message(i, "zh-CN"))).toEqual([
      "您的 Excel 版本过旧（不支持 ExcelApi 1.9），无法识别和评分工作表；请升级到 Microsoft 365 或 Excel 2021 及以上版本",
      "您的 Excel 版本不支持读取合并单元格（ExcelApi 1.13），合并单元格将按空白读取，识别结果可能不完整",
    ]);
  });
  it("an Excel without merged-area support still works, reading merged cells as empty", () => {
    const check = checkRequirements((_name, version) => version !== "1.13");
    expect(check).toEqual({
      ok: true,
      issues: [{ code: "host.noMerges", params: { set: "ExcelApi 1.13" } }],
      capabilities: { merges: false },
    });
  });
});
