// `npm run accuracy`: bundles test/rules/accuracy.ts and test/layout/accuracy.ts and prints how
// the rule parser reads the real rule texts (by part) and the layout recogniser's accuracy over the
// fixtures and the real corpus.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Gives every bundled module its own __dirname, as Node would. */
const dirnames = {
  name: "dirnames",
  setup(b) {
    b.onLoad({ filter: /[\\/]test[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      return {
        contents: `const __dirname = ${JSON.stringify(dirname(args.path))};\n${source}`,
        loader: "ts",
      };
    });
  },
};

const out = mkdtempSync(join(tmpdir(), "kpi-accuracy-"));
const outfile = join(out, "accuracy.cjs");
try {
  await build({
    stdin: {
      contents:
        'import { main } from "./test/layout/accuracy";\nimport { rulesReport } from "./test/rules/accuracy";\n' +
        "console.log(`Real rule texts (right / unsure or refused / confidently wrong):\\n${rulesReport()}\\n`);\nvoid main();\n",
      resolveDir: process.cwd(),
      sourcefile: "accuracy-entry.ts",
      loader: "ts",
    },
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    logLevel: "warning",
    // Each test module reads its data beside it: one __dirname cannot serve both, so each gets its own.
    plugins: [dirnames],
  });
  execFileSync(process.execPath, [outfile], { stdio: "inherit" });
} catch {
  process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
