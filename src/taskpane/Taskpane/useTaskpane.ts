import { useCallback, useEffect, useRef, useState } from "react";
import { message } from "../../i18n/messages";
import type { Correction } from "../../appraisal/corrections";
import {
  appraiseSnapshot,
  planCorrection,
  planInputValidation,
  planScore,
  planUndo,
  type WorkbookSnapshot,
} from "../../plan/operations";
import type { PatchConflict, PatchMode, PatchWarning } from "../../plan/patch";
import { workbookView, type SheetView } from "../model";
import { runOperation, type Outcome, type Planned } from "../operation";
import { peopleOf, warningsOf, type PersonRow } from "../results";
import { stringsFor } from "../strings";
import { useTeach } from "./useTeach";
import type { OperationKind, OperationStep } from "../strings/types";
import type {
  ConflictCell,
  Notice,
  Progress,
  TaskpaneProps,
  TaskpaneState,
  TaskpaneStatus,
} from "./Taskpane.types";

const STEPS: readonly OperationStep[] = ["read", "plan", "apply"];

/** The task pane's state and actions over a host: read and recognise, correct, validate, score,
 * undo, each an operation over the whole workbook (src/taskpane/operation.ts). */
export function useTaskpane({ host, locale = "zh-CN" }: TaskpaneProps): TaskpaneState {
  const strings = stringsFor(locale);
  const [status, setStatus] = useState<TaskpaneStatus>("loading");
  const [error, setError] = useState<string | null>(null);
  const [sheets, setSheets] = useState<SheetView[]>([]);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const [mode, setMode] = useState<PatchMode>("portable");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [conflicts, setConflicts] = useState<ConflictCell[] | null>(null);
  const [people, setPeople] = useState<PersonRow[] | null>(null);
  const [warnings, setWarnings] = useState<TaskpaneState["warnings"]>([]);
  const abort = useRef<AbortController | null>(null);
  const consent = useRef<((overwrite: boolean) => void) | null>(null);

  const show = useCallback(
    (read: WorkbookSnapshot) => {
      setSnapshot(read);
      setSheets(workbookView(appraiseSnapshot(read), read.grids, locale));
    },
    [locale],
  );

  const reload = useCallback(async () => {
    try {
      const [snapshot, active] = await Promise.all([host.read(), host.activeSheet()]);
      show(snapshot);
      setSheetName((current) => current ?? active);
      setStatus("ready");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStatus("error");
    }
  }, [host, show]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const run = useCallback(
    async (operation: OperationKind, plan: (snapshot: WorkbookSnapshot) => Planned): Promise<Outcome> => {
      const controller = new AbortController();
      abort.current = controller;
      setStatus("working");
      setNotice(null);
      let outcome: Outcome = { kind: "cancelled" };
      try {
        outcome = await runOperation(host, plan, controller.signal, {
          step: (step) =>
            setProgress({
              operation,
              step,
              value: (STEPS.indexOf(step) + 1) / (STEPS.length + 1),
              cancellable: step !== "apply",
            }),
          consent: (found) => askConsent(found),
        });
        setNotice(noticeOf(operation, outcome));
        if (outcome.kind === "done") await reload();
      } catch (e) {
        setNotice({
          intent: "error",
          text: strings.failed(e instanceof Error ? e.message : String(e)),
          lines: [],
        });
      } finally {
        abort.current = null;
        setProgress(null);
        setStatus("ready");
      }
      return outcome;
    },
    // askConsent and noticeOf read only refs, setters and the strings of this locale.
    [host, reload, strings],
  );

  function askConsent(found: readonly PatchConflict[]): Promise<boolean> {
    setConflicts(found.map((c) => ({ sheet: c.sheet, cell: c.cell, text: message(c, locale) })));
    return new Promise((resolve) => {
      consent.current = resolve;
    });
  }

  function noticeOf(operation: OperationKind, outcome: Outcome): Notice {
    const blocked = (blocks: readonly PatchWarning[]) => blocks.map((b) => message(b, locale));
    switch (outcome.kind) {
      case "cancelled":
        return { intent: "info", text: strings.cancelled, lines: [] };
      case "declined":
        return { intent: "info", text: strings.declined, lines: [] };
      case "blocked":
        return { intent: "error", text: strings.blocked, lines: blocked(outcome.blocks) };
      case "done": {
        const count =
          operation === "validate" ? outcome.patch.validations.length : outcome.patch.writes.length;
        const lines = outcome.patch.warnings.filter((w) => !w.cell).map((w) => message(w, locale));
        return { intent: "success", text: strings.done[operation](count), lines };
      }
    }
  }

  const answerConflicts = (overwrite: boolean) => {
    setConflicts(null);
    consent.current?.(overwrite);
    consent.current = null;
  };

  const score = () =>
    void run("score", (snapshot) => planScore(snapshot, mode)).then((outcome) => {
      if (outcome.kind !== "done" || !outcome.report) return;
      setPeople(peopleOf(outcome.report));
      setWarnings(warningsOf(outcome.report, outcome.patch.warnings, locale));
    });

  const undo = () =>
    void run("undo", (snapshot) => ({ patch: planUndo(snapshot) })).then((outcome) => {
      if (outcome.kind !== "done") return;
      setPeople(null);
      setWarnings([]);
    });

  const validate = () =>
    void run("validate", (snapshot) => ({ patch: planInputValidation(snapshot, locale) })).then((outcome) => {
      if (outcome.kind === "done") setWarnings(warningsOf(null, outcome.patch.warnings, locale));
    });

  /** Each correction is kept in the record in turn: one read, one plan, one write each. */
  const correct = async (corrections: readonly Correction[]) => {
    for (const correction of corrections) {
      const outcome = await run("correct", (snapshot) => ({ patch: planCorrection(snapshot, correction) }));
      if (outcome.kind !== "done") return;
    }
  };

  const teach = useTeach({ host, snapshot, run, tell: setNotice, strings, locale });

  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.kind !== "none") ?? null;

  return {
    strings,
    locale,
    status,
    error,
    sheets,
    sheet,
    selectSheet: setSheetName,
    mode,
    setMode,
    progress,
    cancel: () => {
      abort.current?.abort();
      if (consent.current) answerConflicts(false);
    },
    notice,
    problems: host.problems.map((p) => ({
      text: message(p, locale),
      unsupported: p.code === "host.excelTooOld",
    })),
    conflicts,
    answerConflicts,
    people,
    warnings,
    validate,
    score,
    undo,
    correct,
    teach,
    goTo: (name, cell) => void host.select(name, cell),
  };
}
