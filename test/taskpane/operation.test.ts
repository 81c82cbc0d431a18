import type { Host } from "../../src/host/host";
import { gridOf } from "../support/grid";
import type { WorkbookSnapshot } from "../../src/plan/operations";
import { emptyPatch, type WorkbookPatch } from "../../src/plan/patch";
import { runOperation, type OperationEvents } from "../../src/taskpane/operation";

/** A host that records what was applied. */
function recordingHost(): Host & { applied: WorkbookPatch[] } {
  const snapshot: WorkbookSnapshot = { grids: [gridOf("考核表", [["项目"]])], record: null, readOnly: false };
  const applied: WorkbookPatch[] = [];
  return {
    applied,
    problems: [],
    read: () => Promise.resolve(snapshot),
    apply: (patch) => {
      applied.push(patch);
      return Promise.resolve();
    },
    activeSheet: () => Promise.resolve("考核表"),
    select: () => Promise.resolve(),
    selection: () => Promise.resolve(null),
  };
}

const write = { sheet: "考核表", cell: "B2", role: "score" as const, before: { value: null }, value: 30 };
const conflict = { code: "patch.value" as const, params: {}, sheet: "考核表", cell: "B2" };
const events = (consent = true, onStep: OperationEvents["step"] = () => {}): OperationEvents => ({
  step: onStep,
  consent: () => Promise.resolve(consent),
});

describe("an operation over the whole workbook", () => {
  it("reads, plans and writes, announcing each step", async () => {
    const host = recordingHost();
    const steps: string[] = [];
    const outcome = await runOperation(
      host,
      () => ({ patch: { ...emptyPatch("values"), writes: [write] } }),
      new AbortController().signal,
      events(true, (s) => steps.push(s)),
    );
    expect(outcome.kind).toBe("done");
    expect(steps).toEqual(["read", "plan", "apply"]);
    expect(host.applied).toHaveLength(1);
  });

  it("writes nothing when cancelled before the writing begins", async () => {
    const host = recordingHost();
    const controller = new AbortController();
    const outcome = await runOperation(
      host,
      () => {
        controller.abort();
        return { patch: { ...emptyPatch("values"), writes: [write] } };
      },
      controller.signal,
      events(),
    );
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(host.applied).toEqual([]);
  });

  it("writes nothing into a protected sheet, and says so", async () => {
    const host = recordingHost();
    const block = { code: "patch.protected" as const, params: { sheet: "考核表" }, sheet: "考核表" };
    const outcome = await runOperation(
      host,
      () => ({ patch: { ...emptyPatch("values"), writes: [write], blocks: [block] } }),
      new AbortController().signal,
      events(),
    );
    expect(outcome).toEqual({ kind: "blocked", blocks: [block] });
    expect(host.applied).toEqual([]);
  });

  it("writes nothing Excel could not take in one request, and says so before asking anything", async () => {
    const block = {
      code: "host.requestTooLarge" as const,
      params: { size: 8.1, limit: 5 },
      sheet: "",
    };
    const host = { ...recordingHost(), refusals: () => [block] };
    let asked = false;
    const outcome = await runOperation(
      host,
      () => ({ patch: { ...emptyPatch("portable"), writes: [write], conflicts: [conflict] } }),
      new AbortController().signal,
      {
        step: () => {},
        consent: () => {
          asked = true;
          return Promise.resolve(true);
        },
      },
    );
    expect(outcome).toEqual({ kind: "blocked", blocks: [block] });
    expect(asked).toBe(false);
    expect(host.applied).toEqual([]);
  });

  it("overwrites a cell typed by hand only when the user agrees", async () => {
    const plan = () => ({ patch: { ...emptyPatch("values"), writes: [write], conflicts: [conflict] } });
    const refused = recordingHost();
    expect(await runOperation(refused, plan, new AbortController().signal, events(false))).toEqual({
      kind: "declined",
    });
    expect(refused.applied).toEqual([]);
    const agreed = recordingHost();
    expect((await runOperation(agreed, plan, new AbortController().signal, events(true))).kind).toBe("done");
    expect(agreed.applied).toHaveLength(1);
  });
});
