import { spawnSync } from "child_process";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");

/** Runs the built `kpi` command as a user would. */
export function kpi(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "kpi.js"), ...args], {
    encoding: "utf8",
    cwd: ROOT,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
