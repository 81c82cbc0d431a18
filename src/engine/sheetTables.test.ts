import { appraise } from "./grade";
import { parseRule } from "./parseRule";
import type { RuleOf } from "./rule";
import { coefficientsByGrade, tableDoubt, tableFromCells } from "./sheetTables";

const grades = (text: string): RuleOf<"table"> => {
  const parsed = parseRule(text, { kind: "table" });
  if (!parsed.ok || parsed.rule.kind !== "table") throw new Error(text);
  return parsed.rule;
};

describe("coefficients written after a grade list", () => {
  it.each([
    "等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)；系数：A 1.2、B 1.0、C 0.8、D 0.5",
    "评级标准：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)；绩效系数：A=1.2，B=1.0，C=0.8，D=0.5",
    "评分等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)，对应绩效系数1.2/1.0/0.8/0.5",
    "等級標準：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)；績效係數：A 1.2、B 1.0、C 0.8、D 0.5",
    "Grades: A (≥90), B (80-89), C (70-79), D (<70); coefficient A 1.2, B 1.0, C 0.8, D 0.5",
  ])("reads %s", (text) => {
    const g = grades(text);
    const c = coefficientsByGrade(text, g);
    expect(c).not.toBeNull();
    const at = (total: number) => appraise(total, { grades: g, coefficients: c ?? undefined });
    expect([at(95), at(85), at(79.5), at(60)]).toEqual([
      { grade: "A", coefficient: 1.2 },
      { grade: "B", coefficient: 1 },
      { grade: "C", coefficient: 0.8 },
      { grade: "D", coefficient: 0.5 },
    ]);
  });

  it("gives none when the text states none, or not one per grade", () => {
    const text = "A+(100分以上)、A(81-100分)、B(61-80分)、C(60分及以下)";
    expect(coefficientsByGrade(text, grades(text))).toBeNull();
    const some = "A(≥90分)、B(80-89分)、C(<80分)；系数：A 1.2、B 1.0";
    expect(coefficientsByGrade(some, grades(some))).toBeNull();
  });
});

describe("grade and coefficient tables in cells", () => {
  it("reads conditions in the score column", () => {
    const rows = [
      ["分值≤59", "D", 0],
      ["60≤分值≤79", "C", 0.5],
      ["80≤分值≤89", "B", 0.8],
      ["分值≥90", "A", 1],
    ] as const;
    const g = tableFromCells(
      rows.map(([s, grade]) => [s, grade]),
      "grade",
    );
    const c = tableFromCells(
      rows.map(([s, , coefficient]) => [s, coefficient]),
      "coefficient",
    );
    const at = (total: number) => appraise(total, { grades: g ?? undefined, coefficients: c ?? undefined });
    expect([at(71.6), at(59.5), at(92)]).toEqual([
      { grade: "C", coefficient: 0.5 },
      { grade: "D", coefficient: 0 },
      { grade: "A", coefficient: 1 },
    ]);
  });

  it("reads lowest scores as numbers, and refuses rows it cannot read", () => {
    const g = tableFromCells(
      [
        [0, "C"],
        [60, "B"],
        [90, "A"],
      ],
      "grade",
    );
    expect(appraise(75, { grades: g ?? undefined }).grade).toBe("B");
    expect(
      tableFromCells(
        [
          ["优秀", "A"],
          ["良好", "B"],
        ],
        "grade",
      ),
    ).toBeNull();
    expect(tableFromCells([["分值≥90", "A"]], "grade")).toBeNull();
  });
});

describe("a grade table that does not say one thing", () => {
  const table = (text: string) => {
    const parsed = parseRule(text, { kind: "table" });
    if (!parsed.ok || parsed.rule.kind !== "table") throw new Error(text);
    return parsed.rule;
  };

  it("is consistent when bands written to one decimal meet (3.5-4.49, then ≥4.5)", () => {
    expect(tableDoubt(table("A(≥4.5分)、B(3.5-4.49分)、C(2.5-3.49分)、D(<2.5分)"))).toBeNull();
  });

  it("leaves a gap when a whole band is missing, and overlaps when two bands share more than an end", () => {
    expect(tableDoubt(table("A(≥90分)、B(80-89分)、C(60-69分)、D(<60分)"))).toBe("gap");
    expect(tableDoubt(table("A(85-100分)、B(80-90分)、C(70-79分)、D(<70分)"))).toBe("overlap");
  });

  it("has coefficients out of order when they fall as the score rises", () => {
    const rows = [
      [0, 1.2],
      [70, 1],
      [90, 0.5],
    ] as Array<[number, number]>;
    expect(tableDoubt(tableFromCells(rows, "coefficient") as RuleOf<"table">)).toBe("order");
  });
});

describe("a grade table in cells whose score cells are conditions", () => {
  it("is read when every condition is sure", () => {
    const rows: Array<[string, string]> = [
      ["分值≤59", "D"],
      ["60≤分值≤79", "C"],
      ["分值≥80", "B"],
    ];
    expect(tableFromCells(rows, "grade")?.rows).toHaveLength(3);
  });

  it("is not read when a condition is read only with a doubt (a number it does not understand)", () => {
    const rows: Array<[string, string]> = [
      ["分值≤59", "D"],
      ["60≤分值≤79", "C"],
      ["≥80分，限20%", "B"],
    ];
    expect(tableFromCells(rows, "grade")).toBeNull();
  });
});
