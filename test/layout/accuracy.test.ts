import { accuracy, formatAccuracy, matches, type Ratio } from "./accuracy";
import { loadCases } from "./cases";

const full = (r: Ratio): boolean => r.hits === r.total;

describe("layout accuracy over the tuning fixtures", () => {
  it("is 100% on the fixtures for column roles, item rows, weights, rule texts, sheet kinds and people", async () => {
    const cases = await loadCases({ parts: ["tuning"], sources: ["fixtures"] });
    const acc = accuracy(cases);
    for (const [role, r] of Object.entries(acc.roles)) {
      expect([role, full(r.precision), full(r.recall)]).toEqual([role, true, true]);
    }
    expect(full(acc.items.recall) && full(acc.items.precision)).toBe(true);
    expect(full(acc.indicators.recall) && full(acc.indicators.precision)).toBe(true);
    expect(acc.weights.hits).toBe(acc.weights.total);
    expect(acc.rules.hits).toBe(acc.rules.total);
    expect(acc.kinds.hits).toBe(acc.kinds.total);
    expect(acc.ruleKinds.hits).toBe(acc.ruleKinds.total);
    expect(acc.sheets.hits).toBe(acc.sheets.total);
    expect(acc.wrongTotals.hits).toBe(0);
    expect(formatAccuracy([{ title: "fixtures", accuracy: acc }])).toContain("people scored right");
  });
});

describe("comparing a recognised layout with one written by hand", () => {
  it("takes the keys written by hand and ignores the others", () => {
    expect(matches({ headerRow: 3 }, { headerRow: 3, sections: [] })).toBe(true);
    expect(matches({ headerRow: 3 }, { headerRow: 4 })).toBe(false);
  });

  it("compares columns whole: a role too many is wrong", () => {
    expect(matches({ c: { columns: { item: "A" } } }.c, { columns: { item: "A", score: "B" } })).toBe(false);
    expect(matches({ item: "A" }, { item: "A", score: "B" }, "columns")).toBe(false);
  });

  it("reads a doubt given as its issue code", () => {
    expect(matches("layout.noInput", { code: "layout.noInput", params: {} }, "doubt")).toBe(true);
    expect(matches("layout.noInput", undefined, "doubt")).toBe(false);
  });
});
