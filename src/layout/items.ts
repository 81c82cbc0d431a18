import { parseRule } from "../engine/parseRule";
import { address } from "./grid";
import type { Item } from "./layout";
import {
  ADJUSTMENT_SECTION,
  isAdjustmentText,
  readSectionLabel,
  type Group,
  type SectionLabel,
} from "./sections";
import type { Sheet } from "./sheet";
import { rowKind, type RowKind } from "./totals";
import { readWeight, toPoints, type WrittenWeight } from "./weight";
import { textTable, cellTable, type FoundTables } from "./gradeTable";
import { isFormHeaderRow } from "./header";

/** The columns of one form table, 0-based; -1 where the table has none. */
export interface FormColumns {
  from: number;
  to: number;
  item: number;
  category: number;
  weight: number;
  definition: number;
  rule: number;
  ruleScore: number;
  score: number;
}

export interface Body {
  items: (Item & { adjustment?: boolean })[];
  groups: Group[];
  cells: Partial<Record<"total" | "grade" | "coefficient", string>>;
  tables: FoundTables;
  /** The last row that belongs to the table (0-based). */
  end: number;
}

// Blank rows that end a table whose total row never came.
const BLANK_RUN = 3;
// Rows after the total still read for grade, coefficient and grade-table rows.
const AFTER_TOTAL = 15;

/** The first visible filled cell of a row in [from, to]: the row's label. */
function labelCell(
  sheet: Sheet,
  row: number,
  from: number,
  to: number,
): { column: number; key: string; text: string } | null {
  for (let c = from; c <= to; c++) {
    if (sheet.hiddenColumn(c)) continue;
    const text = sheet.text(row, c);
    if (text !== "") return { column: c, key: sheet.key(row, c), text };
  }
  return null;
}

/** The address of a cell as the layout names it: a merged cell by its top-left cell. */
function cellAddress(sheet: Sheet, row: number, column: number): string {
  const area = sheet.areaAt(row, column);
  return area ? address(area.top, area.left) : address(row, column);
}

/** Whether a cell's text comes from a merge that starts left of it (a title or notes line). */
function spansFromLeft(sheet: Sheet, row: number, column: number): boolean {
  const area = sheet.areaAt(row, column);
  return area !== undefined && area.left < column && area.right > area.left;
}

/** The label of the group a row belongs to: its category cell, or an adjustment word left of the item. */
function groupLabel(
  sheet: Sheet,
  row: number,
  cols: FormColumns,
  current: SectionLabel | null,
): SectionLabel | null {
  for (let c = cols.from; c < cols.item; c++) {
    const text = sheet.text(row, c);
    if (text === "") continue;
    const label = readSectionLabel(text);
    if (label.adjustment) return label;
  }
  if (cols.category >= 0) {
    const text = sheet.text(row, cols.category);
    if (text !== "") return readSectionLabel(text);
  }
  return current;
}

/** An item row that says itself it adds outside the weights: `加减分` in its weight cell, or an
 * adjustment word in its name or definition (`特殊贡献&重大失误(总分直接加减)`). */
function ownAdjustment(sheet: Sheet, row: number, cols: FormColumns): SectionLabel | null {
  for (const c of [cols.weight, cols.item, cols.definition]) {
    if (c < 0) continue;
    const text = sheet.text(row, c);
    if (text !== "" && isAdjustmentText(text))
      return { name: ADJUSTMENT_SECTION, weight: null, adjustment: true };
  }
  return null;
}

function ruleOf(text: string): Item["rule"] {
  if (text === "") return null;
  const parsed = parseRule(text);
  return parsed.ok ? { kind: parsed.rule.kind } : null;
}

/** A rule matrix block: the item merged over rows, one band a row → `condition points` lines. */
function blockRuleText(sheet: Sheet, top: number, bottom: number, cols: FormColumns): string {
  const lines: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const condition = sheet.text(r, cols.rule);
    const points = cols.ruleScore >= 0 ? sheet.text(r, cols.ruleScore) : "";
    if (condition !== "" || points !== "") lines.push(points === "" ? condition : `${condition} ${points}`);
  }
  return lines.join("\n");
}

/**
 * Walks a form table's rows from its first body row: items (with their group labels), then the
 * total, grade and coefficient rows, remarks and grade texts, until the signature block, a run of
 * blank rows or the limit after the total. Each row is read once.
 */
export function readBody(sheet: Sheet, first: number, cols: FormColumns, limit: number): Body {
  const items: Body["items"] = [];
  const written: (WrittenWeight | null)[] = [];
  const groups: Group[] = [];
  const cells: Body["cells"] = {};
  const tables: FoundTables = {};
  let current: SectionLabel | null = null;
  let blank = 0;
  let totalRow = -1;
  let end = first - 1;
  for (let r = first; r < limit; r++) {
    if (totalRow >= 0 && r - totalRow > AFTER_TOTAL) break;
    if (sheet.hiddenRow(r)) continue;
    const label = labelCell(sheet, r, cols.from, cols.to);
    if (!label) {
      if (++blank >= BLANK_RUN && items.length > 0 && totalRow < 0) break;
      continue;
    }
    blank = 0;
    const kind: RowKind | null = rowKind(label.key);
    if (kind === "signature") break;
    if (kind === "total" || kind === "grade" || kind === "coefficient") {
      if (cols.score >= 0 && !cells[kind]) cells[kind] = cellAddress(sheet, r, cols.score);
      if (kind === "total") totalRow = r;
      end = r;
      continue;
    }
    const found = textTable(label.key, r, label.column);
    if (found) {
      const anchor = sheet.areaAt(r, label.column);
      const cell = anchor ? address(anchor.top, anchor.left) : address(r, label.column);
      if (found.gradeTable && !tables.gradeTable) tables.gradeTable = { cell };
      if (found.coefficientTable && !tables.coefficientTable) tables.coefficientTable = { cell };
      end = r;
      continue;
    }
    if (totalRow >= 0) {
      if (isFormHeaderRow(sheet, r)) break;
      const inCells = cellTable(sheet, r, cols.from, cols.to);
      if (inCells && !tables.gradeTable) tables.gradeTable = inCells;
      continue;
    }
    if (kind === "remark") {
      end = r;
      continue;
    }
    const name = sheet.text(r, cols.item);
    if (name === "" || spansFromLeft(sheet, r, cols.item)) {
      const section = readSectionLabel(label.text);
      if (spansFromLeft(sheet, r, cols.item) && (section.weight !== null || section.adjustment))
        current = section;
      continue;
    }
    end = r;
    const itemArea = sheet.areaAt(r, cols.item);
    // An item merged over several rows with its weight merged alike is a rule matrix block, one band
    // a row; a merged name alone simply repeats for items of their own.
    const weightArea = cols.weight >= 0 ? sheet.areaAt(r, cols.weight) : undefined;
    const block =
      itemArea !== undefined &&
      itemArea.bottom > r &&
      weightArea !== undefined &&
      weightArea.top === r &&
      weightArea.bottom === itemArea.bottom;
    const lastRow = block ? itemArea.bottom : r;
    const ruleText =
      cols.rule < 0 ? "" : block ? blockRuleText(sheet, r, lastRow, cols) : sheet.text(r, cols.rule);
    const labelled = groupLabel(sheet, r, cols, current);
    const group = labelled?.adjustment ? labelled : (ownAdjustment(sheet, r, cols) ?? labelled);
    const adjustment = group?.adjustment ?? false;
    written.push(adjustment || cols.weight < 0 ? null : readWeight(sheet, r, cols.weight));
    // built key by key (no object spread): this runs once per item row of every sheet
    const item: Body["items"][number] = block
      ? { row: r + 1, lastRow: lastRow + 1, name, section: null, weight: null, rule: null, ruleText }
      : { row: r + 1, name, section: null, weight: null, rule: null, ruleText };
    item.rule = ruleOf(ruleText);
    items.push(item);
    const last = groups[groups.length - 1];
    const entry = {
      row: r + 1,
      lastRow: lastRow + 1,
      weight: null as number | null,
      index: items.length - 1,
    };
    if (group && last && last.label.name === group.name && last.label.adjustment === group.adjustment)
      last.items.push(entry);
    else if (group) groups.push({ label: group, items: [entry] });
    if (block) r = lastRow;
  }
  const points = toPoints(written);
  items.forEach((item, i) => (item.weight = points[i] ?? null));
  for (const g of groups) for (const entry of g.items) entry.weight = items[entry.index]?.weight ?? null;
  return { items, groups, cells, tables, end };
}
