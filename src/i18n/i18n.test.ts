import { IssueCode, StepCode } from "../engine/issue";
import { explain, message, toLocale } from ".";

describe("messages in the user's language", () => {
  it.each(["zh-CN", "zh-TW", "en-US"] as const)("has a sentence for every issue and step in %s", (locale) => {
    const params = { input: "abc", actual: "95%", band: "≥90%", score: 30 };
    const items = [
      ...IssueCode.options.map((code) => ({ code, params })),
      ...StepCode.options.map((code) => ({ code, params })),
    ];
    for (const item of items) expect(message(item, locale).length).toBeGreaterThan(1);
  });

  it("names the problem input in Chinese", () => {
    expect(message({ code: "quantity.unparseable", params: { input: "abc" } })).toContain("无法识别“abc”");
    expect(message({ code: "quantity.unparseable", params: { input: "abc" } }, "zh-TW")).toContain(
      "無法識別「abc」",
    );
  });

  it("follows Office's display language", () => {
    expect(toLocale("zh-CN")).toBe("zh-CN");
    expect(toLocale("zh-TW")).toBe("zh-TW");
    expect(toLocale("zh-HK")).toBe("zh-TW");
    expect(toLocale("en-GB")).toBe("en-US");
    expect(toLocale(undefined)).toBe("zh-CN");
  });

  it("joins explanation steps into one line", () => {
    expect(
      explain(
        [
          { code: "score.points", params: { score: 30 } },
          { code: "step.floor", params: { floor: 0 } },
        ],
        "en-US",
      ),
    ).toBe("30 points; not below 0");
  });

  it("loads one language's messages on demand, and refuses a language not loaded rather than show another", async () => {
    // a fresh copy of the modules: nothing loaded yet, as in the task pane before its first render
    await jest.isolateModulesAsync(async () => {
      const load = await import("./load");
      const messages = await import("./messages");
      const item = { code: "rule.empty", params: {} } as const;
      expect(messages.hasMessages("en-US")).toBe(false);
      expect(() => messages.message(item, "en-US")).toThrow("The en-US messages are not loaded");
      await load.loadMessages("en-US");
      expect(messages.message(item, "en-US")).toBe(message(item, "en-US"));
      expect(messages.hasMessages("zh-CN")).toBe(false);
      expect(() => messages.message(item, "zh-TW")).toThrow("The zh-TW messages are not loaded");
    });
  });
});
