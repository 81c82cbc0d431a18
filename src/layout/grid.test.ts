import { isDurationFormat, isPercentFormat } from "./grid";

describe("what a cell's number format says of the number it holds", () => {
  it.each([
    "[m]:ss",
    "mm:ss",
    "m:ss",
    "h:mm",
    "h:mm:ss",
    "[h]:mm:ss",
    "[hh]:mm",
    "mm:ss.0",
    "[ss]",
    "h:mm AM/PM",
  ])("reads %s as a time: the cell holds days", (format) => expect(isDurationFormat(format)).toBe(true));

  it.each([
    "General",
    "0",
    "0.00",
    "0%",
    "yyyy-mm-dd",
    "m/d/yyyy h:mm",
    "mmm-yy",
    '0"秒"',
    "0\\s",
    "[Red]0.00",
    "[$-804]0.0",
  ])("does not read %s as a time", (format) => expect(isDurationFormat(format)).toBe(false));

  it("reads a percent outside quotes only", () => {
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
  });
});
