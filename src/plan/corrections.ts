import * as z from "zod/mini";
import { parseRule } from "../engine/parseRule";
import { ColumnRole, type Layout } from "../layout/layout";

/**
 * What the user corrected in the task pane before anything is written: a column's role, an item's
 * weight, an item's rule text. Kept with the workbook (in the add-in's record, src/plan/record.ts)
 * and applied to every later recognition of the same sheet, so a correction is made once.
 */

const Where = { sheet: z.string(), table: z.number() };

export const Correction = z.union([
  z.object({ kind: z.literal("column"), ...Where, role: ColumnRole, column: z.string() }),
  z.object({ kind: z.literal("weight"), ...Where, row: z.number(), weight: z.number() }),
  z.object({ kind: z.literal("rule"), ...Where, row: z.number(), ruleText: z.string() }),
]);
export type Correction = z.infer<typeof Correction>;

/** The layout with the corrections applied; corrections naming a sheet, table or row that is not
 * there any more are ignored. Pure: the layout given is not changed. */
export function applyCorrections(layout: Layout, corrections: readonly Correction[]): Layout {
  if (corrections.length === 0) return layout;
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) => {
      const own = corrections.filter((c) => c.sheet === sheet.name);
      if (own.length === 0 || !sheet.tables) return sheet;
      return {
        ...sheet,
        tables: sheet.tables.map((table, index) => {
          const mine = own.filter((c) => c.table === index);
          if (mine.length === 0) return table;
          const columns = { ...table.columns };
          for (const c of mine) if (c.kind === "column") columns[c.role] = c.column;
          if (!("items" in table)) return { ...table, columns };
          const items = table.items.map((item) => {
            let next = item;
            for (const c of mine) {
              if (c.kind === "column" || c.row !== item.row) continue;
              if (c.kind === "weight") next = { ...next, weight: c.weight };
              if (c.kind === "rule") {
                const parsed = parseRule(c.ruleText);
                next = { ...next, ruleText: c.ruleText, rule: parsed.ok ? { kind: parsed.rule.kind } : null };
              }
            }
            return next;
          });
          return { ...table, columns, items };
        }),
      };
    }),
  };
}

/** The corrections with one added: a later correction of the same thing replaces the earlier. */
export function withCorrection(corrections: readonly Correction[], next: Correction): Correction[] {
  const same = (c: Correction) =>
    c.kind === next.kind &&
    c.sheet === next.sheet &&
    c.table === next.table &&
    (c.kind === "column"
      ? c.role === (next as typeof c).role
      : c.row === (next as Extract<Correction, { row: number }>).row);
  return [...corrections.filter((c) => !same(c)), next];
}
