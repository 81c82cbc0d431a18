import { sheet, valueAt } from "./formulaEngine";

describe("KPI.BAND in cells", () => {
  it("gives the score of the tier a value reaches, from array constants", () => {
    const s = sheet([
      [0.95, "=KPI.BAND(A1,{0.7,0.8,0.9},{10,20,30})"],
      [0.9, "=KPI.BAND(A2,{0.7,0.8,0.9},{10,20,30})"],
      [0.85, "=KPI.BAND(A3,{0.7,0.8,0.9},{10,20,30})"],
      [0.5, "=KPI.BAND(A4,{0.7,0.8,0.9},{10,20,30})"],
      [85, "=KPI.BAND(A5,{0.7,0.8,0.9},{10,20,30})"],
    ]);
    expect([1, 2, 3, 4, 5].map((r) => valueAt(s, `B${r}`))).toEqual([30, 30, 20, 0, 20]);
  });

  it("reads thresholds and scores from ranges and text values such as 95%", () => {
    const s = sheet([
      [0.7, 0.8, 0.9],
      [10, 20, 30],
      ["95%", "=KPI.BAND(A3,$A$1:$C$1,$A$2:$C$2)"],
      ["八成五", "=KPI.BAND(A4,$A$1:$C$1,$A$2:$C$2)"],
    ]);
    expect(valueAt(s, "B3")).toBe(30);
    expect(valueAt(s, "B4")).toBe(20);
  });

  it("scores lower-is-better rates such as the return rate", () => {
    const s = sheet([
      [0.02, "=KPI.BAND(A1,{0.05,0.1},{10,5},TRUE())"],
      [0.07, "=KPI.BAND(A2,{0.05,0.1},{10,5},TRUE())"],
      [0.12, "=KPI.BAND(A3,{0.05,0.1},{10,5},TRUE())"],
    ]);
    expect(["B1", "B2", "B3"].map((a) => valueAt(s, a))).toEqual([10, 5, 0]);
  });

  it("takes an extra first score as the score below every threshold", () => {
    const s = sheet([[0.5, "=KPI.BAND(A1,{0.7,0.8},{2,10,20})"]]);
    expect(valueAt(s, "B1")).toBe(2);
  });

  it("says not scored yet for a blank actual and refuses text it cannot read", () => {
    const s = sheet([
      [null, "=KPI.BAND(A1,{0.7,0.8},{10,20})"],
      ["很好", "=KPI.BAND(A2,{0.7,0.8},{10,20})"],
      [0.9, "=KPI.BAND(A3,{0.7,0.8},{10,20,30,40})"],
    ]);
    expect(valueAt(s, "B1")).toBe("#N/A: 尚未填写实际值，暂不评分");
    expect(valueAt(s, "B2")).toMatch(/^#VALUE!: 无法识别“很好”/);
    expect(valueAt(s, "B3")).toBe("#VALUE!: 阈值与得分的个数不一致（2个与4个）");
  });

  it("passes an error in the actual cell on, as Excel does", () => {
    const s = sheet([["=1/0", "=KPI.BAND(A1,{0.7,0.8},{10,20})"]]);
    expect(valueAt(s, "B1")).toMatch(/^#DIV\/0!/);
  });
});
