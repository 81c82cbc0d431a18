import { explain } from "../i18n";
import { evaluate } from "./evaluate";
import { toFormula } from "./formula";
import { parseRule } from "./parseRule";
import { scorer } from "../../test/support/scorer";

describe("deductions and bonuses", () => {
  it("takes points per occurrence and stops at zero inside an item", () => {
    const errors = scorer("错误一次扣1分", 5);
    expect(errors("0")).toBe(5);
    expect(errors("3")).toBe(2);
    expect(errors("9")).toBe(0);
  });

  it("asks about a negative count (-2 complaints) rather than taking nothing off", () => {
    for (const text of ["每投诉1次扣5分，扣完为止", "每新增1个大客户加3分，最多加9分"]) {
      const parsed = parseRule(text);
      if (!parsed.ok) throw new Error(text);
      expect(evaluate(parsed.rule, -2, { max: 30 })).toMatchObject({
        ok: false,
        issue: { code: "quantity.negativeCount", params: { input: -2 } },
      });
      expect(evaluate(parsed.rule, "−2次", { max: 30 })).toMatchObject({ ok: false });
    }
  });

  it("asks about a negative deviation above a ± standard rather than giving full marks", () => {
    const parsed = parseRule("偏差率±3%以内得10分，每超出1%扣2分");
    if (!parsed.ok) throw new Error("rule");
    expect(evaluate(parsed.rule, -0.05, { max: 10 })).toMatchObject({
      ok: false,
      issue: { code: "quantity.negative" },
    });
    expect(evaluate(parsed.rule, 0.05, { max: 10 })).toMatchObject({ ok: true, score: 6 });
  });

  it("asks about a completion rate typed beside an amount target (0.95 beside 500,000), not the amount", () => {
    const parsed = parseRule("完成率每低1%扣0.5分");
    if (!parsed.ok) throw new Error("rule");
    for (const actual of [0.95, 95])
      expect(evaluate(parsed.rule, actual, { max: 10, target: 500000 })).toMatchObject({
        ok: false,
        issue: { code: "quantity.ratioApart" },
      });
    expect(evaluate(parsed.rule, 480000, { max: 10, target: 500000 })).toMatchObject({ ok: true, score: 8 });
  });

  it("asks about a count that is not whole (2.5 late arrivals) where the rule says nothing of parts", () => {
    const parsed = parseRule("每迟到1次扣2分");
    if (!parsed.ok) throw new Error("rule");
    expect(evaluate(parsed.rule, 2.5, { max: 10 })).toMatchObject({
      ok: false,
      issue: { code: "quantity.partCount", params: { input: 2.5 } },
    });
    expect(evaluate(parsed.rule, 2, { max: 10 })).toMatchObject({ ok: true, score: 6 });
  });

  it("counts whole steps below the target", () => {
    const views = scorer("每低100次扣2分，扣完为止", 10, 1000);
    expect(views("1000")).toBe(10);
    expect(views("850")).toBe(8);
    expect(views("800")).toBe(6);
    expect(views("0")).toBe(0);
  });

  it("explains a judged list by the points taken off or added, in the user's language", () => {
    const penalties = parseRule("迟到每次最多扣10分；违反纪律扣5-20分");
    if (!penalties.ok) throw new Error(penalties.issue.code);
    const scored = evaluate(penalties.rule, 15, { max: 20 });
    expect(scored).toMatchObject({ ok: true, score: 5 });
    expect(explain(scored.explanation)).toContain("考核人按所列事项扣15分");
    expect(explain(evaluate(penalties.rule, 0, { max: 20 }).explanation, "en-US")).toContain(
      "nothing added or taken off, as the evaluator judged the listed matters",
    );
    const mixed = parseRule("有重大贡献加10-30分；违反纪律扣5-20分");
    if (!mixed.ok) throw new Error(mixed.issue.code);
    expect(explain(evaluate(mixed.rule, 20).explanation, "zh-TW")).toContain("考核人按所列事項加20分");
  });

  it("caps the deduction where the text says", () => {
    const complaints = scorer("每发生一次客诉扣3分，最高扣15分", 20);
    expect(complaints("10")).toBe(5);
  });

  it("does not floor an adjustment item (加减分项) that has no points of its own", () => {
    const violations = scorer("一般违纪一次扣5分，严重违纪一次扣10分");
    expect(violations("2,1")).toBe(-20);
    expect(violations("0")).toBe(0);
    expect(violations("3")).toBe("deduction.countList");
  });

  it("adds bonuses per occurrence", () => {
    expect(scorer("奖励加3分/次")("4")).toBe(12);
  });

  it("scores relative to the target with caps and floors", () => {
    const above = scorer("每高于目标值1个百分点加1分,最高加10分", 20, 0.9);
    expect(above("95%")).toBe(25);
    expect(above("120%")).toBe(30);
    const change = scorer("较上月每提升1个百分点加1分，每下降1个百分点扣1分，最高不超过5分，最低不低于-5分");
    expect(change("3%")).toBe(3);
    expect(change("-8%")).toBe(-5);
  });

  it("reads a step in percent of an absolute target as a share of the target", () => {
    const sales = scorer("每低于目标1%扣2分，最低扣至0分", 20, 100000);
    expect(sales("95000")).toBe(10);
  });

  it("zeroes the item below a floor the text names", () => {
    const leads = scorer("月度有效线索目标为10条，每少1条扣1分，低于4条不得分", 10);
    expect(leads("4")).toBe(4);
    expect(leads("3")).toBe(0);
  });

  it("asks for a target when the rule needs one", () => {
    expect(scorer("每低于目标1%扣2分", 20)("85%")).toBe("rule.needsTarget");
  });
});

describe("steps written beside a standard", () => {
  it("asks whether 0.95 beside an order target of 200 is a completion rate, where it lost every point", () => {
    const orders = scorer("完成率每低于目标1%扣0.5分，最多扣10分", 10, 200);
    expect(["0.95", "15"].map(orders)).toEqual(["quantity.rateOrAmount", "quantity.rateOrAmount"]);
    expect(["190", "150"].map(orders)).toEqual([7.5, 0]);
    const sales = scorer("完成目标得满分，每低于目标5%扣2分", 20, 100);
    expect(["0.95", "1.05", "95"].map(sales)).toEqual(["quantity.rateOrAmount", "quantity.rateOrAmount", 18]);
  });

  it("scores a completion standard's steps on an item whose target is an amount by the actual over the target", () => {
    const sales = scorer("完成率≥100%得20分，每低5%扣4分", 20, 500000);
    expect(sales("45万")).toBe(12);
    expect(scorer("完成率≥95%得满分，每低1%扣1分", 20, 50)("45")).toBe(15);
    expect(scorer("目标50万，完成率每低5%扣4分", 20)("45万")).toBe(12);
    const bonus = scorer(
      "达成率100%得30分；每超额1%加0.5分，最高加5分；每低1%扣1分，低于70%该项不得分",
      35,
      1000000,
    );
    expect(bonus("95万")).toBe(25);
    expect(bonus("65万")).toBe(0);
  });

  it("asks whether a target written without a unit beside percent steps is a percent or an amount", () => {
    const parsed = parseRule("目标90，每低1%扣1分");
    expect(parsed).toMatchObject({ ok: true, doubt: { code: "doubt.targetScale" } });
  });

  it("starts the steps from the points the standard itself earns, not the item's points", () => {
    const capped = scorer("≥95%得8分，每超1%加0.5分，最高10分", 10);
    expect(capped("95%")).toBe(8);
    expect(capped("97%")).toBe(9);
    const late = scorer("准时交付率≥98%得15分，每降低1%扣3分", 20);
    expect(late("98%")).toBe(15);
    expect(late("96%")).toBe(9);
    expect(scorer("60%以下不得分，达到60%得6分，每提高1%加0.1分", 10)("70%")).toBe(7);
    expect(scorer("月度销量达到200台得基本分20分，每多10台加1分，最高加5分", 25)("200")).toBe(20);
  });

  it("asks, rather than scoring past the item's points, when steps add onto a standard's lower points with no cap", () => {
    const attendance = scorer("出勤率达到95%得4分，每提高1%加0.5分", 5);
    expect(attendance("97%")).toBe(5);
    expect(attendance("99%")).toBe("step.overPoints");
  });

  it("asks, rather than scoring past the item's points, when steps add onto a base as high as the item's", () => {
    const orders = scorer("基础分10分，每完成1单加2分", 10);
    expect(orders("0")).toBe(10);
    expect(orders("3")).toBe("step.overPoints");
    const rate = scorer("以100%为基准，每增加1%加0.5分，每减少1%扣0.5分，满分10分", 10);
    expect(rate("96%")).toBe(8);
    expect(rate("104%")).toBe("step.overPoints");
  });
});

describe("caps on steps", () => {
  it("stops deductions at the total the text allows (扣分不超过5分)", () => {
    const lateness = scorer("每次扣2分，扣分不超过5分", 10);
    expect(lateness("1")).toBe(8);
    expect(lateness("4")).toBe(5);
    expect(scorer("每次扣5分，扣分不超过10分", 20)("3")).toBe(10);
  });

  it("asks about a points condition it cannot read beside counted steps, never drops it", () => {
    const parsed = parseRule("每次扣2分，得分≥5分");
    expect(parsed.ok && parsed.doubt !== undefined).toBe(true);
  });

  it("reads a cap of a few points beside added steps from the item's points as a cap on the additions", () => {
    const orders = scorer("每多1单加1分，上限3分", 10, 20);
    expect(orders("22")).toBe(12);
    expect(orders("25")).toBe(13);
    const both = scorer("每少1单扣2分，加分项每多1单加1分，上限3分", 10, 20);
    expect(both("18")).toBe(6);
    expect(both("25")).toBe(13);
  });

  it("reads 最多加至12分 as the score the additions reach in all", () => {
    const extra = scorer("每超1%加1分，最多加至12分", 10, 1);
    expect(extra("101%")).toBe(11);
    expect(extra("105%")).toBe(12);
  });
});

describe("proportional rules", () => {
  it("scores nothing against a target of 0, where a share of it is asked for", () => {
    // 50 of a target of 0 is no completion rate: full points or not a number were written.
    for (const text of ["按完成比例计分", "得分=实际/目标×20，最高24分"]) {
      const sales = scorer(text, 20, 0);
      expect([text, sales("50")]).toEqual([text, "rule.targetNotPositive"]);
      expect([text, sales("0")]).toEqual([text, "rule.targetNotPositive"]);
      const parsed = parseRule(text);
      if (!parsed.ok) throw new Error(text);
      expect(toFormula(parsed.rule, "G5", { max: 20, target: 0 })).toMatchObject({
        issue: { code: "rule.targetNotPositive" },
      });
    }
    // A rate target of 0% is a standard to count steps from, not a share.
    expect(scorer("差错率每高于目标1%扣2分", 20, 0)("3%")).toBe(14);
  });

  it("pays points × actual / target, capped", () => {
    const sales = scorer("所占分值*(实际完成值/目标值)=最终得分,最高不超过所占分值的120%", 20, 500000);
    expect(sales("50万")).toBe(20);
    expect(sales("55万")).toBe(22);
    expect(sales("80万")).toBe(24);
  });

  it("zeroes below the stated threshold and adds extra above the target", () => {
    const fans = scorer("月度≥50人得满分；未达标按比例扣分；低于50%不得分；每超额1人额外+1分", 8);
    expect(fans("40")).toBe(6.4);
    expect(fans("25")).toBe(4);
    expect(fans("24")).toBe(0);
    expect(fans("53")).toBe(11);
  });

  it("caps a proportion at a multiple of the points where the text says 倍", () => {
    const tenPoints = scorer("完成率×10分，最高1.2倍", 10);
    expect(tenPoints("80%")).toBe(8);
    expect(tenPoints("130%")).toBe(12);
    expect(scorer("完成率×分值，最高不超过1.5倍", 10)("130%")).toBe(13);
    expect(scorer("按完成率计分，最高不超过1.2倍分值", 10)("130%")).toBe(12);
    expect(scorer("完成率×权重，上限为权重的1.5倍", 10)("130%")).toBe(13);
  });

  it("caps 完成率×分值 at the points the text states, above the item's own", () => {
    expect(scorer("完成率×分值，最高12分", 10)("130%")).toBe(12);
    expect(scorer("得分=完成率×分值，最高不超过15分", 10)("130%")).toBe(13);
    expect(scorer("完成率×分值，最高8分", 10)("90%")).toBe(8);
  });

  it("pays the completion rate itself below a standard that earns the full points", () => {
    const rate = scorer("完成率≥90%得满分，低于90%按完成率×分值计分", 10);
    expect(rate("80%")).toBe(8);
    expect(rate("95%")).toBe(10);
    expect(scorer("达到95%得满分，未达到的按实际完成率×分值计分", 20)("90%")).toBe(18);
  });
});
