// `npm run bench`: bundles each bench/*.bench.ts and runs it in its own Node process.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeMetadata } from "./metadata.mjs";

const only = process.argv[2];
// The functions bench registers the KPI functions from the generated metadata, as the tests do.
await writeMetadata("test-artifacts/functions.json");
const out = mkdtempSync(join(tmpdir(), "kpi-bench-"));
const benches = readdirSync("bench").filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)));
let failed = false;
for (const file of benches) {
  const outfile = join(out, file.replace(/\.ts$/, ".cjs"));
  await build({
    entryPoints: [join("bench", file)],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    logLevel: "warning",
    define: { __dirname: JSON.stringify(join(process.cwd(), "bench")) },
    // The task-pane bench drives esbuild and Chromium: both stay packages, found through NODE_PATH.
    external: ["esbuild", "playwright-core"],
  });
  console.log(`\n# ${file}`);
  try {
    execFileSync(process.execPath, [outfile], {
      stdio: "inherit",
      env: { ...process.env, NODE_PATH: join(process.cwd(), "node_modules") },
    });
  } catch {
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
