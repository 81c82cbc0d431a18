import fc from "fast-check";
import {
  digest,
  emptyRecord,
  formulaDigest,
  holdsWritten,
  joinedDigest,
  recordedCell,
  recordFromXml,
  recordToXml,
  withWritten,
} from "../../src/plan/record";

describe("the fingerprints of what the add-in wrote, kept in the workbook", () => {
  it("stay the same from version to version, so a workbook scored before is still recognised", () => {
    expect(digest({ formula: "=SUM(A1)" })).toBe("f0a7be2e");
    expect(digest({ formula: '=IF(I5>=90,"优秀","良好")' })).toBe("23a388ea");
    expect(digest({ value: 0.1 + 0.2 })).toBe("c53e4b5c");
    expect(digest({ value: 85 })).toBe("e9df8d3a");
    expect(digest({ value: "优秀" })).toBe("205086e0");
    expect(digest({ value: true })).toBe("bbd902f3");
    expect(digest({ value: null })).toBe("337eed4b");
    expect(digest({ value: { error: "#N/A" } })).toBe("cec1609d");
    expect(digest({ value: 123456789012345 })).toBe(digest({ value: 123456789012345.2 }));
    expect(digest({ value: -40 })).toBe(digest({ value: -40.00000000000001 }));
  });

  it("read a formula as Excel may give it back: without its =, in lower case, with spaces", () => {
    expect(digest({ formula: "sum( a1 )" })).toBe(digest({ formula: "=SUM(A1)" }));
    expect(digest({ formula: "=SUM(A2)" })).not.toBe(digest({ formula: "=SUM(A1)" }));
  });

  it("tell a number from the same text", () => {
    expect(digest({ value: 85 })).not.toBe(digest({ value: "85" }));
  });
});

describe("the fingerprints of formulas written now", () => {
  it("read a formula as Excel may give it back: without its =, in lower case, with spaces", () => {
    expect(formulaDigest("sum( a1 )")).toBe(formulaDigest("=SUM(A1)"));
    expect(formulaDigest("=SUM(A2)")).not.toBe(formulaDigest("=SUM(A1)"));
    expect(formulaDigest("=SUM(A1)")).toMatch(/^p[0-9a-f]{8}$/);
  });

  it("are the same built from a roster's pieces as read from the whole formula", () => {
    const text = fc.string({ unit: fc.constantFrom("=", "a", "Z", " ", "\n", "(", "$", "1", "优", "é") });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.oneof(fc.nat().map(String), text), (pieces, joint) => {
        expect(joinedDigest(pieces)(joint)).toBe(formulaDigest(pieces.join(joint)));
      }),
    );
  });

  it("tell a total from the same total one row down, and from the value it shows", () => {
    const total = joinedDigest(["=ROUND(D", "*0.3+E", "*0.7,2)"]);
    expect(total("5")).not.toBe(total("6"));
    expect(holdsWritten({ value: 85, formula: "=ROUND(D5*0.3+E5*0.7,2)" }, total("5"))).toBe(true);
    expect(holdsWritten({ value: 85, formula: "=ROUND(D6*0.3+E6*0.7,2)" }, total("5"))).toBe(false);
    expect(holdsWritten({ value: 85 }, total("5"))).toBe(false);
  });

  it("leave the records written before them readable: a formula kept by its earlier digest is still the add-in's", () => {
    const earlier = digest({ formula: "=SUM(D5:H5)" });
    expect(holdsWritten({ value: 85, formula: "=sum(D5:H5)" }, earlier)).toBe(true);
    expect(holdsWritten({ value: 85, formula: "=SUM(D5:H6)" }, earlier)).toBe(false);
    expect(holdsWritten({ value: 85 }, digest({ value: 85 }))).toBe(true);
  });
});

describe("the record of what the add-in wrote", () => {
  const written = [
    { sheet: "6月", cell: "I5", before: { value: null }, formula: "=SUM(D5:H5)" },
    { sheet: "6月", cell: "J5", before: { value: "待评" }, value: "B" },
  ];

  it("keeps a cell that was empty before as its fingerprint alone, and reads it back as empty before", () => {
    const record = withWritten(emptyRecord(), written);
    expect(record.cells["6月"]?.["I5"]).toBe(formulaDigest("=SUM(D5:H5)"));
    const back = recordFromXml(recordToXml(record));
    expect(back && recordedCell(back, "6月", "I5")).toEqual({
      sheet: "6月",
      cell: "I5",
      before: { value: null },
      after: formulaDigest("=SUM(D5:H5)"),
    });
    expect(back && recordedCell(back, "6月", "J5")?.before).toEqual({ value: "待评" });
  });

  it("keeps a cell's earlier text that reads like the end of the record's section, and what the adapter keeps beside it", () => {
    const record = withWritten(emptyRecord(), [
      { sheet: "6月", cell: "J5", before: { value: "a]]>b]]>" }, value: "B" },
    ]);
    const xml = recordToXml(record, "<kept/>");
    expect(xml.endsWith("<kept/></kpiRecord>")).toBe(true);
    expect(recordFromXml(xml)).toEqual(record);
  });

  it("still reads a record written by an earlier version, each cell with its own object", () => {
    const earlier = { ...emptyRecord(), cells: { "6月": { I5: { after: "f0a7be2e" } } } };
    const back = recordFromXml(recordToXml(earlier));
    expect(back && recordedCell(back, "6月", "I5")?.after).toBe("f0a7be2e");
  });
});
