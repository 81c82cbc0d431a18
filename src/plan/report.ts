import * as z from "zod/mini";
import { Issue, IssueCode, Params } from "../engine/issue";

/**
 * What `kpi score` reports for a workbook (DESIGN.md): per sheet, per person, the score of each item,
 * section scores, the total, grade and coefficient, and the warnings met. The single source of its
 * types. Rows are 1-based sheet rows, columns letters, as Excel shows them.
 */

/** A problem met while scoring, as data: an issue code, its parameters and the cell it concerns.
 * Words come from src/i18n (`message`). */
export const ScoreWarning = z.object({
  code: IssueCode,
  params: Params,
  cell: z.optional(z.string()),
});
export type ScoreWarning = z.infer<typeof ScoreWarning>;

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

/** A section's score: out of 100 for weighted sections, the sum for 加减分项. */
export const SectionScore = z.object({ name: z.string(), score: z.nullable(z.number()) });
export type SectionScore = z.infer<typeof SectionScore>;

export const PersonScore = z.object({
  /** The person's row in a roster. */
  row: z.optional(z.number()),
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
