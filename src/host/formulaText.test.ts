import { fromStored, slideFormula, toStored } from "./formulaText";

describe("KPI functions as a file stores them", () => {
  it("are _xldudf_KPI_<ID> in the file and KPI.<ID> to the add-in, text in quotes left alone", () => {
    const formula = 'KPI.SCORE(G5,"用 KPI.SCORE( 评分",30)+KPI.GRADE(H5)';
    const stored = '_xldudf_KPI_SCORE(G5,"用 KPI.SCORE( 评分",30)+_xldudf_KPI_GRADE(H5)';
    expect(toStored(formula)).toBe(stored);
    expect(fromStored(stored)).toBe(formula);
    expect(toStored("MYKPI.SCORE(A1)")).toBe("MYKPI.SCORE(A1)");
  });
});

describe("a shared formula's other cells", () => {
  it("move relative references, keep absolute ones, functions and quoted text", () => {
    expect(slideFormula('VLOOKUP(K7,$B$24:$E$27,3,0)&"A1"+LOG10(B2)+Sheet2!C3', 1, 0)).toBe(
      'VLOOKUP(K8,$B$24:$E$27,3,0)&"A1"+LOG10(B3)+Sheet2!C4',
    );
    expect(slideFormula("SUM(A1:B$2)+$C1", 2, 1)).toBe("SUM(B3:C$2)+$C3");
  });
});
