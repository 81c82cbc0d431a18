import * as z from "zod/mini";
import { Issue, IssueCode, Params, Step } from "../engine/issue";
import { Rule, TableRule } from "../engine/rule";
import { CellValue } from "../layout/grid";
import { FormTable, RosterTable, SheetKind } from "../layout/layout";
import { HeaderUnit } from "./headerUnits";

/**
 * The appraisal of a workbook: every fact about each scored item and every figure of each person,
 * worked out once from the Grid and its Layout (src/appraisal/appraise.ts) and read by every output
 * — the `kpi score` report, the WorkbookPatch in its three modes, input validation and the task
 * pane — none of which computes any of it again. The single source of its types. Rows are 1-based
 * sheet rows and columns letters, as Excel shows them.
 */

/** A problem met while appraising, as data: an issue code, its parameters and the cell it concerns.
 * Words come from src/i18n (`message`). */
export const ScoreWarning = z.object({
  code: IssueCode,
  params: Params,
  cell: z.optional(z.string()),
});
export type ScoreWarning = z.infer<typeof ScoreWarning>;

/** How an item's rule was read, and how sure the reading is. */
export const RuleReading = z.object({
  /** The rule the item is scored by; null where there is none (`issue` says why). */
  rule: z.nullable(Rule),
  /** Where the rule comes from: parsed from `text`; built from level columns (A | B | C), `text`
   * being their cells joined; picked by the user, `text` being the rule printed. */
  source: z.enum(["text", "cells", "picked"]),
  /** The text as the sheet (or the user) words it: the 评分标准 cell, a legend it looks up, the
   * level columns joined, the picked rule printed. */
  text: z.string(),
  /** The cell holding the text, where a warning about the rule points. */
  cell: z.string(),
  /** The cell holds exactly `text`, so a formula may quote the cell instead of the text. */
  inCell: z.boolean(),
  /** Why there is no rule (an empty cell, a text the engine does not understand). */
  issue: z.optional(Issue),
  /** The reading is tentative (`rule.unsure`): no output scores with it until the user confirms it
   * or picks the item's kind. */
  doubt: z.optional(Issue),
  /** The user confirmed a doubted reading, or picked the kind (kept in the workbook's record). */
  confirmed: z.optional(z.boolean()),
});
export type RuleReading = z.infer<typeof RuleReading>;

/**
 * Where an item's score is entered when no actual value and rule give it: typed in the score cell
 * itself (评分 / 得分), typed by several evaluators and combined by the sheet's weights (each a
 * fraction), or entered under level columns (a mark ✓ √ ○ ● in one, or the score typed in one of
 * them; each column with the points or the range of scores its level stands for).
 */
export const Entry = z.union([
  z.object({ kind: z.literal("typed") }),
  z.object({
    kind: z.literal("evaluators"),
    evaluators: z.array(
      z.object({
        column: z.string(),
        label: z.string(),
        weight: z.number(),
        /** Where the evaluator's weight is written on each item's row, when it is. */
        weightColumn: z.optional(z.string()),
        /** The weight the header states besides: a row's weight must agree with it. */
        headerWeight: z.optional(z.number()),
      }),
    ),
  }),
  z.object({
    kind: z.literal("levels"),
    input: z.enum(["mark", "score"]),
    columns: z.array(
      z.object({
        column: z.string(),
        level: z.string(),
        points: z.optional(z.number()),
        range: z.optional(z.object({ min: z.number(), max: z.number() })),
      }),
    ),
  }),
]);
export type Entry = z.infer<typeof Entry>;

/** A form item or a roster indicator: what does not change from one person's cell to the next. */
export const ItemFacts = z.object({
  /** A form item's first and last row (a merged block of rows). */
  row: z.optional(z.number()),
  lastRow: z.optional(z.number()),
  /** A roster indicator's column. */
  column: z.optional(z.string()),
  name: z.string(),
  section: z.nullable(z.string()),
  /** Its points as the sheet weights it (权重 30, 30%); null where the sheet gives none. */
  weight: z.nullable(z.number()),
  /** The cell holding the weight as that number, so a formula may read it (`E5`). */
  weightCell: z.optional(z.string()),
  /** A roster's own weight column: each person's weight is on their row (`quality_p`). */
  weightColumn: z.optional(z.string()),
  /** Added to the total outside the weighting (加减分项). */
  adjustment: z.boolean(),
  rule: RuleReading,
  /** The scale the sheet scores every weighted item on before weighting it (5分制, 百分制). */
  scale: z.optional(z.number()),
  /** The points the rule scores against (`max` of `evaluate`): the scale, else the weight; none for
   * an adjustment. */
  max: z.optional(z.number()),
  /** Its points in its section's total: the weight, or weight × scale / 100 on a scale. */
  points: z.number(),
  /** What a score becomes in the score cell: × weight / 100 on a scale, else × 1. */
  factor: z.number(),
  /** The unit its header or name gives the plain numbers typed as its input (`实际(万元)`). */
  unit: z.optional(z.enum(HeaderUnit)),
  /** The 目标值 the rule compares with, and the cell holding it as a number. */
  target: z.optional(
    z.object({
      value: z.number(),
      cell: z.optional(z.string()),
      /** The unit its header states (`目标(万元)`), where it does. */
      unit: z.optional(z.enum(HeaderUnit)),
    }),
  ),
  /** The column of its input (实际值) cell: on the item's row in a form, the person's in a roster
   * (in a roster with people in columns, the person's column on the indicator's row). */
  input: z.nullable(z.string()),
  /** The column of its score cell where it is not its table's: an item of a part of the form
   * stacked below, appraised with the form it belongs to. */
  scoreColumn: z.optional(z.string()),
  /** Where the score is entered when it is not an actual value's (`input` is then the score
   * column for a typed score, else null). */
  entry: z.optional(Entry),
});
export type ItemFacts = z.infer<typeof ItemFacts>;

/** One item of one person: the input cell as read, and what the rule gives. */
export const ItemOutcome = z.object({
  /** The input as the engine reads it: the cell's value, an error value as its text (#N/A). */
  input: z.union([CellValue, z.string()]),
  /** The input cell is formatted as a percent: a number there is the fraction (250% is 2.5). */
  percent: z.boolean(),
  /** The rule's score on the item's own scale; null while not scored (blank, refused, unsure). */
  score: z.nullable(z.number()),
  /** The number the item's score cell holds: score × factor, without float noise. */
  written: z.nullable(z.number()),
  /** What an unsure reading would give: shown to the user, never written or totalled. */
  tentative: z.optional(z.number()),
  /** Marked 不适用 / N/A: its points went to the other items of its section. */
  notApplicable: z.optional(z.boolean()),
  /** The steps that explain the score (forms; a roster's thousands of cells are scored without). */
  explanation: z.optional(z.array(Step)),
  /** Why there is no score. */
  issue: z.optional(Issue),
  /** The unit of the input's header the number was read in (96 under (%) as 96%): a formula over
   * the cell alone would read it otherwise. */
  unit: z.optional(z.enum(HeaderUnit)),
  /** The input cell is formatted as a time (`[m]:ss`): its number is days, read as the time shown. */
  duration: z.optional(z.boolean()),
});
export type ItemOutcome = z.infer<typeof ItemOutcome>;

/** A section's score: out of 100 for weighted sections, the sum for 加减分项. */
export const SectionScore = z.object({ name: z.string(), score: z.nullable(z.number()) });
export type SectionScore = z.infer<typeof SectionScore>;

/** How a total is graded: the sheet's tables or the defaults. A coefficient that is a pay rule
 * (≥90分全额，70-90分按得分%) gives the share paid (base 1); none where the sheet's grade table
 * states no coefficient. */
export const Grading = z.object({
  grades: TableRule,
  gradesDefault: z.boolean(),
  /** Grade names spelled as the sheet writes them where a printed table would read back otherwise
   * (Good: grade texts are read case-blind, as GOOD). */
  respelled: z.optional(z.boolean()),
  coefficient: z.nullable(z.object({ table: TableRule, pay: z.boolean(), isDefault: z.boolean() })),
});
export type Grading = z.infer<typeof Grading>;

export const PersonAppraisal = z.object({
  /** The person's row in a roster. */
  row: z.optional(z.number()),
  /** The person's column in a roster with people in columns (their total is on the total row). */
  column: z.optional(z.string()),
  name: z.string(),
  /** The items as this person is appraised on them: the table's, or their own where the roster
   * gives people weights of their own (shared by everyone with the same). */
  items: z.array(ItemFacts),
  /** One per item, in the same order. */
  outcomes: z.array(ItemOutcome),
  /** Present when the sheet weights sections (80/20). */
  sections: z.optional(z.array(SectionScore)),
  /** Rounded half away from zero to 2 decimals; null until every applicable item is scored. */
  total: z.nullable(z.number()),
  grade: z.nullable(z.string()),
  coefficient: z.nullable(z.number()),
  /** 绩效工资 = 绩效基数 × coefficient, where the sheet has a pay cell; null without a base. */
  pay: z.optional(z.nullable(z.number())),
});
export type PersonAppraisal = z.infer<typeof PersonAppraisal>;

export const TableAppraisal = z.object({
  /** The table's index in its sheet (corrections name it). */
  index: z.number(),
  /** The recognised table: where its cells are. */
  layout: z.union([FormTable, RosterTable]),
  /** The table is recognised only tentatively: nothing of it is scored until confirmed. */
  doubt: z.optional(Issue),
  /** Form items or roster indicators, as most people carry them. */
  items: z.array(ItemFacts),
  /** Null where the sheet's own grade table cannot be read: no grade, no coefficient. */
  grading: z.nullable(Grading),
  people: z.array(PersonAppraisal),
  /** A roster of totals typed on the sheet, with no indicators: each total is read, never written,
   * and graded. */
  typedTotals: z.optional(z.boolean()),
});
export type TableAppraisal = z.infer<typeof TableAppraisal>;

export const SheetAppraisal = z.object({
  name: z.string(),
  kind: SheetKind,
  tables: z.array(TableAppraisal),
  /** Each said once, in the order met. */
  warnings: z.array(ScoreWarning),
});
export type SheetAppraisal = z.infer<typeof SheetAppraisal>;

export const WorkbookAppraisal = z.object({ sheets: z.array(SheetAppraisal) });
export type WorkbookAppraisal = z.infer<typeof WorkbookAppraisal>;

/** The input cell of an item for a person (`G5`), or null when the table has no input column. */
export function inputCell(item: ItemFacts, person: Pick<PersonAppraisal, "row">): string | null {
  const row = item.row ?? person.row;
  return item.input === null || row === undefined ? null : `${item.input}${row}`;
}

/** The input holds text (3.5万 typed as text, a level's name) rather than a number. */
export const isText = (outcome: ItemOutcome): outcome is ItemOutcome & { input: string } =>
  typeof outcome.input === "string" && outcome.input.trim() !== "";

/** The item is scored by its rule and the reading is sure: what outputs may write from. */
export const isSure = (reading: RuleReading): reading is RuleReading & { rule: Rule } =>
  reading.rule !== null && reading.doubt === undefined;
