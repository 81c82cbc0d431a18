import { kindOf } from "../engine/kind";
import { parseQuantity } from "../engine/quantity";
import { parseRule } from "../engine/parseRule";
import { clean } from "../engine/precision";
import { address, columnLetter } from "./a1";
import { formulaAt, valueAt } from "./grid";
import type { Item } from "./layout";
import {
  ADJUSTMENT_SECTION,
  isAdjustmentText,
  readSectionLabel,
  type Group,
  type SectionLabel,
} from "./sections";
import type { Sheet } from "./sheet";
import { GRADE_VALUE, kindAfterTotal, rowKind, SUBTOTAL, type RowKind } from "./totals";
import { readWeight, toPoints, type WrittenWeight } from "./weight";
import { POINTS_OR_RANGE } from "./levels";
import { textTable, cellTable, tableHead, type FoundTables } from "./gradeTable";
import { isFormHeaderRow } from "./header";
import { WEIGHT_ROW_LABEL } from "./evaluators";
import { matchRole } from "./roles";

/** Rows under the items whose value cell sits in the score column. */
export type ValueRow = "total" | "grade" | "coefficient" | "base" | "pay";

/** The columns of one form table, 0-based; -1 where the table has none. */
export interface FormColumns {
  from: number;
  to: number;
  item: number;
  category: number;
  weight: number;
  /** A weight column merged over each group's rows: the group's (section's) weight. */
  sectionWeight: number;
  definition: number;
  rule: number;
  ruleScore: number;
  score: number;
  /** The last column of the rule's header when it is merged across several (levels written as
   * description | points pairs under one 评分标准); the rule column itself otherwise. */
  ruleTo: number;
  /** Grade-named level columns whose points come from a level score row (等级得分), if any. */
  levels: readonly number[];
  /** The header's first row and row count: the header repeated at a page break is skipped. */
  headerRow: number;
  headerRows: number;
}

export interface Body {
  items: (Item & { adjustment?: boolean })[];
  groups: Group[];
  cells: Partial<Record<ValueRow, string>>;
  /** The label text of the row each of those cells was read from (合计, 考核等级 …). */
  cellLabels: Partial<Record<ValueRow, string>>;
  tables: FoundTables;
  /** The last row that belongs to the table (0-based). */
  end: number;
  /** The total row (0-based), or -1. */
  totalRow: number;
  /** The row giving the level columns' points (0-based), or -1. */
  levelScoreRow: number;
  /** Rows where the header repeats inside the table (a page break), 1-based. */
  repeatedHeaders: number[];
  /** Rows under the total that score something of their own (扣分项 with its rule and count, 否决项),
   * 1-based: whether they count towards the total the sheet grades is not said. */
  afterTotal: number[];
  /** Hidden rows among the items that score something (a rule and something entered), 1-based. */
  hiddenScoring: number[];
}

// The row of points under grade-named level columns.
const LEVEL_SCORE_ROW =
  /^(等级得分|等级分值|等级分数|对应得分|对应分值|得分|分值|分数|分值范围|分数区间|分值区间|评分区间|得分范围|points|score|scorerange)$/;

/** Whether a row label names the levels' points, in one language or two (`分數 Points`). */
function levelScoreLabel(key: string): boolean {
  if (LEVEL_SCORE_ROW.test(key)) return true;
  const chinese = key.replace(/[a-z]+/g, "");
  const english = key.replace(/[^a-z]+/g, "");
  return chinese !== "" && english !== "" && LEVEL_SCORE_ROW.test(chinese) && LEVEL_SCORE_ROW.test(english);
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
    if (text !== "") {
      const label = readSectionLabel(text);
      if (label.weight !== null || cols.sectionWeight < 0) return label;
      const written = readWeight(sheet, row, cols.sectionWeight);
      const weight = written ? (toPoints([written])[0] ?? null) : null;
      return { ...label, weight };
    }
  }
  return current;
}

// An item named as added both ways (`特殊贡献及失误（加减分项）`); 加分项 or 减分项 alone is not.
const ITEM_ADJUSTMENT = /加减分|直接加减|奖惩|奖罚/;

/** An item row that says itself it adds outside the weights: `加减分` in its weight cell, or an
 * adjustment word in its definition (`特殊贡献&重大失误(总分直接加减)`) or its name. Item names such
 * as 加分项 alone do not: they are counted items in some sheets. */
function ownAdjustment(sheet: Sheet, row: number, cols: FormColumns): SectionLabel | null {
  const adjustment = { name: ADJUSTMENT_SECTION, weight: null, adjustment: true };
  for (const c of [cols.weight, cols.definition]) {
    if (c < 0) continue;
    const text = sheet.text(row, c);
    if (text !== "" && isAdjustmentText(text)) return adjustment;
  }
  return ITEM_ADJUSTMENT.test(sheet.text(row, cols.item)) ? adjustment : null;
}

// A cell reference as a whole term of a sum: `+F6` in `SUMPRODUCT(D2:D4,F2:F4)+F6`.
const ADDED_TERM = /(?:^|\+)\s*\$?([A-Z]{1,3})\$?(\d+)\s*(?=$|\+)/g;

/**
 * What a group's 小计 formula says: items whose score it adds as a whole term (`+F6`) count
 * unweighted (adjustments inside the section), and a formula elsewhere on the group's first row
 * that takes a percent of the subtotal (`=F7*20%`) gives the section's weight.
 */
function readSubtotal(
  sheet: Sheet,
  group: Group,
  items: Body["items"],
  cols: FormColumns,
  points: (number | null)[],
): void {
  const subtotal = group.subtotal;
  if (!subtotal) return;
  const formula = (subtotal.formula ?? "").replace(/^=/, "");
  const score = cols.score >= 0 ? columnLetter(cols.score) : "";
  for (const m of formula.matchAll(ADDED_TERM)) {
    if (m[1] !== score) continue;
    const entry = group.items.find((i) => i.row === Number(m[2]));
    const item = entry ? items[entry.index] : undefined;
    if (!entry || !item) continue;
    item.adjustment = true;
    points[entry.index] = null;
  }
  const first = group.items[0];
  if (!first) return;
  const ref = subtotal.cell.replace(/([A-Z]+)(\d+)/, "\\$?$1\\$?$2");
  const share = new RegExp(`^=?${ref}\\s*\\*\\s*(\\d+(?:\\.\\d+)?)\\s*(%?)$`);
  for (let c = cols.from; c <= cols.to; c++) {
    const m = share.exec(sheet.grid.formulas[`${first.row - 1},${c}`] ?? "");
    if (!m) continue;
    group.formulaWeight = m[2] === "%" ? Number(m[1]) : clean(Number(m[1]) * 100);
    group.weightColumn = c;
    return;
  }
}

/** Whether a cell right of a row's label and left of the score column names the total row. */
function totalLabelAfter(sheet: Sheet, row: number, label: number, cols: FormColumns): boolean {
  for (let c = label + 1; c < cols.score; c++) {
    const area = sheet.areaAt(row, c);
    if (area && area.left !== c) continue;
    if (rowKind(sheet.key(row, c)) === "total") return true;
  }
  return false;
}

/** A grade written on the total row itself (`月度综合绩效得分 | 乙等 | 7.60分`): its cell. */
function gradeBeside(sheet: Sheet, row: number, label: number, cols: FormColumns): string | null {
  const labelArea = sheet.areaAt(row, label);
  for (let c = (labelArea ? labelArea.right : label) + 1; c <= cols.to; c++) {
    if (c === cols.score) continue;
    const area = sheet.areaAt(row, c);
    if (area && area.left !== c) continue;
    if (GRADE_VALUE.test(sheet.text(row, c))) return cellAddress(sheet, row, c);
  }
  return null;
}

function ruleOf(text: string): Item["rule"] {
  if (text === "") return null;
  const parsed = parseRule(text);
  return parsed.ok ? { kind: kindOf(parsed.rule) } : null;
}

/** A rule matrix block: the item merged over rows, one band a row → `condition points` lines. */
function blockRuleText(sheet: Sheet, top: number, bottom: number, cols: FormColumns): string {
  const lines: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const condition = sheet.text(r, cols.rule);
    // a points cell merged into the condition's cell holds no points of its own
    const merged =
      cols.ruleScore >= 0 &&
      sheet.areaAt(r, cols.ruleScore)?.left !== undefined &&
      (sheet.areaAt(r, cols.ruleScore)?.left ?? cols.ruleScore) <= cols.rule;
    const points = cols.ruleScore >= 0 && !merged ? sheet.text(r, cols.ruleScore) : "";
    if (condition !== "" || points !== "") lines.push(points === "" ? condition : `${condition} ${points}`);
  }
  return lines.join("\n");
}

/**
 * A rule spread across the columns under a merged rule header, as description | points pairs:
 * `description points`, one level a line; null when the row holds one text across them (a record).
 */
function spanRuleText(sheet: Sheet, row: number, cols: FormColumns): string | null {
  const cells: string[] = [];
  for (let c = cols.rule; c <= cols.ruleTo; c++) {
    const area = sheet.areaAt(row, c);
    if (area && area.left !== c) continue;
    const text = sheet.text(row, c);
    if (text !== "") cells.push(text);
  }
  if (cells.length < 2) return null;
  const lines: string[] = [];
  for (const text of cells) {
    const last = lines.length - 1;
    if (/^\d+(\.\d+)?$/.test(text) && last >= 0 && !/\s\d+(\.\d+)?$/.test(lines[last] as string))
      lines[last] = `${lines[last] as string} ${text}`;
    else lines.push(text);
  }
  return lines.join("\n");
}

/** The name of the item above for a row with no name but a weight and a rule of its own, right
 * under that item (its name written once, not merged); "" otherwise. */
function continuedName(sheet: Sheet, row: number, cols: FormColumns, items: readonly Item[]): string {
  const last = items[items.length - 1];
  if (!last || (last.lastRow ?? last.row) !== row || cols.weight < 0) return "";
  if (sheet.areaAt(row, cols.item) || !ownRule(sheet, row, cols)) return "";
  return readWeight(sheet, row, cols.weight) === null ? "" : last.name;
}

/** Whether a row has a rule text of its own in the rule column: not a label or a remark merged
 * over it and the columns beside it. */
function ownRule(sheet: Sheet, row: number, cols: FormColumns): boolean {
  if (cols.rule < 0 || sheet.text(row, cols.rule) === "") return false;
  // a label in the rule column (考核总分 | | 考核等级 | ) names a value, it is no rule
  if (VALUE_KINDS.has(rowKind(sheet.key(row, cols.rule)) as RowKind)) return false;
  const area = sheet.areaAt(row, cols.rule);
  return !area || (area.left === cols.rule && area.right <= Math.max(cols.rule, cols.ruleTo));
}

/** Whether a row repeats the table's header (a page break): the same texts over the same columns. */
function repeatsHeader(sheet: Sheet, row: number, cols: FormColumns): boolean {
  let same = 0;
  for (let c = cols.from; c <= cols.to; c++) {
    const header = sheet.key(cols.headerRow, c);
    if (sheet.key(row, c) !== header) return false;
    if (header !== "") same++;
  }
  return same >= 2;
}

/** A hidden row that would score: its own rule and a figure entered right of it (a count, 95%, 3);
 * a remark (已停用) enters nothing. */
function scoresHidden(sheet: Sheet, row: number, cols: FormColumns): boolean {
  return (
    ownRule(sheet, row, cols) &&
    rightOfRule(cols, (c) => {
      if (c === cols.weight || c === cols.sectionWeight) return false;
      const v = valueAt(sheet.grid, row, c);
      return typeof v === "number" || (typeof v === "string" && v.trim() !== "" && parseQuantity(v).ok);
    })
  );
}

/** Whether a row under the total scores something of its own: a rule of its own and something
 * entered right of it (a count, 是); a rule with nothing entered adds nothing. */
function scoresOwn(sheet: Sheet, row: number, cols: FormColumns): boolean {
  if (!ownRule(sheet, row, cols) || signatureRow(sheet, row, cols.from, cols.to)) return false;
  // a grade table's row running across (分数 | ≥90 | 80-89 …) scores nothing of its own
  if (tableHead(sheet.key(row, cols.from)) !== null) return false;
  return rightOfRule(cols, (c) => sheet.text(row, c) !== "");
}

/** Whether any column right of the rule's (where a row's entries stand) holds what `entered` asks. */
function rightOfRule(cols: FormColumns, entered: (column: number) => boolean): boolean {
  for (let c = Math.max(cols.rule, cols.ruleTo) + 1; c <= cols.to; c++) if (entered(c)) return true;
  return false;
}

/** Whether any cell of a row between two columns is a signature line (签字, Signature …). */
function signatureRow(sheet: Sheet, row: number, from: number, to: number): boolean {
  const values = sheet.grid.values[row] ?? [];
  for (let c = from; c <= Math.min(to, values.length - 1); c++) {
    const v = values[c];
    // only short texts with a signing word in them are read (签字, 簽名, Signature)
    if (
      typeof v === "string" &&
      v.length < 24 &&
      /[签簽]|sign/i.test(v) &&
      rowKind(sheet.key(row, c)) === "signature"
    )
      return true;
  }
  return false;
}

/** Whether an item cell is merged across the table: a heading or a notes line, not an item. */
function acrossTable(sheet: Sheet, row: number, cols: FormColumns): boolean {
  const area = sheet.areaAt(row, cols.item);
  if (!area || area.right <= area.left) return false;
  const last = Math.max(cols.weight, cols.rule, cols.score, cols.definition);
  return last > cols.item && area.right >= last;
}

/**
 * The cell a total (or grade) label's value is written in: the score column's cell, unless the
 * label sits mid-row with room to write in right after it (`合计 | [C19:D19] | 等级 | [F19:G19]`)
 * or the table has no score column (`Total score | [C9:G9]`).
 */
function valueCell(sheet: Sheet, row: number, label: number, cols: FormColumns): string | null {
  const labelArea = sheet.areaAt(row, label);
  const next = (labelArea ? labelArea.right : label) + 1;
  const scoreFilled =
    cols.score >= 0 &&
    (sheet.text(row, cols.score) !== "" || formulaAt(sheet.grid, row, cols.score) !== undefined);
  if (cols.score >= 0 && (next >= cols.score || scoreFilled)) return cellAddress(sheet, row, cols.score);
  if (next > cols.to) return cols.score >= 0 ? cellAddress(sheet, row, cols.score) : null;
  const room = sheet.areaAt(row, next);
  const roomy = room !== undefined && room.right > room.left && sheet.text(row, next) === "";
  if (roomy) return cellAddress(sheet, row, next);
  // without a score column only room merged to write in is the total's cell
  return cols.score >= 0 ? cellAddress(sheet, row, cols.score) : null;
}

/**
 * Labels and their values in pairs along one row (`考核总分 | 85 | 考核等级 | B`): each label's value
 * is the one cell between it and the next label, blank or filled; null where the row is not laid
 * out so (a label with no cell of its own before the next).
 */
function pairedCell(
  sheet: Sheet,
  row: number,
  label: number,
  labels: readonly { column: number }[],
): string | null {
  const area = sheet.areaAt(row, label);
  const next = (area ? area.right : label) + 1;
  const following = labels.find((l) => l.column > label)?.column;
  const cell = sheet.areaAt(row, next);
  const right = cell ? cell.right : next;
  if (following !== undefined && right !== following - 1) return null;
  if (following === undefined && labels.some((l) => l.column < label)) {
    const first = labels[0]?.column ?? label;
    const firstArea = sheet.areaAt(row, first);
    // the last pair has the same shape as the first one: a label, then one cell
    if ((firstArea ? firstArea.right : first) + 1 !== (labels[1]?.column ?? -1) - 1) return null;
  }
  return cellAddress(sheet, row, next);
}

/** The first number typed right of a label within the form (`绩效工资基数 | 5000`): the base is
 * read where HR typed it, not in the score column the add-in writes. */
function typedBeside(sheet: Sheet, row: number, label: number, cols: FormColumns): string | null {
  const area = sheet.areaAt(row, label);
  for (let c = (area ? area.right : label) + 1; c <= cols.to; c++)
    if (typeof valueAt(sheet.grid, row, c) === "number") return cellAddress(sheet, row, c);
  return null;
}

const VALUE_KINDS: ReadonlySet<RowKind> = new Set(["total", "grade", "coefficient", "base", "pay"]);

/**
 * The value labels of a row (total, grade …): its first cell, else its item column's cell
 * (`考评得分 | 合计 | …`), and on a total row a grade label further right (`合计 | … | 等级 | …`).
 */
function valueLabels(
  sheet: Sheet,
  row: number,
  first: number,
  cols: FormColumns,
  closed: boolean,
): { kind: RowKind; column: number }[] {
  const at = (c: number): RowKind | null => {
    const kind = (closed ? kindAfterTotal : rowKind)(sheet.key(row, c));
    return kind !== null && VALUE_KINDS.has(kind) ? kind : null;
  };
  const column =
    at(first) !== null ? first : !closed && cols.item > first && at(cols.item) !== null ? cols.item : -1;
  if (column < 0) return [];
  const out = [{ kind: at(column) as RowKind, column }];
  if (out[0]?.kind !== "total") return out;
  const area = sheet.areaAt(row, column);
  for (let c = (area ? area.right : column) + 1; c <= cols.to; c++) {
    if (c === cols.score) continue;
    const cell = sheet.areaAt(row, c);
    if (cell && cell.left !== c) continue;
    if (at(c) === "grade") return [...out, { kind: "grade", column: c }];
  }
  return out;
}

/** Whether a row holds text in its label cell only, among the table's visible columns. */
function aloneInRow(sheet: Sheet, row: number, column: number, cols: FormColumns): boolean {
  const area = sheet.areaAt(row, column);
  const right = area ? area.right : column;
  for (let c = cols.from; c <= cols.to; c++)
    if ((c < column || c > right) && !sheet.hiddenColumn(c) && sheet.text(row, c) !== "") return false;
  return true;
}

// A group's number before its name (1, 2 …) and the numbers of the items under it (1.1, 1.2 …).
const GROUP_NUMBER = /^\d+[.．、]?$/;

/**
 * A row naming the group of the items numbered under it (`1 | 业绩指标` over `1.1 | 营业额完成率`):
 * its number, then its name in the item column, nothing else on the row; the row under it
 * numbered as the group's first child. A lone name not so numbered may be an item not filled in.
 */
function numberedGroupRow(sheet: Sheet, row: number, label: number, cols: FormColumns): boolean {
  if (label >= cols.item) return false;
  const number = sheet.text(row, label).trim();
  if (!GROUP_NUMBER.test(number)) return false;
  for (let c = cols.from; c <= cols.to; c++)
    if (c !== label && c !== cols.item && !sheet.hiddenColumn(c) && sheet.text(row, c) !== "") return false;
  if (sheet.text(row, cols.item) === "") return false;
  const child = sheet.text(row + 1, label).trim();
  return child.startsWith(`${number.replace(/[.．、]$/, "")}.`);
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
  const cellLabels: Body["cellLabels"] = {};
  const tables: FoundTables = {};
  let current: SectionLabel | null = null;
  let blank = 0;
  let inNote = false;
  let totalRow = -1;
  let levelScoreRow = -1;
  const repeatedHeaders: number[] = [];
  const afterTotal: number[] = [];
  const hiddenScoring: number[] = [];
  let end = first - 1;
  for (let r = first; r < limit; r++) {
    // the total row, or a level score row, closes the items
    // a level score row under the items closes them too; one above them (a range row) does not
    const closed =
      totalRow >= 0 ? totalRow : levelScoreRow >= (items[0]?.row ?? Infinity) ? levelScoreRow : -1;
    if (closed >= 0 && r - closed > AFTER_TOTAL) break;
    if (sheet.hiddenRow(r)) {
      // hidden by hand or by a filter: left out, and asked about where it scores something
      if (totalRow < 0 && scoresHidden(sheet, r, cols)) hiddenScoring.push(r + 1);
      continue;
    }
    const label = labelCell(sheet, r, cols.from, cols.to);
    if (!label) {
      if (++blank >= BLANK_RUN && items.length > 0 && totalRow < 0) break;
      continue;
    }
    const afterGap = blank > 0;
    blank = 0;
    // an item named like a total, a remark or a signature line (Total revenue, 合计差错次数, 说明书…,
    // 电子签名覆盖率) has a rule of its own beside its name, or a weight and a rule of its own
    const named =
      ownRule(sheet, r, cols) &&
      (label.column === cols.item || (cols.weight >= 0 && readWeight(sheet, r, cols.weight) !== null));
    let kind: RowKind | null = named ? null : (totalRow >= 0 ? kindAfterTotal : rowKind)(label.key);
    if (kind === "signature") break;
    const labels = named ? [] : valueLabels(sheet, r, label.column, cols, totalRow >= 0);
    if (labels.length > 0) kind = labels[0]?.kind ?? null;
    // 等级 | 分数 under the total heads a grade table in cells, not the form's grade row
    const legend = totalRow >= 0 && kind === "grade" ? cellTable(sheet, r, cols.from, cols.to) : null;
    if (legend) {
      if (!tables.gradeTable) tables.gradeTable = legend;
      continue;
    }
    if (kind === "total" || kind === "grade" || kind === "coefficient" || kind === "base" || kind === "pay") {
      for (const f of labels) {
        if (
          f.kind !== "total" &&
          f.kind !== "grade" &&
          f.kind !== "coefficient" &&
          f.kind !== "base" &&
          f.kind !== "pay"
        )
          continue;
        if (cells[f.kind]) continue;
        const cell =
          (f.kind === "base" ? typedBeside(sheet, r, f.column, cols) : null) ??
          (labels.length > 1 ? pairedCell(sheet, r, f.column, labels) : null) ??
          valueCell(sheet, r, f.column, cols);
        if (cell === null) continue;
        cells[f.kind] = cell;
        cellLabels[f.kind] = sheet.text(r, f.column);
      }
      if (kind === "total") {
        totalRow = r;
        if (!cells.grade) {
          const grade = gradeBeside(sheet, r, label.column, cols);
          if (grade) {
            cells.grade = grade;
            cellLabels.grade = label.text;
          }
        }
      }
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
    if (closed >= 0) {
      if (isFormHeaderRow(sheet, r)) break;
      if (totalRow >= 0 && scoresOwn(sheet, r, cols)) afterTotal.push(r + 1);
      const inCells = cellTable(sheet, r, cols.from, cols.to);
      if (inCells && !tables.gradeTable) tables.gradeTable = inCells;
      continue;
    }
    if (kind === "remark") {
      end = r;
      continue;
    }
    // a line of text alone after a blank row under items that each have a weight (RATING SCALE and
    // its legend) is a note, and so are the lines alone under it: no item. Without weights a lone
    // name may be an item not filled in yet, which must hold the total back, not vanish from it.
    if (
      items.length > 0 &&
      (afterGap || inNote) &&
      written.every((w) => w !== null) &&
      aloneInRow(sheet, r, label.column, cols)
    ) {
      inNote = true;
      continue;
    }
    inNote = false;
    // a measure of its own under an item whose name is written on its first row only (not merged)
    const name = sheet.text(r, cols.item) || continuedName(sheet, r, cols, items);
    // a row of weights right under the header (评分权重 | | 20% | 80%) weighs columns, not an item
    if (items.length === 0 && r === first && WEIGHT_ROW_LABEL.test(label.key)) {
      end = r;
      continue;
    }
    // the header repeated at a page break, right after the last item: the table goes on under it
    if (totalRow < 0 && items.length > 0 && r === end + 1 && repeatsHeader(sheet, r, cols)) {
      repeatedHeaders.push(r + 1);
      r += cols.headerRows - 1;
      continue;
    }
    // the next table's header (Part Ⅲ under Part Ⅱ) ends this one
    if (
      (matchRole(label.key, "form") || (name !== "" && matchRole(sheet.key(r, cols.item), "form"))) &&
      isFormHeaderRow(sheet, r)
    )
      break;
    if (
      cols.levels.length > 0 &&
      levelScoreRow < 0 &&
      levelScoreLabel(label.key) &&
      cols.levels.every((c) => POINTS_OR_RANGE.test(sheet.text(r, c)))
    ) {
      levelScoreRow = r;
      end = r;
      continue;
    }
    if (SUBTOTAL.test(sheet.key(r, cols.item)) || SUBTOTAL.test(label.key)) {
      const group = groups[groups.length - 1];
      if (group && !group.subtotal && cols.score >= 0) {
        const cell = cellAddress(sheet, r, cols.score);
        const formula = sheet.grid.formulas[`${r},${cols.score}`];
        group.subtotal = formula === undefined ? { cell } : { cell, formula };
      }
      end = r;
      continue;
    }
    if (name === "" || spansFromLeft(sheet, r, cols.item)) {
      // a total labelled further right than the row's first cell (`目标权重之和 | … | 评分总和 | 81.05`)
      if (cols.score >= 0 && totalLabelAfter(sheet, r, label.column, cols)) {
        totalRow = r;
        end = r;
        if (!cells.total) {
          cells.total = cellAddress(sheet, r, cols.score);
          cellLabels.total = label.text;
        }
        continue;
      }
      const section = readSectionLabel(label.text);
      if (spansFromLeft(sheet, r, cols.item) && (section.weight !== null || section.adjustment))
        current = section;
      continue;
    }
    if (numberedGroupRow(sheet, r, label.column, cols)) {
      current = readSectionLabel(name);
      continue;
    }
    if (!named && signatureRow(sheet, r, cols.from, cols.to)) break;
    if (acrossTable(sheet, r, cols)) {
      // a section's name merged across from the item column, its number before it (I | Results (70%))
      const section = readSectionLabel(name);
      if (section.weight !== null || section.adjustment) current = section;
      continue;
    }
    const spanned = cols.ruleTo > cols.rule ? spanRuleText(sheet, r, cols) : undefined;
    // one text across a rule spread over description | points pairs: a record, not an item
    if (spanned === null) continue;
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
      cols.rule < 0
        ? ""
        : block
          ? blockRuleText(sheet, r, lastRow, cols)
          : (spanned ?? sheet.text(r, cols.rule));
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
  for (const g of groups) if (g.subtotal) readSubtotal(sheet, g, items, cols, points);
  if (totalRow >= 0) {
    // the total of a sheet that weighs its sections in a column of their own (`=F7*20%`) is that
    // column's sum on the total row
    const weighed = groups.find((g) => g.formulaWeight !== undefined && g.weightColumn !== undefined);
    const column = weighed?.weightColumn;
    if (column !== undefined && sheet.grid.formulas[`${totalRow},${column}`] !== undefined)
      cells.total = cellAddress(sheet, totalRow, column);
  }
  items.forEach((item, i) => (item.weight = points[i] ?? null));
  for (const g of groups) for (const entry of g.items) entry.weight = items[entry.index]?.weight ?? null;
  return {
    items,
    groups,
    cells,
    cellLabels,
    tables,
    end,
    totalRow,
    levelScoreRow,
    repeatedHeaders,
    afterTotal,
    hiddenScoring,
  };
}
