import { evaluate } from "../evaluate";
import { parseRule } from "../parseRule";
import { scores } from "../../../test/support/ruleCases";
import { contextDoubt } from "../certainty";
import { toFormula } from "../formula";

/**
 * The shapes real 评分标准 texts take, each read as an HR person reads it. The texts are made up in
 * the style of real pages; every one names a shape the grammar reads by its lexicons and clause
 * grammars, never by a special case.
 */

describe("clauses glued together", () => {
  it("reads bands copied out of a PDF with no separators", () => {
    scores("好评率 95%以上 15 分90%以上 8 分低于 90% 0 分", { max: 15 }, [
      ["96%", 15],
      ["95%", 15],
      ["92%", 8],
      ["89%", 0],
    ]);
  });

  it("reads list numbers glued to the text as list markers", () => {
    scores("1有很好的创新并能运用10分2有创新但无法满足方案5分3无创新0分", { max: 10 }, [
      ["10", 10],
      ["5", 5],
      ["0", 0],
      ["7", null],
    ]);
  });
});

describe("steps from a target", () => {
  it("adds points for every step above the target, up to a cap", () => {
    scores("每超额完成目标50单加2分，最高加8分", { max: 20, target: 500 }, [
      ["500", 20],
      ["560", 22],
      ["1000", 28],
    ]);
  });

  it("says nothing below the target of a bonus that only counts above it", () => {
    scores("每超额完成目标50单加2分，最高加8分", { max: 20, target: 500 }, [["450", null]]);
  });

  it("takes points off for every step above a price target", () => {
    scores("每高0.5元扣1分", { max: 10, target: 20 }, [
      ["20", 10],
      ["20.5", 9],
      ["21.2", 8],
      ["19", 10],
    ]);
  });

  it("takes points off for every video short of the target", () => {
    scores("每少发1条视频扣3分", { max: 15, target: 8 }, [
      ["8", 15],
      ["7", 12],
      ["3", 0],
    ]);
  });

  it("takes a share of the points for every two days late", () => {
    scores("每推迟2天扣5%", { max: 20 }, [
      ["0", 20],
      ["2", 19],
      ["3", 19],
      ["4", 18],
    ]);
  });

  it("adds above the target and takes off below it, one point per percentage point", () => {
    scores("高于目标每1个百分点加1分，低于目标每1个百分点减1分", { max: 20, target: 0.9 }, [
      ["90%", 20],
      ["93%", 23],
      ["85%", 15],
    ]);
  });

  it("asks for the item's points when steps count from a target and none are given", () => {
    const parsed = parseRule("每低于目标1%扣2分");
    if (!parsed.ok) throw new Error("not read");
    const e = evaluate(parsed.rule, "85%", { target: 0.9 });
    expect(e.ok ? e.score : e.issue.code).toBe("rule.needsMax");
  });
});

describe("the target written in the text", () => {
  it("reads the value that earns full marks as the target of the steps", () => {
    scores("投产比为2.5得满分，每低0.1扣2分", { max: 20 }, [
      ["2.5", 20],
      ["2.3", 16],
      ["3", 20],
      ["1", 0],
    ]);
  });

  it("reads one value that earns full marks as a standard met from there up", () => {
    scores("审核通过98%为满分", { max: 10 }, [
      ["99%", 10],
      ["98%", 10],
      ["97%", null],
    ]);
  });

  it("reads steps below a completion rate that earns full marks", () => {
    scores("达成率100%得满分，每低2%扣1分", { max: 10 }, [
      ["100%", 10],
      ["97%", 9],
      ["90%", 5],
    ]);
  });

  it("pays in proportion below the target", () => {
    scores("达到目标得满分，未达到按完成比例计分", { max: 20, target: 100 }, [
      ["100", 20],
      ["80", 16],
      ["120", 20],
    ]);
  });
});

describe("limits read by their sign", () => {
  it("stops a deduction at 0 when it says 最高扣至0分", () => {
    scores("每低1%扣2分，最高扣至0分", { max: 10, target: 0.9 }, [
      ["90%", 10],
      ["86%", 2],
      ["80%", 0],
    ]);
  });

  it("caps what an adjustment takes off at 最多不超过-6分", () => {
    scores("每次迟到扣2分，最多不超过-6分", {}, [
      ["0", 0],
      ["2", -4],
      ["5", -6],
    ]);
  });

  it("caps the points taken off at 最多扣8分 and 扣分上限15分", () => {
    scores("每次投诉扣2分，最多扣8分", { max: 20 }, [
      ["3", 14],
      ["6", 12],
    ]);
    scores("每次违规扣3分，扣分上限15分", { max: 20 }, [
      ["2", 14],
      ["7", 5],
    ]);
  });

  it("floors the score at a share of the points", () => {
    scores("每晚交一天扣3%，最低不低于50%", { max: 20 }, [
      ["0", 20],
      ["1", 19.4],
      ["10", 14],
      ["20", 10],
    ]);
  });
});

describe("what everything else scores", () => {
  it("reads 否则, 未达到 and 其他 as the score of every other value", () => {
    scores("≥95%得10分，否则0分", { max: 10 }, [
      ["96%", 10],
      ["94%", 0],
    ]);
    scores("达到95%得10分，未达到不得分", { max: 10 }, [
      ["96%", 10],
      ["94%", 0],
    ]);
    scores("≥95%得10分，90%-95%得5分，其他不得分", { max: 10 }, [
      ["92%", 5],
      ["80%", 0],
    ]);
  });

  it("reads counts written without 每 as the tiers of one scale, and no lateness as full marks", () => {
    scores("迟到1次扣1分，2次扣2分，3次及以上扣3分", { max: 10 }, [
      ["0", 10],
      ["1", 9],
      ["2", 8],
      ["3", 7],
      ["5", 7],
    ]);
  });
});

describe("units on bands and levels", () => {
  it("reads years, hours, class hours, grades and stars", () => {
    scores("工龄2年(含)以下得5分，2年以上得10分", { max: 10 }, [
      ["2", 5],
      ["1年", 5],
      ["3", 10],
    ]);
    scores("培训时长100h以上得10分，50h-100h得5分，低于50h不得分", { max: 10 }, [
      ["120", 10],
      ["60", 5],
      ["40", 0],
    ]);
    scores("8 课时以上得10分，4-8课时得5分", { max: 10 }, [
      ["9", 10],
      ["5", 5],
    ]);
    scores("技能等级3级以上得10分，2级得5分", { max: 10 }, [
      ["4级", 10],
      ["2", 5],
    ]);
    scores("店铺评分5星得10分，4星得8分，3星及以下不得分", { max: 10 }, [
      ["5", 10],
      ["4星", 8],
      ["3", 0],
    ]);
  });

  it("reads A、 ①, ● and (1) in front of whole bands as list markers, not grades", () => {
    scores("A、点击量高于800得20分；B、点击量500-800得10分；C、点击量低于500不得分", { max: 20 }, [
      ["900", 20],
      ["600", 10],
      ["400", 0],
    ]);
    for (const text of [
      "①≥90%得10分②80%-90%得6分③低于80%不得分",
      "●≥90%得10分 ●80%-90%得6分 ●低于80%不得分",
      "(1)≥90%得10分；(2)80%-90%得6分；(3)低于80%不得分",
    ])
      scores(text, { max: 10 }, [
        ["95%", 10],
        ["85%", 6],
        ["70%", 0],
      ]);
  });
});

describe("a shared endpoint", () => {
  it("goes to the band that states it, (含), over the one below", () => {
    scores("60%(含)-75%得5分，60%以下不得分", { max: 5 }, [
      ["60%", 5],
      ["59%", 0],
    ]);
  });

  it("goes to the range that begins there, over 以下", () => {
    const parsed = parseRule("60-69分为合格，60分以下为不合格");
    if (!parsed.ok) throw new Error("not read");
    expect(["60", "59"].map((x) => evaluate(parsed.rule, x, {}))).toMatchObject([
      { ok: true, score: "合格" },
      { ok: true, score: "不合格" },
    ]);
  });
});

describe("proportional scores", () => {
  it("reads a formula with its cap", () => {
    scores("得分=回款率×25，封顶25分", { max: 25 }, [
      ["100%", 25],
      ["80%", 20],
      ["120%", 25],
    ]);
    scores("实际/目标×分值", { max: 20, target: 100 }, [
      ["100", 20],
      ["50", 10],
    ]);
  });
});

describe("English", () => {
  it("reads bands, full marks, steps and judgement", () => {
    scores("95% and above: 25 points; 85%-95%: 15 points; under 85%: 0", { max: 25 }, [
      ["95%", 25],
      ["90%", 15],
      ["80%", 0],
    ]);
    scores("4% or more: full marks; 2% to 4%: 6", { max: 10 }, [
      ["4%", 10],
      ["3%", 6],
    ]);
    scores("3 points off per complaint, not below zero", { max: 10 }, [
      ["2", 4],
      ["5", 0],
    ]);
    scores("Line manager's assessment", { max: 10 }, [
      ["8", 8],
      ["11", null],
    ]);
  });
});

describe("levels and numbers", () => {
  it("reads one-character levels such as 差", () => {
    scores("优秀得10分，良好得8分，差得0分", { max: 10 }, [
      ["优秀", 10],
      ["良好", 8],
      ["差", 0],
    ]);
  });

  it("reads levels described in sentences that mention a level word or 加以", () => {
    scores("工作主动,常提出改进意见。 10\n表现较一般人为良好。 8\n尚需加以督导。 4", { max: 10 }, [
      ["10", 10],
      ["8", 8],
      ["4", 4],
    ]);
  });

  it("keeps grades and levels written in Traditional Chinese as written", () => {
    scores("總評90分以上者列為優等,80分至89分為甲等,未滿80分為乙等", {}, [
      ["95", "優等"],
      ["85", "甲等"],
      ["79.5", "乙等"],
    ]);
    scores("優秀得10分，良好得8分，差得0分", { max: 10 }, [
      ["優秀", 10],
      ["优秀", 10],
    ]);
    const parsed = parseRule("優秀得10分，良好得8分，差得0分");
    expect(parsed.ok && parsed.rule.kind === "levels" ? parsed.rule.levels.map((l) => l.key) : []).toEqual([
      "優秀",
      "良好",
      "差",
    ]);
  });

  it("reads 1e3 as a thousand, never as 3", () => {
    scores("≥1e3得10分，低于1e3不得分", { max: 10 }, [
      ["1000", 10],
      ["999", 0],
    ]);
  });
});

describe("bands of time written in whole units", () => {
  it("reads 80-99小时 before ≥100小时 as bands with no gap, as 80%-99% before ≥100% is", () => {
    const parsed = parseRule("≥100小时得40分，80-99小时得30分，低于80小时不得分");
    expect(parsed.ok && parsed.doubt).toBe(undefined);
    scores("≥100小时得40分，80-99小时得30分，低于80小时不得分", { max: 40 }, [
      ["120", 40],
      ["90", 30],
      ["99.5", 30],
      ["70", 0],
    ]);
    scores("≥1.5小时得10分，1-1.4小时得5分，不足1小时不得分", { max: 10 }, [
      ["1.5", 10],
      ["1.2", 5],
      ["0.5", 0],
    ]);
  });
});

describe("bands of amounts written in 万 with decimals", () => {
  it("reads 40-49.9万元 before ≥50万元 as bands with no gap, a tenth of 万 being their step", () => {
    const text = "≥50万元得100分，40-49.9万元得80分，低于40万元不得分";
    const parsed = parseRule(text);
    expect(parsed.ok && parsed.doubt).toBe(undefined);
    scores(text, { max: 100 }, [
      ["52万", 100],
      ["44万", 80],
      ["38万", 0],
    ]);
    // a whole 万 between the bands is still a gap
    const gap = parseRule("≥50万元得100分，40-48.9万元得80分，低于40万元不得分");
    expect(gap.ok && gap.doubt?.code).toBe("doubt.gap");
  });
});

describe("sure or ask", () => {
  it.each([
    ["a band left without its score", "≥90%得30分，80%-90%"],
    ["a garbled number", "完成率达到100%的评5分,达到90299%的评4分"],
    ["bands that leave a gap", "≥90%得30分，70%-80%得10分"],
    ["bands of hours that leave a gap", "≥100小时得40分，60-80小时得30分"],
    ["the same band scored twice", "≥90%得30分，≥90%得20分"],
    ["a word that changes what the number means", "累计3次以上迟到扣5分，每次迟到扣1分"],
    ["bands in two different measures", "完成率达到100%得5分，1项未完成得4分"],
    ["a measure of time written without its unit", "平均停留时长达到5得满分，每少1扣2分"],
    [
      "points per unit inside a band (tiers counted progressively)",
      "5万以下每千元0.1分，5万-10万每千元0.2分",
    ],
    ["a place counted from the last, which needs the team's size", "排名倒数第二扣2分"],
  ])("is not sure of %s", (_shape, text) => {
    const parsed = parseRule(text);
    expect(parsed.ok ? parsed.doubt?.code.startsWith("doubt.") : true).toBe(true);
  });
});

describe("counters, judges and breakdowns", () => {
  it("reads a counter such as 款 as the unit of a band, so 以下 keeps its number", () => {
    scores("产品上新≥8款得满分;5-7款得6分;5款以下不得分", { max: 10 }, [
      ["8", 10],
      ["7", 6],
      ["5", 6],
      ["4", 0],
    ]);
  });

  it("reads 差评 and 中评 as reviews counted, not as the levels 差 and 中", () => {
    scores("差评每条扣1分；中评每条扣0.5分", { max: 10 }, [
      ["0", 10],
      ["2,1", 7.5],
    ]);
  });

  it("reads a judgement by a named role out of the item's points", () => {
    scores("按团队负责人评分", { max: 10 }, [
      ["7", 7],
      ["12", null],
    ]);
  });

  it("reads the parts of a breakdown after 其中 as guidance for the judge", () => {
    scores("根据创意质量进行评分,满分10分,其中创意占5分,执行占5分", {}, [
      ["8", 8],
      ["11", null],
    ]);
  });
});

describe("steps and their standards", () => {
  it("reads 少交一次 as one short of the target", () => {
    scores("少交一次扣2分。", { max: 10, target: 4 }, [
      ["4", 10],
      ["3", 8],
      ["0", 2],
    ]);
  });

  it("reads the standard written right after the direction word, then the step", () => {
    scores("店铺DSR评分每低于4.8分0.1分扣2分", { max: 10 }, [
      ["4.8", 10],
      ["4.7", 8],
      ["4.65", 8],
      ["4.3", 0],
    ]);
  });

  it("caps steps from the full score at the full score (最高不超过满分)", () => {
    scores("按新增客户数计分,每多10人加2分,每少10人减2分,最高不超过满分", { max: 20, target: 100 }, [
      ["110", 20],
      ["90", 18],
    ]);
  });

  it("keeps half the points when at most 50% may be taken off", () => {
    scores("每推迟1天扣5%，最多扣50%", { max: 20 }, [
      ["1", 19],
      ["15", 10],
    ]);
  });

  it("counts faults down from a met standard that states its points", () => {
    scores("按照项目节点按时完成得10分，每延期1天扣1分，延期超过5天不得分", { max: 10 }, [
      ["0", 10],
      ["5", 5],
      ["6", 0],
    ]);
  });
});

describe("proportions with a cap or extra points", () => {
  it("reads 超过100%按100%计算 as a cap on the rate", () => {
    scores("得分=完成率×分值,完成率超过100%按100%计算", { max: 25 }, [
      ["80%", 20],
      ["120%", 25],
    ]);
  });

  it.each([
    ["an exam mark times a tenth", "考核得分=考试成绩×0.1"],
    ["a rate times a weight", "得分=完成率×0.2"],
  ])("never reads a multiplier below 1 as the item's points (%s)", (_shape, text) => {
    const parsed = parseRule(text);
    expect(parsed.ok && parsed.doubt === undefined).toBe(false);
  });

  it("adds a completion rate's extra points past 100%", () => {
    scores("达成率×20,超额部分每5%加1分", { max: 20 }, [
      ["80%", 16],
      ["112%", 22],
    ]);
  });

  it("adds the extra points past the target when the proportion names no rate (完成目标值得满分，未完成按比例)", () => {
    scores("完成目标值得满分，未完成按比例，超额部分每超5%加1分，最多加3分", { max: 10 }, [
      ["90%", 9],
      ["100%", 10],
      ["110%", 12],
      ["140%", 13],
    ]);
  });
});

describe("legends and standards", () => {
  it("reads a rating legend whose numbers carry 分 (5分：远超预期；4分：超出预期…)", () => {
    scores("5分：远超预期；4分：超出预期；3分：达到预期；2分：部分达到；1分：未达到", { max: 5 }, [
      ["5", 5],
      ["3", 3],
      ["1", 1],
      ["6", null],
    ]);
  });

  it("reads one value earning its points beside 否则 as a standard met from there up", () => {
    scores("直播间开播率100%得10分，否则0分", { max: 10 }, [
      ["100%", 10],
      ["99%", 0],
    ]);
  });
});

describe("met or not met", () => {
  it("reads one standard and 未达成得0分 as met / not met, from the value or the words", () => {
    scores("GMV达成率≥100%得20分，未达成得0分", { max: 20 }, [
      ["105%", 20],
      ["99%", 0],
      ["未达成", 0],
    ]);
  });
});

describe("a standard defined on its own", () => {
  it("reads 差评率≤2%为达标 as the standard the met / not met clauses refer to", () => {
    scores("差评率≤2%为达标，达标得10分，不达标不得分", { max: 10 }, [
      ["1%", 10],
      ["2%", 10],
      ["3%", 0],
      ["达标", 10],
    ]);
  });
});

describe("none and some, said in words", () => {
  it("reads 无客诉 as none and 有客诉 as one or more", () => {
    scores("当月无客诉得满分,有客诉不得分", { max: 10 }, [
      ["0", 10],
      ["1", 0],
      ["3", 0],
    ]);
  });
});

describe("pay tables", () => {
  it("reads 发放50% as half the base paid", () => {
    const parsed = parseRule("月度KPI得分低于60分，不发放绩效奖金；60-79分，发放50%；80分及以上，全额发放");
    expect(parsed.ok && !parsed.doubt).toBe(true);
    const rows = parsed.ok && parsed.rule.kind === "table" ? parsed.rule.rows.map((r) => r.value) : [];
    expect(rows).toEqual([
      { type: "share", share: 0 },
      { type: "share", share: 0.5 },
      { type: "share", share: 1 },
    ]);
  });

  it("reads a band with full marks beside other bands as bands, not a table of the score", () => {
    scores(
      "Customer satisfaction score ≥ 4.5 earns full marks; 4.0–4.49 earns 10; below 4.0 earns 0",
      { max: 15 },
      [
        ["4.6", 15],
        ["4.2", 10],
        ["3.9", 0],
      ],
    );
  });

  it("reads 'per percentage point' as a step of one point", () => {
    scores(
      "On-time delivery rate: 2 points off per percentage point below target",
      { max: 20, target: 0.98 },
      [
        ["98%", 20],
        ["95.5%", 16],
      ],
    );
  });
});

describe("places listed one by one", () => {
  it.each([
    ["1st: 10 points; 2nd: 8 points; 3rd: 6 points; others: 0"],
    ["名次1得10分，名次2得8分，名次3得6分，其余0分"],
    ["Rank 1: 10 points; rank 2: 8 points; rank 3: 6 points; others: 0"],
  ])("reads each place as itself, the rest by the otherwise clause: %s", (text) => {
    scores(text, { max: 10 }, [
      ["1", 10],
      ["3", 6],
      ["4", 0],
      ["10", 0],
    ]);
  });
});

describe("sure or ask, new checks", () => {
  it.each([
    ["a bound word read without its number", "好评率98%以上15分,95%及以上得10分,90%以上得5分,5款以下"],
    ["two ranges that overlap with different scores", "80%-95%得10分，90%-100%得15分"],
    ["a threshold taken for the size of a step", "每篇稿件阅读量达到1万得2分,最多得10分"],
    ["a difference to the target with no rule for it", "按实际比例与目标比例的差值计分"],
    ["a cap on the sheet's total, which no item's rule applies", "每项创新加5分，总分最高不超过100分"],
    ["a cap on the total in Traditional Chinese", "每項創新加5分，綜合得分最高100分"],
    [
      "a place and every later one, the place itself in or out unsaid",
      "排名前5名得10分，6-10名得6分，10名以后得0分",
    ],
    ["places up to one, in or out unsaid", "第3名以前得10分，第4-8名得6分，其余0分"],
    ["a standard before English steps led by beyond", "Each error beyond 2 deducts 1 point"],
    ["a place or better, in English", "3rd place or better: 10 points; others: 0"],
    ["what the item's points do not cover taken off the total", "每迟到1次扣2分，不足部分从总分中扣除"],
    ["deductions with no cap, past the item's points", "每迟到1次扣2分，扣分不设上限"],
  ])("is not sure of %s", (_shape, text) => {
    const parsed = parseRule(text);
    expect(parsed.ok ? parsed.doubt?.code.startsWith("doubt.") : true).toBe(true);
  });

  it("asks whether an award is the item's score or comes on top of its points", () => {
    const parsed = parseRule("有重大贡献的，额外加5-10分");
    expect(parsed.ok && !parsed.doubt).toBe(true);
    if (parsed.ok) expect(contextDoubt(parsed.rule, { max: 10 }, "")?.code).toBe("doubt.base");
    if (parsed.ok) expect(contextDoubt(parsed.rule, {}, "")).toBeUndefined();
  });

  it("asks which full points deductions count down from where the text's and the item's differ", () => {
    const parsed = parseRule("每迟到1次扣2分，扣完为止，满分20分");
    if (!parsed.ok) throw new Error("not understood");
    expect(contextDoubt(parsed.rule, { max: 30 }, "")?.code).toBe("doubt.statedFull");
    expect(contextDoubt(parsed.rule, { max: 20 }, "")).toBeUndefined();
    const mixed = parseRule(
      "基础分10分，每月直播违规1次扣3分，获平台官方推荐1次加2分，本项最高15分，最低0分",
    );
    expect(mixed.ok ? contextDoubt(mixed.rule, { max: 15 }, "") : "refused").toBeUndefined();
  });

  it("asks what counted deductions start from when the item has no points and the text names none", () => {
    const parsed = parseRule("每出现1次违规扣5分");
    if (!parsed.ok) throw new Error("not understood");
    expect(contextDoubt(parsed.rule, {}, "")?.code).toBe("doubt.counted");
    expect(contextDoubt(parsed.rule, { max: 10 }, "")).toBeUndefined();
    const named = parseRule("超期一天扣50分");
    expect(named.ok ? contextDoubt(named.rule, {}, "") : "refused").toBeUndefined();
  });

  it("asks whether a percent typed is the completion rate when the item's target is a rate the bands never reach", () => {
    const parsed = parseRule("完成率≥100%得20分，80%-100%得10分，低于80%不得分");
    if (!parsed.ok) throw new Error("not understood");
    expect(contextDoubt(parsed.rule, { max: 20, target: 0.3 }, "")?.code).toBe("doubt.rateTarget");
    // A target within the bands is the same kind of rate: the percent typed is read as it stands.
    expect(contextDoubt(parsed.rule, { max: 20, target: 0.9 }, "")).toBeUndefined();
    expect(contextDoubt(parsed.rule, { max: 20, target: 1 }, "")).toBeUndefined();
  });

  it("reads a percent typed against a target of 100% as it stands, whatever bands the rule draws", () => {
    const parsed = parseRule("≥95%: 20 pts; 80%-94%: 10 pts; below 80%: 0");
    if (!parsed.ok) throw new Error("not understood");
    // 85% of a 100% target is 85% either way: the two readings agree.
    expect(contextDoubt(parsed.rule, { max: 20, target: 1 }, "")).toBeUndefined();
    expect(contextDoubt(parsed.rule, { max: 20, target: 0.3 }, "")?.code).toBe("doubt.rateTarget");
  });
});

describe("the sixth held-out batch's shapes", () => {
  it("reads a band whose line breaks fall inside its clauses, as a PDF copies them", () => {
    scores("完成率100%及以上得\n20分，90%(含)-100%得15分，90%以下\n得0分", { max: 20 }, [
      ["105%", 20],
      ["100%", 20],
      ["90%", 15],
      ["85%", 0],
    ]);
  });

  it("keeps a line break between whole rows as a row break", () => {
    scores("≥95% 10分\n90%-95% 6分\n<90% 0分", { max: 10 }, [
      ["96%", 10],
      ["92%", 6],
      ["80%", 0],
    ]);
  });

  it("counts steps above and below the item's target from the points it gives at the target", () => {
    scores(
      "以目标值为基准得20分，每超出1000元加1分，每减少1000元扣2分，最高25分，最低0分",
      { max: 25, target: 50000 },
      [
        ["50000", 20],
        ["53000", 23],
        ["60000", 25],
        ["48000", 16],
        ["30000", 0],
      ],
    );
  });

  it("starts two-sided steps from the full points the text states, and caps the total where it says 最高加至", () => {
    scores(
      "利润率目标10%，每高1个百分点加2分，每低1个百分点扣2分，满分10分，最高加至14分，最低0分",
      { max: 10 },
      [
        ["10%", 10],
        ["11%", 12],
        ["15%", 14],
        ["8%", 6],
        ["4%", 0],
      ],
    );
  });

  it("reads 'each point below 90' as one point per unit under the standard", () => {
    scores("Full marks at 90 or above; deduct 1 point for each point below 90", { max: 10 }, [
      ["95", 10],
      ["90", 10],
      ["87", 7],
      ["75", 0],
    ]);
  });

  it("counts days absent as occurrences, with no target needed", () => {
    scores("旷工每1天扣5分，扣完为止", { max: 10 }, [
      ["0", 10],
      ["1", 5],
      ["3", 0],
    ]);
  });

  it("reads 按时提交 / 未按时提交 as met or not met", () => {
    scores("按时提交周报得3分，未按时提交不得分", { max: 3 }, [
      ["是", 3],
      ["否", 0],
    ]);
  });

  it("reads 'none' after a condition as no points", () => {
    scores("100% or above: 10 points; 90% to 100%: 5 points; below 90%: none", { max: 10 }, [
      ["105%", 10],
      ["95%", 5],
      ["80%", 0],
    ]);
  });

  it("reads ranges each given a name after = as a grade table, even when the names are not grade words", () => {
    scores("年度总分 0-59=待改进 60-74=基本达标 75-89=达标 90-100=超出期望", {}, [
      ["50", "待改进"],
      ["60", "基本达标"],
      ["80", "达标"],
      ["95", "超出期望"],
    ]);
  });

  it("scores in proportion to the standard the text divides by, below that same standard", () => {
    scores("回访率达到95%得满分，未达到95%的按实际回访率/95%×分值计算", { max: 20 }, [
      ["100%", 20],
      ["95%", 20],
      ["76%", 16],
      ["47.5%", 10],
    ]);
  });

  it("refuses a proportion whose bound is not the standard it divides by", () => {
    expect(parseRule("低于90%的按实际好评率/98%×分值计算").ok).toBe(false);
  });

  it("reads 'heading: 0 = 5 points' as none scoring 5, not as a score of 0", () => {
    scores("Missed deadlines: 0 = 5 points; 1-2 = 3 points; 3 or more = 0 points", { max: 5 }, [
      ["0", 5],
      ["2", 3],
      ["7", 0],
    ]);
  });

  it("reads rows of a one-line table divided by ' / ' after their points", () => {
    scores(
      "Weak (0 – 50) = 1 point / Fair (51 – 80) = 2 points / Strong (81 and above) = 3 points",
      { max: 3 },
      [
        ["50", 1],
        ["51", 2],
        ["90", 3],
      ],
    );
  });

  it("reads 加至 from stated base points as the total reached, and from nothing as what is added", () => {
    scores("基础分5分，每签约1单加1分，最多加到10分", { max: 10 }, [
      ["0", 5],
      ["3", 8],
      ["9", 10],
    ]);
    scores("每获表彰1次加1分，最多可追加至5分", {}, [
      ["3", 3],
      ["7", 5],
    ]);
  });

  it("does not take the points given at the target for the target itself", () => {
    scores("以目标值为基准得10分，每超出1万元加1分，最高15分", { max: 15, target: 100000 }, [
      ["100000", 10],
      ["120000", 12],
      ["200000", 15],
    ]);
  });
});

describe("items not done, counted", () => {
  it("reads 1项未完成得7分… as a count of items not done, and a completion of 100% as none undone", () => {
    scores(
      "本月工作计划完成率100%得10分，1项未完成得7分，2项未完成得4分，3项及以上未完成不得分",
      { max: 10 },
      [
        ["0", 10],
        ["1", 7],
        ["2", 4],
        ["3", 0],
        ["5", 0],
        ["95%", null],
      ],
    );
  });

  it("asks when another completion rate stands beside the counts of items not done", () => {
    const parsed = parseRule("完成率100%得10分，完成率90%得5分，1项未完成得7分，2项未完成得4分");
    expect(parsed.ok && parsed.doubt === undefined).toBe(false);
  });
});

describe("the seventh held-out batch's shapes", () => {
  it("scores every place a ranking sequence does not list by 其余不得分", () => {
    scores("排名1-4名依次得10、8、6、4分，其余不得分", { max: 10 }, [
      ["1", 10],
      ["4", 4],
      ["6", 0],
    ]);
  });

  it("reads 符合要求 / 不符合要求 as met or not met", () => {
    scores("着装符合要求得3分，不符合要求不得分", { max: 3 }, [
      ["是", 3],
      ["否", 0],
    ]);
  });

  it("reads (含) after a range's first number and its 分 as keeping that number", () => {
    scores("评分4.9分(含)以上得5分，4.6分(含)-4.9分得3分，4.6分以下0分", { max: 5 }, [
      ["4.9", 5],
      ["4.7", 3],
      ["4.6", 3],
      ["4.5", 0],
    ]);
  });

  it("reads (1) (2) (3) counting in order after spaces as list markers, not numbers", () => {
    scores("(1)出勤率≥98%得10分 (2)95%≤出勤率<98%得6分 (3)出勤率<95%不得分", { max: 10 }, [
      ["98%", 10],
      ["96%", 6],
      ["95%", 6],
      ["90%", 0],
    ]);
  });

  it("cuts a cap off the points each unit earns when no comma divides them", () => {
    scores("每成交一单得2分 最多得10分", { max: 10 }, [
      ["0", 0],
      ["3", 6],
      ["8", 10],
    ]);
    scores("每新增1个客户得3分 最多得12分", { max: 12 }, [
      ["2", 6],
      ["5", 12],
    ]);
  });

  it("names each kind counted by the words after 每次 when none stand before it", () => {
    scores("加减分项：每获得1次表彰加3分，每次违纪扣2分", {}, [
      ["0", 0],
      ["1,1", 1],
      ["2,0", 6],
    ]);
  });

  it("counts steps down from one value that earns points, with no target word", () => {
    scores("出勤率100%得10分，每下降2%扣1分，90%以下不得分", { max: 10 }, [
      ["100%", 10],
      ["98%", 9],
      ["94%", 7],
      ["92%", 6],
      ["90%", 0],
    ]);
  });

  it("reads 实际/30×10 below a standard of 30 as a proportion of that standard", () => {
    scores("拜访客户≥30家得10分，不足30家按实际家数/30×10计分", { max: 10 }, [
      ["30", 10],
      ["15", 5],
      ["40", 10],
    ]);
  });

  it("reads 低于100%得分=完成率×分值 as a proportion bounded by its own standard of 100%", () => {
    scores("完成率100%以上得满分，低于100%得分=完成率×分值", { max: 20 }, [
      ["90%", 18],
      ["110%", 20],
    ]);
  });
});

describe("points per unit that may run past the item's points", () => {
  it("scores units within the item's points and asks beyond them when the text sets no cap", () => {
    scores("每完成1个得3分", { max: 30 }, [
      ["5", 15],
      ["10", 30],
      ["12", null],
    ]);
    const parsed = parseRule("每完成1个得3分");
    if (!parsed.ok) throw new Error("not read");
    const e = evaluate(parsed.rule, "12", { max: 30 });
    expect(e.ok ? e.score : e.issue.code).toBe("step.overPoints");
  });

  it("asks about the part beyond a threshold (超过5个的部分每个得5分) rather than counting every unit", () => {
    const parsed = parseRule("每完成1个得3分，超过5个的部分每个得5分");
    expect(parsed.ok && parsed.doubt?.code).toBe("doubt.unread");
  });

  it("asks when a count's additions onto the item's points are capped at or below those points (每完成1单加1分，最高10分)", () => {
    const parsed = parseRule("每完成1单加1分，最高10分");
    if (!parsed.ok) throw new Error("not read");
    const at = (x: string, max: number) => {
      const e = evaluate(parsed.rule, x, { max });
      return e.ok ? e.score : e.issue.code;
    };
    expect([at("3", 10), at("3", 5), at("1", 5)]).toEqual([
      "step.capAtBase",
      "step.overPoints",
      "step.overPoints",
    ]);
    const written = toFormula(parsed.rule, "G5", { max: 10 });
    expect(written.ok ? written.formula : written.issue.code).toBe("step.capAtBase");
    scores("每完成1单得1分，最高10分", { max: 10 }, [
      ["3", 3],
      ["12", 10],
    ]);
  });

  it("asks when counted additions onto the item's points would pass them (建议被采纳每次加2分，最多加6分 on 10 points)", () => {
    scores("合理化建议被采纳每次加2分，最多加6分", { max: 10 }, [
      ["0", 10],
      ["2", null],
    ]);
  });

  it("asks about a tier's own points beside points per unit (完成10个及以上得30分) rather than dropping them", () => {
    const parsed = parseRule("每完成1个得2分，完成10个及以上得30分");
    expect(parsed.ok && parsed.doubt?.code).toBe("doubt.unread");
  });
});

describe("rates written out in words", () => {
  it("reads 百分之百 and 百分之一 as percents, not as counts", () => {
    scores("完成率百分之百得满分，每低百分之一扣一分", { max: 10 }, [
      ["100%", 10],
      ["97%", 7],
      ["0.97", 7],
    ]);
  });

  it("reads 千分之三 as 0.3%", () => {
    scores("差错率千分之三以内得满分，每超千分之一扣2分", { max: 10 }, [
      ["0.3%", 10],
      ["0.4%", 8],
    ]);
  });

  it("reads 九成 and 九成五 as 90% and 95%, and leaves 成交 and 成本 as words", () => {
    scores("完成率九成以上得10分，八成以上得5分，低于八成不得分", { max: 10 }, [
      ["95%", 10],
      ["85%", 5],
      ["70%", 0],
    ]);
    scores("好评率达到九成五得满分，每低1%扣1分", { max: 10 }, [
      ["95%", 10],
      ["93%", 8],
    ]);
    const deal = parseRule("成交额每增加1万元加1分，最高加5分");
    expect(deal.ok && deal.rule.kind).toBe("bonus");
  });
});

describe("a zero band beside steps from a standard", () => {
  it("scores the standard's own point as stated (80%以下得0分，80%得6分: 80% scores 6)", () => {
    scores("完成率80%以下得0分，80%得6分，每增加1%加0.2分，最高10分", { max: 10 }, [
      ["80%", 6],
      ["79%", 0],
      ["85%", 7],
    ]);
  });

  it("scores 0 below the standard where the text says so, though the steps only count upwards", () => {
    scores("以80%为基准得6分，低于80%不得分，每超1%加0.2分", { max: 10 }, [
      ["70%", 0],
      ["85%", 7],
    ]);
  });
});

describe("the eighth held-out batch's shapes", () => {
  it("reads 提交 as met: a report handed in earns its points, one not handed in none", () => {
    scores("周五前提交复盘报告得5分，未提交不得分", { max: 5 }, [
      ["是", 5],
      ["否", 0],
      ["完成", 5],
    ]);
  });

  it("reads 得满分的80% as a share of the item's points", () => {
    scores("完成率≥95%得满分；85%-95%得满分的60%；85%以下不得分", { max: 10 }, [
      ["96%", 10],
      ["90%", 6],
      ["85%", 6],
      ["80%", 0],
    ]);
  });

  it("gives the proportion the points meeting the target earns, and counts percent steps above an absolute target as shares of it", () => {
    scores(
      "完成季度回款目标得20分，每超出目标5%加1分，最多加4分；未完成目标按完成比例计分",
      { max: 24, target: 200 },
      [
        ["200", 20],
        ["209", 20],
        ["210", 21],
        ["240", 24],
        ["300", 24],
        ["150", 15],
      ],
    );
  });
});

describe("the eighth held-out batch's words", () => {
  it("reads 每差1个百分点 as a step below the target", () => {
    scores("转化率目标4%，未达目标每差1个百分点扣2分，扣完为止", { max: 10 }, [
      ["4%", 10],
      ["5%", 10],
      ["3%", 8],
      ["1.5%", 6],
    ]);
  });

  it("reads 差 in a fault's name (质量差一次扣8分, 服务态度差每次扣2分) as part of the fault, no shortfall", () => {
    scores("售后服务滞后、质量差一次扣8分", { max: 16 }, [
      ["0", 16],
      ["1", 8],
    ]);
    scores("服务态度差每次扣2分", { max: 10 }, [
      ["0", 10],
      ["2", 6],
    ]);
  });

  it("reads 第4名及以后 as the fourth place and every later one", () => {
    scores("门店排名第1名得10分，第2名得7分，第3名及以后得3分", { max: 10 }, [
      ["1", 10],
      ["2", 7],
      ["3", 3],
      ["8", 3],
    ]);
  });

  it("reads ratings against expectations with their points after a dash", () => {
    scores("Exceeds expectations – 20; Meets expectations – 14; Needs improvement – 6", { max: 20 }, [
      ["Exceeds expectations", 20],
      ["Meets expectations", 14],
      ["Needs improvement", 6],
    ]);
  });

  it("reads 'submitted on time' as met", () => {
    scores("Weekly report submitted on time: 4 points; otherwise 0", { max: 4 }, [
      ["是", 4],
      ["否", 0],
    ]);
  });

  it("reads 按完播率/35%×满分 below its standard as a proportion of the item's points", () => {
    scores("点击率达到8%得满分，未达到的按点击率/8%×满分计算", { max: 20 }, [
      ["8%", 20],
      ["10%", 20],
      ["6%", 15],
      ["2%", 5],
    ]);
  });

  it("refuses a level list when another level's points sit in a description under a name it does not know", () => {
    expect(parseRule("Meets expectations: 6; Exceeds: 8; Below: 2").ok).toBe(false);
  });
});

describe("sure or ask, the eighth held-out batch's checks", () => {
  it.each([
    [
      "a title's extra points taken for the base faults count down from",
      "获得季度明星员工称号加3分，每次迟到扣1分",
    ],
    [
      "a judgement beside a case the text scores outright",
      "服务态度获客户点名表扬得满分，其余情况由主管酌情扣分",
    ],
    [
      "a range and a one-sided band that overlap with different scores",
      "95%以上得10分，85%-95%得6分，90%以下得0分",
    ],
  ])("is not sure of %s", (_shape, text) => {
    const parsed = parseRule(text);
    expect(parsed.ok ? parsed.doubt?.code.startsWith("doubt.") : true).toBe(true);
  });

  it("asks when the scores rise and then fall along the bands, a bound or score on the wrong band", () => {
    const parsed = parseRule("≥90%得20分，80%-90%得25分，低于80%得10分");
    expect(parsed.ok && parsed.doubt?.code).toBe("doubt.order");
    // Scores that only fall as the count grows, the zero band nested in a wider one, are in order.
    expect(parseRule("全勤得10分；缺勤2次以内得6分；缺勤2次以上得0分").ok).toBe(true);
    const ranked = parseRule("排名第1名得10分，第2-3名得6分，其余不得分");
    expect(ranked.ok && ranked.doubt).toBeUndefined();
  });

  it("asks whether a change from last month moves the item's points or adjusts the total from 0", () => {
    const parsed = parseRule("好评率较上月每提高1个百分点加1分，每下降1个百分点扣1分");
    if (!parsed.ok) throw new Error("not understood");
    expect(contextDoubt(parsed.rule, { max: 10 }, "")?.code).toBe("doubt.changeBase");
    // With no points of its own the item is an adjustment, and a floor of its own says so too.
    expect(contextDoubt(parsed.rule, {}, "")).toBeUndefined();
    const floored = parseRule("好评率较上月每提高1个百分点加1分，每下降1个百分点扣1分，最低不低于-5分");
    expect(floored.ok ? contextDoubt(floored.rule, { max: 10 }, "") : "refused").toBeUndefined();
  });

  it("refuses an award judged for each occurrence, which one count cannot score", () => {
    expect(parseRule("每收到一封客户感谢信视情况加1-2分，最多加5分").ok).toBe(false);
    // One judged award, not counted, still reads.
    expect(parseRule("有重大贡献的，额外加5-10分").ok).toBe(true);
  });

  it("keeps a judged score sure when the breakdown after 其中 only guides it", () => {
    const parsed = parseRule("根据脚本质量进行评分，满分10分，其中结构占6分，话术占4分");
    expect(parsed.ok && parsed.doubt).toBeUndefined();
  });
});

describe("the part beyond a standard stated in another clause", () => {
  it("counts 超出部分每件加0.5分 from the standard (≥100件), not from nothing", () => {
    const parsed = parseRule("销量≥100件得15分，超出部分每件加0.5分，最高20分");
    if (!parsed.ok) throw new Error("not read");
    expect(parsed.rule).toMatchObject({
      kind: "bonus",
      clauses: [{ measure: "above", per: 1, points: 0.5 }],
      target: 100,
    });
  });

  it("scores the standard's own points at the standard and adds from there (100件 → 15, 104件 → 17)", () => {
    for (const text of [
      "销量≥100件得15分，超出部分每件加0.5分，最高20分",
      "Sales ≥ 100 units: 15 points; +0.5 point per unit above, max 20",
    ])
      scores(text, { max: 20 }, [
        ["100", 15],
        ["104", 17],
        ["120", 20],
      ]);
  });

  it("reads +0.5 point per unit above, at a clause's end, as steps above the standard before it", () => {
    const parsed = parseRule("Sales ≥ 100 units: 15 points; +0.5 point per unit above, max 20");
    if (!parsed.ok) throw new Error("not read");
    expect(parsed.rule).toMatchObject({
      kind: "bonus",
      clauses: [{ measure: "above", per: 1 }],
      target: 100,
    });
  });
});

describe("a proportion within a range", () => {
  it("reads 80%-100%按比例得分 between 达到100%得满分 and 低于80%不得分 as the proportion down to 80%", () => {
    scores("完成率达到100%得满分，80%-100%按比例得分，低于80%不得分", { max: 10 }, [
      ["110%", 10],
      ["90%", 9],
      ["80%", 8],
      ["79%", 0],
    ]);
  });

  it("gives the proportion's range the 80% that 80%以下不得分 yields to it, as bands yield a shared end", () => {
    scores("完成率达到100%得满分，80%-100%按比例得分，80%以下不得分", { max: 10 }, [
      ["90%", 9],
      ["80%", 8],
      ["79%", 0],
    ]);
  });

  it("still refuses a proportion whose range leaves a stretch unsaid (100%得满分，低于80%按比例扣分)", () => {
    expect(parseRule("100%原创得满分,低于80%按比例扣分").ok).toBe(false);
  });

  it("asks about a proportion below a full standard other than 100% (60%-80%按比例得分，80%以上得满分)", () => {
    const parsed = parseRule("低于60%不得分，60%-80%按比例得分，80%以上得满分");
    expect(parsed.ok && parsed.doubt === undefined).toBe(false);
  });
});

describe("coefficient tables with both ends of each range written as signs", () => {
  it("reads 80≤考核分<90，系数1.0 as the range and its coefficient, not 90 as the coefficient", () => {
    const parsed = parseRule(
      "考核分≥90，绩效系数1.2；80≤考核分<90，系数1.0；70≤考核分<80，系数0.8；60≤考核分<70，系数0.5；考核分<60，系数0",
    );
    if (!parsed.ok) throw new Error("not read");
    expect(parsed.doubt).toBeUndefined();
    const at = (x: string) => {
      const e = evaluate(parsed.rule, x);
      return e.ok ? e.score : e.issue.code;
    };
    expect([at("95"), at("89.9"), at("80"), at("75"), at("59.5")]).toEqual([1.2, 1, 1, 0.8, 0]);
  });
});

describe("English scores given before their condition", () => {
  it("reads 'no points if below 85%' as the item scoring 0 below 85%", () => {
    scores("For every 1% below the 95% SLA target, deduct 1 point; no points if below 85%.", { max: 10 }, [
      ["95%", 10],
      ["90%", 5],
      ["84%", 0],
    ]);
  });
});

describe("English sentences", () => {
  it("ends a clause at a sentence's full stop (20 points. Not met: 0.) and takes Met / Not met as typed", () => {
    scores("Met target (≥ 95% on-time dispatch): 20 points. Not met: 0.", { max: 20 }, [
      ["96%", 20],
      ["94.9%", 0],
      ["Met", 20],
      ["not met", 0],
    ]);
  });
});

describe("limits on both sides, and a range the score stays in", () => {
  it("caps what is added and what is taken off, each, when 加分 / 扣分 stands before the limit", () => {
    scores("成交转化率以2%为标准，每高0.1%加1分，每低0.1%扣1分，加分最多3分，扣分最多5分", { max: 10 }, [
      ["2%", 10],
      ["2.5%", 13],
      ["1.9%", 9],
      ["1%", 5],
    ]);
  });

  it("caps both ways with 加减分均以N分为限", () => {
    scores("好评率以90%为基准，每高1个百分点加1分，每低1个百分点扣1分，加减分均以4分为限", {}, [
      ["90%", 0],
      ["93%", 3],
      ["99%", 4],
      ["80%", -4],
    ]);
  });

  it("never caps what is taken off from a limit on 加分项 alone", () => {
    const parsed = parseRule("加分项最高5分；每获表扬1次加2分，每次违纪扣3分");
    expect(parsed.ok && "maxDeduction" in parsed.rule).toBe(false);
  });

  it("reads 加分以N分为限 as a cap on what is added", () => {
    scores("每推荐1名有效候选人加1分，加分以5分为限", {}, [
      ["0", 0],
      ["3", 3],
      ["9", 5],
    ]);
  });

  it("keeps the score within a range of points the text states (本项得分在0-15分之间)", () => {
    scores("以95%为目标，每高1%加2分，每低1%扣2分，本项得分在0-15分之间", { max: 10 }, [
      ["95%", 10],
      ["97%", 14],
      ["98%", 15],
      ["90%", 0],
    ]);
  });

  it("reads 'capped at N either way' as a cap on each side", () => {
    scores("Each complaint: -2 points; each customer compliment: +1 point; capped at 4 either way", {}, [
      ["0", 0],
      ["1,0", -2],
      ["5,0", -4],
      ["0,6", 4],
      ["1,3", 1],
    ]);
  });

  it("scores a plain number in the hours a met standard is written in (达标(≥120小时))", () => {
    scores("月度在线时长达标（≥100小时）得10分，未达标不得分", { max: 10 }, [
      ["110", 10],
      ["100小时", 10],
      ["99", 0],
      ["达标", 10],
    ]);
  });
});

describe("sure or ask, the ninth held-out batch's checks", () => {
  const doubtOf = (text: string) => {
    const parsed = parseRule(text);
    return parsed.ok ? parsed.doubt?.code : "refused";
  };

  it("asks when the score or a step is rounded in a way the reading does not model", () => {
    expect(doubtOf("≥95%得10分，90%-95%得6分，完成率四舍五入取整数")).toBe("doubt.rounding");
    // 不足…按…计 beside steps of another size: which steps it counts is not said.
    expect(doubtOf("接待时长以5分钟为标准，每超出2分钟扣1分，不足1分钟按1分钟计")).toBe("doubt.rounding");
    expect(doubtOf("Score = completion rate × 20, rounded up")).toBe("doubt.rounding");
    // A judged list leaves such words to the evaluator, as it leaves every other.
    expect(doubtOf("每次最多扣10分；每低于基线1个百分点（不足向上取整）扣10分")).toBeUndefined();
  });

  it("asks when some cases are scored by a rule the text does not give (另计)", () => {
    expect(doubtOf("投诉处理时长≤2小时得10分，2-4小时得6分，4小时以上不得分，节假日另计")).toBe(
      "doubt.elsewhere",
    );
  });

  it("asks about a proportion of the time over, which no rate turns into points (超时按比例扣分)", () => {
    expect(doubtOf("5分钟内响应得满分，超时按比例扣分")).toBe("doubt.unused");
  });

  it("does not read a ratio (按1:2加分) as a condition and its score", () => {
    const parsed = parseRule("回款率超过100%的部分按1:2加分");
    expect(parsed.ok && parsed.doubt === undefined).toBe(false);
  });

  it("asks about a value the text names without giving it (低于底线值不得分, a floor in a column of its own)", () => {
    expect(doubtOf("达到目标值得满分，低于底线值不得分，之间按比例")).toBe("doubt.namedValue");
    expect(doubtOf("Full marks at target, zero below the threshold, proportional between")).toBe(
      "doubt.namedValue",
    );
    // Given where it is named, it is read as written.
    expect(doubtOf("门槛值80%，低于门槛值不得分，达到目标得满分")).not.toBe("doubt.namedValue");
  });

  it("asks about steps of a grade the text does not define (每低一个档次扣5分)", () => {
    expect(doubtOf("达到目标得满分，每低一个档次扣5分")).toBe("doubt.modifier");
  });
});

describe("English bands written with 'up to'", () => {
  it("reads 'up to 1%: 10 points; above 1% up to 2%: 6 points' as bands, not as a cap", () => {
    scores("Return rate up to 1%: 10 points; above 1% up to 3%: 5 points; above 3%: 0 points", { max: 10 }, [
      ["0.5%", 10],
      ["1%", 10],
      ["2%", 5],
      ["3%", 5],
      ["4%", 0],
    ]);
  });
});

describe("definitions in brackets, and standards stated before the steps", () => {
  it("reads a bracketed definition (转化率=成交人数/访客数×100%) apart from the band it stands in", () => {
    scores("转化率（转化率=成交人数/访客数×100%）≥5%得10分，3%-5%得6分，3%以下不得分", { max: 10 }, [
      ["6%", 10],
      ["5%", 10],
      ["4%", 6],
      ["3%", 6],
      ["2%", 0],
    ]);
  });

  it("starts steps from a target stated in the text at the points 达到目标 earns", () => {
    scores("本月新增粉丝目标2000人，达到目标得8分，每少100人扣1分，扣完为止", { max: 10 }, [
      ["2000", 8],
      ["2500", 8],
      ["1850", 7],
      ["1000", 0],
    ]);
  });

  it("reads 以60秒为准 as the standard the steps count from", () => {
    scores("日均回复时长以60秒为准，每多10秒扣1分，最多扣5分", { max: 5 }, [
      ["60秒", 5],
      ["75秒", 4],
      ["200秒", 0],
    ]);
  });

  it("cuts steps copied out of a PDF with no separators, the standard before 每 included", () => {
    scores("以好评率90%为基准每高1%加1分每低1%扣2分本项得分不低于0分不高于15分", { max: 10 }, [
      ["90%", 10],
      ["93%", 13],
      ["99%", 15],
      ["88%", 6],
      ["80%", 0],
    ]);
  });
});

describe("a proportion's score rounded as the text says", () => {
  it("rounds half away from zero to a whole point (结果四舍五入取整)", () => {
    scores("得分=完成率×10，结果四舍五入取整", { max: 10, target: 1 }, [
      ["84%", 8],
      ["85%", 9],
      ["100%", 10],
    ]);
  });

  it("keeps the decimals the text names (保留一位小数) and drops them where it says so (小数部分舍去)", () => {
    scores("按完成率×15计分，保留一位小数", { max: 15, target: 1 }, [["77.7%", 11.7]]);
    scores("按完成率×20计分，计算结果取整数（小数部分舍去）", { max: 20, target: 1 }, [["99%", 19]]);
  });

  it("writes the rounding into the formula too", () => {
    const parsed = parseRule("得分=完成率×10，结果四舍五入取整");
    if (!parsed.ok) throw new Error("not understood");
    expect(toFormula(parsed.rule, "G5", { max: 10, target: 1 })).toMatchObject({
      formula: expect.stringContaining("ROUND("),
    });
  });

  it("asks where the rate, not the score, is rounded (完成率四舍五入取整数)", () => {
    const parsed = parseRule("按完成率×20计分，完成率四舍五入取整数");
    expect(parsed.ok && parsed.doubt?.code).toBe("doubt.rounding");
  });

  it("asks where the rounding is not said in full (向上取整, 四舍五入 with no digits)", () => {
    const up = parseRule("按完成率×20计分，结果向上取整");
    expect(up.ok && up.doubt?.code).toBe("doubt.rounding");
    const digits = parseRule("按完成率×20计分，结果四舍五入");
    expect(digits.ok && digits.doubt?.code).toBe("doubt.rounding");
  });
});

describe("a part of a step counted whole or rounded, as the text says", () => {
  it("counts a started step as a whole one (不足30秒按30秒计)", () => {
    scores("接待时长以5分钟为标准，每超出30秒扣1分，不足30秒按30秒计，最多扣6分", { max: 10 }, [
      ["5分钟", 10],
      ["310秒", 9],
      ["6分钟", 8],
      ["370秒", 7],
      ["20分钟", 4],
    ]);
  });

  it("reads the same in a bracket after the step (不满1天按1天计) and in English", () => {
    scores("每逾期1天扣2分（不满1天按1天计），扣完为止", { max: 10 }, [
      ["0", 10],
      ["0.5", 8],
      ["1", 8],
      ["2.2", 4],
    ]);
    scores("1 point off per day late; part of a day counts as a full day", { max: 5 }, [
      ["0.5", 4],
      ["2.5", 2],
    ]);
  });

  it("rounds a part of a step half up where the text says 四舍五入", () => {
    scores("完成率每低于目标1%扣1分（不足1%的部分四舍五入）", { max: 10, target: 1 }, [
      ["98.6%", 9],
      ["98.4%", 8],
      ["100%", 10],
    ]);
  });

  it("writes the counting of part steps into the formula too", () => {
    const parsed = parseRule("每逾期1天扣2分（不满1天按1天计），扣完为止");
    if (!parsed.ok) throw new Error("not understood");
    const written = toFormula(parsed.rule, "G5", { max: 10 });
    expect(written.ok ? written.formula : written.issue.code).toContain("ROUNDDOWN");
  });
});

describe("a bound stated alone before steps that rise", () => {
  it("counts 每增加0.5%扣1分 from the bound before it (投诉率超过2%)", () => {
    scores("投诉率超过2%，每增加0.5%扣1分，最多扣5分", { max: 5 }, [
      ["1%", 5],
      ["2%", 5],
      ["2.6%", 4],
      ["3.2%", 3],
      ["10%", 0],
    ]);
  });
});

describe("a judged score within the range the text states", () => {
  it("accepts a judged score within 得分在0-10分之间 and refuses one above it", () => {
    scores("由主管评定，得分在0-10分之间", { max: 10 }, [
      ["8", 8],
      ["0", 0],
      ["12", null],
    ]);
  });
});

describe("faults counted past a number of them", () => {
  it.each([
    ["more than a number of late arrivals", "迟到超过2次的，每次扣2分"],
    ["a number and over", "迟到3次以上每次扣2分"],
    ["within a number", "违规3次以内每次扣1分"],
    ["days of leave past a number", "请假超过3天的，每天扣1分"],
    ["hours of overtime past a number", "超过20小时每小时扣0.5分"],
    ["minutes late past a number", "超时10分钟以上每分钟扣1分"],
  ])("asks whether the steps count from the first or only past the number (%s)", (_shape, text) => {
    const parsed = parseRule(text);
    expect(parsed.ok ? parsed.doubt?.code : "refused").toMatch(/doubt\.|refused/);
  });

  it.each([
    ["a standard of days beside days late", "交付周期≤7天得10分，每延迟1天扣2分"],
    ["full marks within days beside days late", "交付周期≤7天得满分，每延迟1天扣2分"],
  ])("asks whether the cell holds the measure or the count past its standard (%s)", (_shape, text) => {
    const parsed = parseRule(text);
    expect(parsed.ok && parsed.doubt === undefined).toBe(false);
  });

  it("still counts faults named with a bound of another measure (6个月以上员工, 1万元以上的差错)", () => {
    scores("6个月以上员工流失每个扣1分", { max: 10 }, [
      ["0", 10],
      ["3", 7],
    ]);
    scores("金额1万元以上的差错每次扣2分", { max: 10 }, [
      ["1", 8],
      ["3", 4],
    ]);
  });
});

describe("bands of faults that take more off as they grow", () => {
  it("takes nothing off for no fault where the first band reaches down to none (迟到3次以内扣1分)", () => {
    scores("迟到3次以内扣1分，3次以上扣3分", { max: 10 }, [
      ["0", 10],
      ["1", 9],
      ["3", 9],
      ["4", 7],
    ]);
    scores("差评不超过3条扣2分，超过3条扣5分", { max: 10 }, [
      ["0", 10],
      ["2", 8],
      ["4", 5],
    ]);
  });

  it("still takes points off for too few where fewer is worse (培训不足3次扣2分)", () => {
    scores("培训不足3次扣2分，3次及以上不扣分", { max: 10 }, [
      ["0", 8],
      ["2", 8],
      ["3", 10],
    ]);
  });
});

describe("English counts written before their noun", () => {
  it("reads 'Up to 2 complaints' as a count, not a limit of 2 points off", () => {
    const parsed = parseRule("Up to 2 complaints: full marks; each additional complaint: minus 2 points");
    const scored = (input: string) => {
      if (!parsed.ok || parsed.doubt) return "asked";
      const e = evaluate(parsed.rule, input, { max: 10 });
      return e.ok ? e.score : "asked";
    };
    // Either read (2 → 10, 3 → 8, 5 → 4) or asked; never 5 complaints at 8.
    const five = scored("5");
    expect(five === "asked" || five === 4).toBe(true);
    const two = scored("2");
    expect(two === "asked" || two === 10).toBe(true);
  });
});

describe("a range's own end marks after 之间", () => {
  it("keeps 90% out of 80%至90%之间（不含90%）, as (不含) right after the range would", () => {
    scores("完成率在80%至90%之间（不含90%）得6分", { max: 10 }, [
      ["80%", 6],
      ["89%", 6],
      ["90%", null],
    ]);
  });
});

describe("ranks", () => {
  it("reads 前5名 as the top five places, not the fifth alone", () => {
    scores("店铺销量排名前5名得8分，第6-10名得5分，其余不得分", { max: 8 }, [
      ["1", 8],
      ["5", 8],
      ["6", 5],
      ["11", 0],
    ]);
  });
});

describe("full points stated after the rule", () => {
  it("reads 满分8分 after bands that score 满分 as the points of the top band", () => {
    scores("满意度95%以上得满分；90%-95%得6分；90%以下不得分。满分8分。", {}, [
      ["96%", 8],
      ["92%", 6],
      ["89%", 0],
    ]);
  });

  it("reads 满分20分 that restates the top band's points", () => {
    scores("完成率≥100%得20分；80%≤完成率<100%得10分；完成率<80%得0分；满分20分", {}, [
      ["100%", 20],
      ["90%", 10],
      ["79%", 0],
    ]);
  });

  it.each([
    ["written before the bands", "客户评分（满分5分）4.5分以上得满分，4-4.5分得3分，4分以下不得分"],
    ["beside bounds in points", "客户评分4.5分以上得满分，4-4.5分得3分，4分以下不得分（满分5分）"],
    ["above every plain bound", "满意度≥4.5得满分，4.0-4.5得3分，<4.0得0分（满分5分）"],
  ])("asks about a full score that may be a rating's own scale (%s)", (_where, text) => {
    const parsed = parseRule(text);
    expect(parsed.ok && parsed.doubt?.code).toBe("doubt.unread");
  });

  it("asks when a band scores more than the full points stated", () => {
    const parsed = parseRule("完成率≥100%得30分；80%-100%得10分；80%以下0分；满分20分");
    expect(parsed.ok && parsed.doubt?.code).toBe("doubt.unread");
  });

  it("counts down from 满分10分 written after 扣完为止", () => {
    scores("每缺1份报告扣2分，扣完为止，满分10分，每月报告目标8份", {}, [
      ["8", 10],
      ["6", 6],
      ["1", 0],
    ]);
  });

  it("reads 'full marks (5 points)' as 5 points", () => {
    scores("Accuracy of at least 98% earns full marks (5 points); otherwise 0.", {}, [
      ["98%", 5],
      ["99%", 5],
      ["97%", 0],
    ]);
  });
});

describe("standards written without points of their own", () => {
  it("reads 不低于97% beside 否则本项不得分 as the full points when met", () => {
    scores("按时发货率不低于98%，否则本项不得分", { max: 5 }, [
      ["98%", 5],
      ["100%", 5],
      ["97.5%", 0],
    ]);
  });

  it("reads a return written 1:N as the ratio N", () => {
    scores("ROI达到1:4得10分，1:3至1:4得5分，低于1:3不得分", { max: 10 }, [
      ["4.5", 10],
      ["4", 10],
      ["3.5", 5],
      ["2.9", 0],
    ]);
  });

  it("reads a return written N:1 as the ratio N, 以上 kept (ROI 3:1以上)", () => {
    scores("ROI 3:1以上得10分，其余0分", { max: 10 }, [
      ["4", 10],
      ["3", 10],
      ["2", 0],
    ]);
  });

  it("leaves a split written 7:3 alone where no return is named", () => {
    const parsed = parseRule("主播与助播按7:3分配提成");
    expect(parsed.ok && !parsed.doubt).toBe(false);
  });

  it("reads 50k+ as 50k and above", () => {
    scores("Monthly sales: 50k+ = 10 pts; 30k–50k = 6 pts; under 30k = 0", { max: 10 }, [
      ["60000", 10],
      ["50000", 10],
      ["40000", 6],
      ["29999", 0],
    ]);
  });
});

describe("growth and ranks in other words", () => {
  it("reads 环比下降 as a growth below 0", () => {
    scores("订单量环比增长≥5%得6分，0-5%得3分，环比下降不得分", { max: 6 }, [
      ["8%", 6],
      ["2%", 3],
      ["0%", 3],
      ["-1%", 0],
    ]);
  });

  it("reads 'others: 0' after English ranks as every place not listed", () => {
    scores("Rank 1: 8 points; rank 2–4: 5 points; others: 0", { max: 8 }, [
      ["1", 8],
      ["4", 5],
      ["5", 0],
    ]);
  });
});

describe("totals and stated full marks", () => {
  it("reads 当月累计扣分以8分为限 as a cap on what the faults take off", () => {
    scores("每次发货延误扣2分，当月累计扣分以8分为限", { max: 10 }, [
      ["0", 10],
      ["3", 4],
      ["6", 2],
    ]);
  });

  it("still asks about a total of points that makes a zero band (累计扣分达到5分的本项不得分)", () => {
    const parsed = parseRule("迟到每次扣2分，累计扣分达到5分的本项不得分");
    expect(parsed.ok && parsed.doubt?.code).toBe("doubt.modifier");
  });

  it("reads 'Full marks = 6' after English bands as the points of 'full marks'", () => {
    scores("Late rate ≤1%: full marks; 1%–3%: 3 points; above 3%: 0. Full marks = 6.", {}, [
      ["0.5%", 6],
      ["2%", 3],
      ["4%", 0],
    ]);
  });
});

describe("a decline named in words", () => {
  it("reads 负增长扣2分 as a band below 0, not a fault counted", () => {
    scores("店铺销售额同比负增长扣2分", { max: 10 }, [
      ["-5%", 8],
      ["3%", null],
    ]);
  });
});

describe("a score allowed below zero", () => {
  it.each([
    ["可扣至负分", "每次违规扣5分，可扣至负分"],
    ["本项可为负分", "每次违规扣3分，本项可为负分"],
    ["不设下限", "每次违规扣3分，扣分不设下限"],
    ["can go negative", "2 points off per error; the score can go negative"],
  ])("asks instead of stopping the deductions at zero (%s)", (_shape, text) => {
    const parsed = parseRule(text);
    expect(parsed.ok ? parsed.doubt?.code : "refused").toBe("doubt.belowZero");
  });

  it("reads 不计负分 as the floor at zero", () => {
    scores("每次违规扣3分，不计负分", { max: 10 }, [
      ["1", 7],
      ["5", 0],
    ]);
  });
});

describe("a proportion that applies from a bound up", () => {
  it("pays the rate from where it applies (完成率在80%以上的，按完成率×分值计算), never the full points", () => {
    scores("完成率在80%以上的，按完成率×分值计算；80%以下不得分", { max: 10 }, [
      ["90%", 9],
      ["80%", 8],
      ["79%", 0],
    ]);
  });

  it("asks where the text does not say what scores below that bound", () => {
    const parsed = parseRule("完成率在60%以上的，得分=完成率×10");
    expect(parsed.ok ? parsed.doubt?.code : "refused").toBe("doubt.unused");
  });
});

describe("negative ends of a range", () => {
  it("reads -5%~+5% as a range around zero, where +5% began a clause of its own", () => {
    scores("偏差率在-5%~+5%之间得10分，否则0分", { max: 10 }, [
      ["3%", 10],
      ["-3%", 10],
      ["6%", 0],
      ["-6%", 0],
    ]);
  });

  it("reads a minus after 在 as the range's own (增长率在-5%至5%之间)", () => {
    scores("增长率在-5%至5%之间得5分，5%以上得10分，-5%以下得0分", { max: 10 }, [
      ["-3%", 5],
      ["3%", 5],
      ["6%", 10],
      ["-6%", 0],
    ]);
  });

  it("keeps a dash after a level's name a dash (良好-80%~90%)", () => {
    scores("良好-80%~90%得8分，优秀-90%以上得10分，80%以下0分", { max: 10 }, [
      ["85%", 8],
      ["95%", 10],
      ["50%", 0],
    ]);
  });
});

describe("counts written as whole ranges", () => {
  it("asks where 5次以上 shares its 5 with 3-5次 beside ranges that do not share their ends (1-2次, 3-5次)", () => {
    const parsed = parseRule("迟到1-2次扣2分，3-5次扣5分，5次以上扣10分");
    expect(parsed.ok ? parsed.doubt?.code : "refused").toBe("doubt.conflict");
  });

  it("still gives a shared end to the range it begins where the ranges share their ends (1-3次, 3-5次)", () => {
    scores("迟到1-3次扣2分，3-5次扣5分，5次以上扣10分", { max: 10 }, [
      ["2", 8],
      ["3", 5],
      ["5", 0],
    ]);
  });
});

describe("English steps led by each", () => {
  it("never reads 'each error beyond 2 costs 1 point' as a band of 2 errors and more scoring 1", () => {
    const parsed = parseRule("Fewer than 2 errors: full marks; each error beyond 2 costs 1 point");
    const four = parsed.ok && !parsed.doubt ? evaluate(parsed.rule, "4", { max: 10 }) : undefined;
    expect(four === undefined || (four.ok && four.score === 8)).toBe(true);
  });
});

describe("rates per thousand and per ten thousand, and signs split by OCR", () => {
  it("reads 千分之三至千分之五 as the range from 0.3% to 0.5%", () => {
    scores("差错率≤千分之三得10分，千分之三至千分之五得6分，高于千分之五不得分", { max: 10 }, [
      ["0.3%", 10],
      ["0.4%", 6],
      ["0.5%", 6],
      ["0.6%", 0],
    ]);
  });

  it("reads 万分之五 as 0.05% and 万分之一 as a step of 0.01%", () => {
    scores("投诉率以万分之五为标准，每超出万分之一扣1分，最多扣10分", { max: 10 }, [
      ["0.04%", 10],
      ["0.07%", 8],
      ["0.2%", 0],
    ]);
  });

  it("reads '> =' and '< =' split by a space as ≥ and ≤", () => {
    scores("好评率> =98%得10分，95%< =好评率<98%得6分，好评率<95%得0分", { max: 10 }, [
      ["98%", 10],
      ["95%", 6],
      ["94%", 0],
    ]);
  });
});

describe("a clause that changes what is taken off, with no number of its own", () => {
  it("asks about 再次违规加倍扣分 instead of scoring every breach at the first one's 2 points", () => {
    const parsed = parseRule("首次违规扣2分，再次违规加倍扣分");
    expect(parsed.ok ? parsed.doubt?.code : "refused").toBe("doubt.modifier");
  });
});

describe("a table laid out in one line with slashes", () => {
  it("reads 优/良/中/差：10/8/5/0 as each level's points", () => {
    scores("优/良/中/差：10/8/5/0", { max: 10 }, [
      ["优", 10],
      ["良", 8],
      ["中", 5],
      ["差", 0],
    ]);
  });

  it("reads levels after a heading and 对应 (考核等级 优秀/良好/合格/不合格 对应 5/4/3/0 分)", () => {
    scores("考核等级 优秀/良好/合格/不合格 对应 5/4/3/0 分", { max: 5 }, [
      ["优秀", 5],
      ["合格", 3],
      ["不合格", 0],
    ]);
  });

  it("reads A/B/C/D级分别得20/15/10/0分 with the grade word after the last letter", () => {
    scores("A/B/C/D级分别得20/15/10/0分", { max: 20 }, [
      ["A", 20],
      ["D", 0],
    ]);
  });

  it("gives the bare bounds after the first its sign (≥95%/90%/85%：10/6/3分)", () => {
    scores("好评率≥95%/90%/85%：10/6/3分，低于85%不得分", { max: 10 }, [
      ["95%", 10],
      ["92%", 6],
      ["85%", 3],
      ["80%", 0],
    ]);
  });

  it("reads bounds and ranges spaced around the slashes (≥100% / 90%-100% / <90%：20 / 12 / 0 分)", () => {
    scores("达成率 ≥100% / 90%-100% / <90%：20 / 12 / 0 分", { max: 20 }, [
      ["100%", 20],
      ["90%", 12],
      ["85%", 0],
    ]);
  });

  it("asks when the levels and the points differ in number (优/良/中/差：10/8/5)", () => {
    const parsed = parseRule("优/良/中/差：10/8/5");
    expect(parsed.ok && !parsed.doubt).toBe(false);
  });

  it("leaves rows of points and bounds divided by slashes as rows (100%以上:25分 / 90%-100%:20分)", () => {
    scores("达成率 100%以上:25分 / 90%-100%:20分 / 90%以下:0分", { max: 25 }, [
      ["100%", 25],
      ["95%", 20],
      ["80%", 0],
    ]);
  });
});

describe("what an occurrence costs growing with its order", () => {
  it("asks about 'second: 2 points off; third and each one after: 5 points off' instead of counting two kinds", () => {
    const parsed = parseRule(
      "First late arrival: warning only; second: 2 points off; third and each one after: 5 points off",
    );
    expect(parsed.ok ? parsed.doubt?.code : "refused").toBe("doubt.modifier");
  });
});

describe("British and US wording, rates per thousand, and OCR slips", () => {
  it("reads nil and nought as no points", () => {
    scores("Customer satisfaction of 90% or above: 10 marks; 80–89%: 6 marks; below 80%: nil", { max: 10 }, [
      ["90%", 10],
      ["85%", 6],
      ["79%", 0],
    ]);
  });

  it("reads 50+ before earns as 50 and above", () => {
    scores("NPS of 50+ earns 15 pts, 30–49 earns 10 pts, under 30 earns 0", { max: 15 }, [
      ["50", 15],
      ["40", 10],
      ["29", 0],
    ]);
  });

  it("reads 2 per thousand as 2‰", () => {
    scores("Defect rate of 2 per thousand or less: 10 points; above 2 per thousand: 0 points", { max: 10 }, [
      ["0.2%", 10],
      ["0.3%", 0],
    ]);
  });

  it("reads 不予计分 as no points", () => {
    scores("达成率≥100%得30分；90%≤达成率<100%得24分；未达90%者不予计分", { max: 30 }, [
      ["100%", 30],
      ["95%", 24],
      ["89%", 0],
    ]);
  });

  it("reads an l before % as 1 and a decimal comma after 0 as a point (≤l%, 0,5%)", () => {
    scores("退款率≤l%得10分，l%-3%得5分，3%以上0分", { max: 10 }, [
      ["1%", 10],
      ["2%", 5],
    ]);
    scores("投诉率≤0,5%得10分，0,5%-1%得5分，＞1%得0分", { max: 10 }, [
      ["0.5%", 10],
      ["0.8%", 5],
      ["1.2%", 0],
    ]);
  });

  it("leaves out a page's footer copied with the text (第 3 页 共 8 页)", () => {
    scores("完成率≥95%得10分，90%-95%得6分，低于90%得0分 第 3 页 共 8 页", { max: 10 }, [
      ["95%", 10],
      ["92%", 6],
      ["85%", 0],
    ]);
  });
});

describe("English bounds written before their number", () => {
  it("reads 'at or below 3%' as ≤ 3% (it was read as a lower bound and asked about)", () => {
    scores("Error rate at or below 3%: 5 points; above 3%: 0 points", { max: 5 }, [
      ["2%", 5],
      ["3%", 5],
      ["4%", 0],
    ]);
  });
});

describe("the score deductions stop at, said alone", () => {
  it("reads 扣至0分为止 as a floor at 0 (为止 is no score mark)", () => {
    scores("每月客诉件数0件得10分，每增加1件扣2分，扣至0分为止", { max: 10 }, [
      ["0", 10],
      ["2", 6],
      ["7", 0],
    ]);
  });
});

describe("a bound stated alone before steps counted on its side", () => {
  it("counts 每超0.5% from 超出3%的部分 (the part beyond 3%)", () => {
    scores("退货率超出3%的部分，每超0.5%扣2分，扣完为止", { max: 10 }, [
      ["3%", 10],
      ["3.4%", 10],
      ["4%", 6],
      ["8%", 0],
    ]);
  });

  it("still asks where the bound lies on the other side of the steps (>100%，每低1%扣1分)", () => {
    const parsed = parseRule("完成率>100%，每低1%扣1分");
    expect(parsed.ok && !parsed.doubt).toBe(false);
  });
});

describe("steps of each full amount", () => {
  it("reads 每满100单得1分 as a point per whole 100 orders", () => {
    scores("每满100单得1分，不满100单的部分不计分，最高10分", { max: 10 }, [
      ["99", 0],
      ["250", 2],
      ["1200", 10],
    ]);
  });
});

describe("counts written in English words", () => {
  it("reads 'one = 5 marks; two or more = nought' as counts of 1 and 2 and more", () => {
    scores("Complaints upheld: none = 10 marks; one = 5 marks; two or more = nought", { max: 10 }, [
      ["0", 10],
      ["1", 5],
      ["2", 0],
      ["4", 0],
    ]);
  });

  it("leaves 'each one after' a phrase, not a count", () => {
    const parsed = parseRule(
      "First late arrival: warning only; second: 2 points off; third and each one after: 5 points off",
    );
    expect(parsed.ok && !parsed.doubt).toBe(false);
  });
});
