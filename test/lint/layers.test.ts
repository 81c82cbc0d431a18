import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";

/**
 * The layer rules of eslint/layers.mjs on a small project laid out like src/: an upward import by
 * relative path, a package a pure layer may not load, an import loop, and imports that point down.
 */

const ROOT = join(__dirname, "..", "..");

const FILES: Record<string, string> = {
  "src/engine/rule.ts": "export const rule = 1;\n",
  "src/engine/up.ts": 'import { plan } from "../plan/plan";\nexport const up = plan;\n',
  "src/engine/ui.ts": 'import { useState } from "react";\nexport const ui = useState;\n',
  "src/engine/ping.ts": 'import { pong } from "./pong";\nexport const ping = () => pong;\n',
  "src/engine/pong.ts":
    'import type { ping } from "./ping";\nexport const pong = 1;\nexport type P = typeof ping;\n',
  "src/layout/peer.ts": 'import { fn } from "../functions/fn";\nexport const peer = fn;\n',
  "src/functions/fn.ts": 'import { rule } from "../engine/rule";\nexport const fn = rule;\n',
  "src/plan/plan.ts": 'import { rule } from "../engine/rule";\nexport const plan = rule;\n',
  "src/host/host.ts": 'import { plan } from "../plan/plan";\nimport "node:fs";\nexport const host = plan;\n',
};

function lint(): Array<{ file: string; rule: string; message: string }> {
  const dir = mkdtempSync(join(tmpdir(), "kpi-layers-"));
  try {
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeFileSync(
      join(dir, "eslint.config.mjs"),
      `import tseslint from ${JSON.stringify(join(ROOT, "node_modules", "typescript-eslint", "dist", "index.js"))};
import layers from ${JSON.stringify(join(ROOT, "eslint", "layers.mjs"))};
export default [{ files: ["src/**/*.ts"], languageOptions: { parser: tseslint.parser }, plugins: { layers },
  rules: { "layers/order": "error", "layers/no-cycle": "error" } }];
`,
    );
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", "src"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    const results = JSON.parse(run.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; message: string }>;
    }>;
    return results.flatMap((r) =>
      r.messages.map((m) => ({ file: r.filePath.slice(dir.length + 1), rule: m.ruleId, message: m.message })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the layers of src/, as lint rules", () => {
  const found = lint();
  const at = (file: string) => found.filter((f) => f.file === file).map((f) => f.rule);

  it("refuses an import of a higher layer by relative path", () => {
    expect(at("src/engine/up.ts")).toEqual(["layers/order"]);
  });

  it("refuses an import between peers (layout and functions)", () => {
    expect(at("src/layout/peer.ts")).toEqual(["layers/order"]);
  });

  it("refuses React in the engine, but lets an adapter read Node's file system", () => {
    expect(at("src/engine/ui.ts")).toEqual(["layers/order"]);
    expect(at("src/host/host.ts")).toEqual([]);
  });

  it("refuses an import loop, type-only imports included, naming the files along it", () => {
    expect(at("src/engine/ping.ts")).toEqual(["layers/no-cycle"]);
    expect(found.find((f) => f.file === "src/engine/ping.ts")?.message).toBe(
      "import loop: src/engine/ping.ts → src/engine/pong.ts → src/engine/ping.ts",
    );
  });

  it("lets imports point down", () => {
    expect([...at("src/plan/plan.ts"), ...at("src/functions/fn.ts"), ...at("src/engine/rule.ts")]).toEqual(
      [],
    );
  });
});
