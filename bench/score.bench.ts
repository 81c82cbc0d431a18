import { spawnSync } from "child_process";
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as ExcelJS from "exceljs";
import { runScore } from "../src/cli/score";
import { putPart } from "../src/host/opc";
import { loadWorkbook, workbookBytes } from "../src/host/xlsx";
import type { PatchMode } from "../src/plan/patch";
import { rosterPackage } from "../test/support/rosterPackage";
import { median, report, round, runInScratch, sink, type Check } from "./harness";

/**
 * `kpi score` (open, recognise, score, plan, patch, save: `runScore`, the command without its
 * argument parsing) on a 2,000-person roster against reading and writing the same package, in
 * turns in the same run. The limit (2×, issue 14) is against ExcelJS's load and save of the file,
 * a full reading and writing of the package by a library that models it (the writer `kpi score`
 * used before). Beside it, two floors: the adapter's own reading of the package into Grids and
 * writing it back with every worksheet part written again (what `kpi score` cannot do without: the
 * rest is recognising, scoring and planning), and unzipping every part to its text and zipping them
 * again. Then 100,000 people, in a process of their own: the time and the peak memory. Rosters are
 * generated into the temp directory.
 */

const LIMIT = 2;
const PEOPLE = 2_000;
const LARGE = 100_000;
const REPEATS = 7;
const dir = mkdtempSync(join(tmpdir(), "kpi-score-bench-"));

/** Median milliseconds of each run, taken in turns (warm-up round first), so a slower spell of the
 * machine weighs on the baseline and the contenders alike. The contenders swap places each round,
 * so each follows the baseline (and its garbage) as often. */
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

/** The adapter's own reading (every worksheet to its Grid) and writing (every worksheet part
 * written again) of the package, without scoring: what `kpi score` cannot do without. */
async function adapterReadAndWrite(bytes: Uint8Array): Promise<number> {
  const read = await loadWorkbook(bytes, "roster.xlsx");
  if (!read.ok) throw new Error(read.issue.code);
  for (const state of read.workbook.sheets.values())
    if (state.scanned) putPart(read.workbook.pkg, state.part, state.scanned.xml);
  return (await workbookBytes(read.workbook)).length;
}

/** ExcelJS's own load and save of the file (the writer `kpi score` used before). */
async function exceljsLoadAndSave(bytes: Uint8Array): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

/** Reads every part of the package to its text and writes them all into a new package. */
async function readAndWrite(bytes: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    out.file(name, new TextEncoder().encode(await file.async("string")), {
      binary: true,
      createFolders: false,
    });
  }
  const written = await out.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
  return written.length;
}

async function roster(): Promise<boolean> {
  const bytes = await rosterPackage(PEOPLE);
  const file = join(dir, "roster.xlsx");
  writeFileSync(file, bytes);
  const score = (mode: PatchMode) => async (): Promise<number> => {
    const { patch } = await runScore({ file, output: join(dir, `${mode}.xlsx`), mode, overwrite: false });
    return patch.writes.length;
  };
  const [baseline, portable, values, adapter, floor] = (await timeInTurns([
    () => exceljsLoadAndSave(bytes),
    score("portable"),
    score("values"),
    () => adapterReadAndWrite(bytes),
    () => readAndWrite(bytes),
  ])) as [number, number, number, number, number];
  const beside = (ms: number) =>
    `${round(ms)} ms; ${round(ms / adapter)}× the adapter's reading + writing, ${round(ms / floor)}× unzip + zip`;
  const checks: Check[] = [
    { name: "ExcelJS load + save (baseline)", value: baseline, unit: " ms" },
    {
      name: "kpi score --mode portable / baseline",
      value: portable / baseline,
      unit: "×",
      limit: LIMIT,
      baseline: beside(portable),
    },
    {
      name: "kpi score --mode values / baseline",
      value: values / baseline,
      unit: "×",
      limit: LIMIT,
      baseline: beside(values),
    },
    { name: "the adapter reading the package into Grids and writing it back", value: adapter, unit: " ms" },
    { name: "unzip every part + zip them again", value: floor, unit: " ms" },
  ];
  return report(`kpi score on a ${PEOPLE.toLocaleString("en-US")}-person roster`, checks);
}

/** In a child process of its own: the large roster scored once, its time and peak memory. */
async function largeChild(): Promise<void> {
  const file = join(process.env.KPI_BENCH_DIR as string, "large.xlsx");
  const start = process.hrtime.bigint();
  const { patch } = await runScore({
    file,
    output: join(process.env.KPI_BENCH_DIR as string, "large-out.xlsx"),
    mode: "portable",
    overwrite: false,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(
    JSON.stringify({ ms, writes: patch.writes.length, rssKb: process.resourceUsage().maxRSS }),
  );
}

async function large(): Promise<boolean> {
  const bytes = await rosterPackage(LARGE);
  writeFileSync(join(dir, "large.xlsx"), bytes);
  const baseline = median([await timed(() => readAndWrite(bytes))]);
  const child = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, KPI_BENCH_CHILD: "large", KPI_BENCH_DIR: dir },
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const run = JSON.parse(child.stdout) as { ms: number; writes: number; rssKb: number };
  return report(
    `kpi score on a ${LARGE.toLocaleString("en-US")}-person roster (portable, a process of its own)`,
    [
      { name: "unzip every part + zip them again", value: baseline, unit: " ms" },
      {
        name: "kpi score",
        value: run.ms,
        unit: " ms",
        baseline: `${round(run.ms / baseline)}× the baseline, ${run.writes.toLocaleString("en-US")} cells`,
      },
      { name: "peak memory (resident)", value: run.rssKb / 1024, unit: " MB" },
    ],
  );
}

async function timed(run: () => Promise<number>): Promise<number> {
  const start = process.hrtime.bigint();
  sink.value += await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

if (process.env.KPI_BENCH_CHILD === "large") void largeChild();
else void runInScratch(dir, [roster, large]);
