import { EXCEL } from "../engine/excel";
import { issue, type IssueCode, type Params } from "../engine/issue";
import { kindSpec } from "../engine/kinds";
import type { Rule } from "../engine/rule";
import type { InputSpec } from "../engine/ruleKind";
import {
  isSure,
  type ItemFacts,
  type PersonAppraisal,
  type TableAppraisal,
  type WorkbookAppraisal,
} from "../appraisal/appraisal";
import { signed } from "../appraisal/entries";
import type { Locale } from "../i18n";
import { message } from "../i18n/messages";
import { boxOf, columnIndex, overlaps } from "../layout/a1";
import type { Grid } from "../layout/grid";
import type { FormTable } from "../layout/layout";
import {
  emptyPatch,
  type PatchWarning,
  type ValidationRule,
  type ValidationWrite,
  type WorkbookPatch,
} from "./patch";
import type { WriteRecord } from "./record";

/**
 * Data validation for the input cells of appraised sheets: what each item's rule accepts (its
 * kind's `accepts`: a number, a percent, a judged score within the item's points, a level from a
 * list), with a prompt naming the rule and an error alert, in the user's language. The template's
 * own validations are kept (the add-in adds none over them), a reading the add-in is unsure of gets
 * none (its doubt is said instead), and the weights are checked on the way (warnings, not blocks).
 */

const cut = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Words a pass / fail item offers, per locale (all read by the engine's pass rule). */
const PASS_WORDS: Record<Locale, [string, string]> = {
  "zh-CN": ["完成", "未完成"],
  "zh-TW": ["完成", "未完成"],
  "en-US": ["Done", "Not done"],
};

interface Accepts {
  rule: ValidationRule;
  hint: { code: IssueCode; params: Params };
  style: "stop" | "warning";
}

function list(items: readonly string[]): Accepts {
  return {
    rule: { kind: "list", items: [...items] },
    hint: { code: "validation.list", params: { items: items.join("/") } },
    style: "stop",
  };
}

/** A rule kind's `InputSpec` as Excel's validation, with its hint, in the user's language. */
function validationOf(spec: InputSpec, locale: Locale): Accepts {
  switch (spec.kind) {
    case "quantity":
      return {
        rule: { kind: "number", min: 0, ...(spec.percent ? { percent: true } : {}) },
        hint: { code: spec.percent ? "validation.percent" : "validation.number", params: {} },
        // Amounts may be typed as 3.5万 or 3W (text the engine reads): a warning, not a refusal.
        style: spec.percent ? "stop" : "warning",
      };
    case "score":
      // A bounded score is refused outside its range; an unbounded one may be typed as 20分.
      return spec.max !== undefined
        ? {
            rule: {
              kind: "number",
              ...(spec.min === undefined || Number.isFinite(spec.min) ? { min: spec.min ?? 0 } : {}),
              max: spec.max,
            },
            hint: { code: "validation.manual", params: { max: spec.max } },
            style: "stop",
          }
        : {
            rule: {
              kind: "number",
              ...(spec.min !== undefined && Number.isFinite(spec.min) ? { min: spec.min } : {}),
            },
            hint: { code: "validation.number", params: {} },
            style: "warning",
          };
    case "levels":
      return list(spec.keys);
    case "met":
      return list(PASS_WORDS[locale]);
  }
}

/** What an input cell of this rule accepts; null where any text may be right (durations). */
export function accepts(
  rule: Rule,
  points: number | null,
  percentCell: boolean,
  locale: Locale,
): Accepts | null {
  const spec = kindSpec(rule).accepts(rule, { ...(points !== null ? { points } : {}), percentCell });
  return spec === null ? null : validationOf(spec, locale);
}

/** One input cell (or column of a roster) to validate. */
interface Input {
  range: string;
  /** Cells of the range, 0-based, to check against the template's own validations. */
  cells: Array<[number, number]>;
  item: ItemFacts;
  /** Some cell of the range is formatted as a percent (the engine reads 0.95 there as 95%). */
  percent: boolean;
}

/** The inputs of a table: a form item's cell, a roster indicator's column over its people. */
function inputsOf(table: TableAppraisal): Input[] {
  const people = table.people;
  return table.items.flatMap((item, i): Input[] => {
    if (item.input === null) return [];
    const column = columnIndex(item.input);
    const rows =
      item.row !== undefined ? [item.row] : people.flatMap((p) => (p.row === undefined ? [] : [p.row]));
    if (rows.length === 0) return [];
    // Not Math.min(...rows): a roster's rows are too many to spread.
    let first = rows[0] as number;
    let last = first;
    for (const r of rows) {
      if (r < first) first = r;
      if (r > last) last = r;
    }
    return [
      {
        range: first === last ? `${item.input}${first}` : `${item.input}${first}:${item.input}${last}`,
        cells: rows.map((r): [number, number] => [r - 1, column]),
        item,
        percent: people.some((p: PersonAppraisal) => p.outcomes[i]?.percent === true),
      },
    ];
  });
}

/** Weights that do not add up to 100 in a section (or a sheet without sections), and sections
 * without a weight beside weighted ones. */
function weightWarnings(sheet: string, table: FormTable, items: readonly ItemFacts[]): PatchWarning[] {
  const out: PatchWarning[] = [];
  const warn = (code: IssueCode, params: Params) => out.push({ code, params, sheet });
  const groups =
    table.sections.length > 0
      ? table.sections
          .filter((s) => !s.adjustment)
          .map((s) => ({ name: s.name, items: items.filter((i) => i.section === s.name) }))
      : [{ name: sheet, items }];
  for (const g of groups) {
    const weighted = g.items.filter((i) => i.weight !== null && !i.adjustment);
    if (weighted.length === 0) continue;
    const sum = weighted.reduce((s, i) => s + (i.weight as number), 0);
    if (Math.abs(sum - 100) > 1e-6)
      warn("patch.weightSum", { section: g.name, sum: Math.round(sum * 100) / 100 });
  }
  const main = table.sections.filter((s) => !s.adjustment);
  if (main.some((s) => s.weight !== null))
    for (const s of main.filter((m) => m.weight === null)) warn("patch.sectionWeight", { section: s.name });
  return out;
}

/**
 * The validation patch of a workbook: validations for every input the appraisal's rules describe,
 * the add-in's earlier validations removed first (so validating again gives the same result), the
 * template's own kept with a warning, and the record updated.
 */
export function planValidation(
  grids: readonly Grid[],
  appraisal: WorkbookAppraisal,
  record: WriteRecord,
  locale: Locale = "zh-CN",
): WorkbookPatch {
  const patch = emptyPatch("values");
  for (const sheet of appraisal.sheets) {
    const grid = grids.find((g) => g.name === sheet.name);
    if (!grid) continue;
    // Validations reported on the sheet are the template's, unless the add-in's record has them.
    const theirs = grid.validations ?? [];
    const mine = record.validations.filter((v) => v.sheet === sheet.name).map((v) => v.range);
    for (const table of sheet.tables) {
      // A table the recogniser is unsure of may have its input column wrong: no validation there.
      if (table.doubt) continue;
      if ("items" in table.layout)
        patch.warnings.push(...weightWarnings(sheet.name, table.layout, table.items));
      for (const input of inputsOf(table)) {
        const reading = input.item.rule;
        if (!isSure(reading)) {
          // A doubted reading could refuse what is right: it gets no validation, and says why.
          if (reading.doubt) patch.warnings.push({ ...reading.doubt, sheet: sheet.name, cell: reading.cell });
          continue;
        }
        // Adapters report validations per column: a column where the add-in validated before had
        // none of the template's then (those cells were skipped), so its validations are ours.
        const theirsAt = ([r, c]: [number, number]) =>
          !mine.some((m) => inColumn(m, c)) && theirs.some((range) => overlaps(range, r, c));
        // An entered 加减分项 accepts what its scoring accepts: minus within its points too.
        const rule = input.item.entry ? signed(input.item, reading.rule) : reading.rule;
        const a = accepts(rule, input.item.max ?? null, input.percent, locale);
        if (!a) continue;
        if (input.cells.some(theirsAt)) {
          patch.warnings.push({
            code: "patch.validationKept",
            params: { sheet: sheet.name, range: input.range },
            sheet: sheet.name,
            cell: input.range,
          });
          continue;
        }
        patch.validations.push(validationWrite(sheet.name, input, a, locale));
      }
    }
    if (grid.protected && patch.validations.some((v) => v.sheet === sheet.name))
      patch.blocks.push({ code: "patch.protected", params: { sheet: sheet.name }, sheet: sheet.name });
  }
  return {
    ...patch,
    removals: { validations: record.validations, formats: [] },
    record: { ...record, validations: patch.validations.map((v) => ({ sheet: v.sheet, range: v.range })) },
  };
}

function inColumn(range: string, column: number): boolean {
  const box = boxOf(range);
  return box !== null && column >= box.left && column <= box.right;
}

function validationWrite(sheet: string, input: Input, a: Accepts, locale: Locale): ValidationWrite {
  const { name } = input.item;
  const hint = message(issue(a.hint.code, a.hint.params), locale);
  const text = input.item.rule.text.replace(/\s+/g, " ").trim();
  // A score typed with no rule text (评分 out of the item's points) is prompted by its range alone.
  const rule = text === "" ? "" : `。${message(issue("validation.rule", { rule: text }), locale)}`;
  return {
    sheet,
    range: input.range,
    rule: a.rule,
    prompt: {
      title: cut(name, EXCEL.validationTitle),
      message: cut(`${hint}${rule}`, EXCEL.validationMessage),
    },
    alert: {
      title: message(issue("validation.alertTitle", {}), locale),
      message: cut(message(issue("validation.alert", { item: name, hint }), locale), EXCEL.validationMessage),
      style: a.style,
    },
  };
}
