import { parseRule } from "./parseRule";
import { toFormula } from "./formula";
import { scorer } from "../../test/support/scorer";

describe("coefficient, grade and pay tables over a rate", () => {
  const coefficient = "完成率≥100%，绩效系数1.2；90%≤完成率<100%，绩效系数1.0；完成率<90%，绩效系数0.8";

  it("reads 95 beside rows in percent as 95%, not as a total above 100%", () => {
    const of = scorer(coefficient);
    // 95 and 89 took the top row (≥1) as points: 1.2 for both.
    expect(["95", "89", "0.95", "95%", "120%"].map(of)).toEqual([1, 0.8, 1, 1, 1.2]);
    expect(["95", "85", "75"].map(scorer("得分率90%以上为优秀，80%-90%为良好，80%以下为合格"))).toEqual([
      "优秀",
      "良好",
      "合格",
    ]);
    expect(
      ["95", "100%", "89"].map(scorer("完成率≥100%发放100%绩效工资，90%-100%发放80%，低于90%不发放", 10)),
    ).toEqual([8, 10, 0]);
  });

  it("pays the rate read as the share where the pay follows it (按得分%发放 over 完成率)", () => {
    const pay = scorer("完成率≥90%全额发放，70%-90%按得分%发放，低于70%不发放", 5000);
    expect(["80", "0.8", "95%", "60"].map(pay)).toEqual([4000, 4000, 5000, 0]);
  });

  it("keeps tables over a total score in points", () => {
    expect(["95", "85"].map(scorer("90分以上为A，80-89分为B，80分以下为C"))).toEqual(["A", "B"]);
  });

  it("writes a formula that reads the cell as the percent the engine reads", () => {
    const parsed = parseRule(coefficient);
    if (!parsed.ok) throw new Error("not read");
    const formula = toFormula(parsed.rule, "G5", {});
    expect(formula.ok && formula.formula).toContain("G5/IF(ABS(G5)>2,100,1)");
  });
});
