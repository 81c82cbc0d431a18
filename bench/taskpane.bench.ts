import { build, type BuildOptions } from "esbuild";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium } from "playwright-core";
import { gzipSync } from "zlib";
import { openWorkbook } from "../src/host/xlsx";
import { BROWSER_BUNDLE } from "../scripts/browser-bundle.mjs";
import { median, report, runInScratch, type Check } from "./harness";

/**
 * The task pane's budgets: its initial JavaScript (taskpane.js, as `npm run build` makes it)
 * gzipped, the custom functions' path free of React, and its first render in headless Chromium
 * against a blank page's load as the baseline.
 */

const ROOT = join(__dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "kpi-taskpane-bench-"));
const UI = /node_modules\/(react|react-dom|scheduler|@fluentui|@griffel)\//;
const BROWSER: BuildOptions = {
  ...(BROWSER_BUNDLE as BuildOptions),
  write: false,
  metafile: true,
};

async function bundles(): Promise<boolean> {
  const pane = await build({ ...BROWSER, entryPoints: [join(ROOT, "src/taskpane/index.tsx")] });
  const functions = await build({
    ...BROWSER,
    entryPoints: [join(ROOT, "src/functions/register.ts"), join(ROOT, "src/runtime/loader.ts")],
    outdir: dir,
  });
  const kb = (bytes: Uint8Array) => gzipSync(bytes).length / 1024;
  const ui = Object.keys(functions.metafile?.inputs ?? {}).filter((i) => UI.test(i));
  const checks: Check[] = [
    {
      name: "taskpane.js, gzipped",
      value: kb(pane.outputFiles?.[0]?.contents ?? new Uint8Array()),
      unit: " KB",
      limit: 300,
    },
    {
      name: "React / Fluent UI modules in functions.js + loader.js",
      value: ui.length,
      unit: "",
      limit: 0,
    },
  ];
  return report("Task pane bundles", checks);
}

async function firstRender(): Promise<boolean> {
  const opened = await openWorkbook(join(ROOT, "test/fixtures/live-ops-80-20.xlsx"));
  if (!opened.ok) throw new Error(opened.issue.code);
  writeFileSync(join(dir, "snapshot.json"), JSON.stringify(opened.snapshot));
  await build({
    ...BROWSER,
    write: true,
    stdin: {
      contents: `import { renderBench } from "./bench/taskpane-page";\nimport snapshot from ${JSON.stringify(join(dir, "snapshot.json"))};\nrenderBench(snapshot);`,
      resolveDir: ROOT,
      loader: "ts",
    },
    outfile: join(dir, "page.js"),
  });
  const html = (body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  writeFileSync(join(dir, "pane.html"), html('<div id="container"></div><script src="page.js"></script>'));
  writeFileSync(join(dir, "blank.html"), html(""));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  const times = { pane: [] as number[], blank: [] as number[] };
  try {
    for (let run = 0; run < 7; run++) {
      const page = await browser.newPage();
      await page.goto(`file://${join(dir, "blank.html")}`, { waitUntil: "load" });
      times.blank.push(await page.evaluate(() => performance.now()));
      await page.goto(`file://${join(dir, "pane.html")}`, { waitUntil: "commit" });
      // The first render that matters: every recognised item on screen.
      await page.waitForSelector("ul[aria-label] > li >> nth=18");
      times.pane.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const blank = median(times.blank);
  return report("First render in headless Chromium (live-ops-80-20, 19 items)", [
    {
      name: "task pane with every item shown",
      value: median(times.pane),
      unit: " ms",
      limit: 1000,
      baseline: `blank page ${Math.round(blank)} ms`,
    },
  ]);
}

void runInScratch(dir, [bundles, firstRender]);
