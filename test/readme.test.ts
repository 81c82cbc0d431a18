import { cpSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { kpi, ROOT } from "./cli/kpi";

/**
 * Every `kpi` example of the README, run as written (in a folder holding a copy of the fixtures,
 * so that what they write stays out of the clone) and compared with the output the README shows:
 * `…` stands for what the README leaves out, JSON may be broken over lines. The examples run in
 * order: `kpi undo` undoes what the `kpi score` above it wrote.
 */

interface Example {
  command: string;
  args: string[];
  shown: string;
}

/** The words of a shell command line: blanks split, double quotes group. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|(\S+)/g)) out.push(m[1] ?? (m[2] as string));
  return out;
}

function examples(readme: string): Example[] {
  const out: Example[] = [];
  for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
    const lines = (block[1] as string).split("\n");
    let current: Example | null = null;
    for (const line of lines) {
      if (line.startsWith("$ ")) {
        const [npx, kpiWord, ...args] = words(line.slice(2));
        if (npx !== "npx" || kpiWord !== "kpi") throw new Error(`not a kpi example: ${line}`);
        current = { command: line.slice(2), args, shown: "" };
        out.push(current);
      } else if (current && line !== "") current.shown += `${current.shown ? "\n" : ""}${line}`;
    }
  }
  return out;
}

/** The README's output as a pattern: `…` any text, JSON's line breaks and indents left out. */
function pattern(shown: string): RegExp {
  const text = shown.startsWith("{")
    ? shown
        .split("\n")
        .map((l) => l.trim())
        .join("")
    : shown;
  const parts = text.split("…").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\s\\S]*?")}$`);
}

const all = examples(readFileSync(join(ROOT, "README.md"), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "kpi-readme-"));
cpSync(join(ROOT, "test", "fixtures"), join(dir, "test", "fixtures"), { recursive: true });

describe("the README's kpi examples print what the README shows", () => {
  it("finds them", () => expect(all.length).toBeGreaterThanOrEqual(7));

  const cwd = process.cwd();
  beforeAll(() => process.chdir(dir));
  afterAll(() => process.chdir(cwd));

  it.each(all.map((e): [string, Example] => [e.command, e]))("%s", async (_, example) => {
    const run = await kpi(...example.args);
    expect(run.stderr).toBe("");
    expect(run.stdout.trimEnd()).toMatch(pattern(example.shown));
  });
});
