import * as z from "zod/mini";
import { Issue } from "../engine/issue";
import { kindOf } from "../engine/kind";
import { parseRule } from "../engine/parseRule";
import { ColumnRole, type Layout } from "../layout/layout";

/**
 * What the user corrected or confirmed in the task pane before anything is written: a column's
 * role, an item's weight, an item's rule text; a reading the add-in was unsure of, confirmed as it
 * is; the kind an unsure item is scored by, picked (judged by the evaluator, or done / not done).
 * Kept with the workbook (in the add-in's record, src/plan/record.ts) and applied to every later
 * appraisal of the same sheet, so a correction is made once.
 */

const Where = { sheet: z.string(), table: z.number() };

/** A form item by its row, a roster indicator by its column; neither: the table itself. */
const ItemAt = { row: z.optional(z.number()), column: z.optional(z.string()) };

/** The kinds a user may pick for an item the add-in cannot read surely: ones that need nothing
 * more than the item's points. */
export const PickedKind = z.enum(["manual", "pass"]);
export type PickedKind = z.infer<typeof PickedKind>;

export const Correction = z.union([
  z.object({ kind: z.literal("column"), ...Where, role: ColumnRole, column: z.string() }),
  z.object({ kind: z.literal("weight"), ...Where, row: z.number(), weight: z.number() }),
  z.object({ kind: z.literal("rule"), ...Where, row: z.number(), ruleText: z.string() }),
  /** The doubted reading is right. It holds while the same doubt arises (the same text read the
   * same way): a rule text changed since is doubted afresh. */
  z.object({ kind: z.literal("confirm"), ...Where, ...ItemAt, doubt: Issue }),
  z.object({ kind: z.literal("ruleKind"), ...Where, ...ItemAt, ruleKind: PickedKind }),
]);
export type Correction = z.infer<typeof Correction>;

/** The layout with the layout's corrections applied (columns, weights, rule texts); corrections
 * naming a sheet, table or row that is not there any more are ignored. Confirmations and picked
 * kinds are the appraisal's (`readingCorrections`). Pure: the layout given is not changed. */
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
              if (c.kind === "weight" && c.row === item.row) next = { ...next, weight: c.weight };
              if (c.kind === "rule" && c.row === item.row) {
                const parsed = parseRule(c.ruleText);
                next = {
                  ...next,
                  ruleText: c.ruleText,
                  rule: parsed.ok ? { kind: kindOf(parsed.rule) } : null,
                };
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

/** What the user said about the readings of one table: doubts confirmed and kinds picked, by item
 * (a form item's row, a roster indicator's column; "" for the table itself). */
export interface ReadingCorrections {
  confirmed(item: string, doubt: Issue): boolean;
  picked(item: string): PickedKind | undefined;
}

/** The key of an item in `ReadingCorrections`. */
export const itemKey = (at: { row?: number; column?: string }): string =>
  at.row !== undefined ? String(at.row) : (at.column ?? "");

/** The confirmations and picked kinds of one table. */
export function readingCorrections(
  corrections: readonly Correction[],
  sheet: string,
  table: number,
): ReadingCorrections {
  const confirmed = new Set<string>();
  const picked = new Map<string, PickedKind>();
  for (const c of corrections) {
    if (c.sheet !== sheet || c.table !== table) continue;
    if (c.kind === "confirm") confirmed.add(`${itemKey(c)}\u0000${doubtKey(c.doubt)}`);
    else if (c.kind === "ruleKind") picked.set(itemKey(c), c.ruleKind);
  }
  return {
    confirmed: (item, doubt) => confirmed.has(`${item}\u0000${doubtKey(doubt)}`),
    picked: (item) => picked.get(item),
  };
}

/** A doubt as a key: its code and parameters, whatever order the parameters were written in. */
const doubtKey = (doubt: Issue): string =>
  JSON.stringify([doubt.code, Object.entries(doubt.params).sort(([a], [b]) => (a < b ? -1 : 1))]);

/** The item a correction names ("" for the table). */
const subject = (c: Correction): string =>
  c.kind === "column" ? `column:${c.role}` : "row" in c || "column" in c ? itemKey(c) : "";

/** What a correction replaces of the same item's earlier ones: a rule text, a picked kind and a
 * confirmation all say how the item is read, and the last word counts (a confirmation stays beside
 * a corrected text, whose own doubt it may be). */
const REPLACES: Record<Correction["kind"], readonly Correction["kind"][]> = {
  column: ["column"],
  weight: ["weight"],
  rule: ["rule", "ruleKind"],
  confirm: ["confirm", "ruleKind"],
  ruleKind: ["ruleKind", "rule", "confirm"],
};

/** The corrections with one added, replacing what it supersedes. */
export function withCorrection(corrections: readonly Correction[], next: Correction): Correction[] {
  const same = (c: Correction) =>
    c.sheet === next.sheet &&
    c.table === next.table &&
    subject(c) === subject(next) &&
    REPLACES[next.kind].includes(c.kind);
  return [...corrections.filter((c) => !same(c)), next];
}
