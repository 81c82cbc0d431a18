import * as ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gridsFromWorkbook } from "../src/host/xlsx";
import { writeRoster as writeRosterTo } from "../test/support/roster";
import { median, report, round, runInScratch, timeIt, type Check } from "./harness";

/**
 * The xlsx adapter against ExcelJS's own load of the same file, the baseline: recognition as a
 * whole, conversion included, should cost at most a quarter of the load, so the conversion's
 * share tells the recogniser what is left of that budget. Workbooks are generated into the temp
 * directory, never kept.
 */

const RECOGNITION_BUDGET = 0.25;
const dir = mkdtempSync(join(tmpdir(), "kpi-xlsx-bench-"));

/** A roster: one row per person, ten columns, a percent-formatted actual and a score formula. */
function writeRoster(rows: number): Promise<string> {
  return writeRosterTo(join(dir, `roster-${rows}.xlsx`), rows);
}

/** A workbook of one-person forms laid out as HR files are: merged title, header block, merged
 * categories, percent actuals, a total formula and a notes row. */
async function writeForms(sheets: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (let s = 1; s <= sheets; s++) {
    const ws = workbook.addWorksheet(`员工${String(s).padStart(3, "0")}`);
    ws.mergeCells("A1:I1");
    ws.getCell("A1").value = "直播运营专员月度绩效考核表";
    ws.getRow(2).values = [
      "被考核人",
      `员工${s}`,
      "部门",
      "直播运营部",
      "岗位",
      "主播",
      "考核月份",
      "2024年6月",
    ];
    ws.getRow(4).values = [
      "类别",
      "考核指标",
      "指标定义",
      "权重",
      "目标值",
      "评分标准",
      "实际完成",
      "得分",
      "数据来源",
    ];
    for (let i = 0; i < 10; i++) {
      const row = ws.getRow(5 + i);
      row.values = [
        i < 6 ? "业绩类" : "行为类",
        `指标${i + 1}`,
        "实际值/目标值",
        10,
        "100%",
        "≥100%得10分，90%-99%得8分，80%-89%得6分，低于80%不得分",
        0.8 + i / 50,
        { formula: `IF(G${5 + i}>=1,10,IF(G${5 + i}>=0.9,8,IF(G${5 + i}>=0.8,6,0)))`, result: 6 },
        "运营部",
      ];
      row.getCell(7).numFmt = "0%";
    }
    ws.mergeCells("A5:A10");
    ws.mergeCells("A11:A14");
    ws.mergeCells("A15:G15");
    ws.getCell("A15").value = "合计";
    ws.getCell("H15").value = { formula: "SUM(H5:H14)", result: 60 };
    ws.mergeCells("A16:I16");
    ws.getCell("A16").value = "等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)";
  }
  const path = join(dir, `forms-${sheets}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Median milliseconds of ExcelJS's readFile, and the workbook it loaded. */
async function load(path: string, repeats: number): Promise<{ ms: number; workbook: ExcelJS.Workbook }> {
  let workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    workbook = new ExcelJS.Workbook();
    const start = process.hrtime.bigint();
    await workbook.xlsx.readFile(path);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(samples), workbook };
}

/** Median milliseconds of converting a loaded workbook. */
function convert(workbook: ExcelJS.Workbook): number {
  return timeIt(() => gridsFromWorkbook(workbook).reduce((n, grid) => n + grid.rows, 0));
}

function shareChecks(loadMs: number, convertMs: number): Check[] {
  const share = convertMs / loadMs;
  return [
    { name: "ExcelJS readFile (baseline)", value: loadMs, unit: " ms" },
    { name: "gridsFromWorkbook", value: convertMs, unit: " ms" },
    // Half the recognition budget: the recogniser itself needs the rest.
    {
      name: "conversion share of the load",
      value: share * 100,
      unit: "%",
      limit: (RECOGNITION_BUDGET * 100) / 2,
    },
    {
      name: "left for the recogniser within 25% of the load",
      value: (RECOGNITION_BUDGET - share) * loadMs,
      unit: " ms",
      baseline: `${round((RECOGNITION_BUDGET - share) * 100)}% of the load`,
    },
  ];
}

async function roster(): Promise<boolean> {
  const { ms, workbook } = await load(await writeRoster(5_000), 5);
  return report("A 5,000-row roster (10 columns)", shareChecks(ms, convert(workbook)));
}

async function forms(): Promise<boolean> {
  const { ms, workbook } = await load(await writeForms(200), 5);
  return report("200 form sheets (16 rows, merges, formulas)", shareChecks(ms, convert(workbook)));
}

async function growth(): Promise<boolean> {
  const sizes = [1_000, 5_000, 20_000];
  const perRow: number[] = [];
  const checks: Check[] = [];
  for (const rows of sizes) {
    const { ms, workbook } = await load(await writeRoster(rows), 3);
    const convertMs = convert(workbook);
    perRow.push((convertMs / rows) * 1000);
    checks.push({
      name: `${rows.toLocaleString("en-US")} rows: conversion per row`,
      value: (convertMs / rows) * 1000,
      unit: " µs",
      baseline: `load ${round(ms)} ms, conversion ${round(convertMs)} ms (${round((convertMs / ms) * 100)}%)`,
    });
  }
  // A conversion that went quadratic would cost 20× per row here. What is measured instead, up to
  // about 2.5×, is the formats / formulas records outgrowing the CPU caches and the collector
  // marking a heap that holds the whole loaded workbook.
  checks.push({
    name: "per-row cost at 20,000 rows / at 1,000 rows",
    value: (perRow[2] as number) / (perRow[0] as number),
    unit: "×",
    limit: 4,
  });
  return report("Growth with rows (roster, 10 columns)", checks);
}

void runInScratch(dir, [roster, forms, growth]);
