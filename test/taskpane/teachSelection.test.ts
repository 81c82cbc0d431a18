import { clipped } from "../../src/taskpane/Taskpane/useTeach";
import { gridOf } from "../support/grid";

/**
 * Teaching from the selection in Excel: a whole row, a whole column or the whole sheet (Ctrl+A) is
 * cut down to the cells the sheet uses, so the task pane shows the sheet's columns, not 16,384.
 */

const GRID = gridOf("门店月度考评", [
  ["序", "事项", "占比", "怎么算", "本月", "结果"],
  [1, "营业额达成", 40, "≥100%得40分", 1.02, null],
  [2, "毛利率", 20, "≥30%得20分", 0.31, null],
]);

describe("a selection to teach from", () => {
  it("a whole row is its used cells", () => {
    expect(clipped("1:1", GRID)).toBe("A1:F1");
  });

  it("a whole column and the whole sheet are their used cells", () => {
    expect(clipped("A:B", GRID)).toBe("A1:B3");
    expect(clipped("A1:XFD1048576", GRID)).toBe("A1:F3");
  });

  it("a table within the used cells is as selected, one cell is that cell", () => {
    expect(clipped("A1:F3", GRID)).toBe("A1:F3");
    expect(clipped("F3", GRID)).toBe("F3");
  });

  it("nothing used selected is no selection", () => {
    expect(clipped("H10:J12", GRID)).toBeNull();
    expect(clipped("not a range", GRID)).toBeNull();
    expect(clipped("A1", undefined)).toBeNull();
  });
});
