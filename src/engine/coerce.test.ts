import { message } from "../i18n";
import { evaluate } from "./evaluate";
import { parseRule } from "./parseRule";
import { scorer } from "../../test/support/scorer";

const COMPLETION = "完成率≥100%得40分，90%-99%得30分，低于90%不得分";

function rule() {
  const parsed = parseRule(COMPLETION);
  if (!parsed.ok) throw new Error(parsed.issue.code);
  return parsed.rule;
}

describe("an amount or a count typed where the rule wants a completion rate", () => {
  it("asks about 95000 or 1.2万 beside 完成率≥100%: read as percent points no rate is that high", () => {
    for (const [input, shown] of [
      [95000, "95000"],
      ["95000", "95000"],
      ["1.2万", "12000"],
      [1200, "1200"],
    ] as const) {
      const scored = evaluate(rule(), input, { max: 40, target: 1 });
      expect(scored).toMatchObject({ ok: false, issue: { code: "quantity.beyondRates" } });
      if (!scored.ok)
        for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
          expect(message(scored.issue, locale)).toContain(shown);
    }
    // A completion of 600% is high, not impossible: scored.
    expect(evaluate(rule(), 600, { max: 40, target: 1 })).toMatchObject({ ok: true, score: 40 });
    expect(evaluate(rule(), 95, { max: 40, target: 1 })).toMatchObject({ ok: true, score: 30 });
  });

  it("asks about 95 typed into a percent cell (it shows 9500%), and scores 0.95 there", () => {
    expect(evaluate(rule(), 95, { max: 40, percentFormat: true })).toMatchObject({
      ok: false,
      issue: { code: "quantity.beyondRates" },
    });
    expect(evaluate(rule(), 0.95, { max: 40, percentFormat: true })).toMatchObject({ ok: true, score: 30 });
  });

  it("asks about 12单, 95分 or 5000元 beside a rate target of 100%: nothing to divide them by", () => {
    for (const [input, code] of [
      ["12单", "quantity.unitMismatch"],
      ["95分", "quantity.unitMismatch"],
      ["5000元", "quantity.ratioApart"],
    ] as const)
      expect(evaluate(rule(), input, { max: 40, target: 1 })).toMatchObject({ ok: false, issue: { code } });
  });
});

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

  it("asks about an actual a thousand times apart from its target: the two are in different units (800 typed in 万 beside 1,000,000 元)", () => {
    const scored = evaluate(rule(), 800, { max: 40, target: 1_000_000 });
    expect(scored).toMatchObject({
      ok: false,
      issue: { code: "quantity.ratioApart", params: { actual: 800, target: 1_000_000 } },
    });
    if (scored.ok) return;
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(scored.issue, locale)).toContain("1000000");
    expect(evaluate(rule(), "12000元", { max: 40, target: 1.2 })).toMatchObject({
      ok: false,
      issue: { code: "quantity.ratioApart" },
    });
    expect(evaluate(rule(), 950_000, { max: 40, target: 1_000_000 })).toMatchObject({ ok: true, score: 30 });
    expect(evaluate(rule(), 0, { max: 40, target: 1_000_000 })).toMatchObject({ ok: true, score: 0 });
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

  it("asks whether a plain 0.9 or 95 beside a target of 500,000 is the completion rate, not 95 of 500,000", () => {
    for (const input of [0.9, 95]) {
      const asked = evaluate(rule(), input, { max: 40, target: 500000 });
      expect(asked).toMatchObject({ ok: false, issue: { code: "quantity.rateOrAmount" } });
      if (!asked.ok)
        for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
          expect(message(asked.issue, locale)).toContain(String(input));
    }
    expect(evaluate(rule(), 475000, { max: 40, target: 500000 })).toMatchObject({ ok: true, score: 30 });
    expect(evaluate(rule(), 30000, { max: 40, target: 500000 })).toMatchObject({ ok: true, score: 0 });
  });

  it("asks the same of a proportion (0.9 beside 完成率×10分 and a target of 200)", () => {
    const parsed = parseRule("完成率×10分");
    if (!parsed.ok) throw new Error(parsed.issue.code);
    expect(evaluate(parsed.rule, 0.9, { max: 10, target: 200 })).toMatchObject({
      ok: false,
      issue: { code: "quantity.rateOrAmount" },
    });
    expect(evaluate(parsed.rule, 180, { max: 10, target: 200 })).toMatchObject({ ok: true, score: 9 });
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

describe("a plain number the rule's own scale leaves in doubt", () => {
  const scored = (text: string, input: unknown, max = 10) => {
    const parsed = parseRule(text);
    if (!parsed.ok) throw new Error(parsed.issue.code);
    return evaluate(parsed.rule, input, { max });
  };

  it("asks whether a small rate typed without % is a fraction or percent points (1.5 beside 流失率≤5%)", () => {
    const turnover = "人员流失率≤5%得满分，5%-8%得一半，>8%不得分";
    for (const input of [1.5, 2, "0.5"]) expect(scored(turnover, input)).toMatchObject({ ok: false });
    const asked = scored(turnover, 1.5);
    if (asked.ok) return;
    expect(asked.issue.code).toBe("quantity.percentScale");
    for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
      expect(message(asked.issue, locale)).toContain("1.5%");
    expect(scored(turnover, 3)).toMatchObject({ ok: true, score: 10 });
    expect(scored(turnover, "1.5%")).toMatchObject({ ok: true, score: 10 });
  });

  it("asks whether a ratio above 200% typed as a decimal is a multiple or percent points (3.2 beside ≥300%)", () => {
    const roi = "投入产出比≥300%得10分，200%-300%得6分，<200%得0分";
    expect(scored(roi, 3.2)).toMatchObject({ ok: false, issue: { code: "quantity.percentScale" } });
    expect(scored(roi, 320)).toMatchObject({ ok: true, score: 10 });
    expect(scored(roi, "320%")).toMatchObject({ ok: true, score: 10 });
  });

  it("keeps reading a completion rate typed either way where the rule's bands settle it", () => {
    const completion = "≥90%得30分，80%-90%得20分，70%-80%得10分，低于70%不得分";
    expect(scored(completion, 0.85, 30)).toMatchObject({ ok: true, score: 20 });
    expect(scored(completion, 85, 30)).toMatchObject({ ok: true, score: 20 });
    expect(scored(completion, 1.2, 30)).toMatchObject({ ok: true, score: 30 });
  });

  it("asks whether a plain 3 beside a met standard of 95% is 3% or 300%, as bands do (≥95%达标)", () => {
    const standard = "准确率≥95%达标得10分，未达标0分";
    expect(scored(standard, 3)).toMatchObject({ ok: false, issue: { code: "quantity.percentScale" } });
    expect(scored(standard, 96)).toMatchObject({ ok: true, score: 10 });
    expect(scored(standard, 0.9)).toMatchObject({ ok: true, score: 0 });
    expect(scored(standard, "3%")).toMatchObject({ ok: true, score: 0 });
  });

  it("asks whether a small plain number beside an amount target counted in percent steps is the completion rate (0.9 beside 目标50万，完成率每低1%)", () => {
    const sales = "目标销售额50万元，完成率每低1%扣0.5分";
    for (const input of [0.9, 1.05, 95]) {
      const asked = scored(sales, input);
      expect(asked).toMatchObject({ ok: false });
      if (!asked.ok && asked.issue.code === "quantity.rateOrAmount")
        for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
          expect(message(asked.issue, locale)).toContain(String(input));
    }
    expect(scored(sales, 0.9)).toMatchObject({ issue: { code: "quantity.rateOrAmount" } });
    expect(scored(sales, "48万")).toMatchObject({ ok: true, score: 8 });
    expect(scored(sales, 480000)).toMatchObject({ ok: true, score: 8 });
    // Counted in amounts, not rates, a small number is an amount like any other.
    expect(scored("目标销售额50万元，每少1万元扣1分", 0.9)).toMatchObject({ ok: true, score: 0 });
  });

  it("asks whether a fraction beside a rate written without its % is that rate (0.95 beside 完成率≥100得10分)", () => {
    const completion = "完成率≥100得10分，90≤完成率<100得8分，完成率<90得0分";
    const asked = scored(completion, 0.95);
    expect(asked).toMatchObject({ ok: false, issue: { code: "quantity.fraction" } });
    if (!asked.ok)
      for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
        expect(message(asked.issue, locale)).toContain("95");
    expect(scored("出勤率低于95扣5分", 0.96)).toMatchObject({
      ok: false,
      issue: { code: "quantity.fraction" },
    });
    expect(scored(completion, 95)).toMatchObject({ ok: true, score: 8 });
    // Half an order is no count: beside 200 orders it reads like a rate of 50%.
    expect(scored("目标：200单；得分=实际单量/200×15", 0.5, 15)).toMatchObject({
      ok: false,
      issue: { code: "quantity.fraction" },
    });
    expect(scored("目标：200单；得分=实际单量/200×15", 100, 15)).toMatchObject({ ok: true, score: 7.5 });
    // A score of a few points typed as a fraction is no rate of a hundred.
    expect(scored("满意度4.5分以上得10分，4.5分以下得0分", 0.4)).toMatchObject({ ok: true, score: 0 });
  });

  it("asks whether a plain number far below amounts written in 万 was typed in 万", () => {
    const sales = "销售额≥100万得20分，80万-100万得10分，<80万不得分";
    const asked = scored(sales, 90, 20);
    expect(asked).toMatchObject({ ok: false, issue: { code: "quantity.tenThousand" } });
    if (!asked.ok)
      for (const locale of ["zh-CN", "zh-TW", "en-US"] as const)
        expect(message(asked.issue, locale)).toContain("900000");
    expect(scored(sales, "90万", 20)).toMatchObject({ ok: true, score: 10 });
    expect(scored(sales, 900000, 20)).toMatchObject({ ok: true, score: 10 });
  });
});

describe("a plain number beside times in minutes and in hours", () => {
  const parsed = parseRule("延误时间≤30分钟得10分，30分钟-1小时得5分，超过1小时得0分");
  const scored = (input: string) => {
    if (!parsed.ok) throw new Error(parsed.issue.code);
    const e = evaluate(parsed.rule, input, { max: 10 });
    return e.ok ? e.score : e.issue.code;
  };

  it("asks which unit a plain 45 is in, where it was read as 45 seconds", () => {
    expect(scored("45")).toBe("quantity.timeUnits");
  });

  it("still reads a time typed with its unit", () => {
    expect(scored("45分钟")).toBe(5);
    expect(scored("2小时")).toBe(0);
  });
});

describe("percent points typed beside rates written as fractions", () => {
  const parsed = parseRule("完成率≥0.9得10分，0.8-0.9得6分，<0.8得0分");
  const scored = (input: string) => {
    if (!parsed.ok) throw new Error(parsed.issue.code);
    const e = evaluate(parsed.rule, input, { max: 10 });
    return e.ok ? e.score : e.issue.code;
  };

  it("asks about 85 (0.85 typed as percent points?), where it took the band of 0.9 and more", () => {
    expect(scored("85")).toBe("quantity.hundredfold");
    expect(scored("95")).toBe("quantity.hundredfold");
  });

  it("still reads a fraction as the rule writes it", () => {
    expect(scored("0.85")).toBe(6);
    expect(scored("0.95")).toBe(10);
  });

  it("asks the same of 120 beside ratios up to 2 (人效≥1.2)", () => {
    const parsedRatio = parseRule("人效≥1.2得10分，1.0-1.2得6分，<1.0得0分");
    if (!parsedRatio.ok) throw new Error(parsedRatio.issue.code);
    const at = (input: string) => {
      const e = evaluate(parsedRatio.rule, input, { max: 10 });
      return e.ok ? e.score : e.issue.code;
    };
    expect(at("120")).toBe("quantity.hundredfold");
    expect(at("1.1")).toBe(6);
  });
});

describe("a plain number beside amounts written in 千, 万, 亿 or k", () => {
  it("asks whether 40 beside 50千元 is 40元 or 40千, where it scored 0", () => {
    const amounts = scorer("回款金额≥50千元得10分，30-50千元得6分，30千元以下0分", 10);
    expect(amounts("40")).toBe("quantity.tenThousand");
    expect(["40000", "4万"].map(amounts)).toEqual([6, 6]);
    expect(scorer("净利润≥2亿元得10分，1-2亿元得5分，1亿元以下0分", 10)("1.5")).toBe("quantity.tenThousand");
    expect(scorer("Revenue >= 500k: 10 points; 300k-500k: 6 points; below 300k: 0", 10)("450")).toBe(
      "quantity.tenThousand",
    );
  });

  it("names the multiplier the number would be typed in", () => {
    const parsed = parseRule("净利润≥2亿元得10分，1-2亿元得5分，1亿元以下0分");
    if (!parsed.ok) throw new Error("not read");
    const e = evaluate(parsed.rule, "1.5", { max: 10 });
    expect(!e.ok && e.issue.params).toEqual({ input: 1.5, other: 150000000, unit: "亿" });
  });
});
