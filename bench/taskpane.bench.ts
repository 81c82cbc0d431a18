import { build, type BuildOptions, type BuildResult } from "esbuild";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { chromium } from "playwright-core";
import { gzipSync } from "zlib";
import { openWorkbook } from "../src/host/xlsx";
import { BROWSER_BUNDLE, PANE_BUNDLE } from "../scripts/browser-bundle.mjs";
import { serveStatic } from "../scripts/static.mjs";
import { median, report, runInScratch, type Check } from "./harness";

/**
 * The task pane's budgets: its initial JavaScript gzipped (taskpane.js as `npm run build` makes it,
 * every chunk it imports statically, and the chunks of its user's locale, which it awaits before its
 * first render; the largest of the three locales), the custom functions' path free of React, and
 * its first render in headless Chromium against a blank page's load as the baseline.
 */

const ROOT = join(__dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "kpi-taskpane-bench-"));
const UI = /node_modules\/(react|react-dom|scheduler|@fluentui|@griffel)\//;
const BROWSER: BuildOptions = {
  ...(BROWSER_BUNDLE as BuildOptions),
  write: false,
  metafile: true,
};

const LOCALES = ["zh-CN", "zh-TW", "en-US"] as const;

/** The files a page fetches before the pane's first render, in the user's locale, and every file
 * the build writes (chunks fetched later included). */
function paneFiles(result: BuildResult<{ metafile: true; write: false }>, locale: string) {
  const outputs = result.metafile.outputs;
  const named = (entryPoint: string) =>
    Object.keys(outputs).find((o) => outputs[o]?.entryPoint === entryPoint);
  const initial = new Set<string>();
  // Static imports load with the file that names them; dynamic ones only when their code runs.
  const add = (file: string | undefined) => {
    if (file === undefined || initial.has(file)) return;
    initial.add(file);
    for (const i of outputs[file]?.imports ?? []) if (i.kind === "import-statement") add(i.path);
  };
  add(named("src/taskpane/index.tsx"));
  add(named(`src/i18n/${locale}.ts`));
  add(named(`src/taskpane/strings/${locale}.ts`));
  return initial;
}

async function bundles(): Promise<boolean> {
  const pane = await build({
    ...(PANE_BUNDLE as BuildOptions),
    write: false,
    metafile: true,
    absWorkingDir: ROOT,
    entryPoints: { taskpane: "src/taskpane/index.tsx" },
    outdir: "dist",
  });
  const gzipped = new Map(
    pane.outputFiles.map((f) => [relative(ROOT, f.path), gzipSync(f.contents).length / 1024]),
  );
  const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + (gzipped.get(f) ?? NaN), 0);
  const initial = LOCALES.map((locale) => ({ locale, kb: total(paneFiles(pane, locale)) }));
  const largest = initial.reduce((a, b) => (b.kb > a.kb ? b : a));
  const functions = await build({
    ...BROWSER,
    entryPoints: [join(ROOT, "src/functions/register.ts"), join(ROOT, "src/runtime/loader.ts")],
    outdir: dir,
  });
  const ui = Object.keys(functions.metafile?.inputs ?? {}).filter((i) => UI.test(i));
  const checks: Check[] = [
    {
      name: `task pane's initial load (taskpane.js + its static chunks + its locale's chunks, ${largest.locale}), gzipped`,
      value: largest.kb,
      unit: " KB",
      limit: 300,
      baseline: `${initial.map((i) => `${i.locale} ${i.kb.toFixed(1)}`).join(", ")}; all ${gzipped.size} files ${total(gzipped.keys()).toFixed(1)} KB`,
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
  // Built as the pane ships (a module and its chunks, its locale fetched before the render) and
  // served over http, as modules need.
  writeFileSync(
    join(dir, "entry.ts"),
    `import { renderBench } from ${JSON.stringify(join(ROOT, "bench/taskpane-page"))};\nimport snapshot from "./snapshot.json";\nvoid renderBench(snapshot);`,
  );
  await build({
    ...(PANE_BUNDLE as BuildOptions),
    entryPoints: { page: join(dir, "entry.ts") },
    outdir: join(dir, "site"),
  });
  const html = (body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  writeFileSync(
    join(dir, "site", "pane.html"),
    html('<div id="container"></div><script type="module" src="page.js"></script>'),
  );
  writeFileSync(join(dir, "site", "blank.html"), html(""));
  const site = await serveStatic(join(dir, "site"));
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
      await page.goto(`${site.url}blank.html`, { waitUntil: "load" });
      times.blank.push(await page.evaluate(() => performance.now()));
      await page.goto(`${site.url}pane.html`, { waitUntil: "commit" });
      // The first render that matters: every recognised item on screen.
      await page.waitForSelector("ul[aria-label] > li >> nth=18");
      times.pane.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
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
