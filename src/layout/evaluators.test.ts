import { evaluatorOf } from "./evaluatorHeader";
import { noteWeights, type EvaluatorColumn } from "./evaluators";

const columns = (...labels: [string, string?][]): EvaluatorColumn[] =>
  labels.map(([label, marker], i) => ({ column: i, label, weight: null, ...(marker ? { marker } : {}) }));

describe("evaluator columns", () => {
  it("names who scores, with the weight written in the header", () => {
    expect(evaluatorOf("自评(20%)")).toEqual({ label: "自评", weight: 0.2 });
    expect(evaluatorOf("上级评分 80%")).toEqual({ label: "上级评分", weight: 0.8 });
    expect(evaluatorOf("Self 10%")).toEqual({ label: "Self", weight: 0.1 });
    expect(evaluatorOf("間接上級")).toEqual({ label: "間接上級", weight: null });
    expect(evaluatorOf("复核")).toEqual({ label: "复核", weight: null });
    expect(evaluatorOf("360评分")).toEqual({ label: "360评分", weight: null });
  });

  it("names HR by its short names too (人资评, 人事評分, 人資評)", () => {
    expect(evaluatorOf("人资评(30%)")).toEqual({ label: "人资评", weight: 0.3 });
    expect(evaluatorOf("人事评分")).toEqual({ label: "人事评分", weight: null });
    expect(evaluatorOf("人資評")).toEqual({ label: "人資評", weight: null });
    expect(evaluatorOf("人事部")).toBeNull();
  });

  it("leaves other headers alone, the evaluator's weight column included", () => {
    expect(evaluatorOf("得分")).toBeNull();
    expect(evaluatorOf("考核项目")).toBeNull();
    expect(evaluatorOf("自评权重")).toBeNull();
  });
});

describe("a note weighing the evaluators", () => {
  it("reads 自评20%+上级80% and longer sums, by the evaluators' labels", () => {
    const [self, boss] = columns(["自评"], ["上级评分"]);
    expect(noteWeights("最终得分=自评×20%＋上级评分×80%", [self!, boss!])).toEqual(
      new Map([
        [self, 0.2],
        [boss, 0.8],
      ]),
    );
    const three = columns(["员工自评"], ["直接上级"], ["复核"]);
    expect([...(noteWeights("得分＝员工自评×20%＋直接上级×50%＋复核×30%", three)?.values() ?? [])]).toEqual([
      0.2, 0.5, 0.3,
    ]);
  });

  it("reads English notes and Traditional Chinese ones", () => {
    const en = columns(["Self"], ["Peer (360)"], ["Manager"]);
    expect([...(noteWeights("Final = Self 10% + Peer 30% + Manager 60%", en)?.values() ?? [])]).toEqual([
      0.1, 0.3, 0.6,
    ]);
    const tw = columns(["自評"], ["上級評分"]);
    expect(noteWeights("總分＝自評×30%＋上級評分×70%", tw)?.size).toBe(2);
  });

  it("reads the circled numbers over the columns, through an OCR slip (④二③X60%+②X40%)", () => {
    const evaluators = columns(["员工自评分", "①"], ["同级评分", "②"], ["部门负责人评分", "③"]);
    const weights = noteWeights("2、④二③X60%+ ②X40% ;", evaluators);
    expect(weights?.get(evaluators[2]!)).toBe(0.6);
    expect(weights?.get(evaluators[1]!)).toBe(0.4);
    expect(weights?.has(evaluators[0]!)).toBe(false);
  });

  it("takes no weights from a note naming other things (业绩 × 80% + 行为 × 20%)", () => {
    expect(noteWeights("总分=业绩考核得分×80%+行为考核得分×20%=", columns(["自评"], ["上级"]))).toBeNull();
  });
});
