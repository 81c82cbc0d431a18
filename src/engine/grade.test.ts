import { appraise, defaultPayTable } from "./grade";
import { parseRule } from "./parseRule";
import type { RuleOf } from "./rule";

const table = (text: string) => {
  const parsed = parseRule(text, { kind: "table" });
  if (!parsed.ok || parsed.rule.kind !== "table") throw new Error(text);
  return parsed.rule as RuleOf<"table">;
};

describe("grade, coefficient and pay of a total", () => {
  it("uses the default tables when the sheet states none", () => {
    expect(appraise(85)).toEqual({ grade: "A", coefficient: 0.8 });
    expect(appraise(59.5)).toEqual({ grade: "C", coefficient: 0 });
  });

  it("pays base × coefficient", () => {
    expect(appraise(85, { base: 3000, pay: "coefficient" })).toEqual({
      grade: "A",
      coefficient: 0.8,
      pay: 2400,
    });
  });

  it("pays base × score% by default and follows a pay rule with full, none and in-between", () => {
    expect(appraise(89, { base: 3000 }).pay).toBe(2670);
    const rule = table("≥90分全额，<70分不发，70-90分按得分%发放");
    expect(appraise(95, { base: 3000, pay: rule }).pay).toBe(3000);
    expect(appraise(65, { base: 3000, pay: rule }).pay).toBe(0);
    expect(appraise(80, { base: 3000, pay: rule }).pay).toBe(2400);
    expect(defaultPayTable().output).toBe("pay");
  });

  it("uses the sheet's own grade and coefficient tables", () => {
    const grades = table("A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)");
    const coefficients = table("分值≥90 系数1.2；80≤分值<90 系数1；70≤分值<80 系数0.8；分值<70 系数0.5");
    expect(appraise(79.5, { grades, coefficients })).toEqual({ grade: "C", coefficient: 0.8 });
  });
});
