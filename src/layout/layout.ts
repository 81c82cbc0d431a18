import * as z from "zod/mini";
import { Issue } from "../engine/issue";

/**
 * The recognised layout of a workbook: the single source of its types. The keys follow the
 * `kpi recognize` contract of DESIGN.md (1-based rows, column letters); the extra keys are the
 * ones test/fixtures/README.md lists for layouts the contract does not cover yet.
 */

const CellRef = z.object({ cell: z.string() });
/** The engine's rule kinds (src/engine/rule.ts); an item's rule is its kind, or null. */
const RuleKind = z.enum(["band", "linear", "deduction", "bonus", "levels", "manual", "pass", "table"]);
const RuleRef = z.nullable(z.object({ kind: RuleKind }));

export const ColumnRole = z.enum([
  "category",
  "item",
  "definition",
  "weight",
  "target",
  "rule",
  "actual",
  "score",
  "source",
  "remark",
  "name",
  "position",
  "department",
  "period",
  "total",
  "grade",
  "coefficient",
  "base",
  "pay",
]);
export type ColumnRole = z.infer<typeof ColumnRole>;

export const HeaderField = z.enum(["name", "department", "position", "evaluator", "period"]);
export type HeaderField = z.infer<typeof HeaderField>;

/** Header-block fields: the address of the cell holding each value. */
export const HeaderBlock = z.partialRecord(HeaderField, z.string());
export type HeaderBlock = z.infer<typeof HeaderBlock>;

export const Section = z.object({
  name: z.string(),
  weight: z.nullable(z.number()),
  adjustment: z.optional(z.boolean()),
  firstRow: z.number(),
  lastRow: z.number(),
  /** The section's 小计 / 该项得分 cell, where the sheet sums the section. */
  subtotal: z.optional(CellRef),
});
export type Section = z.infer<typeof Section>;

export const Item = z.object({
  row: z.number(),
  lastRow: z.optional(z.number()),
  name: z.string(),
  section: z.nullable(z.string()),
  weight: z.nullable(z.number()),
  rule: RuleRef,
  ruleText: z.string(),
  /** An item added to the total unweighted inside a weighted section (the sheet's own formula says so). */
  adjustment: z.optional(z.boolean()),
});
export type Item = z.infer<typeof Item>;

export const Indicator = z.object({
  column: z.string(),
  name: z.string(),
  weight: z.nullable(z.number()),
  rule: RuleRef,
  ruleText: z.optional(z.string()),
  /** A transposed roster's indicator (people in columns): its row; `column` is then its name's column. */
  row: z.optional(z.number()),
  /** Limits the sheet states for it in a parameter table (最高值 / 合格值 / 最低值, 正向 / 负向):
   * numbers as the engine reads them (120% → 1.2); `direction` says whether higher is better. */
  parameters: z.optional(
    z.object({
      highest: z.optional(z.number()),
      pass: z.optional(z.number()),
      lowest: z.optional(z.number()),
      direction: z.optional(z.enum(["higher", "lower"])),
    }),
  ),
  /** The upper header of a column under a merged group header (`头条` over `头条篇数`). */
  group: z.optional(z.string()),
  /** The per-person weight column beside it (`quality_p`); `weight` is the one most people carry. */
  weightColumn: z.optional(z.string()),
  /** A column added to the total outside the weights (`extra`). */
  adjustment: z.optional(z.boolean()),
});
export type Indicator = z.infer<typeof Indicator>;

/** A roster's person: the row holding their name, and in a transposed roster (people in columns)
 * also their column. */
export const Person = z.object({ row: z.number(), name: z.string(), column: z.optional(z.string()) });

/**
 * A column where one evaluator types their score (自评, 上级评分, 间接上级, 复核, 360 …), with the
 * weight the sheet gives them, as a fraction (0.2 for 20%), read from the header (`自评(20%)`), a weight
 * cell under it or a note (`自评20%+上级80%`); null when the sheet states none.
 */
export const Evaluator = z.object({
  column: z.string(),
  label: z.string(),
  weight: z.nullable(z.number()),
  /** The column beside it holding that evaluator's weighted score (实得), where the sheet has one. */
  resultColumn: z.optional(z.string()),
  /** The column beside it holding that evaluator's weight on each item's row (自评权重), where the
   * sheet has one: `weight` is then the first item's. */
  weightColumn: z.optional(z.string()),
  /** The weight its header states (`自评(30%)`) where a weight column beside also gives one on each
   * item's row: a row that weighs the evaluator otherwise is asked about, never settled by either. */
  headerWeight: z.optional(z.number()),
});
export type Evaluator = z.infer<typeof Evaluator>;

const TableExtras = {
  headerRows: z.optional(z.number()),
  total: z.optional(CellRef),
  grade: z.optional(CellRef),
  coefficient: z.optional(CellRef),
  /** The 绩效工资 cell, and the 绩效基数 cell it is worked out from (base × coefficient). */
  pay: z.optional(CellRef),
  payBase: z.optional(CellRef),
  /** A grade text's cell, a grade table in cells, or one on another sheet (`{sheet, range}`).
   * `across` when the table runs across columns: one row per field (等级 | A | B …, 分数 | ≥90 | …). */
  gradeTable: z.optional(
    z.union([
      CellRef,
      z.object({ sheet: z.string(), range: z.string(), across: z.optional(z.boolean()) }),
      z.object({ range: z.string(), across: z.optional(z.boolean()) }),
    ]),
  ),
  coefficientTable: z.optional(CellRef),
  /** A notes cell under the table (`…绩效说明：…` merged across): read by people, left alone. */
  notes: z.optional(CellRef),
  /** Columns where evaluators type their own scores, when there are several (自评 | 上级评分 | 结果). */
  evaluators: z.optional(z.array(Evaluator)),
  /** The note or cell stating how the evaluators combine (`自评20%+上级80%`), when it is not a header. */
  evaluatorWeights: z.optional(CellRef),
  /**
   * Why this reading is unsure (待确认): scoring writes no number from a table that carries a doubt,
   * and says this instead. Absent when the recogniser is sure.
   */
  doubt: z.optional(Issue),
};

export const FormTable = z.object({
  headerRow: z.number(),
  columns: z.partialRecord(ColumnRole, z.string()),
  levelColumns: z.optional(z.record(z.string(), z.string())),
  /** The row giving each level column's points (等级得分), when they are not in the item rows. */
  levelScoreRow: z.optional(z.number()),
  ruleScoreColumn: z.optional(z.string()),
  /**
   * How the evaluator answers in the level columns, when they are the input rather than each
   * level's points: a mark (✓ √ ○ ●) in one of them, or the score typed in one of them.
   */
  levelInput: z.optional(z.enum(["mark", "score"])),
  /** Each level column's points when the header states them (`优秀(10分)`): letter → points. */
  levelPoints: z.optional(z.record(z.string(), z.number())),
  /** The score column holds the evaluator's own score as typed (no actual value or rule scores it):
   * the total is their sum, or their sum weighted by the items' weights on a common scale. */
  typedScore: z.optional(z.boolean()),
  /** A table that continues the form of the sheet's table at this index (a stacked sub-table of the
   * same person, with no header block of its own): one person, one total. */
  partOf: z.optional(z.number()),
  /** A legend table the rule column looks each item's level up in (`=VLOOKUP(K6,$B$24:$E$27,3,0)`). */
  ruleTable: z.optional(z.object({ range: z.string() })),
  /** One score column per evaluatee (a contest rubric scoring several teams); `columns.score` is the first. */
  scoreColumns: z.optional(z.array(z.string())),
  /** 得分 beside 加权得分: the column of each item's score before weighting, which the add-in leaves
   * as it is (`columns.score` is the weighted one, the column the total sums). */
  unweightedScore: z.optional(z.string()),
  sections: z.array(Section),
  items: z.array(Item),
  header: z.optional(HeaderBlock),
  ...TableExtras,
});
export type FormTable = z.infer<typeof FormTable>;

export const RosterTable = z.object({
  headerRow: z.number(),
  columns: z.partialRecord(ColumnRole, z.string()),
  weightRow: z.optional(z.number()),
  ruleRow: z.optional(z.number()),
  /** People in columns, indicators in rows: `people[].column`, `indicators[].row`, and `rows` gives
   * the row of each per-person role (total, grade …) as `columns` does for an ordinary roster. */
  transposed: z.optional(z.boolean()),
  rows: z.optional(z.partialRecord(ColumnRole, z.number())),
  /** The parameter table its indicators' `parameters` were read from (最高值 / 合格值 / 最低值). */
  parameterTable: z.optional(z.object({ range: z.string() })),
  indicators: z.array(Indicator),
  people: z.array(Person),
  ...TableExtras,
});
export type RosterTable = z.infer<typeof RosterTable>;

export const SheetKind = z.enum(["form", "roster", "none"]);
export type SheetKind = z.infer<typeof SheetKind>;

export const SheetLayout = z.object({
  name: z.string(),
  kind: SheetKind,
  /** Why a sheet is `none`, worded by src/i18n in the reader's language (also in the evidence). */
  reason: z.optional(Issue),
  tables: z.optional(z.array(z.union([FormTable, RosterTable]))),
  header: z.optional(HeaderBlock),
  /** Why the sheet's reading is unsure (a `none` sheet that nearly held a table, a table in doubt). */
  doubt: z.optional(Issue),
});
export type SheetLayout = z.infer<typeof SheetLayout>;

export const Layout = z.object({ sheets: z.array(SheetLayout) });
export type Layout = z.infer<typeof Layout>;

/**
 * Confidence (0–1) and reason of one recognised thing, kept apart from the layout so the contract
 * keys stay as specified. `path` points into the layout (`sheets.0.tables.1.columns.weight`); the
 * reason is an issue-style code with parameters (`layout.*` in src/engine/issue.ts), worded by src/i18n.
 */
export const Evidence = z.object({ path: z.string(), confidence: z.number(), reason: Issue });
export type Evidence = z.infer<typeof Evidence>;

/** Below this confidence a sheet's or table's reading is unsure (待确认) and carries a doubt. */
export const SURE = 0.6;

/**
 * How sure the recogniser is of one sheet (`sheets.0`) or table (`sheets.0.tables.1`): a confidence
 * (0–1) from the signals that agree or disagree, each a reason; `sure` is false below SURE or when a
 * doubt stands whatever the confidence (evaluators with no stated weights, nowhere to enter a result).
 */
export const Reading = z.object({
  path: z.string(),
  confidence: z.number(),
  sure: z.boolean(),
  reasons: z.array(Issue),
});
export type Reading = z.infer<typeof Reading>;
