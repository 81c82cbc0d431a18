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
});
