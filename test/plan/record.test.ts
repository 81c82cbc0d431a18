import { digest } from "../../src/plan/record";

describe("the fingerprints of what the add-in wrote, kept in the workbook", () => {
  it("stay the same from version to version, so a workbook scored before is still recognised", () => {
    expect(digest({ formula: "=SUM(A1)" })).toBe("f0a7be2e");
    expect(digest({ formula: '=IF(I5>=90,"优秀","良好")' })).toBe("23a388ea");
    expect(digest({ value: 0.1 + 0.2 })).toBe("c53e4b5c");
    expect(digest({ value: 85 })).toBe("e9df8d3a");
    expect(digest({ value: "优秀" })).toBe("205086e0");
    expect(digest({ value: true })).toBe("bbd902f3");
    expect(digest({ value: null })).toBe("337eed4b");
    expect(digest({ value: { error: "#N/A" } })).toBe("cec1609d");
  });

  it("read a formula as Excel may give it back: without its =, in lower case, with spaces", () => {
    expect(digest({ formula: "sum( a1 )" })).toBe(digest({ formula: "=SUM(A1)" }));
    expect(digest({ formula: "=SUM(A2)" })).not.toBe(digest({ formula: "=SUM(A1)" }));
  });

  it("tell a number from the same text", () => {
    expect(digest({ value: 85 })).not.toBe(digest({ value: "85" }));
  });
});
