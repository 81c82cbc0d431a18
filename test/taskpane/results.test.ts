import { forcedDistribution, gradeBars, peopleOf, type PersonRow } from "../../src/taskpane/results";

const person = (name: string, total: number, grade: string): PersonRow => ({
  sheet: "汇总",
  name,
  total,
  grade,
  coefficient: null,
});

const team = [
  person("张三", 99, "A"),
  person("孙悦", 91, "A"),
  person("赵六", 78, "C"),
  person("王芳", 75, "C"),
  person("李四", 69, "D"),
  person("陈静", 24, "D"),
  person("刘洋", 59, "D"),
];

describe("the grade spread of a team", () => {
  it("counts people per grade, best grade first", () => {
    expect(gradeBars(team)).toEqual([
      { grade: "A", count: 2 },
      { grade: "C", count: 2 },
      { grade: "D", count: 3 },
    ]);
  });

  it("leaves out of the spread a person without a total, and one without a grade", () => {
    const spread = gradeBars(team);
    // A grade without a total (a sheet's own grade typed by hand) would count an A of no one…
    expect(gradeBars([...team, { ...person("新人", 0, "A"), total: null }])).toEqual(spread);
    // …and a total without a grade (the sheet's grade table unreadable) a bar of no grade.
    expect(gradeBars([...team, { ...person("调岗", 95, "A"), grade: null }])).toEqual(spread);
  });

  it("checks the 271 rule: 2 A out of 7 is over the 20% allowed, and names who would move", () => {
    const [top, bottom] = forcedDistribution(team);
    expect(top).toMatchObject({ grade: "A", kind: "max", limit: 1, ok: false, move: ["孙悦"], share: 0.2 });
    expect(bottom).toMatchObject({ grade: "D", kind: "min", limit: 1, ok: true, share: 0.1 });
  });

  it("checks nothing when everyone has the same grade", () => {
    expect(forcedDistribution([person("张三", 90, "A"), person("李四", 91, "A")])).toEqual([]);
  });
});

describe("the results table", () => {
  it("shows each person's pay where the sheet has a pay column, and none where it has not", () => {
    const zhang = { name: "张三", total: 99, grade: "A", coefficient: 1.2, items: [] };
    const rows = peopleOf({
      sheets: [
        { name: "汇总", people: [{ ...zhang, row: 5, pay: 3600 }], warnings: [] },
        { name: "主播", people: [zhang], warnings: [] },
      ],
    });
    expect(rows.map((r) => r.pay)).toEqual([3600, undefined]);
  });
});
