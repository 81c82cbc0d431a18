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
  /** The upper header of a column under a merged group header (`头条` over `头条篇数`). */
  group: z.optional(z.string()),
  /** The per-person weight column beside it (`quality_p`); `weight` is the one most people carry. */
  weightColumn: z.optional(z.string()),
  /** A column added to the total outside the weights (`extra`). */
  adjustment: z.optional(z.boolean()),
});
export type Indicator = z.infer<typeof Indicator>;

export const Person = z.object({ row: z.number(), name: z.string() });

const TableExtras = {
  headerRows: z.optional(z.number()),
  total: z.optional(CellRef),
  grade: z.optional(CellRef),
  coefficient: z.optional(CellRef),
  /** The 绩效工资 cell, and the 绩效基数 cell it is worked out from (base × coefficient). */
  pay: z.optional(CellRef),
  payBase: z.optional(CellRef),
  /** A grade text's cell, a grade table in cells, or one on another sheet (`{sheet, range}`). */
  gradeTable: z.optional(
    z.union([CellRef, z.object({ sheet: z.string(), range: z.string() }), z.object({ range: z.string() })]),
  ),
  coefficientTable: z.optional(CellRef),
  /** A notes cell under the table (`…绩效说明：…` merged across): read by people, left alone. */
  notes: z.optional(CellRef),
  /** The recogniser is unsure of the table and says why: a tentative reading, of which nothing is
   * scored or written until the user confirms it. */
  doubt: z.optional(Issue),
};

export const FormTable = z.object({
  headerRow: z.number(),
  columns: z.partialRecord(ColumnRole, z.string()),
  levelColumns: z.optional(z.record(z.string(), z.string())),
  /** The row giving each level column's points (等级得分), when they are not in the item rows. */
  levelScoreRow: z.optional(z.number()),
  ruleScoreColumn: z.optional(z.string()),
  /** A legend table the rule column looks each item's level up in (`=VLOOKUP(K6,$B$24:$E$27,3,0)`). */
  ruleTable: z.optional(z.object({ range: z.string() })),
  /** One score column per evaluatee (a contest rubric scoring several teams); `columns.score` is the first. */
  scoreColumns: z.optional(z.array(z.string())),
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
  /** Why a sheet is `none`, in words (the code is in the evidence). */
  reason: z.optional(z.string()),
  tables: z.optional(z.array(z.union([FormTable, RosterTable]))),
  header: z.optional(HeaderBlock),
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
