import * as ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readFileSync } from "fs";
import { loadWorkbook } from "../src/host/xlsx";
import type { Grid } from "../src/layout/grid";
import { recognize } from "../src/layout/recognize";
import { median, report, round, runInScratch, timeIt, type Check } from "./harness";

/**
 * Recognising a workbook (the layout recogniser on the Grids the xlsx adapter read) against
 * ExcelJS's own load of the same file, the baseline: at most 25% of it (issue 4). The adapter's
 * reading itself is measured in bench/xlsx.bench.ts. The workbooks are
 * built in the temp directory from the shapes of test/fixtures, never kept: a 5,000-row roster in the
 * layout of `roster-live-team` and 200 copies of the `live-ops-manager` form sheet.
 */

const LIMIT = 0.25;
const FIXTURES = join(__dirname, "..", "test", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "kpi-layout-bench-"));

async function fixture(name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(FIXTURES, `${name}.xlsx`));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${name}.xlsx has no sheet`);
  return sheet;
}

/** A roster of `rows` people under the title, header, 权重 and 评分标准 rows of roster-live-team,
 * its seven people repeated (names numbered), then its grade text and footer. */
async function writeRoster(rows: number): Promise<string> {
  const source = await fixture("roster-live-team");
  const path = join(dir, `roster-${rows}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(source.name);
  const copyRow = (from: number, to: number, values?: ExcelJS.CellValue[]): void => {
    const src = source.getRow(from);
    const dst = ws.getRow(to);
    src.eachCell({ includeEmpty: false }, (cell, c) => {
      const target = dst.getCell(c);
      target.value = values?.[c] !== undefined ? (values[c] as ExcelJS.CellValue) : cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
    });
  };
  for (let r = 1; r <= 4; r++) copyRow(r, r);
  ws.mergeCells("A1:J1");
  ws.mergeCells("A3:C3");
  ws.mergeCells("A4:C4");
  for (let i = 0; i < rows; i++) {
    const values: ExcelJS.CellValue[] = [];
    values[1] = i + 1;
    values[2] = `员工${i + 1}`;
    copyRow(5 + (i % 7), 5 + i, values);
  }
  const after = 5 + rows + 1;
  copyRow(13, after);
  copyRow(14, after + 1);
  ws.mergeCells(`A${after}:J${after}`);
  ws.mergeCells(`A${after + 1}:J${after + 1}`);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** A workbook of `sheets` copies of the live-ops-manager form sheet (merges, formats and all). */
async function writeForms(sheets: number): Promise<string> {
  const source = await fixture("live-ops-manager");
  const path = join(dir, `forms-${sheets}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  for (let s = 1; s <= sheets; s++) {
    const ws = workbook.addWorksheet(`员工${String(s).padStart(3, "0")}`);
    const model = source.model as ExcelJS.WorksheetModel & { merges: string[] };
    ws.model = { ...model, mergeCells: model.merges } as unknown as ExcelJS.WorksheetModel;
    ws.name = `员工${String(s).padStart(3, "0")}`;
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

/** What one recognition found, so the bench fails loudly if the generated file is misread. */
function found(grids: readonly Grid[]): { forms: number; items: number; people: number } {
  const out = { forms: 0, items: 0, people: 0 };
  for (const sheet of recognize(grids).layout.sheets) {
    if (sheet.kind === "form") out.forms++;
    for (const t of sheet.tables ?? []) {
      if ("items" in t) out.items += t.items.length;
      else out.people += t.people.length;
    }
  }
  return out;
}

interface Timing {
  load: number;
  recognise: number;
  /** Median over the rounds of recognise / load, each round timed back to back so that the load
   * of the machine weighs on both sides alike. */
  ratio: number;
}

const elapsed = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Rounds of: ExcelJS readFile, then recognize (the median of three runs) on the Grids the
 * adapter read from the same file. Medians of each, and of the per-round ratio. */
async function measure(path: string, rounds: number): Promise<Timing & { grids: Grid[] }> {
  await new ExcelJS.Workbook().xlsx.readFile(path); // warm-up
  const read = await loadWorkbook(readFileSync(path), path);
  if (!read.ok) throw new Error(`${path}: ${read.issue.code}`);
  const grids = read.snapshot.grids;
  const loads: number[] = [];
  const recognises: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    await new ExcelJS.Workbook().xlsx.readFile(path);
    const load = elapsed(start);
    // Each run on Grids of its own, as each reading gives: what the recogniser derives from a Grid
    // once (its cells' formats and formulas by number) is paid every time.
    const fresh = Array.from({ length: 6 }, () =>
      grids.map((g) => ({ ...g, formats: { ...g.formats }, formulas: { ...g.formulas } })),
    );
    const recognise = timeIt(() => recognize(fresh.pop() as Grid[]).layout.sheets.length, 3);
    loads.push(load);
    recognises.push(recognise);
    ratios.push(recognise / load);
  }
  return { load: median(loads), recognise: median(recognises), ratio: median(ratios), grids };
}

function ratioChecks(t: Timing): Check[] {
  return [
    { name: "ExcelJS readFile (baseline)", value: t.load, unit: " ms" },
    { name: "recognize (layout)", value: t.recognise, unit: " ms" },
    {
      name: "recognize / load (median of rounds)",
      value: t.ratio,
      unit: "×",
      limit: LIMIT,
      baseline: `${round((t.recognise / t.load) * 100)}% of the load`,
    },
  ];
}

async function roster(): Promise<boolean> {
  const t = await measure(await writeRoster(5_000), 7);
  const f = found(t.grids);
  if (f.people !== 5_000) throw new Error(`roster: ${f.people} people recognised, 5000 written`);
  return report("A 5,000-row roster (roster-live-team layout)", ratioChecks(t));
}

async function forms(): Promise<boolean> {
  const t = await measure(await writeForms(200), 7);
  const f = found(t.grids);
  if (f.forms !== 200 || f.items !== 200 * 7)
    throw new Error(`forms: ${f.forms} forms / ${f.items} items recognised, 200 / 1400 written`);
  return report("200 form sheets (live-ops-manager copied)", ratioChecks(t));
}

async function growth(): Promise<boolean> {
  const sizes = [1_000, 5_000, 20_000];
  const perRow: number[] = [];
  const checks: Check[] = [];
  for (const rows of sizes) {
    const t = await measure(await writeRoster(rows), 3);
    perRow.push((t.recognise / rows) * 1000);
    checks.push({
      name: `${rows.toLocaleString("en-US")} rows: recognize per row`,
      value: (t.recognise / rows) * 1000,
      unit: " µs",
      baseline: `recognize ${round(t.recognise)} ms, ${round((t.recognise / t.load) * 100)}% of the load (${round(t.load)} ms)`,
    });
  }
  // Linear growth keeps the cost per row about constant; a quadratic step would be 20× here.
  checks.push({
    name: "recognize per row at 20,000 rows / at 1,000 rows",
    value: (perRow[2] as number) / (perRow[0] as number),
    unit: "×",
    limit: 3,
  });
  return report("Growth with rows (roster)", checks);
}

void runInScratch(dir, [roster, forms, growth]);
