import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { kpiProcess, ROOT } from "./kpi";

/**
 * The `kpi` binary as a process: what it prints where, and the exit codes of DESIGN.md's contract
 * (0 done, 1 nothing to do, 2 bad usage or input). What the command does is tested in this
 * process, through `main` (the other files here).
 */

const FIXTURE = join(ROOT, "test", "fixtures", "live-ops-manager.xlsx");
const OUT = mkdtempSync(join(tmpdir(), "kpi-process-"));

describe("the kpi process", () => {
  it("prints its help and exits 0", () => {
    const run = kpiProcess("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("kpi score");
  });

  it("writes JSON to stdout, exit 0", () => {
    const run = kpiProcess("score", FIXTURE, "-o", join(OUT, "scored.xlsx"), "--json");
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(JSON.parse(run.stdout).sheets[0].people[0].total).toBe(73);
  });

  it("exits 1 when there is nothing to do", () => {
    const run = kpiProcess("undo", FIXTURE, "-o", join(OUT, "undone.xlsx"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("没有本工具写入的记录");
  });

  it("exits 2 on bad usage, the message on stderr", () => {
    const run = kpiProcess("frobnicate");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("kpi: 未知命令“frobnicate”\n用法见 kpi --help\n");
  });
});
