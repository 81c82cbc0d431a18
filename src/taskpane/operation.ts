import type { Host } from "../host/host";
import type { WorkbookSnapshot } from "../plan/operations";
import type { PatchConflict, PatchWarning, WorkbookPatch } from "../plan/patch";
import type { ScoreReport } from "../appraisal/report";
import type { OperationStep } from "./strings/types";

/**
 * One operation over the whole workbook, in steps the user can follow and stop: read the
 * workbook, plan the patch (pure, src/plan/operations.ts), then apply it whole. Nothing is written
 * until the last step: a cancel before it, a block, or conflicts the user does not accept leave the
 * workbook as it was. Kept apart from React so the rule "cancel before apply writes nothing" is
 * tested without a browser.
 */

export interface Planned {
  patch: WorkbookPatch;
  report?: ScoreReport;
}

export type Outcome =
  | { kind: "done"; patch: WorkbookPatch; report?: ScoreReport }
  | { kind: "cancelled" }
  | { kind: "blocked"; blocks: PatchWarning[] }
  | { kind: "declined" };

export interface OperationEvents {
  /** A step begins. */
  step(step: OperationStep): void;
  /** The patch would overwrite cells the add-in did not write: may it? */
  consent(conflicts: readonly PatchConflict[]): Promise<boolean>;
}

/** Lets the page paint the progress and take a click on Cancel between two steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runOperation(
  host: Host,
  plan: (snapshot: WorkbookSnapshot) => Planned,
  signal: AbortSignal,
  events: OperationEvents,
): Promise<Outcome> {
  events.step("read");
  const snapshot = await host.read();
  await nextTask();
  if (signal.aborted) return { kind: "cancelled" };
  events.step("plan");
  await nextTask();
  const planned = plan(snapshot);
  await nextTask();
  if (signal.aborted) return { kind: "cancelled" };
  const { patch } = planned;
  const blocks = [...patch.blocks, ...(host.refusals?.(patch) ?? [])];
  if (blocks.length > 0) return { kind: "blocked", blocks };
  if (patch.conflicts.length > 0 && !(await events.consent(patch.conflicts))) return { kind: "declined" };
  if (signal.aborted) return { kind: "cancelled" };
  events.step("apply");
  await host.apply(patch);
  return { kind: "done", ...planned };
}
