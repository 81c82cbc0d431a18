// `npm run build`: the deployable add-in in dist/ — functions.js (the KPI functions and the engine,
// no UI), loader.js, taskpane.js and its chunks/, the metadata in three languages, the runtime page
// with the function reference, help.html, the manifest and the icons.
import { build } from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { BROWSER_BUNDLE, PANE_BUNDLE } from "./browser-bundle.mjs";
import { writeMetadata } from "./metadata.mjs";
import { renderHelp } from "./help.mjs";

const out = "dist";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Two classic scripts and a module: functions.js carries no UI; loader.js loads taskpane.js (React
// and Fluent UI, an ES module) only when the task pane is shown (src/runtime/loader.ts), and
// taskpane.js fetches its chunks (dist/chunks/: the user's locale first, rarer parts when first
// shown) from the same origin.
await build({
  entryPoints: { functions: "src/functions/register.ts", loader: "src/runtime/loader.ts" },
  outdir: out,
  ...BROWSER_BUNDLE,
});
await build({ entryPoints: { taskpane: "src/taskpane/index.tsx" }, outdir: out, ...PANE_BUNDLE });

await writeMetadata(`${out}/functions.json`);
const metadata = { "en-US": JSON.parse(readFileSync(`${out}/functions.json`, "utf8")) };
for (const locale of ["zh-CN", "zh-TW"]) {
  cpSync(`src/functions/functions-${locale}.json`, `${out}/functions-${locale}.json`);
  metadata[locale] = JSON.parse(readFileSync(`src/functions/functions-${locale}.json`, "utf8"));
}

const page = readFileSync("src/runtime/taskpane.html", "utf8");
writeFileSync(`${out}/taskpane.html`, page.replace("<!-- reference -->", renderHelp(metadata)));
writeFileSync(
  `${out}/help.html`,
  page
    .replace("<!-- reference -->", renderHelp(metadata))
    .replace(/<script[^>]*office\.js[^>]*><\/script>\s*/, "")
    .replace(/<script[^>]*loader\.js[^>]*><\/script>\s*/, ""),
);
cpSync("assets", `${out}/assets`, { recursive: true });
cpSync("manifest.xml", `${out}/manifest.xml`);
console.log(`built ${out}/`);
