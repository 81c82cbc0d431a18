import {
  inputCell,
  type ItemFacts,
  type ItemOutcome,
  type PersonAppraisal,
  type TableAppraisal,
} from "../appraisal/appraisal";
import type { Issue } from "../engine/issue";
import { kindOf } from "../engine/kind";
import type { Locale } from "../i18n";
import { explain, message } from "../i18n/messages";
import { parseAddress } from "../layout/a1";
import { valueAt, type CellValue, type Grid } from "../layout/grid";
import type { ColumnRole, HeaderField, SheetKind } from "../layout/layout";
import type { Appraised } from "../plan/operations";
import type { RuleKindName } from "./strings/types";

/**
 * What the task pane shows of a workbook, as plain data: the recognised layout with the corrections
 * kept in its record applied, and each item as the appraisal holds it (its rule, how sure the
 * reading is, its score on the sheet's own value), so the components only render. Nothing is
 * scored here: every figure is the appraisal's, the same `kpi score` reports and writes.
 */

/** Below this, a recognised thing is shown as uncertain (the recogniser's own confidence). */
const CONFIDENT = 0.8;

export interface HeaderEntry {
  field: HeaderField;
  cell: string;
  value: string;
}

export interface ColumnView {
  role: ColumnRole;
  column: string;
  uncertain: boolean;
}

export interface SectionView {
  name: string;
  /** A fraction (0.8 for 80%); null when the sheet states none. */
  weight: number | null;
  adjustment: boolean;
}

/** A doubted reading: why, in words, and the doubt itself (what a confirmation names). */
export interface DoubtView {
  reason: string;
  issue: Issue;
}

/** A form's item or a roster's indicator: what it is called, weighs and how it scores. */
export interface ItemView {
  /** The item's row (forms); absent for a roster's indicators. */
  row?: number;
  /** The indicator's column (rosters). */
  column?: string;
  name: string;
  section: string | null;
  weight: number | null;
  ruleText: string;
  kind: RuleKindName | null;
  /** The engine's explanation of the rule on the sheet's own actual value, when there is one. */
  example: string | null;
  /** What the item's score cell gets on the sheet's own value (forms): the figure `kpi score`
   * reports and writes; null while not scored. */
  score: number | null;
  /** Why the rule was not understood, in words. */
  problem: string | null;
  /** The reading is tentative (待确认): why, and what it would give (never written). */
  doubt: (DoubtView & { tentative: number | null }) | null;
  /** The user confirmed the reading or picked the item's kind. */
  confirmed: boolean;
  uncertain: boolean;
}

export interface TableView {
  /** The table's index in its sheet: corrections name it. */
  index: number;
  kind: "form" | "roster";
  headerRow: number;
  columns: ColumnView[];
  sections: SectionView[];
  items: ItemView[];
  /** Rosters: how many people it lists. */
  people: number;
  header: HeaderEntry[];
  /** The recogniser is unsure of the whole table: nothing of it is scored until confirmed. */
  doubt: DoubtView | null;
}

export interface SheetView {
  name: string;
  kind: SheetKind;
  reason?: string;
  header: HeaderEntry[];
  tables: TableView[];
}

const shownValue = (v: NonNullable<CellValue>): string => (typeof v === "object" ? v.error : String(v));

function headerEntries(
  grid: Grid | undefined,
  block: Partial<Record<HeaderField, string>> = {},
): HeaderEntry[] {
  if (!grid) return [];
  return Object.entries(block).flatMap(([field, cell]) => {
    const at = cell ? parseAddress(cell) : null;
    if (!at || !cell) return [];
    const v = valueAt(grid, at.row, at.column);
    return [{ field: field as HeaderField, cell, value: v === null ? "" : shownValue(v) }];
  });
}

/** The rule's explanation on the item's own value, or why it gives no score: the rule in plain
 * words, as the appraisal worked it out. */
function example(item: ItemFacts, outcome: ItemOutcome | undefined, person: PersonAppraisal, locale: Locale) {
  const input = outcome?.input;
  const cell = inputCell(item, person);
  if (!outcome || !cell || item.rule.rule === null || input === null || input === undefined || input === "")
    return null;
  const words = outcome.explanation?.length
    ? explain(outcome.explanation, locale)
    : outcome.issue && !outcome.notApplicable
      ? message(outcome.issue, locale)
      : null;
  return words === null ? null : `${cell} = ${String(input)}: ${words}`;
}

function itemView(
  item: ItemFacts,
  outcome: ItemOutcome | undefined,
  person: PersonAppraisal | undefined,
  uncertain: boolean,
  locale: Locale,
): ItemView {
  const reading = item.rule;
  const doubt = reading.doubt
    ? { reason: message(reading.doubt, locale), issue: reading.doubt, tentative: outcome?.tentative ?? null }
    : null;
  return {
    ...(item.row !== undefined ? { row: item.row } : {}),
    ...(item.column !== undefined ? { column: item.column } : {}),
    name: item.name,
    section: item.section,
    weight: item.weight,
    ruleText: reading.text,
    kind: reading.rule ? kindOf(reading.rule) : null,
    example: person ? example(item, outcome, person, locale) : null,
    score: outcome?.written ?? null,
    // A roster indicator without a rule text is simply not scored; a form item's is a problem.
    problem:
      reading.issue && (item.row !== undefined || reading.text !== "")
        ? message(reading.issue, locale)
        : null,
    doubt,
    confirmed: reading.confirmed === true,
    uncertain:
      uncertain ||
      doubt !== null ||
      (reading.rule === null && (item.row !== undefined || reading.text !== "")),
  };
}

function tableView(table: TableAppraisal, path: string, doubtful: ReadonlySet<string>, locale: Locale) {
  const layout = table.layout;
  const columns = Object.entries(layout.columns).map(([role, column]) => ({
    role: role as ColumnRole,
    column,
    uncertain: doubtful.has(`${path}.columns.${role}`),
  }));
  const doubt = table.doubt ? { reason: message(table.doubt, locale), issue: table.doubt } : null;
  const base = { index: table.index, headerRow: layout.headerRow, columns, doubt };
  if ("items" in layout) {
    // A form appraises one person: the sheet's own values are the preview.
    const person = table.people[0];
    return {
      ...base,
      kind: "form" as const,
      sections: layout.sections.map((x) => ({
        name: x.name,
        weight: x.weight,
        adjustment: x.adjustment === true,
      })),
      items: table.items.map((item, i) =>
        itemView(item, person?.outcomes[i], person, doubtful.has(`${path}.items.${i}`), locale),
      ),
      people: 1,
    };
  }
  return {
    ...base,
    kind: "roster" as const,
    sections: [],
    items: table.items.map((item) => itemView(item, undefined, undefined, false, locale)),
    people: layout.people.length,
  };
}

/** What the task pane shows of every sheet, in words of `locale`, from one appraisal. */
export function workbookView(appraised: Appraised, grids: readonly Grid[], locale: Locale): SheetView[] {
  const doubtful = new Set(appraised.evidence.filter((e) => e.confidence < CONFIDENT).map((e) => e.path));
  return appraised.layout.sheets.map((sheet, s): SheetView => {
    const grid = grids.find((g) => g.name === sheet.name);
    const tables = appraised.appraisal.sheets.find((a) => a.name === sheet.name)?.tables ?? [];
    return {
      name: sheet.name,
      kind: sheet.kind,
      ...(sheet.reason !== undefined ? { reason: message(sheet.reason, locale) } : {}),
      header: headerEntries(grid, sheet.header),
      tables: tables.map((table) => ({
        ...tableView(table, `sheets.${s}.tables.${table.index}`, doubtful, locale),
        header: "items" in table.layout ? headerEntries(grid, table.layout.header) : [],
      })),
    };
  });
}
