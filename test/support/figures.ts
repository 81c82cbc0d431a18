import type { SheetLayout } from "../../src/layout/layout";

/** What a cell the add-in scores holds: a number, a grade, or null where there is no score. */
export type Figure = number | string | null;

/** What a person's figures are, as the report and the task pane's results both give them. */
export interface Figures {
  row?: number;
  total: number | null;
  grade: string | null;
  coefficient: number | null;
  pay?: number | null;
  sections?: ReadonlyArray<{ name: string; score: number | null }>;
  items?: ReadonlyArray<{ row?: number; score: number | null }>;
}

/**
 * Each person's figure for every cell the layout gives it: a form item's score cell, a section's
 * subtotal (unless left out), the total, grade, coefficient and pay cells. Form tables take the form people (no row)
 * in order, rosters their people by row, as the planner pairs them. Tables the recogniser doubts
 * are left out: nothing is written there.
 */
export function cellFigures(
  layout: SheetLayout,
  people: readonly Figures[],
  { subtotals = true }: { subtotals?: boolean } = {},
): Map<string, Figure> {
  const cells = new Map<string, Figure>();
  const forms = people.filter((p) => p.row === undefined);
  let form = 0;
  // A part of a form stacked below (partOf) is the form's person's: their items on its rows.
  const byTable = new Map<number, Figures | undefined>();
  for (const [index, table] of (layout.tables ?? []).entries()) {
    if ("items" in table) {
      const person = table.partOf !== undefined ? byTable.get(table.partOf) : forms[form++];
      byTable.set(index, person);
      if (table.doubt || !person) continue;
      const rows = new Set(table.items.map((i) => i.row));
      const score = table.columns.score;
      // A score column typed in by the evaluator is their input: the add-in writes nothing there.
      const typed =
        table.typedScore === true &&
        table.columns.actual === undefined &&
        !table.evaluators?.length &&
        !table.levelInput;
      if (score !== undefined && !typed)
        for (const item of person.items ?? [])
          if (item.row !== undefined && rows.has(item.row)) cells.set(`${score}${item.row}`, item.score);
      if (subtotals)
        for (const section of table.sections)
          if (section.subtotal)
            cells.set(
              section.subtotal.cell,
              person.sections?.find((s) => s.name === section.name)?.score ?? null,
            );
      if (table.total) cells.set(table.total.cell, person.total);
      if (table.grade) cells.set(table.grade.cell, person.grade);
      if (table.coefficient) cells.set(table.coefficient.cell, person.coefficient);
      if (table.pay) cells.set(table.pay.cell, person.pay ?? null);
    } else if (table.doubt) continue;
    else if (table.transposed) {
      // People in columns stand in the table's order, on the rows the layout names.
      const on = table.rows ?? {};
      const mine = people.filter((p) => p.row !== undefined && table.people.some((t) => t.row === p.row));
      table.people.forEach((p, i) => {
        const person = mine[i];
        if (!person || p.column === undefined) return;
        if (on.total !== undefined) cells.set(`${p.column}${on.total}`, person.total);
        if (on.grade !== undefined) cells.set(`${p.column}${on.grade}`, person.grade);
        if (on.coefficient !== undefined) cells.set(`${p.column}${on.coefficient}`, person.coefficient);
        if (on.pay !== undefined) cells.set(`${p.column}${on.pay}`, person.pay ?? null);
      });
    } else {
      const rows = new Set(table.people.map((p) => p.row));
      const { total, grade, coefficient, pay } = table.columns;
      for (const person of people) {
        if (person.row === undefined || !rows.has(person.row)) continue;
        if (total) cells.set(`${total}${person.row}`, person.total);
        if (grade) cells.set(`${grade}${person.row}`, person.grade);
        if (coefficient) cells.set(`${coefficient}${person.row}`, person.coefficient);
        if (pay) cells.set(`${pay}${person.row}`, person.pay ?? null);
      }
    }
  }
  return cells;
}
