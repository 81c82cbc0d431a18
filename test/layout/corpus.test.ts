import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/host/xlsx";
import type { SheetLayout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";
import { comparable, expectedComparable, type ExpectedSheet } from "./compare";

// The real workbooks are read in place: they hold real names and are never copied into the repo.
const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "real");
const EXPECTED = join(__dirname, "..", "corpus-real");

interface Expected {
  file: string;
  recognize?: { sheets: ExpectedSheet[] };
  error?: string;
}

/** Table sheets the recogniser does not read as written yet (known gaps), by file: the sheets
 * of kind `none` all pass; these are the forms and rosters whose real layouts go beyond it. */
const GAP_FILES: Record<string, string> = {
  "czxj_dev_performance_template.xlsx":
    "小计 subtotal rows, '-' weights and adjustment items inside a weighted section",
  "darrow_production_kpi_report.xlsx":
    "generated report: header fields in one title cell, grade cell left of the score column",
  "darrow_production_kpi_standards.xlsx":
    "grade columns 甲/乙/丙/丁 holding band conditions with a level score row",
  "ecom_wechat_editor_bonus_roster.xlsx": "three-row merged roster header of threshold count columns",
  "missxixi_internet_center_eval.xlsx": "OKR sheet with a VLOOKUP legend table (ruleTable)",
  "renruru_pactera_2018q1_appraisal.xlsx": "five level-descriptor columns with English level names",
  "sol_code_contest_scoring.xlsx": "one score column per team (scoreColumns)",
  "swordz_rd_kpi_weight_roster.xlsx": "roster without total or grade column, English column codes",
  "swordz_rd_quarterly_eval_workbook.xlsx":
    "部门-姓名 in one header cell, 汇总 roster over a structured table",
  "ynk_jixiao_kaohe_dev_form.xlsx": "Part I/II/III section rows with 权重占比 and 权重分解",
};
const gapOf = (c: { file: string; sheet?: ExpectedSheet }): string | undefined =>
  c.sheet && c.sheet.kind !== "none" ? GAP_FILES[c.file] : undefined;

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.xlsx?$/i.test(f)) : [];

interface Case {
  file: string;
  label: string;
  expected: Expected;
  sheet?: ExpectedSheet & { index: number };
}

describe("recognising the real corpus", () => {
  const cases = files.flatMap((file): Case[] => {
    const expected = JSON.parse(
      readFileSync(join(EXPECTED, `${file.replace(/\.xlsx?$/i, "")}.expected.json`), "utf8"),
    ) as Expected;
    if (expected.error)
      return [{ file, label: `${file}: refused (${expected.error})`, expected, sheet: undefined }];
    return (expected.recognize?.sheets ?? []).map((sheet, i) => ({
      file,
      label: `${file} sheet ${sheet.index ?? i} (${sheet.kind})`,
      expected,
      sheet: { ...sheet, index: sheet.index ?? i },
    }));
  });

  it.each(cases.filter((c) => !gapOf(c)).map((c): [string, Case] => [c.label, c]))(
    "%s",
    async (_label, c) => {
      await check(c);
    },
  );
  const gaps = cases.filter((c) => gapOf(c));
  // Known gaps run as expected failures, so a fix shows up at once.
  if (gaps.length > 0)
    it.failing.each(gaps.map((c): [string, Case] => [`${c.label}: ${gapOf(c)}`, c]))(
      "%s",
      async (_label, c) => {
        await check(c);
      },
    );
});

// Each workbook is read and recognised once for all its sheets.
const recognised = new Map<
  string,
  Promise<{ read: Awaited<ReturnType<typeof readWorkbook>>; sheets: SheetLayout[] }>
>();
function recogniseFile(file: string) {
  let hit = recognised.get(file);
  if (!hit) {
    hit = readWorkbook(join(CORPUS, file)).then((read) => ({
      read,
      sheets: read.ok ? recognize(read.grids).layout.sheets : [],
    }));
    recognised.set(file, hit);
  }
  return hit;
}

async function check(c: Case): Promise<void> {
  const { read, sheets } = await recogniseFile(c.file);
  if (!c.sheet) {
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issue.code).toBe("file.legacyXls");
    return;
  }
  if (!read.ok) throw new Error(`${c.file}: ${read.issue.code}`);
  const got: SheetLayout | undefined = sheets[c.sheet.index];
  expect(comparable(got, c.sheet)).toEqual(expectedComparable(c.sheet));
}
