import { sharedRuns, slides } from "./sharedFormula";

describe("formulas stored once for a whole column", () => {
  it("moves relative rows and keeps absolute ones", () => {
    const slid = slides("ROUND(D5*$L5+H$4-SUM(D5:H5),2)");
    expect(slid("ROUND(D5*$L5+H$4-SUM(D5:H5),2)", 0)).toBe(true);
    expect(slid("ROUND(D8*$L8+H$4-SUM(D8:H8),2)", 3)).toBe(true);
    expect(slid("ROUND(D8*$L8+H$7-SUM(D8:H8),2)", 3)).toBe(false);
    expect(slid("ROUND(D8*$L8+H$4-SUM(D8:H9),2)", 3)).toBe(false);
    expect(slid("ROUND(D8*$L8+H$4-SUM(D8:H8),2)+1", 3)).toBe(false);
  });

  it("moves references to other rows than the formula's own, each by as many rows", () => {
    const slid = slides("H4+G5*2");
    expect(slid("H7+G8*2", 3)).toBe(true);
    expect(slid("H7+G7*2", 3)).toBe(false);
    expect(slid("H4+G5*2", 0)).toBe(true);
  });

  it("leaves function names alone", () => {
    expect(slides("LOG10(A1)+ATAN2(B1,C1)")("LOG10(A2)+ATAN2(B2,C2)", 1)).toBe(true);
    expect(slides("LOG10(A1)+ATAN2(B1,C1)")("LOG11(A2)+ATAN3(B2,C2)", 1)).toBe(false);
  });

  it("shares a run of people's totals that differ only by their row", () => {
    const cells = [5, 6, 7].map((row) => ({ column: "I", row, formula: `ROUND(D${row}*0.35,2)` }));
    expect(sharedRuns(cells).map((run) => run.map((c) => c.row))).toEqual([[5, 6, 7]]);
  });

  it("does not share across a gap, another column, or a formula of another shape", () => {
    const cells = [
      { column: "I", row: 5, formula: "D5*2" },
      { column: "I", row: 6, formula: "D6*3" },
      { column: "I", row: 8, formula: "D8*3" },
      { column: "J", row: 5, formula: "I5" },
    ];
    expect(sharedRuns(cells).map((run) => run.map((c) => `${c.column}${c.row}`))).toEqual([
      ["I5"],
      ["I6"],
      ["I8"],
      ["J5"],
    ]);
  });

  it("does not share a formula whose text holds what reads as a cell (ExcelJS would move it)", () => {
    const cells = [5, 6].map((row) => ({ column: "H", row, formula: `KPI.SCORE(G${row},"A1级得10分")` }));
    expect(sharedRuns(cells)).toHaveLength(2);
  });

  it("shares grade formulas whose texts are only grade names, with references between them", () => {
    const cells = [5, 6, 7].map((row) => ({
      column: "J",
      row,
      formula: `IF(I${row}>=90,"A",IF(I${row}>=80,"B""+",IF(I${row}>=70,"C","D")))`,
    }));
    expect(sharedRuns(cells)).toHaveLength(1);
    expect(slides(cells[0]?.formula ?? "")(cells[2]?.formula ?? "", 2)).toBe(true);
  });
});
