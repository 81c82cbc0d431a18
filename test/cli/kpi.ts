import { spawnSync } from "child_process";
import { join } from "path";
import { main } from "../../src/cli/main";

export const ROOT = join(__dirname, "..", "..");

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the `kpi` command in this process, as its binary would (arguments, KPI_LANG), with what it
 * prints captured: the tests of what the command does. */
export async function kpi(...args: string[]): Promise<Run> {
  return kpiWith({}, ...args);
}

export async function kpiWith(env: Record<string, string>, ...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
  });
  return { status, stdout, stderr };
}

/** Runs the built `kpi` binary in its own process, as a user does: the tests of the process
 * itself (its exit code, what reaches the terminal). */
export function kpiProcess(...args: string[]): Run {
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "kpi.js"), ...args], {
    encoding: "utf8",
    cwd: ROOT,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
