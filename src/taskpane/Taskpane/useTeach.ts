import { useMemo, useState } from "react";
import type { Host } from "../../host/host";
import type { Locale } from "../../i18n";
import { message } from "../../i18n/messages";
import { address, boxOf, columnIndex, columnLetter } from "../../layout/a1";
import { textAt, type Grid } from "../../layout/grid";
import {
  applyProfile,
  fingerprinted,
  profileOf,
  readProfile,
  teachingOf,
  type TaughtKind,
  type TaughtRole,
  type Teaching,
} from "../../layout/profile";
import { teachSheet } from "../../layout/profileTeach";
import { ROSTER_ROLES } from "../../layout/roster";
import { appraiseSnapshot, planScore, planTeach, type WorkbookSnapshot } from "../../plan/operations";
import type { Outcome, Planned } from "../operation";
import type { TaskpaneStrings } from "../strings";
import type { OperationKind } from "../strings/types";
import type { Notice, TeachColumn, TeachPreview, TeachState } from "./Taskpane.types";

/**
 * Teach once: a table the add-in does not read (or reads wrong) taught from the user's selection in
 * Excel — its kind, each column's role, the name, total, grade and grade-scale cells — previewed as
 * it will be scored at every change, then kept in the workbook's record; the workbook's teachings
 * saved as a template profile, and a profile applied to this workbook.
 */

/** The roles a column can be given, by kind of table; the rest are read from cells pointed at. */
export const TEACH_ROLES: Record<TaughtKind, readonly TaughtRole[]> = {
  form: ["category", "item", "definition", "weight", "target", "rule", "actual", "score", "source", "remark"],
  // a roster's roles as the recogniser knows them, and its indicator columns
  roster: [...ROSTER_ROLES, "indicator"],
};

interface TeachOptions {
  host: Host;
  snapshot: WorkbookSnapshot | null;
  run(operation: OperationKind, plan: (snapshot: WorkbookSnapshot) => Planned): Promise<Outcome>;
  tell(notice: Notice): void;
  strings: TaskpaneStrings;
  locale: Locale;
}

/** One cell of a selection: its top-left cell (a merged total cell is selected whole). */
const firstCell = (range: string): string => range.split(":")[0] as string;

/** A selection within what the sheet uses: a whole row or column (`4:4`, `A:F`, Ctrl+A) cut down
 * to the used cells, so a table is never 16,384 columns wide; null when nothing used is selected. */
export function clipped(range: string, grid: Grid | undefined): string | null {
  const box = boxOf(range);
  if (!box || !grid) return null;
  const bottom = Math.min(box.bottom, grid.rows - 1);
  const right = Math.min(box.right, grid.columns - 1);
  if (box.top > bottom || box.left > right) return null;
  const from = address(box.top, box.left);
  const to = address(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

function previewOf(
  snapshot: WorkbookSnapshot,
  sheet: string,
  teaching: Teaching,
  locale: Locale,
): TeachPreview | null {
  const grid = snapshot.grids.find((g) => g.name === sheet);
  if (!grid) return null;
  const read = teachSheet(grid, teaching);
  if (!read.ok)
    return { problems: read.issues.map((i) => message(i, locale)), items: 0, people: [], notes: [] };
  const table = read.sheet.tables?.[0];
  const items = !table ? 0 : "items" in table ? table.items.length : table.indicators.length;
  // the sheet alone (and a grade scale's sheet): a preview at every change costs one sheet's
  // scoring, however large the workbook
  const scale = typeof teaching.gradeTable === "object" ? teaching.gradeTable.sheet : sheet;
  const grids = snapshot.grids.filter((g) => g.name === sheet || g.name === scale);
  const alone = { ...snapshot, grids, readOnly: false };
  const record = planTeach(alone, [fingerprinted(grid, teaching, grids)]).record;
  const scored = planScore({ ...alone, record }, "values").report.sheets.find((r) => r.name === sheet);
  return {
    problems: [],
    items,
    people: (scored?.people ?? []).map((p) => ({ name: p.name, total: p.total, grade: p.grade })),
    notes: (scored?.warnings ?? []).map((w) => `${message(w, locale)}${w.cell ? `（${w.cell}）` : ""}`),
  };
}

/** Offers a text as a file to save (the browser's download). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function useTeach({ host, snapshot, run, tell, strings: s, locale }: TeachOptions): TeachState {
  const [sheet, setSheet] = useState<string | null>(null);
  const [teaching, setTeaching] = useState<Teaching | null>(null);
  const preview = useMemo(
    () => (snapshot && sheet && teaching ? previewOf(snapshot, sheet, teaching, locale) : null),
    [snapshot, sheet, teaching, locale],
  );
  const grid = snapshot?.grids.find((g) => g.name === sheet);
  const box = teaching ? boxOf(teaching.range) : null;
  const columns: TeachColumn[] = [];
  if (grid && box && teaching)
    for (let c = box.left; c <= box.right; c++) {
      const letter = columnLetter(c);
      columns.push({ letter, header: textAt(grid, box.top, c), role: teaching.columns[letter] ?? null });
    }

  /** A selection to teach, starting from what the add-in reads there now (recognised or taught),
   * its columns within the selection. */
  const start = (on: string, range: string): Teaching => {
    const empty: Teaching = { kind: teaching?.kind ?? "form", range, columns: {} };
    const target = snapshot?.grids.find((g) => g.name === on);
    const read = snapshot && target && appraiseSnapshot({ ...snapshot, grids: [target] }).layout.sheets[0];
    const table = read?.tables?.[0];
    const known = table ? teachingOf(table, read.header) : null;
    const box = boxOf(range);
    if (!known || !box) return empty;
    const within = ([letters]: [string, TaughtRole]) => {
      const c = columnIndex(letters);
      return c >= box.left && c <= box.right;
    };
    return { ...known, range, columns: Object.fromEntries(Object.entries(known.columns).filter(within)) };
  };

  /** The selection, clipped to its sheet's used cells; a selection Excel cannot give as one range
   * (several areas, a chart) is no selection, and the user is told so. */
  const selection = async () => {
    const selected = await host.selection().catch(() => null);
    const grid = selected ? snapshot?.grids.find((g) => g.name === selected.sheet) : undefined;
    const range = selected && clipped(selected.range, grid);
    if (!selected || !range) {
      tell({ intent: "info", text: s.noSelection, lines: [] });
      return null;
    }
    return { sheet: selected.sheet, range };
  };

  const taught = (snapshot?.record?.taught ?? []).length > 0;
  return {
    sheet,
    teaching,
    columns,
    preview,
    fromSelection: () =>
      void selection().then((selected) => {
        if (!selected) return;
        setSheet(selected.sheet);
        setTeaching(start(selected.sheet, selected.range));
      }),
    setKind: (kind) => setTeaching((t) => t && { ...t, kind, columns: {} }),
    setRole: (letter, role) =>
      setTeaching((t) => {
        if (!t) return t;
        const { [letter]: _, ...others } = t.columns;
        return { ...t, columns: role ? { ...others, [letter]: role } : others };
      }),
    point: (cell) =>
      void selection().then((selected) => {
        if (!selected || !sheet) return;
        if (cell === "gradeTable") {
          const range =
            selected.sheet === sheet ? selected.range : { sheet: selected.sheet, range: selected.range };
          return setTeaching((t) => t && { ...t, gradeTable: range });
        }
        // the layout holds a name, total or grade cell on the table's own sheet only
        if (selected.sheet !== sheet)
          return tell({ intent: "error", text: s.pointOtherSheet(sheet), lines: [] });
        setTeaching((t) => t && { ...t, [cell]: firstCell(selected.range) });
      }),
    keep: () => {
      if (!sheet || !teaching) return;
      const taught = (snap: WorkbookSnapshot) =>
        snap.grids.filter((g) => g.name === sheet).map((g) => fingerprinted(g, teaching, snap.grids));
      void run("teach", (snap) => ({ patch: planTeach(snap, taught(snap)) })).then((outcome) => {
        if (outcome.kind !== "done") return;
        setSheet(null);
        setTeaching(null);
      });
    },
    cancel: () => {
      setSheet(null);
      setTeaching(null);
    },
    taught,
    saveTemplate: () => {
      const profile = snapshot && profileOf(snapshot.record?.taught ?? [], snapshot.grids);
      if (profile)
        download(`${profile.tables[0]?.sheet ?? "kpi"}.template.json`, JSON.stringify(profile, null, 2));
    },
    applyTemplate: (text) => {
      const read = readProfile(text);
      if (!read.ok) return tell({ intent: "error", text: message(read.issue, locale), lines: [] });
      if (!snapshot) return;
      const applied = applyProfile(read.profile, snapshot.grids);
      if (!applied.ok)
        return tell({
          intent: "error",
          text: s.templateDiffers,
          lines: applied.differences.map((d) => message(d, locale)),
        });
      void run("teach", (snap) => ({ patch: planTeach(snap, applied.taught) })).then((outcome) => {
        const names = applied.taught.map((t) => t.sheet).join("、");
        if (outcome.kind === "done") tell({ intent: "success", text: s.templateApplied(names), lines: [] });
      });
    },
  };
}
