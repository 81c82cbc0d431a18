import { kpi } from "./kpi";

describe("kpi rule", () => {
  it("prints the rule and a score per --actual as JSON", () => {
    const run = kpi(
      "rule",
      "≥90%得30分，80%-90%得20分，低于80%不得分",
      "--max",
      "30",
      "--actual",
      "95%",
      "--actual",
      "0.85",
      "--actual",
      "abc",
      "--json",
    );
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.ok).toBe(true);
    expect(out.rule.kind).toBe("band");
    expect(out.results.map((r: { score: unknown }) => r.score)).toEqual([30, 20, null]);
    expect(out.results[2].error).toContain("无法识别“abc”");
    expect(out.results[0].explanation).toContain("≥90%");
  });

  it("reads --target and --max as quantities", () => {
    const run = kpi(
      "rule",
      "每低于目标1%扣2分，最低扣至0分",
      "--max",
      "20",
      "--target",
      "10万",
      "--actual",
      "9.5万",
      "--json",
    );
    expect(JSON.parse(run.stdout).results[0].score).toBe(10);
  });

  it("says when a text is not a rule it understands, without guessing", () => {
    const run = kpi("rule", "直播后台数据表、流量、销量、转化整理和汇报", "--json");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, error: expect.stringContaining("无法理解评分标准") });
  });

  it("reads a grade table with --table", () => {
    const run = kpi("rule", "A(≥90分)、B(80-89分)、C(<80分)", "--table", "--actual", "85", "--json");
    expect(JSON.parse(run.stdout).results[0].score).toBe("B");
  });

  it("prints a readable form without --json", () => {
    const run = kpi("rule", "错误一次扣1分", "--max", "5", "--actual", "2");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("规则类型：deduction");
    expect(run.stdout).toContain("2 → 3");
  });

  it.each([
    [["rule"], "需要且只需要一段评分标准文字"],
    [["rule", "≥90%得30分", "--bogus"], "bogus"],
    [["rule", "≥90%得30分", "--max", "很多"], "--max 需要一个数值"],
    [["frobnicate"], "未知命令"],
  ])("exits 2 with a message on bad usage: %j", (args, text) => {
    const run = kpi(...(args as string[]));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(text);
  });
});
