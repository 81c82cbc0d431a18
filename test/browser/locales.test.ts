import type { Browser } from "playwright-core";
import type { Locale } from "../../src/i18n";
import { DEMO_STRINGS } from "../../src/demo/strings";
import { UNAVAILABLE } from "../../src/i18n/unavailable";
import { enUS } from "../../src/taskpane/strings/en-US";
import { zhCN } from "../../src/taskpane/strings/zh-CN";
import { zhTW } from "../../src/taskpane/strings/zh-TW";
import { launchChromium, openPage, startDemo, type Demo } from "./demo";

/**
 * The pane downloads the words of its user's language only (src/taskpane/locale.ts): each
 * locale's chunks are fetched before the first render, the other two only when the user picks
 * another language, and the pane then speaks it.
 */

jest.setTimeout(60_000);

const LOCALES: readonly Locale[] = ["zh-CN", "zh-TW", "en-US"];
const WORDS = { "zh-CN": zhCN, "zh-TW": zhTW, "en-US": enUS };
const OTHER: Record<Locale, Locale> = { "zh-CN": "en-US", "zh-TW": "zh-CN", "en-US": "zh-TW" };

let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  demo?.stop();
});

/** The locales whose chunks (chunks/<locale>-<hash>.js) were requested, one entry per chunk. */
const localeChunks = (urls: readonly string[]): string[] =>
  urls
    .map((url) => /\/chunks\/(zh-CN|zh-TW|en-US)-[^/]+\.js$/.exec(url)?.[1])
    .filter((l): l is string => l !== undefined)
    .sort();

describe("the pane in each display language", () => {
  it.each(LOCALES)(
    "loads only the %s words before showing the workbook, another language when chosen",
    async (locale) => {
      const watched = await openPage(browser, demo.url);
      const { page } = watched;
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      await page.goto(`${demo.url}?lang=${locale}`);
      const pane = page.locator("main");
      await pane.getByRole("heading", { name: WORDS[locale].recognised }).waitFor();
      expect(await pane.getAttribute("lang")).toBe(locale);
      expect(await pane.getByRole("button", { name: WORDS[locale].score, exact: true }).count()).toBe(1);
      // The workbook's messages and the pane's words: two chunks of this locale, none of another.
      expect(localeChunks(requested)).toEqual([locale, locale]);

      const other = OTHER[locale];
      await page.getByLabel(DEMO_STRINGS[locale].language).selectOption(other);
      await pane.getByRole("heading", { name: WORDS[other].recognised }).waitFor();
      expect(await pane.getAttribute("lang")).toBe(other);
      expect(await pane.getByRole("list", { name: WORDS[other].items }).locator("> li").count()).toBe(19);
      expect(localeChunks(requested)).toEqual([locale, locale, other, other].sort());
      expect(watched.errors).toEqual([]);
      expect(watched.outside).toEqual([]);
      await page.close();
    },
  );
});

describe("a pane whose words cannot be fetched (the connection to the add-in's server dropped)", () => {
  it.each(LOCALES)("says so in %s, in the pane's place, instead of staying blank", async (locale) => {
    const watched = await openPage(browser, demo.url);
    const { page } = watched;
    await page.route(/\/chunks\/(zh-CN|zh-TW|en-US)-[^/]+\.js$/, (route) => route.abort("failed"));
    await page.goto(`${demo.url}?lang=${locale}`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe(UNAVAILABLE[locale]);
    expect(await alert.getAttribute("lang")).toBe(locale);
    expect(await page.locator("main").count()).toBe(0);
    await page.close();
  });
});
