import { sheet, valueAt } from "./formulaEngine";

describe("KPI.RATIO, KPI.DEDUCT and KPI.LEVEL in cells", () => {
  it("pays points × actual / target, capped at 100% or at the cap given", () => {
    const s = sheet([
      [
        80000,
        100000,
        20,
        "=KPI.RATIO(A1,B1,C1)",
        "=KPI.RATIO(130000,B1,C1)",
        "=KPI.RATIO(130000,B1,C1,1.2)",
        '=KPI.RATIO(130000,B1,C1,"120%")',
      ],
    ]);
    expect(["D1", "E1", "F1", "G1"].map((a) => valueAt(s, a))).toEqual([16, 20, 24, 24]);
  });

  it("asks for a target above 0 instead of giving full points against a target of 0", () => {
    const s = sheet([[50, 0, 20, "=KPI.RATIO(A1,B1,C1)", "=KPI.RATIO(0,B1,C1)"]]);
    const asked = "#VALUE!: 目标值为0，无法算出完成比例：暂不评分，请填写大于0的目标值后再评分";
    expect(["D1", "E1"].map((a) => valueAt(s, a))).toEqual([asked, asked]);
  });

  it("takes points per occurrence down to zero", () => {
    const s = sheet([[2, "=KPI.DEDUCT(A1,2,10)", "=KPI.DEDUCT(9,2,10)", '=KPI.DEDUCT("3次",2,10)']]);
    expect(["B1", "C1", "D1"].map((a) => valueAt(s, a))).toEqual([6, 0, 4]);
  });

  it("scores levels from a rule text, a two-column range or a list of names", () => {
    const s = sheet([
      ["优秀", 20, "B", '=KPI.LEVEL(C1,"A:按要求完成 B:低于要求 C:没有完成",10)'],
      ["良好", 15, "良好", "=KPI.LEVEL(C2,$A$1:$B$3,20)"],
      ["合格", 10, "b", '=KPI.LEVEL(C3,{"A","B","C"},30)'],
      [null, null, "D", '=KPI.LEVEL(C4,{"A","B","C"},30)'],
    ]);
    expect(["D1", "D2", "D3"].map((a) => valueAt(s, a))).toEqual([5, 15, 15]);
    expect(valueAt(s, "D4")).toBe("#VALUE!: “D”不是评分标准中的等级，可选：A/B/C");
  });
});

describe("KPI.TOTAL, KPI.GRADE, KPI.COEF and KPI.PAY in cells", () => {
  it("gives no total where the weights do not make 100%", () => {
    const s = sheet([
      [80, 0.3, 30, 1, "=KPI.TOTAL(A1:A3,B1:B3)", "=KPI.TOTAL(A1:A3,C1:C3)", "=KPI.TOTAL(A1:A2,D1:D2)"],
      [90, 0.3, 30, 1],
      [70, 0.3, 30],
    ]);
    expect(["E1", "F1"].map((a) => valueAt(s, a))).toEqual([
      "#VALUE!: 权重合计为90%，不是100%：暂不计算总分，请核对权重",
      "#VALUE!: 权重合计为90%，不是100%：暂不计算总分，请核对权重",
    ]);
    expect(valueAt(s, "G1")).toBe("#VALUE!: 权重合计为200%，不是100%：暂不计算总分，请核对权重");
  });

  it("weights sections 80/20 and adds the adjustment items", () => {
    const s = sheet([
      [85, 0.8, -5, "=KPI.TOTAL(A1:A2,B1:B2,C1:C2)", "=KPI.TOTAL(A1:A2,{80;20})", "=KPI.TOTAL(A1:A2)"],
      [90, 0.2, 3],
    ]);
    expect(valueAt(s, "D1")).toBe(84);
    expect(valueAt(s, "E1")).toBe(86);
    expect(valueAt(s, "F1")).toBe(175);
  });

  it("has no total while a section is not scored yet", () => {
    const s = sheet([[85, "=KPI.TOTAL(A1:A2,{0.8;0.2})"], [null]]);
    expect(valueAt(s, "B1")).toBe("#N/A: 尚有1项未评分，暂不计算总分");
  });

  it("grades with the default table, a text table or a two-column range", () => {
    const s = sheet([
      [85, "=KPI.GRADE(A1)", '=KPI.GRADE(A1,"A(≥90分)、B(80-89分)、C(<80分)")', "=KPI.GRADE(A1,$A$3:$B$5)"],
      [105, "=KPI.GRADE(A2)"],
      [0, "C"],
      [70, "B"],
      [90, "A"],
    ]);
    expect(["B1", "C1", "D1", "B2"].map((a) => valueAt(s, a))).toEqual(["A", "B", "B", "A+"]);
  });

  it("gives the coefficient and the pay of a total", () => {
    const s = sheet([
      [
        85,
        "=KPI.COEF(A1)",
        "=KPI.PAY(3000,A1)",
        '=KPI.PAY(3000,A1,"≥90分全额，<70分不发，70-90分按得分%发放")',
        '=KPI.PAY(3000,65,"≥90分全额，<70分不发，70-90分按得分%发放")',
      ],
    ]);
    expect(["B1", "C1", "D1", "E1"].map((a) => valueAt(s, a))).toEqual([0.8, 2550, 2550, 0]);
  });

  it("reads typed quantities as numbers", () => {
    const s = sheet([
      ['=KPI.NUM("3W")', '=KPI.NUM("95%")', '=KPI.NUM("3分40秒")', '=KPI.NUM("两千五")', '=KPI.NUM("abc")'],
    ]);
    expect(["A1", "B1", "C1", "D1"].map((a) => valueAt(s, a))).toEqual([30000, 0.95, 220, 2500]);
    expect(valueAt(s, "E1")).toMatch(/^#VALUE!: 无法识别“abc”/);
  });
});
