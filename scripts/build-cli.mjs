// Bundles the `kpi` command into one file: fast to start, no TypeScript at run time.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/bin.ts"],
  outfile: "lib/kpi.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
