import * as z from "zod/mini";
import { Issue } from "../engine/issue";
import { ScoreWarning, SectionScore, type SheetAppraisal, type WorkbookAppraisal } from "./appraisal";

/**
 * What `kpi score` reports for a workbook (DESIGN.md): per sheet, per person, the score of each item,
 * section scores, the total, grade and coefficient, and the warnings met — the appraisal as the
 * contract's JSON. The single source of its types. Rows are 1-based sheet rows, columns letters,
 * as Excel shows them.
 */

/** One item's score: forms give the item's row (the number written into its score cell), rosters
 * the indicator's column on the person's row (computed, not written). Null while not scored. */
export const ItemResult = z.object({
  row: z.optional(z.number()),
  column: z.optional(z.string()),
  score: z.nullable(z.number()),
  /** Marked 不适用 / N/A: its points went to the other items of its section. */
  notApplicable: z.optional(z.boolean()),
});
export type ItemResult = z.infer<typeof ItemResult>;

export const PersonScore = z.object({
  /** The person's row in a roster. */
  row: z.optional(z.number()),
  /** The person's column in a roster with people in columns. */
  column: z.optional(z.string()),
  name: z.string(),
  /** Rounded half away from zero to 2 decimals; null until every applicable item is scored. */
  total: z.nullable(z.number()),
  grade: z.nullable(z.string()),
  coefficient: z.nullable(z.number()),
  /** 绩效工资 = 绩效基数 × coefficient, where the sheet has a pay cell; null without a base. */
  pay: z.optional(z.nullable(z.number())),
  /** Present when the sheet weights sections (80/20). */
  sections: z.optional(z.array(SectionScore)),
  items: z.array(ItemResult),
});
export type PersonScore = z.infer<typeof PersonScore>;

export const SheetScore = z.object({
  name: z.string(),
  people: z.array(PersonScore),
  warnings: z.array(ScoreWarning),
});
export type SheetScore = z.infer<typeof SheetScore>;

export const ScoreReport = z.object({
  sheets: z.array(SheetScore),
  /** About the workbook as a whole (what the saved copy lacks), when there is something to say. */
  warnings: z.optional(z.array(Issue)),
});
export type ScoreReport = z.infer<typeof ScoreReport>;

/** One sheet's report: its people, form tables and roster rows in the order they stand. */
export function sheetReport(sheet: SheetAppraisal): SheetScore {
  const people: PersonScore[] = [];
  for (const table of sheet.tables)
    for (const p of table.people) {
      // Written out, not spread: a roster has thousands of people.
      const items: ItemResult[] = p.outcomes.map((o, i) => {
        const item = p.items[i];
        const result: ItemResult =
          item?.row !== undefined
            ? { row: item.row, score: o.written }
            : { column: item?.column, score: o.written };
        if (o.notApplicable) result.notApplicable = true;
        return result;
      });
      // Keys in the contract's order, as the JSON shows them.
      const person = {} as PersonScore;
      if (p.row !== undefined) person.row = p.row;
      if (p.column !== undefined) person.column = p.column;
      person.name = p.name;
      person.total = p.total;
      person.grade = p.grade;
      person.coefficient = p.coefficient;
      if (p.pay !== undefined) person.pay = p.pay;
      if (p.sections) person.sections = p.sections;
      person.items = items;
      people.push(person);
    }
  return { name: sheet.name, people, warnings: sheet.warnings };
}

/** The report of a workbook: every scored sheet (sheets recognised as `none` are left out). */
export function reportOf(appraisal: WorkbookAppraisal): ScoreReport {
  return { sheets: appraisal.sheets.filter((s) => s.kind !== "none").map(sheetReport) };
}
