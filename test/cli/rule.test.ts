import { main } from "../../src/cli/main";
import { kpi, kpiWith } from "./kpi";

describe("kpi rule", () => {
  it("prints the rule and a score per --actual as JSON", async () => {
    const run = await kpi(
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

  it("reads --target and --max as quantities", async () => {
    const run = await kpi(
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

  it("says when a text is not a rule it understands, without guessing", async () => {
    const run = await kpi("rule", "直播后台数据表、流量、销量、转化整理和汇报", "--json");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, error: expect.stringContaining("无法理解评分标准") });
  });

  it("reads a grade table with --table", async () => {
    const run = await kpi("rule", "A(≥90分)、B(80-89分)、C(<80分)", "--table", "--actual", "85", "--json");
    expect(JSON.parse(run.stdout).results[0].score).toBe("B");
  });

  it("prints a readable form without --json", async () => {
    const run = await kpi("rule", "错误一次扣1分", "--max", "5", "--actual", "2");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("规则类型：deduction");
    expect(run.stdout).toContain("2 → 3");
  });

  it.each([
    [["rule"], "需要且只需要一段评分标准文字"],
    [["rule", "≥90%得30分", "--bogus"], "bogus"],
    [["rule", "≥90%得30分", "--max", "很多"], "--max 需要一个数值"],
    [["frobnicate"], "未知命令"],
  ])("exits 2 with a message on bad usage: %j", async (args, text) => {
    const run = await kpi(...(args as string[]));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(text);
  });
});

describe("kpi's words and errors", () => {
  it("speaks the language KPI_LANG names", async () => {
    const run = await kpiWith({ KPI_LANG: "en-US" }, "rule", "错误一次扣1分", "--max", "5", "--actual", "2");
    expect(run.stdout).toContain("Rule kind: deduction");
    const usage = await kpiWith({ KPI_LANG: "zh-TW" }, "rule");
    expect(usage.stderr).toContain("評分標準文字");
    expect(usage.stderr).toContain("用法見 kpi --help");
  });

  it("gives an error as JSON on stdout with --json, beside the message on stderr", async () => {
    const run = await kpi("rule", "≥90%得30分", "--max", "很多", "--json");
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      code: "usage",
      error: "--max 需要一个数值，收到“很多”",
    });
    expect(run.stderr).toContain("--max 需要一个数值");
  });

  it("exits 3 on an internal error, saying so in the user's language without a stack trace", async () => {
    let stderr = "";
    const status = await main(["rule", "错误一次扣1分", "--actual", "2"], {
      stdout: () => {
        throw new Error("the terminal went away");
      },
      stderr: (text) => (stderr += text),
      env: {},
    });
    expect(status).toBe(3);
    expect(stderr).toBe(
      "kpi: 内部错误，未写入任何文件。请把这条消息和所用的工作簿告诉维护者：the terminal went away\n",
    );
  });
});
