import { evaluate } from "../evaluate";
import { parseRule } from "../parseRule";
import { asks, scores } from "../../../test/support/ruleCases";

/**
 * Rule texts a reviewer found read with a confident wrong score: each is now read as an HR reader
 * reads it, or asked about with a reason. The texts are made up; each stands for a shape.
 */

describe("numbers in an item's label", () => {
  it("does not take the number of 指标1： for a bound", () => {
    scores("指标1：完成率≥100%得20分，90%-100%得15分，<90%得0分", { max: 20 }, [
      ["100%", 20],
      ["95%", 15],
      ["80%", 0],
    ]);
  });

  it("does not take the quarter of Q4回款率： for a bound", () => {
    scores("Q4回款率：≥95%得10分，90%-95%得6分，<90%得0分", { max: 10 }, [
      ["95%", 10],
      ["92%", 6],
    ]);
  });

  it("reads l00% scanned with a letter l as 100%", () => {
    scores("完成率≥l00%得10分，90%-l00%得6分", { max: 10 }, [
      ["100%", 10],
      ["95%", 6],
    ]);
  });

  it("does not take the label's number for a bound when a rate follows the colon", () => {
    scores("Q4回款率：95%以上得10分，90%-95%得6分，90%以下0分", { max: 10 }, [
      ["95%", 10],
      ["92%", 6],
    ]);
  });

  it("keeps a rank after a colon (Top3：10分) and asks about a band whose lower end lies above its upper end", () => {
    scores("Top3：10分，Top4-10：5分", { max: 10 }, [
      ["2", 10],
      ["5", 5],
    ]);
    asks("指标1：95分以上得10分，90-95分得6分", "doubt.inverted");
  });
});

describe("a range dash scanned as 一", () => {
  it("reads 80一90分 as the range 80 to 90", () => {
    scores("满意度90一100分得10分，80一90分得6分，80分以下不得分", { max: 10 }, [
      ["95", 10],
      ["85", 6],
      ["70", 0],
    ]);
  });

  it("reads 80%一90% as a range, and asks as it does for the dash when 其他 lies on both sides", () => {
    asks("完成率90%一100%得10分，80%一90%得6分，其他0分", "doubt.order");
  });
});

describe("points converted again", () => {
  it("asks when the points are to be converted by the weight (按权重折算)", () => {
    asks("完成率≥95%得10分，90%-95%得8分，<90%得0分，按权重折算", "doubt.weighted");
  });

  it("asks when the points are given on another scale (5分制)", () => {
    asks("完成率≥95%得5分，90%-95%得4分，<90%得0分，5分制", "doubt.weighted");
  });
});

describe("one step written twice", () => {
  it("takes a step restated in English once", () => {
    scores("每迟到一次扣1分；Late: 1 point off per occurrence", { max: 10 }, [
      ["0", 10],
      ["2", 8],
    ]);
  });

  it("takes a step restated after 即 once", () => {
    scores("客户投诉每次扣2分，即每被投诉1次扣2分", { max: 10 }, [["2", 6]]);
  });

  it("takes a step below the target restated in English once", () => {
    scores("每低1%扣1分 / Deduct 1 point per 1% below", { max: 10, target: 1 }, [
      ["98%", 8],
      ["100%", 10],
    ]);
  });

  it("still counts two faults named apart at one price", () => {
    scores("迟到扣2分，早退扣2分，旷工扣10分", { max: 10 }, [
      ["1,1,0", 6],
      ["0,0,1", 0],
    ]);
  });

  it("asks when the same step is written for two measures the one cell cannot hold", () => {
    asks("销售额每低1%扣1分，回款率每低1%扣1分", "doubt.twice");
  });
});

describe("severity levels named by 级", () => {
  it("asks whether the cell holds the level or a count (一级客诉扣10分…)", () => {
    asks("出现一级客诉扣10分，二级客诉扣5分，三级客诉扣3分", "doubt.graded");
    asks("1级故障扣6分，2级故障扣4分，3级故障扣2分", "doubt.graded");
  });

  it("asks when more occurrences take fewer points off", () => {
    asks("迟到1次扣6分，2次扣4分，3次扣2分", "doubt.tiers");
  });

  it("still reads counts that cost more as they rise", () => {
    scores("迟到1次扣1分，2次扣3分，3次及以上本项不得分", { max: 10 }, [
      ["0", 10],
      ["1", 9],
      ["2", 7],
      ["4", 0],
    ]);
  });
});

describe("steps of half a day or half an hour", () => {
  it("counts a day late as two steps of 每延迟半天", () => {
    scores("每延迟半天交付扣1分", { max: 10 }, [
      ["1天", 8],
      ["0", 10],
    ]);
  });

  it("no longer reads 每半小时 as a step per occurrence", () => {
    const parsed = parseRule("超时每半小时扣2分，最多扣10分");
    expect(parsed.ok && parsed.doubt === undefined).toBe(false);
  });
});

describe("lists of a value = points", () => {
  it("reads Errors: 0 = 10 as the score of no errors", () => {
    scores("Errors: 0 = 10, 1-2 = 6, otherwise 0", { max: 10 }, [
      ["0", 10],
      ["2", 6],
      ["3", 0],
    ]);
  });

  it("never drops 0=10 and 1=5 from a list of counts typed with no units", () => {
    const parsed = parseRule("客诉次数 0=10 1=5 2以上=0");
    const sure = parsed.ok && parsed.doubt === undefined;
    const one = parsed.ok ? evaluate(parsed.rule, "1", { max: 10 }) : undefined;
    expect(!sure || (one?.ok && one.score === 5)).toBe(true);
  });
});

describe("periods of days, weeks and months", () => {
  it("converts days typed beside bands in weeks, and asks about a month", () => {
    const text = "交付周期不超过2周得10分，2-4周得5分，超过4周不得分";
    scores(text, { max: 10 }, [
      ["10天", 10],
      ["20天", 5],
      ["3周", 5],
      ["5周", 0],
    ]);
    const parsed = parseRule(text);
    const month = parsed.ok ? evaluate(parsed.rule, "1个月", { max: 10 }) : undefined;
    expect(month?.ok === false && month.issue.code).toBe("quantity.period");
  });

  it("counts a week late as 7 days late", () => {
    scores("每延误1天扣1分", { max: 10 }, [
      ["1周", 3],
      ["3天", 7],
    ]);
  });

  it("converts weeks typed beside steps past a standard in days", () => {
    scores("工期≤30天得10分，每超1天扣1分", { max: 10 }, [
      ["5周", 5],
      ["33天", 7],
    ]);
  });

  it("converts years typed beside bands in months", () => {
    scores("服务满6个月得5分，满12个月及以上得10分", { max: 10 }, [["1年", 10]]);
  });
});
