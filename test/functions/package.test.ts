import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { enUSRules } from "../../src/i18n/en-US";
import { zhCNRules } from "../../src/i18n/zh-CN";
import { zhTWRules } from "../../src/i18n/zh-TW";
import { enUS } from "../../src/taskpane/strings/en-US";
import { zhCN } from "../../src/taskpane/strings/zh-CN";
import { zhTW } from "../../src/taskpane/strings/zh-TW";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");

class FakeError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

describe("the built add-in package", () => {
  beforeAll(() => {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "pipe" });
  });

  it("serves every file the manifest names", () => {
    const manifest = readFileSync(join(DIST, "manifest.xml"), "utf8");
    const files = [...manifest.matchAll(/https:\/\/localhost:3000\/([^"?#]+)/g)].map((m) => m[1] as string);
    expect(files).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "functions-zh-CN.json",
        "functions-zh-TW.json",
      ]),
    );
    for (const file of files) expect(existsSync(join(DIST, file))).toBe(true);
  });

  it("registers every function of functions.json when Excel loads functions.js, and they compute", () => {
    const associated: Record<string, (...args: unknown[]) => unknown> = {};
    const CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => (associated[id] = fn),
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
    runInNewContext(readFileSync(join(DIST, "functions.js"), "utf8"), { CustomFunctions });
    const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    expect(Object.keys(associated).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(associated.SCORE?.("95%", "≥90%得30分，80%-90%得20分", null, null)).toBe(30);
    expect(associated.BAND?.(0.85, [[0.7, 0.8, 0.9]], [[10, 20, 30]], null)).toBe(20);
    expect(() => associated.SCORE?.("abc", "≥90%得30分", null, null)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("无法识别“abc”") }),
    );
    expect(() => associated.SCORE?.(null, "≥90%得30分", null, null)).toThrow(
      expect.objectContaining({ code: "#N/A" }),
    );
  });

  it("hosts the runtime on a page with a strict content security policy and no other origin", () => {
    const page = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(page).toContain('http-equiv="Content-Security-Policy"');
    expect(page).toMatch(/connect-src 'self'/);
    expect(page).toContain('<script src="functions.js"></script>');
    const origins = [...page.matchAll(/https?:\/\/[^/"\s;]+/g)].map((m) => m[0]);
    expect([...new Set(origins)]).toEqual(["https://appsforoffice.microsoft.com"]);
    for (const id of ["band", "score", "ratio", "deduct", "level", "total", "grade", "coef", "pay", "num"])
      expect(page).toContain(`id="${id}"`);
  });

  it("ships the task pane's words in each language as chunks of their own, fetched by taskpane.js only when asked for", () => {
    const read = (file: string) => readFileSync(join(DIST, file), "utf8");
    // esbuild writes text outside ASCII as \uXXXX escapes
    const written = (word: string) =>
      word.replace(
        /[^\x20-\x7e]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
      );
    const relative = (from: string, to: string) => join(from.includes("/") ? "chunks" : "", to);
    // The files that load with taskpane.js: it and the chunks it imports statically, transitively.
    const initial = new Set<string>();
    const load = (file: string) => {
      if (initial.has(file)) return;
      initial.add(file);
      for (const m of read(file).matchAll(/from"\.\/([^"]+\.js)"/g)) load(relative(file, m[1] as string));
    };
    load("taskpane.js");
    const fetchedLater = [...read("taskpane.js").matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map(
      (m) => m[1] as string,
    );
    const atStart = [...initial].map(read).join("\n");
    for (const [locale, words, messages] of [
      ["zh-CN", zhCN, zhCNRules],
      ["zh-TW", zhTW, zhTWRules],
      ["en-US", enUS, enUSRules],
    ] as const) {
      const chunks = fetchedLater.filter((f) => f.startsWith(`chunks/${locale}-`));
      expect({ locale, chunks: chunks.length }).toEqual({ locale, chunks: 2 });
      for (const chunk of chunks) expect(existsSync(join(DIST, chunk))).toBe(true);
      const inChunks = chunks.map(read).join("\n");
      for (const sentence of [words.recognised, messages["rule.empty"]({})]) {
        expect({ locale, sentence, atStart: atStart.includes(written(sentence)) }).toEqual({
          locale,
          sentence,
          atStart: false,
        });
        expect(inChunks).toContain(written(sentence));
      }
    }
  });
});
