import { sharedRuns, slider } from "./sharedFormula";

describe("formulas stored once for a whole column", () => {
  it("moves relative rows and keeps absolute ones", () => {
    const slide = slider("ROUND(D5*$L5+H$4-SUM(D5:H5),2)");
    expect(slide(0)).toBe("ROUND(D5*$L5+H$4-SUM(D5:H5),2)");
    expect(slide(3)).toBe("ROUND(D8*$L8+H$4-SUM(D8:H8),2)");
  });

  it("leaves function names alone", () => {
    expect(slider("LOG10(A1)+ATAN2(B1,C1)")(1)).toBe("LOG10(A2)+ATAN2(B2,C2)");
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
});
