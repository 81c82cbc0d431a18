import { checkDistribution } from "./distribution";

const team = [
  { name: "张三", total: 95, grade: "A" },
  { name: "李四", total: 93, grade: "A" },
  { name: "王芳", total: 91, grade: "A" },
  { name: "赵六", total: 85, grade: "B" },
  { name: "钱七", total: 80, grade: "B" },
  { name: "孙八", total: 75, grade: "B" },
  { name: "周九", total: 72, grade: "B" },
];

describe("forced distribution", () => {
  it("allows at most one A in seven people at A ≤ 20% and names who would move", () => {
    const [a] = checkDistribution(team, [{ grade: "A", max: 0.2 }]);
    expect(a).toMatchObject({ grade: "A", count: 3, limit: 1, ok: false, move: ["王芳", "李四"] });
  });

  it("requires at least one C in seven people at C ≥ 10% and names the lowest scorer", () => {
    const [c] = checkDistribution(team, [{ grade: "C", min: 0.1 }]);
    expect(c).toMatchObject({ count: 0, limit: 1, ok: false, move: ["周九"] });
  });

  it("rounds quotas half away from zero when asked", () => {
    const [a] = checkDistribution(team, [{ grade: "A", max: 0.3 }], "round");
    expect(a?.limit).toBe(2);
    const [strict] = checkDistribution(team, [{ grade: "A", max: 0.3 }]);
    expect(strict?.limit).toBe(2);
    const [ten] = checkDistribution(team.slice(0, 5), [{ grade: "A", max: 0.5 }], "round");
    expect(ten?.limit).toBe(3);
  });

  it("passes a team within its quotas", () => {
    const checks = checkDistribution(team.slice(2), [
      { grade: "A", max: 0.2 },
      { grade: "B", min: 0.5 },
    ]);
    expect(checks.every((c) => c.ok)).toBe(true);
  });
});
