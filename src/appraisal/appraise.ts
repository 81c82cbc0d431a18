import { issue, type Issue } from "../engine/issue";
import { kindSpec } from "../engine/kinds";
import { clean, compare } from "../engine/precision";
import { address, columnIndex, parseAddress } from "../layout/a1";
import { formulaAt, type Grid } from "../layout/grid";
import type { FormTable, HeaderBlock, Layout, RosterTable, Section, SheetLayout } from "../layout/layout";
import {
  isSure,
  type Grading,
  type ItemFacts,
  type ItemOutcome,
  type PersonAppraisal,
  type ScoreWarning,
  type SheetAppraisal,
  type TableAppraisal,
  type WorkbookAppraisal,
} from "./appraisal";
import { headerValue, inputAt, isBlank, numberAt, textOf } from "./cells";
import { readingCorrections, type Correction, type ReadingCorrections } from "./corrections";
import { scoreEntry } from "./entries";
import { baseAt, gradeScale, graded, gradesSay, gradingOf, payOf, sayDefaultGrades } from "./grading";
import { formItems, rosterIndicators, rosterItems, scaled } from "./items";
import { heldBack, scoreItem, totals, type Warn } from "./score";

/**
 * Grid + Layout → the appraisal: each item's facts and each person's scores, totals, grades,
 * coefficients and pay, with the warnings met, worked out once for every output. Pure.
 */

export interface AppraiseOptions {
  /** Every sheet of the workbook: a grade table may stand on another sheet. */
  grids?: readonly Grid[];
  /** What the user corrected and confirmed (the record's corrections). */
  corrections?: readonly Correction[];
  /** The totals this run works out on other sheets (`linkedTotals`): a summary sheet's formula
   * over them reads them, not the file's cached values from before the run. */
  totals?: LinkedTotals;
}

/** Totals worked out in this run, by `sheet!A1`, and the sheets they stand on; and the forms'
 * totals by the name of the one person each names (a name on two forms is left out). */
export interface LinkedTotals {
  cells: ReadonlyMap<string, number | null>;
  sheets: ReadonlySet<string>;
  people: ReadonlyMap<string, { total: number | null; sheet: string } | null>;
}

const NO_TOTALS: LinkedTotals = { cells: new Map(), sheets: new Set(), people: new Map() };

/** Where a doubt about a whole table points: its first header cell. */
function tableCell(table: FormTable | RosterTable): string {
  const columns = Object.values(table.columns).map(columnIndex);
  return address(table.headerRow - 1, columns.length > 0 ? Math.min(...columns) : 0);
}

/** The table's own doubt (the recogniser was unsure of it), unless the user confirmed it. */
function doubtOf(table: FormTable | RosterTable, said: ReadingCorrections): Issue | undefined {
  return table.doubt && !said.confirmed("", table.doubt) ? table.doubt : undefined;
}

function personName(grid: Grid, header: HeaderBlock | undefined): string {
  const cell = header?.name ? parseAddress(header.name) : null;
  return cell ? headerValue(textOf(grid, cell.row, cell.column)) : "";
}

/** A total on a 5-point scale (ratings times their shares) is graded only by grades out of 5. Such
 * a total is made only where the sheet grades nothing beyond 5: it gets no grade or coefficient from
 * the default grades, out of 100, nor from a legend that could not be read, and a warning says why. */
function onItsScale(
  grading: Grading | null,
  items: readonly ItemFacts[],
  cell: string,
  warn: Warn,
): Grading | null {
  if ((grading && !grading.gradesDefault) || !items.some((i) => i.scale === 5)) return grading;
  warn({ code: "score.ungraded5", params: { cell }, cell });
  return null;
}

function appraiseForm(
  grid: Grid,
  sheet: SheetLayout,
  table: FormTable,
  index: number,
  options: Required<AppraiseOptions>,
  warn: Warn,
): TableAppraisal {
  const said = readingCorrections(options.corrections, sheet.name, index);
  const read = gradingOf(grid, options.grids, table, said, warn);
  const items = formItems(grid, table, said, gradesSay(grid, table, read));
  const grading = onItsScale(read, items, table.total?.cell ?? tableCell(table), warn);
  // A form in parts is checked once its parts are joined.
  const whole = table.partOf === undefined && !sheet.tables?.some((t) => "items" in t && t.partOf === index);
  // Grades are given where the sheet states them, or where it has a cell for them (the defaults).
  const grades =
    grading !== null &&
    (!grading.gradesDefault || table.grade !== undefined || table.coefficient !== undefined);
  const over = whole
    ? pointsOffScale(items, table.sections, grading, grades, pointsCells(table, items))
    : undefined;
  const doubt = doubtOf(table, said) ?? (over && !said.confirmed("", over) ? over : undefined);
  if (doubt) warn({ ...doubt, cell: tableCell(table) });
  let outcomes = items.map((item) =>
    item.entry
      ? scoreEntry(grid, item, item.entry, item.row as number, true, warn)
      : scoreItem(grid, item, item.row as number, true, warn),
  );
  if (doubt) outcomes = outcomes.map((o) => heldBack(o, doubt));
  const sums = withinCaps(totals(items, outcomes, table.sections), table, items, outcomes, warn);
  const person: PersonAppraisal = {
    name: personName(grid, table.header?.name ? table.header : sheet.header),
    items,
    outcomes,
    total: sums.total,
    ...graded(sums.total, grading),
  };
  if (table.pay) person.pay = formPay(grid, table, person.coefficient, warn);
  if (sums.sections) person.sections = sums.sections;
  if (whole) sayDefaultGrades(grading, table, [person], warn);
  return { index, layout: table, ...(doubt ? { doubt } : {}), items, grading, people: [person] };
}

function appraiseRoster(
  grid: Grid,
  sheet: SheetLayout,
  table: RosterTable,
  index: number,
  options: Required<AppraiseOptions>,
  warn: Warn,
): TableAppraisal {
  const said = readingCorrections(options.corrections, sheet.name, index);
  const grading = gradingOf(grid, options.grids, table, said, warn);
  const doubt = doubtOf(table, said);
  if (doubt) warn({ ...doubt, cell: tableCell(table) });
  const indicators = rosterIndicators(grid, table, said);
  const common = scaled(indicators, said);
  // People in columns: each reads the indicators' rows in their own column.
  const byColumn = new Map<string, ItemFacts[]>();
  const itemsOf = table.transposed
    ? (_row: number, column = "") => {
        let items = byColumn.get(column);
        if (!items) byColumn.set(column, (items = common.map((i) => ({ ...i, input: column }))));
        return items;
      }
    : rosterItems(grid, table, indicators, common, said);
  const base = table.columns.base !== undefined ? columnIndex(table.columns.base) : -1;
  // 考核得分 typed beside 等级 | 系数 | 绩效工资 and no indicators: the totals are the input.
  const typedTotals = !table.transposed && indicators.length === 0 && table.columns.total !== undefined;
  const totalColumn = table.columns.total !== undefined ? columnIndex(table.columns.total) : -1;
  // An unreadable base is said once for the roster, at the first person it concerns.
  let baseSaid = false;
  const warnBase: Warn = (w) => {
    if (!baseSaid) warn(w);
    baseSaid = true;
  };
  // Totals repeat down a roster: each is graded once.
  const grades = new Map<number | null, Pick<PersonAppraisal, "grade" | "coefficient">>();
  const people = table.people.map((p): PersonAppraisal => {
    const items = itemsOf(p.row, p.column);
    let outcomes: ItemOutcome[] = items.map((item) => scoreItem(grid, item, item.row ?? p.row, false, warn));
    if (doubt) outcomes = outcomes.map((o) => heldBack(o, doubt));
    const total = typedTotals
      ? typedTotal(grid, p.row - 1, totalColumn, options.totals, warn, p.name)
      : totals(items, outcomes, []).total;
    let grade = grades.get(total);
    if (grade === undefined) grades.set(total, (grade = graded(total, grading)));
    // Written out, not spread: a roster has thousands of people.
    const person: PersonAppraisal = {
      row: p.row,
      ...(p.column !== undefined ? { column: p.column } : {}),
      name: p.name,
      items,
      outcomes,
      total,
      grade: grade.grade,
      coefficient: grade.coefficient,
    };
    if (table.columns.pay !== undefined)
      person.pay = payAt(
        grid,
        base < 0 ? null : { row: p.row - 1, column: base },
        grade.coefficient,
        `${table.columns.pay}${table.headerRow}`,
        warnBase,
      );
    return person;
  });
  sayTwice(table, warn);
  sayDefaultGrades(grading, table, people, warn);
  return {
    index,
    layout: table,
    ...(doubt ? { doubt } : {}),
    items: common,
    grading,
    people,
    ...(typedTotals ? { typedTotals } : {}),
  };
}

/** A name on two rows of a roster (张三 at rows 5 and 12): both are scored, each on its own row,
 * and HR is told, as a copied row or two people of one name is theirs to tell apart. */
function sayTwice(table: RosterTable, warn: Warn): void {
  if (table.transposed) return;
  const first = new Map<string, number>();
  for (const p of table.people) {
    if (p.name === "") continue;
    const row = first.get(p.name);
    if (row === undefined) first.set(p.name, p.row);
    else {
      const cell = `${table.columns.name ?? "A"}${p.row}`;
      warn({ code: "score.personTwice", params: { name: p.name, first: row, row: p.row }, cell });
    }
  }
}

/** A cap a 加减分 section's label states (`加减分项（加减分合计不超过10分）`, `奖惩（最高10分）`). */
const SECTION_CAP =
  /(?:不超过|不得超过|不高于|最高|最多|上限为?|封顶)\s*[±+-]?\s*(\d+(?:\.\d+)?)\s*分|(\d+(?:\.\d+)?)\s*分\s*(?:封顶|为限|以内)/;

/**
 * The sums, unless an adjustment section adds up past the cap its label states: then there is no
 * total, and the section is said. How the cap applies (the net sum, what is added, each way) the
 * label leaves open; within it every reading gives the same total.
 */
function withinCaps(
  sums: ReturnType<typeof totals>,
  { sections, columns }: Pick<FormTable, "sections" | "columns">,
  items: readonly ItemFacts[],
  outcomes: readonly ItemOutcome[],
  warn: Warn,
): ReturnType<typeof totals> {
  if (sums.total === null) return sums;
  for (const section of sections) {
    const m = section.adjustment ? SECTION_CAP.exec(section.name) : null;
    if (!m) continue;
    const sum = clean(
      items.reduce((s, item, i) => (item.section === section.name ? s + (outcomes[i]?.score ?? 0) : s), 0),
    );
    if (Math.abs(sum) <= Number(m[1] ?? m[2])) continue;
    // said at its label: the category column where the sheet has one, else the item column
    const cell = `${columns.category ?? columns.item ?? "A"}${section.firstRow}`;
    warn({ code: "score.sectionCap", params: { section: section.name, sum, cell }, cell });
    return { ...sums, total: null };
  }
  return sums;
}

/** A form's 绩效工资 from its base cell (`formPay`). */
function formPay(grid: Grid, table: FormTable, coefficient: number | null, warn: Warn): number | null {
  const at = table.payBase ? parseAddress(table.payBase.cell) : null;
  return payAt(grid, at, coefficient, (table.pay as { cell: string }).cell, warn);
}

/** 绩效工资 = 基数 × 系数 where both are known; a pay cell left empty for want of a base is said: no
 * base on the sheet (said at the pay cell), or a blank one (said at the base cell). */
function payAt(
  grid: Grid,
  at: { row: number; column: number } | null,
  coefficient: number | null,
  payCell: string,
  warn: Warn,
): number | null {
  if (coefficient === null) return null;
  if (at === null) {
    warn({ code: "score.noPayBase", params: { cell: payCell }, cell: payCell });
    return null;
  }
  const base = baseAt(grid, at.row, at.column, warn);
  if (base === undefined && isBlank(inputAt(grid, at.row, at.column))) {
    const cell = address(at.row, at.column);
    warn({ code: "score.payPending", params: { cell }, cell });
  }
  return payOf(base, coefficient);
}

/** A total typed in its cell; a blank one is pending, said with its cell. A formula over a total
 * this run works out on another sheet (`='张三'!G8`) takes that total; one over other cells of sheets
 * this run scores is asked about: its cached value is from before the run. */
function typedTotal(
  grid: Grid,
  row: number,
  column: number,
  linked: LinkedTotals,
  warn: Warn,
  name: string,
): number | null {
  const formula = formulaAt(grid, row, column);
  if (formula !== undefined && formula.includes("!") && linked.sheets.size > 0) {
    const cell = address(row, column);
    const ref = sheetCell(formula);
    const total = ref === undefined ? undefined : linked.cells.get(ref);
    if (total !== undefined) {
      if (total === null) warn({ code: "score.totalPending", params: { cell }, cell });
      return total;
    }
    if (
      [...linked.sheets].some(
        (s) => formula.includes(`${s}!`) || formula.includes(`'${s.replace(/'/g, "''")}'!`),
      )
    ) {
      warn({ code: "score.totalLinked", params: { cell, formula: `=${formula}` }, cell });
      return null;
    }
  }
  const total = numberAt(grid, row, column);
  const cell = address(row, column);
  if (total === undefined) {
    warn({ code: "score.totalPending", params: { cell }, cell });
    return null;
  }
  // 85 typed on a summary where the person's own form, scored now, gives 100: a copy from before.
  const form = name === "" ? undefined : linked.people.get(name);
  if (form && form.total !== null && compare(total, form.total) !== 0) {
    warn({
      code: "score.totalDiffers",
      params: { cell, name, typed: total, form: form.total, sheet: form.sheet },
      cell,
    });
    return null;
  }
  return total;
}

/** The form table a part belongs to (following parts of parts), or undefined. */
function rootOf(tables: readonly TableAppraisal[], index: number): number | undefined {
  const seen = new Set<number>();
  let at = index;
  for (;;) {
    const layout = tables[at]?.layout;
    if (!layout || !("items" in layout) || seen.has(at)) return undefined;
    seen.add(at);
    if (layout.partOf === undefined) return at === index ? undefined : at;
    at = layout.partOf;
  }
}

/** What an item is worth in the total: its points where it has a weight, else the full score its
 * rule states (酌情给分，满分60分); undefined where neither says. */
function worth(item: ItemFacts): number | undefined {
  if (item.weight !== null) return item.points;
  return isSure(item.rule) ? kindSpec(item.rule.rule).statedMax(item.rule.rule) : undefined;
}

/** The items' points added up, where each is known and no section weighs its items' sum against
 * another's; undefined otherwise. 加减分项 stand outside the sum. */
function pointsSum(items: readonly ItemFacts[], sections: readonly Section[]): number | undefined {
  if (sections.some((s) => s.weight !== null && !s.adjustment)) return undefined;
  const counted = items.filter((i) => !i.adjustment);
  const each = counted.map(worth);
  if (counted.length === 0 || each.some((w) => w === undefined)) return undefined;
  return clean(each.reduce<number>((s, w) => s + (w as number), 0));
}

/** The cells holding the items' points (D4:D9), where a column holds them; else the table's. */
function pointsCells(table: FormTable, items: readonly ItemFacts[]): string {
  const column = table.columns.weight;
  const first = items[0]?.row;
  const last = items[items.length - 1];
  if (column === undefined || first === undefined || last?.row === undefined) return tableCell(table);
  return `${column}${first}:${column}${last.lastRow ?? last.row}`;
}

/**
 * Items whose points do not add up to what the grade table grades out of (180, or 90, graded as if
 * out of 100): the points or the grades are wrong, and the total would be graded as a guess — as a
 * level-tick form asks in the same case. Points adding up to the scale exactly are plainly fine; a
 * sheet giving no grades (none stated, no cell for them) only adds its points up, so there only a
 * sum over the scale is doubted.
 */
function pointsOffScale(
  items: readonly ItemFacts[],
  sections: readonly Section[],
  grading: Grading | null,
  grades: boolean,
  cell: string,
): Issue | undefined {
  const sum = pointsSum(items, sections);
  const scale = gradeScale(grading);
  if (sum === undefined || scale === undefined || Math.abs(sum - scale) < 1e-6) return undefined;
  if (!grades && sum < scale) return undefined;
  return issue("score.pointsScale", { sum, scale, cell });
}

/** Parts each weighted to 100 on their own (业绩 30/30/30/10, 行为 50/50) are sections the sheet
 * weighs against each other somewhere the reading did not find (业绩×80%+行为×20%); parts whose
 * points together are not one 100 (nor the grade table's scale) are not one form's either way:
 * adding them up would be a guess. */
function partsDoubt(group: readonly TableAppraisal[], grading: Grading | null): Issue | undefined {
  const weightOf = (t: TableAppraisal): number | null => {
    const weighted = t.items.filter((i) => !i.adjustment && i.weight !== null);
    return weighted.length === 0 ? null : weighted.reduce((s, i) => s + (i.weight as number), 0);
  };
  const hundred = (w: number | null | undefined): boolean =>
    typeof w === "number" && Math.abs(w - 100) < 1e-6;
  const weights = group.map(weightOf);
  // 加减分项 in a part of their own leave the form's 100 as it is.
  const all = weights.reduce<number>((s, w) => s + (w ?? 0), 0);
  const rows = group.map((t) => t.layout.headerRow).join("、");
  if (weights.some(hundred) && !hundred(all)) return issue("score.partWeights", { rows });
  const sum = pointsSum(
    group.flatMap((t) => t.items),
    group.flatMap((t) => (t.layout as FormTable).sections),
  );
  const scale = gradeScale(grading) ?? 100;
  if (sum === undefined || hundred(sum) || Math.abs(sum - scale) < 1e-6) return undefined;
  return issue("score.partPoints", { rows, sum, scale });
}

const CELLS = ["total", "grade", "coefficient", "pay", "payBase", "gradeTable"] as const;

/**
 * A form in several stacked tables (the later ones `partOf` the first): one person, whose items are
 * every part's, with one total over them all, graded by the form's grade table and written to the
 * total cell whichever part holds it. The parts keep their items; their person is the form's.
 */
function joinParts(
  tables: TableAppraisal[],
  grids: readonly Grid[],
  grid: Grid,
  said: (i: number) => ReadingCorrections,
  warn: Warn,
): void {
  const groups = new Map<number, number[]>();
  tables.forEach((_, i) => {
    const root = rootOf(tables, i);
    if (root !== undefined) groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  for (const [root, parts] of groups) {
    const base = tables[root] as TableAppraisal;
    const person = base.people[0];
    if (!person) continue;
    const group = [base, ...parts.map((i) => tables[i] as TableAppraisal)];
    const layout = { ...(base.layout as FormTable) };
    for (const key of CELLS)
      if (layout[key] === undefined) {
        const holder = group.find((t) => (t.layout as FormTable)[key] !== undefined);
        if (holder) Object.assign(layout, { [key]: (holder.layout as FormTable)[key] });
      }
    // The form's grade table is read once, from whichever part states it.
    const grading =
      layout.gradeTable === (base.layout as FormTable).gradeTable
        ? base.grading
        : gradingOf(grid, grids, layout, said(root), warn);
    const parted = partsDoubt(group, grading);
    const doubt =
      group.find((t) => t.doubt)?.doubt ?? (parted && !said(root).confirmed("", parted) ? parted : undefined);
    if (doubt === parted && doubt) warn({ ...doubt, cell: tableCell(base.layout) });
    const items: ItemFacts[] = [];
    const outcomes: ItemOutcome[] = [];
    for (const t of group) {
      const own = t.people[0];
      if (!own) continue;
      const column = (t.layout as FormTable).columns.score;
      own.items.forEach((item, i) => {
        const elsewhere = column !== undefined && column !== (base.layout as FormTable).columns.score;
        items.push(elsewhere ? { ...item, scoreColumn: column } : item);
        const outcome = own.outcomes[i] as ItemOutcome;
        // A part in doubt holds the whole form back: one person, one total.
        outcomes.push(doubt ? heldBack(outcome, doubt) : outcome);
      });
    }
    layout.sections = group.flatMap((t) => (t.layout as FormTable).sections);
    const sums = withinCaps(totals(items, outcomes, layout.sections), layout, items, outcomes, warn);
    const joined: PersonAppraisal = {
      ...person,
      items,
      outcomes,
      total: sums.total,
      ...graded(sums.total, grading),
    };
    delete joined.sections;
    if (sums.sections) joined.sections = sums.sections;
    if (layout.pay) joined.pay = formPay(grid, layout, joined.coefficient, warn);
    sayDefaultGrades(grading, layout, [joined], warn);
    tables[root] = { ...base, layout, items, grading, people: [joined], ...(doubt ? { doubt } : {}) };
    for (const i of parts) tables[i] = { ...(tables[i] as TableAppraisal), people: [] };
  }
}

/**
 * The appraisal of one recognised sheet: one person per form table, one per roster row; each
 * warning said once (a roster's rule cell concerns every person).
 * @example appraiseSheet(grid, recognize([grid]).layout.sheets[0]).tables[0].people[0].total //=> 73
 */
export function appraiseSheet(grid: Grid, sheet: SheetLayout, options: AppraiseOptions = {}): SheetAppraisal {
  const all = {
    grids: options.grids ?? [grid],
    corrections: options.corrections ?? [],
    totals: options.totals ?? NO_TOTALS,
  };
  const warnings: ScoreWarning[] = [];
  const seen = new Set<string>();
  const warn: Warn = (w) => {
    const id = JSON.stringify([w.code, w.cell, w.params]);
    if (!seen.has(id)) {
      seen.add(id);
      warnings.push(w);
    }
  };
  const tables = (sheet.tables ?? []).map((table, index) =>
    "items" in table
      ? appraiseForm(grid, sheet, table, index, all, warn)
      : appraiseRoster(grid, sheet, table, index, all, warn),
  );
  joinParts(tables, all.grids, grid, (i) => readingCorrections(all.corrections, sheet.name, i), warn);
  return { name: sheet.name, kind: sheet.kind, tables, warnings };
}

/** `'张三'!$G$8` → `张三!G8`; none for anything but one cell of another sheet. */
function sheetCell(formula: string): string | undefined {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!\s]+))!\$?([A-Za-z]{1,3})\$?(\d+)\s*$/.exec(formula);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  return `${sheet}!${(m[3] as string).toUpperCase()}${m[4]}`;
}

/** The totals worked out on each sheet, by `sheet!A1`: a form's total cell, a roster's total
 * column at each person's row (typed totals are read, not worked out). */
function linkedTotals(sheets: readonly SheetAppraisal[]): LinkedTotals {
  const cells = new Map<string, number | null>();
  const on = new Set<string>();
  const people = new Map<string, { total: number | null; sheet: string } | null>();
  const set = (sheet: string, cell: string, total: number | null) => {
    cells.set(`${sheet}!${cell}`, total);
    on.add(sheet);
  };
  for (const sheet of sheets)
    for (const table of sheet.tables) {
      const layout = table.layout;
      if ("items" in layout) {
        const person = table.people[0];
        if (layout.total && person) set(sheet.name, layout.total.cell, person.total);
        if (person && person.name !== "")
          people.set(
            person.name,
            people.has(person.name) ? null : { total: person.total, sheet: sheet.name },
          );
      } else if (layout.columns.total !== undefined && !table.typedTotals && !layout.transposed)
        for (const person of table.people)
          set(sheet.name, `${layout.columns.total}${person.row}`, person.total);
    }
  return { cells, sheets: on, people };
}

/** Every sheet of a workbook, grids matched by name (or else by position). Sheets of typed totals
 * are read after the others, so that a total linked to another sheet's is the one worked out now. */
export function appraiseWorkbook(
  grids: readonly Grid[],
  layout: Layout,
  corrections: readonly Correction[] = [],
): WorkbookAppraisal {
  const appraise = (i: number, totals?: LinkedTotals): SheetAppraisal => {
    const sheet = layout.sheets[i] as SheetLayout;
    const grid = grids.find((g) => g.name === sheet.name) ?? grids[i];
    return grid
      ? appraiseSheet(grid, sheet, { grids, corrections, ...(totals ? { totals } : {}) })
      : { name: sheet.name, kind: sheet.kind, tables: [], warnings: [] };
  };
  const first = layout.sheets.map((_, i) => appraise(i));
  const typed = (s: SheetAppraisal) => s.tables.some((t) => t.typedTotals);
  if (!first.some(typed)) return { sheets: first };
  // Only the sheets of typed totals are read again, over the totals the others gave.
  const totals = linkedTotals(first);
  return { sheets: first.map((s, i) => (typed(s) ? appraise(i, totals) : s)) };
}
