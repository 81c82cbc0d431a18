import { scorer } from "../../test/support/scorer";

describe("level rules", () => {
  it("spreads levels written without points from the item's points down to 0", () => {
    const abc = scorer("A:按要求完成 B:低于要求 C:没有完成", 10);
    expect(abc("A")).toBe(10);
    expect(abc("b")).toBe(5);
    expect(abc("Ｃ")).toBe(0);
    expect(abc("D")).toBe("levels.unknown");
  });

  it("reads described levels worth 20/15/10/0", () => {
    const duty = scorer(
      "积极主动,责任心强,能很好完成任务 20分\n有责任心,可放心交付工作 15分\n尚有责任心,基本能完成工作 10分\n无责任心,上班时间常做与工作无关事情 0分",
      20,
    );
    expect(duty("15")).toBe(15);
    expect(duty("有责任心,可放心交付工作")).toBe(15);
    expect(duty("12")).toBe("levels.unknown");
  });

  it("leaves a score range to the evaluator and accepts a score inside it", () => {
    const rated = scorer("优秀(12-15分)、良好(8-11分)、一般(4-7分)、差(0-3分)", 15);
    expect(rated("良好")).toEqual([8, 11]);
    expect(rated("9")).toBe(9);
  });

  it("picks a level by a measured value when levels carry conditions", () => {
    const visits = scorer("A、网站独立访客高于500; B、访客数200-500; C、访客数低于200", 30);
    expect(visits("600")).toBe(30);
    expect(visits("300")).toBe(15);
    expect(visits("C")).toBe(0);
  });
});

describe("manual, pass and table rules", () => {
  it("bounds a judged score by the item's points", () => {
    const judged = scorer("酌情给分", 10);
    expect(judged("8.5")).toBe(8.5);
    expect(judged("11")).toBe("manual.outOfRange");
    expect(judged("-1")).toBe("manual.outOfRange");
  });

  it("scores met and not met", () => {
    const done = scorer("完成得10分，未完成0分");
    expect(done("完成")).toBe(10);
    expect(done("√")).toBe(10);
    expect(done("否")).toBe(0);
    expect(done("也许")).toBe("pass.unknown");
    const standard = scorer("素材点击率≥8%达标得满分，未达标不得分", 15);
    expect(standard("9%")).toBe(15);
    expect(standard("7%")).toBe(0);
  });

  it("maps a total to a grade, a coefficient and pay", () => {
    expect(scorer("A+(100+分)、A(81-100分)、B(61-80分)、C(≤60分)")("85")).toBe("A");
    expect(scorer("分值≤59 系数0；60≤分值≤79 系数0.5；80≤分值≤99 系数0.8；分值≥100 系数1")("79.5")).toBe(0.5);
    const pay = scorer("≥90分全额，<70分不发，70-90分按得分%发放", 3000);
    expect(pay("95")).toBe(3000);
    expect(pay("89")).toBe(2670);
    expect(pay("69")).toBe(0);
  });
});

describe("none or some, written as two levels", () => {
  it("reads 无客诉 / 有客诉 as a count of none or some, where 0 complaints took the level scored 0", () => {
    const complaints = scorer("无客诉得10分，有客诉得0分", 10);
    expect(["0", "1", "3"].map(complaints)).toEqual([10, 0, 0]);
  });

  it("keeps levels whose descriptions only mention none (细节无差错)", () => {
    const design = scorer(
      "1与方案完全匹配、细节无差错30分2与方案基本匹配、细节出现差错20分3完全与方案思路背离0分",
      30,
    );
    expect(["30", "20", "0"].map(design)).toEqual([30, 20, 0]);
  });
});
