import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadWorkbook } from "../src/host/xlsx";
import { writeRoster as writeRosterTo } from "../test/support/roster";
import { median, report, round, runInScratch, sink, type Check } from "./harness";

/**
 * The xlsx adapter's reading (a package to one Grid per worksheet) against ExcelJS's own load of
 * the same file, the baseline: at most as long (it reads straight from the parts, ExcelJS builds
 * its whole model), and beside it the floor any reader pays, unzipping every part to its text.
 * Workbooks are generated into the temp directory, never kept.
 */

const LIMIT = 1;
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

/** Median milliseconds of each way of reading the file, taken in turns (warm-up round first). */
async function measure(
  path: string,
  rounds: number,
): Promise<{ exceljs: number; adapter: number; unzip: number }> {
  const bytes = readFileSync(path);
  const ways = {
    exceljs: async () =>
      (await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).worksheets.length,
    adapter: async () => {
      const read = await loadWorkbook(bytes, path);
      return read.ok ? read.snapshot.grids.reduce((n, g) => n + g.rows, 0) : -1;
    },
    unzip: async () => {
      const zip = await JSZip.loadAsync(bytes);
      let n = 0;
      for (const file of Object.values(zip.files)) if (!file.dir) n += (await file.async("string")).length;
      return n;
    },
  };
  const samples: Record<keyof typeof ways, number[]> = { exceljs: [], adapter: [], unzip: [] };
  for (let round = -1; round < rounds; round++)
    for (const name of Object.keys(ways) as Array<keyof typeof ways>) {
      const start = process.hrtime.bigint();
      sink.value += await ways[name]();
      if (round >= 0) samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  return { exceljs: median(samples.exceljs), adapter: median(samples.adapter), unzip: median(samples.unzip) };
}

function readChecks(t: { exceljs: number; adapter: number; unzip: number }): Check[] {
  return [
    { name: "ExcelJS load (baseline)", value: t.exceljs, unit: " ms" },
    { name: "unzipping every part to its text (the floor)", value: t.unzip, unit: " ms" },
    {
      name: "the adapter's reading / ExcelJS load",
      value: t.adapter / t.exceljs,
      unit: "×",
      limit: LIMIT,
      baseline: `${round(t.adapter)} ms, ${round(t.adapter / t.unzip)}× the unzipping`,
    },
  ];
}

async function roster(): Promise<boolean> {
  return report("A 5,000-row roster (10 columns)", readChecks(await measure(await writeRoster(5_000), 5)));
}

async function forms(): Promise<boolean> {
  return report(
    "200 form sheets (16 rows, merges, formulas)",
    readChecks(await measure(await writeForms(200), 5)),
  );
}

async function growth(): Promise<boolean> {
  const sizes = [1_000, 5_000, 20_000];
  const perRow: number[] = [];
  const checks: Check[] = [];
  for (const rows of sizes) {
    const t = await measure(await writeRoster(rows), 3);
    perRow.push((t.adapter / rows) * 1000);
    checks.push({
      name: `${rows.toLocaleString("en-US")} rows: reading per row`,
      value: (t.adapter / rows) * 1000,
      unit: " µs",
      baseline: `reading ${round(t.adapter)} ms, ExcelJS load ${round(t.exceljs)} ms`,
    });
  }
  // A reading that went quadratic would cost 20× per row here.
  checks.push({
    name: "per-row cost at 20,000 rows / at 1,000 rows",
    value: (perRow[2] as number) / (perRow[0] as number),
    unit: "×",
    limit: 4,
  });
  return report("Growth with rows (roster, 10 columns)", checks);
}

void runInScratch(dir, [roster, forms, growth]);
