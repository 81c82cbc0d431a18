import { parseChineseNumeral } from "./numeral";

describe("Chinese numerals typed into cells", () => {
  it.each([
    ["九十五", 95],
    ["十五", 15],
    ["一百二十", 120],
    ["一百二", 120],
    ["两千五", 2500],
    ["三万五", 35000],
    ["三万零五百", 30500],
    ["一亿", 1e8],
    ["零点五", 0.5],
    ["三点五", 3.5],
    ["一千零一", 1001],
    ["零", 0],
  ])("reads %s as %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(["", "九九", "点", "三点", "abc", "一点二点三"])("refuses %j", (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});
