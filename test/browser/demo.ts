import { spawn, type ChildProcess } from "child_process";
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { chromium, type Browser, type Page } from "playwright-core";

/**
 * What the browser tests share: `npm run demo` started as a user starts it, Debian's Chromium
 * driven by playwright-core, and a page that records every console error and every request that
 * leaves localhost.
 */

export const ROOT = join(__dirname, "..", "..");
export const SCREENSHOTS = join(ROOT, "test-artifacts", "screenshots");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Demo {
  url: string;
  stop(): void;
}

/** Runs `node scripts/demo.mjs` (what `npm run demo` runs) and waits for the URL it prints. */
export function startDemo(): Promise<Demo> {
  const child: ChildProcess = spawn(process.execPath, ["scripts/demo.mjs"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) resolve({ url, stop: () => child.kill() });
    });
    child.on("exit", (code) => reject(new Error(`the demo exited (${code}) before serving:\n${out}`)));
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Requests to anywhere but the demo's own server. */
  outside: string[];
  screenshot(name: string): Promise<void>;
}

export async function openPage(browser: Browser, url: string): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  // Every step of the flow takes well under a second: a wait this long is a failure.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const outside: string[] = [];
  const origin = new URL(url).origin;
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    const at = r.url();
    if (!at.startsWith(`${origin}/`) && !at.startsWith("data:") && !at.startsWith("blob:")) outside.push(at);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    errors,
    outside,
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: "disabled" });
    },
  };
}

/**
 * Runs axe-core in the page (evaluated, not injected as a script, so the page's CSP stays on).
 * Fluent's focus manager (Tabster) adds aria-hidden `<i tabindex=0 data-tabster-dummy>` guards that
 * only pass focus on, by design (microsoft/tabster#288); axe reads them as focusable hidden
 * content, so they are left out of the scan, and only they.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(`${source};0`);
  return page.evaluate(async () => {
    type Violation = { id: string; help: string; nodes: { target: string[] }[] };
    type Context = { exclude: string[][] };
    const axe = (
      window as unknown as { axe: { run(context: Context): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  });
}
