import { evaluate } from "../engine/evaluate";
import { parseRule } from "../engine/parseRule";
import { explain, message, type Locale } from "../i18n";
import { address, key, valueAt, type Grid } from "../layout/grid";
import type { ColumnRole, FormTable, HeaderField, RosterTable, SheetKind } from "../layout/layout";
import { recognize } from "../layout/recognize";
import { layoutOf, type WorkbookSnapshot } from "../plan/operations";
import { columnIndex, parseAddress, targetAt } from "../plan/score";
import type { RuleKindName } from "./strings/types";

/**
 * What the task pane shows of a workbook's recognised layout, as plain data: built from one
 * snapshot with the corrections kept in its record applied, so the components only render.
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
  /** Why the rule was not understood, in words. */
  problem: string | null;
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
}

export interface SheetView {
  name: string;
  kind: SheetKind;
  reason?: string;
  header: HeaderEntry[];
  tables: TableView[];
}

/** The recognised layout of every sheet, in words of `locale`. */
export function workbookView(snapshot: WorkbookSnapshot, locale: Locale): SheetView[] {
  const layout = layoutOf(snapshot);
  const evidence = recognize(snapshot.grids).evidence;
  const doubtful = new Set(evidence.filter((e) => e.confidence < CONFIDENT).map((e) => e.path));
  return layout.sheets.map((sheet, s): SheetView => {
    const grid = snapshot.grids.find((g) => g.name === sheet.name);
    const headerOf = (block: Partial<Record<HeaderField, string>> | undefined) =>
      grid ? headerEntries(grid, block ?? {}) : [];
    return {
      name: sheet.name,
      kind: sheet.kind,
      ...(sheet.reason !== undefined ? { reason: sheet.reason } : {}),
      header: headerOf(sheet.header),
      tables: (sheet.tables ?? []).map((table, t) => {
        const path = `sheets.${s}.tables.${t}`;
        const columns = Object.entries(table.columns).map(([role, column]) => ({
          role: role as ColumnRole,
          column,
          uncertain: doubtful.has(`${path}.columns.${role}`),
        }));
        const base = { index: t, headerRow: table.headerRow, columns, header: [] as HeaderEntry[] };
        return "items" in table
          ? {
              ...base,
              kind: "form" as const,
              sections: table.sections.map((x) => ({
                name: x.name,
                weight: x.weight,
                adjustment: x.adjustment === true,
              })),
              items: formItems(grid, table, path, doubtful, locale),
              people: 1,
              header: headerOf(table.header),
            }
          : {
              ...base,
              kind: "roster" as const,
              sections: [],
              items: rosterIndicators(table, locale),
              people: table.people.length,
            };
      }),
    };
  });
}

function headerEntries(grid: Grid, block: Partial<Record<HeaderField, string>>): HeaderEntry[] {
  return Object.entries(block).flatMap(([field, cell]) => {
    const at = cell ? parseAddress(cell) : null;
    if (!at || !cell) return [];
    const v = valueAt(grid, at.row, at.column);
    return [{ field: field as HeaderField, cell, value: v === null ? "" : shownValue(v) }];
  });
}

const shownValue = (v: NonNullable<ReturnType<typeof valueAt>>): string =>
  typeof v === "object" ? v.error : String(v);

/** A rule text's kind, or why it was not understood. */
function understood(ruleText: string, locale: Locale) {
  const parsed = parseRule(ruleText);
  return parsed.ok
    ? { rule: parsed.rule, problem: null }
    : { rule: null, problem: message(parsed.issue, locale) };
}

function formItems(
  grid: Grid | undefined,
  table: FormTable,
  path: string,
  doubtful: ReadonlySet<string>,
  locale: Locale,
): ItemView[] {
  return table.items.map((item, i) => {
    const { rule, problem } = understood(item.ruleText, locale);
    return {
      row: item.row,
      name: item.name,
      section: item.section,
      weight: item.weight,
      ruleText: item.ruleText,
      kind: item.rule?.kind ?? null,
      example: grid && rule ? example(grid, table, item.row, item.weight, rule, locale) : null,
      // Level columns (A | B | C) carry the rule in cells, not in a text: no text to understand.
      problem: item.rule || table.levelColumns ? null : problem,
      uncertain: doubtful.has(`${path}.items.${i}`) || (item.rule === null && !table.levelColumns),
    };
  });
}

/** The engine's explanation of a rule on the item's own actual value: the rule in plain words. */
function example(
  grid: Grid,
  table: FormTable,
  row: number,
  weight: number | null,
  rule: NonNullable<ReturnType<typeof understood>["rule"]>,
  locale: Locale,
): string | null {
  const actualColumn = table.columns.actual;
  if (!actualColumn) return null;
  const at = { row: row - 1, column: columnIndex(actualColumn) };
  const input = valueAt(grid, at.row, at.column);
  if (input === null || input === "") return null;
  const target = table.columns.target
    ? targetAt(grid, { row: row - 1, column: columnIndex(table.columns.target) })
    : undefined;
  const evaluation = evaluate(rule, typeof input === "object" ? input.error : input, {
    ...(weight !== null ? { max: weight } : {}),
    ...(target !== undefined ? { target } : {}),
    percentFormat: /%/.test(grid.formats[key(at.row, at.column)] ?? ""),
  });
  const cell = address(at.row, at.column);
  const words = evaluation.ok ? explain(evaluation.explanation, locale) : message(evaluation.issue, locale);
  return `${cell} = ${shownValue(input)}: ${words}`;
}

function rosterIndicators(table: RosterTable, locale: Locale): ItemView[] {
  return table.indicators.map((indicator) => {
    const ruleText = indicator.ruleText ?? "";
    const problem = ruleText && !indicator.rule ? understood(ruleText, locale).problem : null;
    return {
      column: indicator.column,
      name: indicator.name,
      section: null,
      weight: indicator.weight,
      ruleText,
      kind: indicator.rule?.kind ?? null,
      example: null,
      problem,
      uncertain: indicator.rule === null && ruleText !== "",
    };
  });
}
