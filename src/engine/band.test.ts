import { explain } from "../i18n";
import { evaluate } from "./evaluate";
import { parseRule } from "./parseRule";
import { scorer } from "../../test/support/scorer";

describe("band rules", () => {
  const sales = scorer("≥90%得30分，80%-90%得20分，70%-80%得10分，低于70%不得分");

  it("gives the band's points", () => {
    expect(sales("95%")).toBe(30);
    expect(sales("85%")).toBe(20);
    expect(sales("75%")).toBe(10);
    expect(sales("50%")).toBe(0);
  });

  it("puts a value exactly on a boundary where the words say", () => {
    expect(sales("90%")).toBe(30); // ≥ includes
    expect(sales("80%")).toBe(20); // shared endpoint of two ranges: the range it begins
    expect(sales("70%")).toBe(10);
    expect(scorer(">90%得20分，80%-90%得18分")("90%")).toBe(18); // > excludes
    expect(scorer("3万元以上得10分，3万元以下得5分")("3万")).toBe(10);
    expect(scorer("超过3万元得10分，3万元以下得5分")("3万")).toBe(5);
  });

  it("keeps a value on the end of 30天以下 there when the next band is 45天以下 (the narrower holds its end)", () => {
    const ladder = scorer("30天以下得10分，45天以下得6分，45天以上得0分");
    expect([ladder("29"), ladder("30"), ladder("31"), ladder("45"), ladder("46")]).toEqual([10, 10, 6, 0, 0]);
    const grades = scorer("投诉率1%以下得10分，2%以下得6分，3%以下得3分，3%以上0分");
    expect([grades("1%"), grades("2%"), grades("2.5%"), grades("3%")]).toEqual([10, 6, 3, 0]);
  });

  it("does not drop a ratio computed as 0.8999999999 into the band below 90%", () => {
    expect(sales(0.8999999999)).toBe(30);
    expect(sales(8.1 / 9)).toBe(30);
  });

  it("puts a value in the gap between 90%-99% and 100% into the band below", () => {
    expect(scorer("≥100%得20分，90%-99%得18分，<90%得0分")("99.5%")).toBe(18);
  });

  it("reads lower-is-better bands", () => {
    const returns = scorer("≤5%得10分，5%-10%得6分，>10%不得分");
    expect(returns("3%")).toBe(10);
    expect(returns("5%")).toBe(10);
    expect(returns("7%")).toBe(6);
    expect(returns("10%")).toBe(6);
    expect(returns("10.5%")).toBe(0);
  });

  it("reads scores as shares of the item's points", () => {
    const share = scorer("≥95%得满分，90%-95%得70%分值，85%-90%得一半，低于85%不得分", 20);
    expect(share("96%")).toBe(20);
    expect(share("92%")).toBe(14);
    expect(share("86%")).toBe(10);
  });

  it("reads the notations real sheets use", () => {
    expect(scorer("90%>->=80%得20分")("85%")).toBe(20);
    expect(scorer("3W>≥2W得10分")("2.5万")).toBe(10);
    expect(scorer("35</≤45得5分")("40")).toBe(5);
    expect(scorer("35</≤45得5分")("35")).toBe("band.uncovered");
    expect(scorer("180S-=120S得5分")("150秒")).toBe(5);
    expect(scorer("N≥5得100分\n5>N≥1得60分\nN<1得0分")("3")).toBe(60);
  });

  it("says so when a value is in no band and the rule is silent", () => {
    expect(scorer("≥90%得30分，80%-90%得20分")("50%")).toBe("band.uncovered");
  });

  it("explains which band matched and why", () => {
    const parsed = parseRule("≥90%得30分，80%-90%得20分");
    if (!parsed.ok) throw new Error();
    const e = evaluate(parsed.rule, "80%");
    expect(explain(e.explanation)).toBe("实际值80%落在“80%-90%”档；得20分");
    const gap = evaluate(parsed.rule, "60");
    expect(explain(gap.explanation)).toContain("60按60%理解");
  });
});

describe("a value two bands both say they hold", () => {
  const parsed = parseRule("完成率≥100%得30分，90%-100%(含)得20分");
  const contested = parsed.ok ? parsed.rule : null;

  it("is asked about (≥100%得30分 beside 90%-100%(含)得20分 at 100%), the others scored", () => {
    if (!contested) throw new Error("not read");
    const at = (x: string) => {
      const e = evaluate(contested, x, { max: 30 });
      return e.ok ? e.score : e.issue.code;
    };
    expect([at("100%"), at("95%"), at("101%")]).toEqual(["band.contested", 20, 30]);
  });
});

describe("a value below zero where lower is better", () => {
  it("asks about a negative deviation the bands do not foresee, where it took the best band", () => {
    const deviation = scorer("偏差绝对值≤2%得10分，2%-5%得5分，>5%得0分", 10);
    expect(deviation("-3%")).toBe("quantity.negative");
    expect(deviation("-0.5")).toBe("quantity.negative");
    expect(deviation("3%")).toBe(5);
    expect(deviation("1%")).toBe(10);
  });

  it("still gives a negative value the lowest band where higher is better", () => {
    expect(scorer("完成率≥90%得10分，80%-90%得5分，低于80%得0分", 10)("-3%")).toBe(0);
  });
});

describe("an amount typed beside bands of a change", () => {
  it("asks whether 105 beside 同比增长≥10% is this month's amount, where it took the top band", () => {
    const growth = scorer("同比增长≥10%得40分，增长0-10%得20分，负增长不得分", 40);
    expect(["105", "320"].map(growth)).toEqual(["quantity.beyondChange", "quantity.beyondChange"]);
    // A change written with its %, and one below a hundred percent points, are read as typed.
    expect(["105%", "5", "0.05", "60"].map(growth)).toEqual([40, 20, 20, 40]);
  });
});

describe("a negative count beside bands of counts", () => {
  it("asks about −3 new clients, where it took the lowest band", () => {
    const clients = scorer("≥10家得100分，6-9家得60分，低于6家不得分", 100);
    expect(["-3", "0", "7"].map(clients)).toEqual(["quantity.negativeCount", 0, 60]);
  });
});

describe("a rate typed without its % where lower is better", () => {
  it("asks whether 0.8 beside a turnover rate is 0.8% or 80%, where it took the worst band", () => {
    const turnover = scorer("离职率低于15%得10分，15%-25%得5分，25%以上0分", 10);
    expect(["0.8", "1.2", "2"].map(turnover)).toEqual([
      "quantity.percentScale",
      "quantity.percentScale",
      "quantity.percentScale",
    ]);
    expect(["0.2", "0.04", "0.8%", "20%"].map(turnover)).toEqual([5, 10, 10, 5]);
    expect(scorer("客诉率控制在5%以内得10分，每超1%扣2分", 10)("0.3")).toBe("quantity.percentScale");
    expect(scorer("次品率≤30%得10分，>30%得0分", 10)("2")).toBe("quantity.percentScale");
  });

  it("reads a fraction within the bands as the rate Excel stores", () => {
    const returns = scorer("退货率≤3%得10分；3%-5%得5分；>5%得0分", 10);
    expect(["0.04", "0.01", "0.08"].map(returns)).toEqual([5, 10, 0]);
  });
});

describe("a count typed in another period than the rule's", () => {
  it("asks about 90天 beside bands in months, where it took the band of more than 6 months", () => {
    const cycle = scorer("周期≤3个月得10分，3-6个月得5分，>6个月得0分", 10);
    expect(cycle("90天")).toBe("quantity.period");
    expect(cycle("4个月")).toBe(5);
    expect(cycle("2")).toBe(10);
  });
});
