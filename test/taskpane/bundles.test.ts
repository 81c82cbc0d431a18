import { build } from "esbuild";
import { readFileSync } from "fs";
import { join } from "path";

// Bundling React and Fluent UI takes a few seconds.
jest.setTimeout(30_000);

const ROOT = join(__dirname, "..", "..");
const UI = /node_modules\/(react|react-dom|scheduler|@fluentui|@griffel)\//;

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    format: "iife",
    platform: "browser",
    jsx: "automatic",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("the shared-runtime page", () => {
  it("loads the KPI functions and a loader without React; the task pane's UI only through the loader", async () => {
    const page = readFileSync(join(ROOT, "src", "runtime", "taskpane.html"), "utf8");
    const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "loader.js",
    ]);
    expect((await inputsOf("src/functions/register.ts")).filter((i) => UI.test(i))).toEqual([]);
    // The loader, what it runs on start (re-entering KPI formulas) and the sentence it shows when
    // the pane cannot be fetched: no imports of their own.
    expect(await inputsOf("src/runtime/loader.ts")).toEqual([
      "src/host/officeRebind.ts",
      "src/i18n/locale.ts",
      "src/i18n/unavailable.ts",
      "src/runtime/loader.ts",
    ]);
    expect(readFileSync(join(ROOT, "src", "runtime", "loader.ts"), "utf8")).toContain('"taskpane.js"');
  });

  it("keeps ExcelJS out of the task pane: the workbook is Excel's own, reached through Office.js", async () => {
    const inputs = await inputsOf("src/taskpane/index.tsx");
    expect(inputs.filter((i) => /node_modules\/exceljs\//.test(i))).toEqual([]);
    expect(inputs.some((i) => i.includes("node_modules/react-dom/"))).toBe(true);
  });
});
