import { aggregate, combineEvaluators } from "./scheme";

describe("totals", () => {
  it("weights sections scored out of 100 (80% / 20%) and adds adjustment items outside the 100", () => {
    const result = aggregate({
      sections: [
        {
          name: "关键绩效考核指标",
          weight: 0.8,
          items: [
            { name: "销售完成率", points: 30, score: 20 },
            { name: "转化率", points: 70, score: 63 },
          ],
        },
        {
          name: "日常工作行为指标",
          weight: 0.2,
          items: [
            { name: "工作态度", points: 40, score: 35 },
            { name: "工作能力", points: 60, score: 45 },
          ],
        },
        { name: "加减分项", adjustment: true, items: [{ name: "违纪", points: 0, score: -5 }] },
      ],
    });
    expect(result.sections.map((s) => s.score)).toEqual([83, 80, -5]);
    expect(result.total).toBe(77.4); // 83 × 80% + 80 × 20% − 5
  });

  it("scores a weighted section out of 100 whatever its items' points add up to", () => {
    const result = aggregate({
      sections: [{ name: "能力", weight: 1, items: [{ name: "a", points: 20, score: 10 }] }],
    });
    expect(result.total).toBe(50);
  });

  it("weights items scored on a 5-point scale by their points", () => {
    const result = aggregate({
      sections: [
        {
          name: "KPI",
          items: [
            { name: "质量", points: 20, score: 4, scale: 5 },
            { name: "效率", points: 80, score: 90, scale: 100 },
          ],
        },
      ],
    });
    expect(result.total).toBe(88);
  });

  it("says not scored yet while an actual value is missing, never counting it as 0", () => {
    const result = aggregate({
      sections: [
        {
          name: "KPI",
          items: [
            { name: "GMV", points: 50, score: 40 },
            { name: "转化率", points: 50, score: null },
          ],
        },
      ],
    });
    expect(result.total).toBeNull();
    expect(result.pending).toEqual(["KPI/转化率"]);
  });

  it("passes the weight of an item that does not apply to the rest of its section, and says so", () => {
    const result = aggregate({
      sections: [
        {
          name: "KPI",
          weight: 1,
          items: [
            { name: "GMV", points: 50, score: 45 },
            { name: "直播时长", points: 25, score: 20 },
            { name: "新品推广", points: 25, score: null, notApplicable: true },
          ],
        },
      ],
    });
    expect(result.total).toBe(86.67);
    expect(result.sections[0]?.renormalised).toEqual(["新品推广"]);
  });

  it("rounds only the figures HR see, half away from zero, without float noise", () => {
    const result = aggregate({
      sections: [
        {
          name: "KPI",
          items: [
            { name: "a", points: 50, score: 33.7 },
            { name: "b", points: 50, score: 33.7 },
          ],
        },
      ],
    });
    expect(result.total).toBe(67.4);
    const half = aggregate({
      digits: 0,
      sections: [{ name: "KPI", items: [{ name: "a", points: 100, score: 84.5 }] }],
    });
    expect(half.total).toBe(85);
  });

  it("caps the total where the sheet states a cap", () => {
    const result = aggregate({
      cap: 100,
      sections: [
        { name: "KPI", items: [{ name: "a", points: 100, score: 98 }] },
        { name: "加分", adjustment: true, items: [{ name: "奖励", points: 0, score: 5 }] },
      ],
    });
    expect(result.total).toBe(100);
    expect(result.capped).toBe(true);
  });
});

describe("several evaluators", () => {
  it("weights self 20% and superior 80%", () => {
    expect(
      combineEvaluators([
        { role: "自评", weight: 0.2, score: 90 },
        { role: "上级", weight: 0.8, score: 80 },
      ]).score,
    ).toBeCloseTo(82, 10);
  });

  it("renormalises over the reviewers who scored", () => {
    const result = combineEvaluators([
      { role: "上级", weight: 0.5, score: 80 },
      { role: "同事A", weight: 0.25, score: 90 },
      { role: "同事B", weight: 0.25, score: null },
    ]);
    expect(result.score).toBeCloseTo(83.333333, 5);
    expect(result.missing).toEqual(["同事B"]);
  });

  it("has no score when nobody scored", () => {
    expect(combineEvaluators([{ role: "上级", weight: 1, score: null }]).score).toBeNull();
  });
});
