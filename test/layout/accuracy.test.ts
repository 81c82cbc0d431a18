import { accuracy, formatAccuracy, loadCases, type Ratio } from "./accuracy";

const full = (r: Ratio): boolean => r.hits === r.total;

describe("layout accuracy over the fixtures", () => {
  it("is 100% for column roles, item rows, weights, rule texts and sheet kinds", async () => {
    const acc = accuracy(await loadCases({ corpus: false }));
    for (const [role, r] of Object.entries(acc.roles)) {
      expect([role, full(r.precision), full(r.recall)]).toEqual([role, true, true]);
    }
    expect(full(acc.items.recall) && full(acc.items.precision)).toBe(true);
    expect(full(acc.indicators.recall) && full(acc.indicators.precision)).toBe(true);
    expect(acc.weights.hits).toBe(acc.weights.total);
    expect(acc.rules.hits).toBe(acc.rules.total);
    expect(acc.kinds.hits).toBe(acc.kinds.total);
    expect(acc.ruleKinds.hits).toBe(acc.ruleKinds.total);
    expect(formatAccuracy([{ title: "fixtures", accuracy: acc }])).toContain("sheet kinds right");
  });
});
