import * as ExcelJS from "exceljs";
import { rebindFunctions } from "../../src/host/officeRebind";
import { FakeContext } from "../support/fakeExcel";

/**
 * On start, the add-in enters again the KPI formulas a file brought in, which Excel shows as
 * #NAME? until they are typed again: those and only those, in the same three round trips however
 * many there are.
 */

/** A sheet of `rows` KPI formulas showing #NAME? (as Excel stores them: `_xldudf_KPI_…`), one that
 * shows a number, and someone else's formula showing #NAME?. */
function book(rows: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("汇总");
  ws.getCell("A1").value = "得分";
  for (let r = 2; r <= rows + 1; r++) {
    ws.getCell(`A${r}`).value = 0.9;
    ws.getCell(`B${r}`).value = {
      formula: `_xldudf_KPI_SCORE(A${r},"≥90%得30分",30)`,
      result: { error: "#NAME?" },
    } as ExcelJS.CellFormulaValue;
  }
  ws.getCell("C2").value = { formula: "KPI.GRADE(85)", result: "A" } as ExcelJS.CellFormulaValue;
  ws.getCell("D2").value = {
    formula: "UNKNOWN.FN(1)",
    result: { error: "#NAME?" },
  } as ExcelJS.CellFormulaValue;
  return workbook;
}

describe("KPI formulas showing #NAME? on start", () => {
  it("are entered again with the add-in's names; the others are left alone", async () => {
    const excel = new FakeContext(book(3));
    expect(await rebindFunctions(excel.asContext())).toBe(3);
    const ws = excel.book.getWorksheet("汇总") as ExcelJS.Worksheet;
    expect(["B2", "B3", "B4", "C2", "D2"].map((a) => ws.getCell(a).formula)).toEqual([
      'KPI.SCORE(A2,"≥90%得30分",30)',
      'KPI.SCORE(A3,"≥90%得30分",30)',
      'KPI.SCORE(A4,"≥90%得30分",30)',
      "KPI.GRADE(85)",
      "UNKNOWN.FN(1)",
    ]);
  });

  it("take three round trips for 10 or 500 of them, two when there are none", async () => {
    for (const rows of [10, 500]) {
      const excel = new FakeContext(book(rows));
      expect(await rebindFunctions(excel.asContext())).toBe(rows);
      expect(excel.stats.syncs).toBe(3);
    }
    const none = new FakeContext(new ExcelJS.Workbook());
    none.book.addWorksheet("空表");
    expect(await rebindFunctions(none.asContext())).toBe(0);
    expect(none.stats.syncs).toBe(2);
  });
});
