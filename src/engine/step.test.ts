import { explain } from "../i18n";
import { evaluate } from "./evaluate";
import { parseRule } from "./parseRule";
import { scorer } from "../../test/support/scorer";

describe("deductions and bonuses", () => {
  it("takes points per occurrence and stops at zero inside an item", () => {
    const errors = scorer("错误一次扣1分", 5);
    expect(errors("0")).toBe(5);
    expect(errors("3")).toBe(2);
    expect(errors("9")).toBe(0);
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

describe("proportional rules", () => {
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
});
