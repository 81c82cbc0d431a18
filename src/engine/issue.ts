import * as z from "zod/mini";

/**
 * Problems and explanation steps are data: a code and its parameters. The words live in
 * `src/i18n`, one table per locale, so tests assert codes and every host shows its own language.
 */
export const Params = z.record(z.string(), z.union([z.string(), z.number()]));
export type Params = z.infer<typeof Params>;

export const IssueCode = z.enum([
  "quantity.empty",
  "quantity.unparseable",
  "quantity.unitMismatch",
  "rule.empty",
  "rule.notUnderstood",
  "rule.unsure",
  "doubt.unread",
  "doubt.garbled",
  "doubt.fragment",
  "doubt.modifier",
  "doubt.conflict",
  "doubt.units",
  "doubt.unitless",
  "doubt.gap",
  "doubt.levels",
  "doubt.baseline",
  "doubt.unused",
  "doubt.target",
  "doubt.overMax",
  "rule.needsMax",
  "rule.needsTarget",
  "band.uncovered",
  "band.scoreRange",
  "levels.unknown",
  "levels.scoreRange",
  "manual.outOfRange",
  "pass.unknown",
  "deduction.countList",
  "step.otherSide",
  "formula.unsupported",
  "function.notSingleCell",
  "function.lengthMismatch",
  "function.notNumber",
  "function.pending",
  "function.table",
  "layout.emptySheet",
  "layout.noTable",
  "layout.headerRow",
  "layout.column",
  "layout.headerField",
  "layout.section",
  "layout.item",
  "layout.totalRow",
  "layout.gradeTable",
  "layout.roster",
  "score.pending",
  "score.notApplicable",
  "score.gradeTable",
  "patch.value",
  "patch.formula",
  "patch.merged",
  "patch.textInput",
  "patch.protected",
  "patch.readOnly",
  "patch.changed",
  "patch.validationKept",
  "patch.formatKept",
  "patch.weightSum",
  "patch.sectionWeight",
  "patch.noRecord",
  "patch.recordLost",
  "patch.arrayFormula",
  "patch.listTooLong",
  "validation.number",
  "validation.percent",
  "validation.between",
  "validation.atLeast",
  "validation.atMost",
  "validation.list",
  "validation.manual",
  "validation.rule",
  "validation.alertTitle",
  "validation.alert",
  "host.excelTooOld",
  "host.noMerges",
  "host.requestTooLarge",
  "file.notFound",
  "file.legacyXls",
  "file.unreadable",
  "file.encrypted",
]);
export type IssueCode = z.infer<typeof IssueCode>;

export const Issue = z.object({ code: IssueCode, params: Params });
export type Issue = z.infer<typeof Issue>;

export const StepCode = z.enum([
  "input.percentPoints",
  "input.ratio",
  "input.minutes",
  "input.timeUnit",
  "band.matched",
  "band.gap",
  "band.sharedEndpoint",
  "band.otherwise",
  "score.points",
  "score.share",
  "score.deduct",
  "linear.ratio",
  "linear.capped",
  "linear.zeroBelow",
  "linear.extra",
  "step.base",
  "step.count",
  "step.relative",
  "step.floor",
  "step.cap",
  "step.zeroBelow",
  "levels.matched",
  "manual.score",
  "judged.points",
  "pass.result",
  "table.matched",
  "table.scorePercent",
]);
export type StepCode = z.infer<typeof StepCode>;

export const Step = z.object({ code: StepCode, params: Params });
export type Step = z.infer<typeof Step>;

export function issue(code: IssueCode, params: Params = {}): Issue {
  return { code, params };
}

export function step(code: StepCode, params: Params = {}): Step {
  return { code, params };
}
