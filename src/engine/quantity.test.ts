import { parseQuantity } from "./quantity";

const read = (input: unknown, percentFormat = false) => {
  const r = parseQuantity(input, { percentFormat });
  return r.ok ? r.quantity : r.issue.code;
};

describe("reading what HR type into a cell", () => {
  it("reads a number from a cell formatted as a time as the seconds it shows (Excel stores days)", () => {
    expect(parseQuantity(220 / 86400, { durationFormat: true })).toEqual({
      ok: true,
      quantity: { value: 220, unit: "seconds" },
    });
    expect(parseQuantity(1.5 / 24, { durationFormat: true })).toEqual({
      ok: true,
      quantity: { value: 5400, unit: "seconds" },
    });
  });

  it.each([
    ["95%", 0.95, "percent"],
    ["95％", 0.95, "percent"],
    ["９５％", 0.95, "percent"],
    ["百分之九十五", 0.95, "percent"],
    ["百分之九十", 0.9, "percent"],
    ["七成", 0.7, "percent"],
    ["八成五", 0.85, "percent"],
    ["0.95", 0.95, "number"],
    ["3W", 30000, "number"],
    ["3w", 30000, "number"],
    ["3万", 30000, "number"],
    ["3.5万", 35000, "number"],
    ["1亿", 100000000, "number"],
    ["两千五", 2500, "number"],
    ["30,000", 30000, "number"],
    ["¥20", 20, "money"],
    ["￥20", 20, "money"],
    ["20元", 20, "money"],
    ["3万元", 30000, "money"],
    ["300S", 300, "seconds"],
    ["300秒", 300, "seconds"],
    ["5分钟", 300, "seconds"],
    ["3分40秒", 220, "seconds"],
    ["1.5小时", 5400, "seconds"],
    ["8条", 8, "count"],
    ["12次", 12, "count"],
    ["4.8分", 4.8, "points"],
    [" 95% ", 0.95, "percent"],
    ["-3", -3, "number"],
  ])("reads %s as %d (%s)", (text, value, unit) => {
    expect(read(text)).toEqual({ value, unit });
  });

  it("takes an Excel number with a percent format as the fraction it already is", () => {
    expect(read(0.95, true)).toEqual({ value: 0.95, unit: "percent" });
    expect(read(0.95)).toEqual({ value: 0.95, unit: "number" });
  });

  it("reads full-width digits and Traditional numerals", () => {
    expect(read("３万")).toEqual({ value: 30000, unit: "number" });
    expect(read("兩千五")).toEqual({ value: 2500, unit: "number" });
  });

  it("says a blank cell is not scored yet, never zero", () => {
    expect(read("")).toBe("quantity.empty");
    expect(read("   ")).toBe("quantity.empty");
    expect(read(null)).toBe("quantity.empty");
    expect(read(undefined)).toBe("quantity.empty");
  });

  it.each(["abc", "95%%", "3万W", "¥20秒", "NaN", "很好"])(
    "refuses %j and says what was expected",
    (text) => {
      expect(read(text)).toBe("quantity.unparseable");
    },
  );

  it("refuses numbers that are not finite", () => {
    expect(read(Infinity)).toBe("quantity.unparseable");
    expect(read(NaN)).toBe("quantity.unparseable");
  });
});
