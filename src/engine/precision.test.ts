import { compare, roundHalfAway, wholeSteps, clean } from "./precision";

describe("rounding the scores HR see", () => {
  it("rounds half away from zero like Excel's ROUND", () => {
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
  });
  it("shows 67.4, never 67.39999999999999", () => {
    expect(roundHalfAway(67.39999999999999, 2)).toBe(67.4);
    expect(roundHalfAway(0.1 + 0.2, 2)).toBe(0.3);
    expect(clean(0.1 + 0.2)).toBe(0.3);
  });
  it("never shows minus zero", () => {
    expect(Object.is(roundHalfAway(-0.001, 2), 0)).toBe(true);
  });
});

describe("comparing ratios against band thresholds", () => {
  it("treats a ratio computed as 0.8999999999 as 90%", () => {
    expect(compare(0.8999999999, 0.9)).toBe(0);
    expect(compare(8.1 / 9, 0.9)).toBe(0);
  });
  it("still tells 89.99% from 90%", () => {
    expect(compare(0.8999, 0.9)).toBe(-1);
  });
  it("counts whole steps without float slips", () => {
    expect(wholeSteps(0.3, 0.1)).toBe(3);
    expect(wholeSteps(150, 100)).toBe(1);
    expect(wholeSteps(0.015, 0.01)).toBe(1);
  });
});
