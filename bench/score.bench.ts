import * as ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runScore } from "../src/cli/score";
import type { PatchMode } from "../src/plan/patch";
import { writeScoredRoster } from "../test/libreoffice/roster";
import { median, report, round, runInScratch, sink, type Check } from "./harness";

/**
 * `kpi score` on a 2,000-person roster (open, recognise, score, plan, apply, save: `runScore`, the
 * command without its argument parsing) against ExcelJS's own load and save of the same file, the
 * baseline: at most 2× (issue 5). Portable mode writes a formula into each person's total and grade
 * cells, values mode numbers. The roster is generated into the temp directory, never kept.
 */

const LIMIT = 2;
const PEOPLE = 2_000;
const REPEATS = 7;
const dir = mkdtempSync(join(tmpdir(), "kpi-score-bench-"));

/** Median milliseconds of each run, taken in turns (warm-up round first), so a slower spell of the
 * machine weighs on the baseline and the contenders alike. A run pays for the garbage the one
 * before it left: the baseline goes first and the contenders swap places each round, so each
 * follows the baseline as often. */
async function timeInTurns(runs: ReadonlyArray<() => Promise<number>>): Promise<number[]> {
  const samples = runs.map((): number[] => []);
  const contenders = runs.map((_, i) => i).slice(1);
  for (let round = -1; round < REPEATS; round++)
    for (const i of [0, ...(round % 2 === 0 ? contenders : [...contenders].reverse())]) {
      const start = process.hrtime.bigint();
      sink.value += await (runs[i] as () => Promise<number>)();
      if (round >= 0) samples[i]?.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  return samples.map(median);
}

async function roster(): Promise<boolean> {
  const file = await writeScoredRoster(join(dir, "roster.xlsx"), PEOPLE);
  const loadAndSave = async (): Promise<number> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    await workbook.xlsx.writeFile(join(dir, "exceljs.xlsx"));
    return workbook.worksheets.length;
  };
  const score = (mode: PatchMode) => async (): Promise<number> => {
    const { patch } = await runScore({ file, output: join(dir, `${mode}.xlsx`), mode, overwrite: false });
    return patch.writes.length;
  };
  const [baseline, portable, values] = (await timeInTurns([
    loadAndSave,
    score("portable"),
    score("values"),
  ])) as [number, number, number];
  const checks: Check[] = [
    { name: "ExcelJS readFile + writeFile (baseline)", value: baseline, unit: " ms" },
    {
      name: "kpi score --mode portable / baseline",
      value: portable / baseline,
      unit: "×",
      limit: LIMIT,
      baseline: `${round(portable)} ms`,
    },
    {
      name: "kpi score --mode values / baseline",
      value: values / baseline,
      unit: "×",
      limit: LIMIT,
      baseline: `${round(values)} ms`,
    },
  ];
  return report(`kpi score on a ${PEOPLE.toLocaleString("en-US")}-person roster`, checks);
}

void runInScratch(dir, [roster]);
