import { issue } from "../../src/engine/issue";
import * as parsing from "../../src/engine/parseRule";
import { message } from "../../src/i18n";
import { sheet, valueAt } from "./formulaEngine";

const RULE = "≥90%得30分，80%-90%得20分，70%-80%得10分，低于70%不得分";

describe("KPI.SCORE in cells", () => {
  it("scores each row by the rule text of its own 评分标准 cell", () => {
    const s = sheet([
      ["直播销售额完成率", RULE, 30, 0.95, "=KPI.SCORE(D1,$B1,$C1)"],
      ["直播转化率", "≥5%得20分，3%-5%得10分，低于3%不得分", 20, "4%", "=KPI.SCORE(D2,$B2,$C2)"],
      ["错误次数", "错误一次扣1分", 5, 2, "=KPI.SCORE(D3,$B3,$C3)"],
      ["责任心", "A:按要求完成 B:低于要求 C:没有完成", 10, "B", "=KPI.SCORE(D4,$B4,$C4)"],
      ["工作态度", "上级综合评定", 20, 17.5, "=KPI.SCORE(D5,$B5,$C5)"],
    ]);
    expect([1, 2, 3, 4, 5].map((r) => valueAt(s, `E${r}`))).toEqual([30, 10, 3, 5, 17.5]);
  });

  it("re-scores when the actual value or the rule text changes", () => {
    const s = sheet([[RULE, 0.85, "=KPI.SCORE(B1,A1)"]]);
    expect(valueAt(s, "C1")).toBe(20);
    s.setCellContents({ sheet: 0, row: 0, col: 1 }, [[0.92]]);
    expect(valueAt(s, "C1")).toBe(30);
    s.setCellContents({ sheet: 0, row: 0, col: 0 }, [["≥95%得30分，低于95%得15分"]]);
    expect(valueAt(s, "C1")).toBe(15);
  });

  it("reads actual values as HR type them: percent points, 万, seconds", () => {
    const s = sheet([
      [RULE, 95, "=KPI.SCORE(B1,A1)"],
      ["10万元以上得10分，5万元以上得5分，5万元以下不得分", "8.6万", "=KPI.SCORE(B2,A2)"],
      ["平均观看时长≥300S得10分，200S-300S得5分，低于200S不得分", "4分10秒", "=KPI.SCORE(B3,A3)"],
    ]);
    expect(["C1", "C2", "C3"].map((a) => valueAt(s, a))).toEqual([30, 5, 5]);
  });

  it("reads a plain number in a rule written in minutes as minutes, as the task pane does", () => {
    const rule = "响应时间≤3分钟得10分，3-5分钟得5分，超过5分钟不得分";
    const s = sheet([
      [rule, 2, "=KPI.SCORE(B1,A1)"],
      [rule, 4, "=KPI.SCORE(B2,A2)"],
      [rule, 6, "=KPI.SCORE(B3,A3)"],
    ]);
    expect(["C1", "C2", "C3"].map((a) => valueAt(s, a))).toEqual([10, 5, 0]);
  });

  it("turns an amount into completion of its target", () => {
    const s = sheet([[RULE, 850000, 30, 1000000, "=KPI.SCORE(B1,A1,C1,D1)"]]);
    expect(valueAt(s, "E1")).toBe(20);
  });

  it("uses the item's points and target when the rule needs them", () => {
    const s = sheet([
      ["≥95%得满分，90%-95%得一半", 0.92, 20, "=KPI.SCORE(B1,A1,C1)"],
      ["每低于目标1%扣2分，最低扣至0分", 95000, 20, "=KPI.SCORE(B2,A2,C2,100000)"],
      ["≥95%得满分，90%-95%得一半", 0.92, null, "=KPI.SCORE(B3,A3)"],
    ]);
    expect(valueAt(s, "D1")).toBe(10);
    expect(valueAt(s, "D2")).toBe(10);
    expect(valueAt(s, "D3")).toMatch(/^#VALUE!: 该规则按分值计算/);
  });

  it("gives #N/A where the rule leaves the score open and #VALUE! for a rule it cannot read", () => {
    const s = sheet([
      ["≥90%得30分，80%-90%得20分", 0.5, "=KPI.SCORE(B1,A1)"],
      ["优秀(12-15分)、良好(8-11分)", "良好", "=KPI.SCORE(B2,A2,15)"],
      ["直播后台数据表整理和汇报", 1, "=KPI.SCORE(B3,A3)"],
      ["", 1, "=KPI.SCORE(B4,A4)"],
    ]);
    expect(valueAt(s, "C1")).toBe("#N/A: 实际值50%不在评分标准的任何档位内，标准未写明此时得分");
    expect(valueAt(s, "C2")).toBe("#N/A: 良好档得分为8-11分，请填写此范围内的分数");
    expect(valueAt(s, "C3")).toMatch(/^#VALUE!: 无法理解评分标准/);
    expect(valueAt(s, "C4")).toBe("#VALUE!: 评分标准为空");
  });

  it("gives #N/A, with the reason, for a rule read only tentatively: no number until it is confirmed", () => {
    const doubt = issue("rule.unsure", { text: RULE, detail: "有数字未读到" });
    const parse = parsing.parseRule;
    const spy = jest.spyOn(parsing, "parseRule").mockImplementation((text, options) => {
      const read = parse(text, options);
      return read.ok && text === RULE ? { ...read, doubt } : read;
    });
    try {
      const s = sheet([[RULE, 0.95, "=KPI.SCORE(B1,A1,30)", '=KPI.LEVEL("A","A:按要求完成 B:低于要求",10)']]);
      expect(valueAt(s, "C1")).toBe(`#N/A: ${message(doubt)}`);
      expect(valueAt(s, "D1")).toBe(10);
    } finally {
      spy.mockRestore();
    }
  });

  it("shows no float noise: 20 × 70% is 14", () => {
    const s = sheet([["≥95%得满分，90%-95%得70%分值", 0.93, "=KPI.SCORE(B1,A1,20)"]]);
    expect(valueAt(s, "C1")).toBe(14);
  });
});
