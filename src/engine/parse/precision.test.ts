import { asks, scores } from "../../../test/support/ruleCases";

/**
 * Sure or ask, made more precise: shapes a reader scores without hesitation that the parser used to
 * refuse or doubt, read as written; and the near misses beside them still asked about.
 */

describe("levels and their scores listed apart (分别)", () => {
  it("gives each listed level its own score, in the order listed", () => {
    scores("优秀、良好、合格、不合格四个等级，分别得10分、8分、6分、0分", { max: 10 }, [
      ["优秀", 10],
      ["良好", 8],
      ["合格", 6],
      ["不合格", 0],
    ]);
  });

  it("reads the tiers a result is divided into, then their scores", () => {
    scores("考核结果分为超额完成、达标、未达标三档，分别得15分、10分、0分", { max: 15 }, [
      ["超额完成", 15],
      ["达标", 10],
      ["未达标", 0],
    ]);
  });

  it("carries the words before the first rate to the bare rates after it", () => {
    scores("完成率达到100%、90%、80%分别得10分、8分、6分", { max: 10 }, [
      ["100%", 10],
      ["95%", 8],
      ["85%", 6],
      ["70%", null],
    ]);
  });

  it("reads rates each written with 以上 and scores written with one 分", () => {
    scores("完成率100%以上、90%以上、80%以上的分别得10、8、6分", { max: 10 }, [
      ["105%", 10],
      ["90%", 8],
      ["80%", 6],
    ]);
  });

  it("asks when four levels are listed with three scores", () => {
    asks("优秀、良好、合格、不合格四个等级，分别得10分、8分、6分");
  });

  it("asks when the count the text names is not the number of levels listed", () => {
    asks("优秀、良好、合格三档，分别得10分、8分");
  });
});

describe("ranges copied from a page with their dashes lost", () => {
  it("reads 1530分钟 between 15分钟以内 and 3060分钟 as 15 to 30 minutes", () => {
    scores("早退15分钟以内扣1分,早退1530分钟扣3分,早退3060分钟扣6分,早退60分钟以上扣10分", { max: 10 }, [
      ["10分钟", 9],
      ["20分钟", 7],
      ["45分钟", 4],
      ["2小时", 0],
    ]);
  });

  it("reads a grade table whose score ranges lost their dashes", () => {
    scores("优秀:90分以上;良好:8089分;合格:6079分;不合格:60分以下", {}, [
      ["95", "优秀"],
      ["85", "良好"],
      ["70", "合格"],
      ["50", "不合格"],
    ]);
  });

  it("still asks when a number split as a range meets none of the other bounds", () => {
    asks("完成1530单得10分，1000单以上得5分");
  });

  it("still asks when the split ranges leave a gap between the bands", () => {
    asks("迟到5分钟以内扣1分,迟到510分钟扣3分,迟到1530分钟以上扣5分");
  });
});

describe("points off written with a minus sign", () => {
  it("reads 每次-3分 as three points off each time, and a limit written -9分 as nine points at most", () => {
    scores("早退每次-3分，最多不超过-9分", { max: 10 }, [
      ["0", 10],
      ["1", 7],
      ["4", 1],
    ]);
  });

  it("keeps a dash between two lengths of time a range", () => {
    scores("首次响应≤30秒得10分；30秒-1分钟得6分；超过1分钟0分", { max: 10 }, [
      ["20秒", 10],
      ["45秒", 6],
      ["2分钟", 0],
    ]);
  });
});

describe("none of what is counted scores full points", () => {
  it("reads 0次得满分 beside points off each time as what the steps already say", () => {
    scores("客户投诉0次得满分，每发生1次扣3分", { max: 10 }, [
      ["0", 10],
      ["1", 7],
      ["4", 0],
    ]);
  });

  it("still asks when a base of its own makes full points and the start differ", () => {
    asks("投诉0次得满分,每发生1次扣2分,基础分8分");
  });

  it("still asks when another count is scored outright beside the steps", () => {
    asks("0次得满分,1次得6分,每发生1次扣2分");
  });
});

describe("a satisfaction scale", () => {
  it("reads 非常满意 / 满意 / 一般 / 不满意 / 非常不满意 as levels, each with its points", () => {
    scores("服务评价:非常满意10分、满意8分、一般6分、不满意2分、非常不满意0分", { max: 10 }, [
      ["非常满意", 10],
      ["满意", 8],
      ["一般", 6],
      ["不满意", 2],
      ["非常不满意", 0],
    ]);
  });

  it("still reads 满意度 as the name of a rate", () => {
    scores("客户满意度≥90%得10分，80%-90%得6分，低于80%不得分", { max: 10 }, [
      ["95%", 10],
      ["85%", 6],
      ["70%", 0],
    ]);
  });
});

describe("a list number before the first band", () => {
  it("reads 1、90分以上为优秀 as the first row of a grade table, not as a band from 90 down to 1", () => {
    scores("1、90分以上为优秀，75-89分为良好，60-74分为合格，60分以下为不合格", {}, [
      ["95", "优秀"],
      ["90", "优秀"],
      ["80", "良好"],
      ["50", "不合格"],
    ]);
  });

  it("asks when the opening number could be a list number or the first count", () => {
    asks("1、0 errors: 10 points; 1-2 errors: 6 points; 3 or more errors: 0 point");
  });

  it("asks about a band whose lower end lies above its upper end", () => {
    asks("1、95%以上得10分，90%以下不得分，3、80%以下扣5分");
  });
});

describe("points written as what one may earn, and levels that score nothing", () => {
  it("reads 可得10分 as 得10分, in levels and in bands", () => {
    scores("优秀可得10分，良好可得8分，一般可得5分，差可得0分", { max: 10 }, [
      ["优秀", 10],
      ["一般", 5],
      ["差", 0],
    ]);
    scores("转化率≥5%，可得10分；转化率3%-5%，可得6分；转化率<3%，可得0分", { max: 10 }, [
      ["6%", 10],
      ["4%", 6],
      ["2%", 0],
    ]);
  });

  it("reads the last level of a list, 差不得分, as scoring 0", () => {
    scores("优秀得10分，良好得8分，一般得5分，差不得分", { max: 10 }, [
      ["优秀", 10],
      ["良好", 8],
      ["一般", 5],
      ["差", 0],
    ]);
  });

  it("still asks when a level scores 满分 beside levels scored in points", () => {
    asks("优秀得满分，良好得8分，差不得分");
  });
});

describe("clauses a page divided with spaces instead of commas", () => {
  it("reads 得满分 每降低10人扣1分 as two clauses, the steps counted down from the standard", () => {
    scores("粉丝增长量超过300人得满分 每降低10人扣1分 最低不低于200人得分", { max: 20 }, [
      ["350", 20],
      ["300", 20],
      ["280", 18],
      ["190", 0],
    ]);
  });

  it("keeps a bound and the points it earns together across a space", () => {
    scores("客户满意度 ≥ 4.5分 得10分；4.0–4.5分 得6分；＜4.0分 不得分", { max: 10 }, [
      ["4.8", 10],
      ["4.2", 6],
      ["3.9", 0],
    ]);
  });
});

describe("the points a step is worth written with 为", () => {
  it("reads 每完成1个为5分 as 5 points for each one done, up to the cap", () => {
    scores("每月选题数量,每完成1个为5分,最高20分", { max: 20 }, [
      ["0", 0],
      ["3", 15],
      ["6", 20],
    ]);
  });
});
