import { issue, type IssueCode, type Params } from "../engine/issue";
import { parseRule } from "../engine/parseRule";
import type { Rule } from "../engine/rule";
import { message, type Locale } from "../i18n";
import { formatAt, type Grid } from "../layout/grid";
import type { FormTable, Layout, RosterTable } from "../layout/layout";
import {
  emptyPatch,
  type PatchWarning,
  type ValidationRule,
  type ValidationWrite,
  type WorkbookPatch,
} from "./patch";
import type { WriteRecord } from "./record";
import { columnIndex, levelColumnRule } from "./score";
import { boxOf, overlaps } from "./ranges";

/**
 * Data validation for the input cells of recognised sheets: what each rule accepts (a number, a
 * percent, a judged score within the item's points, a level from a list), with a prompt naming the
 * rule and an error alert, in the user's language. The template's own validations are kept (the
 * add-in adds none over them), and the weights are checked on the way (warnings, not blocks).
 */

/** Excel's limits on a validation's prompt and alert: 32 characters of title, 255 of message. */
const TITLE = 32;
const MESSAGE = 255;
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

const number = (code: IssueCode, percent: boolean): Accepts => ({
  rule: { kind: "number", min: 0, ...(percent ? { percent } : {}) },
  hint: { code, params: {} },
  // Amounts may be typed as 3.5万 or 3W (text the engine reads): a warning, not a refusal.
  style: percent ? "stop" : "warning",
});

/** What an input cell of this rule accepts; null where any text may be right (durations). */
export function accepts(
  rule: Rule,
  points: number | null,
  percentCell: boolean,
  locale: Locale,
): Accepts | null {
  switch (rule.kind) {
    case "manual": {
      const max = rule.max ?? points;
      if (max === null) return number("validation.number", false);
      const min = rule.min ?? 0;
      return {
        rule: { kind: "number", min, max },
        hint: { code: "validation.manual", params: { max } },
        style: "stop",
      };
    }
    case "levels":
      if (rule.levels.some((l) => l.when !== undefined)) return number("validation.number", percentCell);
      return list(rule.levels.map((l) => l.key));
    case "pass":
      return rule.when !== undefined ? unitNumber(rule.unit, percentCell) : list(PASS_WORDS[locale]);
    case "bonus":
      // A judged bonus is the net points awarded or taken (+20, -10): any number.
      if (rule.judged)
        return { rule: { kind: "number" }, hint: { code: "validation.number", params: {} }, style: "stop" };
      return unitNumber(rule.unit, percentCell);
    case "band":
    case "linear":
    case "deduction":
      return unitNumber("unit" in rule ? rule.unit : "number", percentCell);
    case "table":
      return null;
  }
}

function unitNumber(unit: string, percentCell: boolean): Accepts | null {
  if (unit === "seconds") return null;
  const percent = unit === "percent" || percentCell;
  return number(percent ? "validation.percent" : "validation.number", percent);
}

function list(items: readonly string[]): Accepts {
  return {
    rule: { kind: "list", items: [...items] },
    hint: { code: "validation.list", params: { items: items.join("/") } },
    style: "stop",
  };
}

/** One input cell (or column of a roster) to validate. */
interface Input {
  range: string;
  /** Cells of the range, 0-based, to check against the template's own validations. */
  cells: Array<[number, number]>;
  name: string;
  rule: Rule;
  ruleText: string;
  points: number | null;
}

function formInputs(grid: Grid, table: FormTable): Input[] {
  const column = table.columns.actual;
  if (!column) return [];
  const c = columnIndex(column);
  return table.items.flatMap((item) => {
    const levels = table.levelColumns ? levelColumnRule(grid, table, item.row) : null;
    const parsed = levels ? null : parseRule(item.ruleText);
    const rule = levels ?? (parsed?.ok ? parsed.rule : null);
    if (!rule) return [];
    return [
      {
        range: `${column}${item.row}`,
        cells: [[item.row - 1, c]],
        name: item.name,
        rule,
        ruleText: item.ruleText,
        points: item.weight,
      },
    ];
  });
}

function rosterInputs(table: RosterTable): Input[] {
  const rows = table.people.map((p) => p.row);
  if (rows.length === 0) return [];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  return table.indicators.flatMap((indicator) => {
    const parsed = parseRule(indicator.ruleText ?? "");
    if (!parsed.ok) return [];
    const c = columnIndex(indicator.column);
    return [
      {
        range:
          first === last
            ? `${indicator.column}${first}`
            : `${indicator.column}${first}:${indicator.column}${last}`,
        cells: rows.map((r): [number, number] => [r - 1, c]),
        name: indicator.name,
        rule: parsed.rule,
        ruleText: indicator.ruleText ?? "",
        points: indicator.weight,
      },
    ];
  });
}

/** A percent number format on any of the cells (the engine reads 0.95 there as 95%). */
function percentFormatted(grid: Grid, cells: ReadonlyArray<[number, number]>): boolean {
  return cells.some(([r, c]) => {
    const format = formatAt(grid, r, c);
    return format !== undefined && /%/.test(format.replace(/"[^"]*"|\\./g, ""));
  });
}

/** Weights that do not add up to 100 in a section (or a sheet without sections), and sections
 * without a weight beside weighted ones. */
function weightWarnings(sheet: string, table: FormTable): PatchWarning[] {
  const out: PatchWarning[] = [];
  const warn = (code: IssueCode, params: Params) => out.push({ code, params, sheet });
  const groups =
    table.sections.length > 0
      ? table.sections
          .filter((s) => !s.adjustment)
          .map((s) => ({ name: s.name, items: table.items.filter((i) => i.section === s.name) }))
      : [{ name: sheet, items: table.items }];
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
 * The validation patch of a workbook: validations for every input the rules describe, the add-in's
 * earlier validations removed first (so validating again gives the same result), the template's
 * own kept with a warning, and the record updated.
 */
export function planValidation(
  grids: readonly Grid[],
  layout: Layout,
  record: WriteRecord,
  locale: Locale = "zh-CN",
): WorkbookPatch {
  const patch = emptyPatch("values");
  for (const sheet of layout.sheets) {
    const grid = grids.find((g) => g.name === sheet.name);
    if (!grid) continue;
    // Validations reported on the sheet are the template's, unless the add-in's record has them.
    const theirs = grid.validations ?? [];
    const mine = record.validations.filter((v) => v.sheet === sheet.name).map((v) => v.range);
    for (const table of sheet.tables ?? []) {
      const inputs = "items" in table ? formInputs(grid, table) : rosterInputs(table);
      if ("items" in table) patch.warnings.push(...weightWarnings(sheet.name, table));
      for (const input of inputs) {
        // Adapters report validations per column: a column where the add-in validated before had
        // none of the template's then (those cells were skipped), so its validations are ours.
        const theirsAt = ([r, c]: [number, number]) =>
          !mine.some((m) => inColumn(m, c)) && theirs.some((range) => overlaps(range, r, c));
        const a = accepts(input.rule, input.points, percentFormatted(grid, input.cells), locale);
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
        patch.validations.push(validationOf(sheet.name, input, a, locale));
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

function validationOf(sheet: string, input: Input, a: Accepts, locale: Locale): ValidationWrite {
  const hint = message(issue(a.hint.code, a.hint.params), locale);
  const rule = message(
    issue("validation.rule", { rule: input.ruleText.replace(/\s+/g, " ").trim() }),
    locale,
  );
  return {
    sheet,
    range: input.range,
    rule: a.rule,
    prompt: { title: cut(input.name, TITLE), message: cut(`${hint}。${rule}`, MESSAGE) },
    alert: {
      title: message(issue("validation.alertTitle", {}), locale),
      message: cut(`${message(issue("validation.alert", { item: input.name, hint }), locale)}`, MESSAGE),
      style: a.style,
    },
  };
}
