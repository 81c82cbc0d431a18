import { applyPatch, readSnapshot } from "../src/host/office";
import { planInputValidation, planScore, planUndo } from "../src/plan/operations";
import type { WorkbookPatch } from "../src/plan/patch";
import { rosterBook } from "../test/host/rosterBook";
import { FakeContext } from "../test/support/fakeExcel";
import { report, round, type Check } from "./harness";

/**
 * Round trips to Excel per operation of the Office.js adapter, on rosters of 10, 1,000 and 10,000
 * people in the recording fake: the count must not grow with the rows (DESIGN.md). Beside it, the
 * largest request and response of each operation, which Excel on the web caps at 5 MB each.
 */

const SIZES = [10, 1_000, 10_000];
const MB = 1024 * 1024;
const WEB_LIMIT_MB = 5;

interface Figures {
  syncs: number;
  requestMb: number;
  responseMb: number;
}

/** Runs one operation and measures its syncs and its largest payloads. */
async function measure(excel: FakeContext, run: () => Promise<unknown>): Promise<Figures> {
  const from = excel.stats.syncs;
  await run();
  const requests = excel.stats.requestBytes.slice(from);
  const responses = excel.stats.responseBytes.slice(from);
  return {
    syncs: excel.stats.syncs - from,
    requestMb: Math.max(...requests) / MB,
    responseMb: Math.max(...responses) / MB,
  };
}

/** The user agreed to every overwrite: the task pane passes the patch on without conflicts. */
const agreed = (patch: WorkbookPatch): WorkbookPatch => ({ ...patch, conflicts: [] });

async function operations(people: number): Promise<Record<string, Figures>> {
  const excel = new FakeContext(rosterBook(people));
  const context = excel.asContext();
  const read = () => readSnapshot(context, { merges: true });
  const out: Record<string, Figures> = {};
  out.read = await measure(excel, read);
  const snapshot = await read();
  out["score (portable)"] = await measure(excel, () =>
    applyPatch(context, agreed(planScore(snapshot, "portable").patch)),
  );
  const scored = await read();
  out.validation = await measure(excel, () =>
    applyPatch(context, agreed(planInputValidation(scored, "zh-CN"))),
  );
  const validated = await read();
  out.undo = await measure(excel, () => applyPatch(context, agreed(planUndo(validated))));
  return out;
}

async function main(): Promise<boolean> {
  const runs = new Map<number, Record<string, Figures>>();
  for (const people of SIZES) runs.set(people, await operations(people));
  const checks: Check[] = [];
  for (const op of Object.keys(runs.get(SIZES[0] as number) ?? {})) {
    const figures = SIZES.map((n) => runs.get(n)?.[op] as Figures);
    const base = figures[0] as Figures;
    checks.push({
      name: `${op}: syncs at 10 / 1,000 / 10,000 rows`,
      value: Math.max(...figures.map((f) => f.syncs)),
      unit: "",
      limit: op === "read" ? 2 : 3,
      baseline: figures.map((f) => f.syncs).join(" / "),
    });
    checks.push({
      name: `${op}: growth of syncs from 10 to 10,000 rows`,
      value: Math.max(...figures.map((f) => f.syncs)) - base.syncs,
      unit: "",
      limit: 0,
    });
    const largest = figures[figures.length - 1] as Figures;
    checks.push({
      name: `${op}: largest request / response at 10,000 rows`,
      value: Math.max(largest.requestMb, largest.responseMb),
      unit: " MB",
      baseline: `request ${round(largest.requestMb)} MB, response ${round(largest.responseMb)} MB; Excel on the web allows ${WEB_LIMIT_MB} MB each`,
    });
  }
  return report("Office.js adapter: round trips per operation (recording fake)", checks);
}

void main().then((ok) => {
  process.exitCode = ok ? 0 : 1;
});
