// `npm run accuracy`: bundles test/layout/accuracy.ts and prints the layout recogniser's accuracy
// over the fixtures and the real corpus.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const out = mkdtempSync(join(tmpdir(), "kpi-accuracy-"));
const outfile = join(out, "accuracy.cjs");
try {
  await build({
    stdin: {
      contents: 'import { main } from "./test/layout/accuracy";\nvoid main();\n',
      resolveDir: process.cwd(),
      sourcefile: "accuracy-entry.ts",
      loader: "ts",
    },
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    logLevel: "warning",
    define: { __dirname: JSON.stringify(join(process.cwd(), "test", "layout")) },
  });
  execFileSync(process.execPath, [outfile], { stdio: "inherit" });
} catch {
  process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
