// `npm run demo`: builds the demo page (the task pane beside a sheet grid, on a workbook in memory:
// no Excel) into dist/demo and serves it on http://127.0.0.1 at a free port. The browser tests and
// the bench use `buildDemo` and `serveStatic` (scripts/static.mjs) too.
import { build } from "esbuild";
import { PANE_BUNDLE } from "./browser-bundle.mjs";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serveStatic } from "./static.mjs";

export const DEMO_DIR = "dist/demo";
const SAMPLE = "test/fixtures/live-ops-80-20.xlsx";

/** The demo's bundle carries the xlsx adapter (JSZip) and React: the workbook never leaves the page.
 * It is built as the task pane is (an ES module and its chunks), so the browser tests load the pane's
 * parts as Excel does. */
export async function buildDemo(out = DEMO_DIR) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { demo: "src/demo/index.tsx" },
    outdir: out,
    ...PANE_BUNDLE,
    // Only `readWorkbook` and `openWorkbook` (files on disk, the CLI) import these, on use.
    external: ["fs/promises", "path"],
  });
  cpSync("src/demo/demo.html", join(out, "index.html"));
  cpSync(SAMPLE, join(out, "live-ops-80-20.xlsx"));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const out = await buildDemo();
  const { url } = await serveStatic(out, Number(process.env.PORT ?? 0));
  console.log(`KPI demo (no Excel needed): ${url}`);
  console.log("Press Ctrl+C to stop.");
}
