import { message } from "../i18n";
import { evaluate } from "./evaluate";
import { parseRule } from "./parseRule";

const COMPLETION = "完成率≥100%得40分，90%-99%得30分，低于90%不得分";

function rule() {
  const parsed = parseRule(COMPLETION);
  if (!parsed.ok) throw new Error(parsed.issue.code);
  return parsed.rule;
}

describe("a completion rule with a target beside the actual", () => {
  it("asks, with both readings, when the target is in percent points (30) and the actual a fraction (0.32)", () => {
    const scored = evaluate(rule(), 0.32, { max: 40, target: 30 });
    expect(scored.ok).toBe(false);
    if (scored.ok) return;
    expect(scored.issue).toMatchObject({
      code: "quantity.rateScale",
      params: { actual: 0.32, target: 30, asTyped: "1.07%", asRates: "106.67%" },
    });
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(scored.issue, locale)).toContain("106.67%");
  });

  it("divides an actual written like its target (32 of 30, 95000 of 100000) as typed", () => {
    expect(evaluate(rule(), 32, { max: 40, target: 30 })).toMatchObject({ ok: true, score: 40 });
    expect(evaluate(rule(), 95000, { max: 40, target: 100000 })).toMatchObject({ ok: true, score: 30 });
  });

  it("divides a small count by a larger target (1 order of 5) as typed: not a rate", () => {
    expect(evaluate(rule(), 1, { max: 40, target: 5 })).toMatchObject({ ok: true, score: 0 });
  });

  it("asks, with both readings, when the target is in percent points (30) and the actual a percent (32%)", () => {
    for (const [actual, options] of [
      ["32%", {}],
      [0.32, { percentFormat: true }],
    ] as const) {
      const scored = evaluate(rule(), actual, { max: 40, target: 30, ...options });
      expect(scored).toMatchObject({
        ok: false,
        issue: { code: "quantity.rateTarget", params: { target: 30, asTyped: "32%", asRates: "106.67%" } },
      });
      if (!scored.ok)
        for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
          expect(message(scored.issue, locale)).toContain("106.67%");
    }
  });

  it("takes a percent beside a target above 100 as the completion itself (95% of 50,000)", () => {
    expect(evaluate(rule(), "95%", { max: 40, target: 50000 })).toMatchObject({ ok: true, score: 30 });
  });

  it("asks for any percent or fraction beside a target in percent points, however far apart (45% of 20, 0.12 of 5)", () => {
    expect(evaluate(rule(), "45%", { max: 40, target: 20 })).toMatchObject({
      ok: false,
      issue: { code: "quantity.rateTarget" },
    });
    expect(evaluate(rule(), 0.12, { max: 40, target: 5 })).toMatchObject({
      ok: false,
      issue: { code: "quantity.rateScale" },
    });
  });
});
