import type { Issue } from "../engine/issue";
import { address, columnIndex, parseAddress } from "./a1";
import type { Grid } from "./grid";
import {
  SURE,
  type Evidence,
  type FormTable,
  type HeaderBlock,
  type Layout,
  type Reading,
  type RosterTable,
  type SheetLayout,
} from "./layout";
import { findHeaderRow, type HeaderRow } from "./header";
import { findHeaderFields, toHeaderBlock, type FoundField } from "./headerBlock";
import { readFormTable } from "./form";
import { readRoster } from "./roster";
import { readTransposed } from "./transposed";
import { findGradeTables, readableGradeText, sheetGradeTable, type Rect } from "./gradeTable";
import { prepareSheet, type Sheet } from "./sheet";

export interface Recognition {
  layout: Layout;
  /** Confidence and reason of each recognised thing; paths point into `layout`. */
  evidence: Evidence[];
  /** How sure the reading of each sheet and table is, and why. */
  readings: Reading[];
}

type Table = FormTable | RosterTable;

function isEmpty(grid: Grid): boolean {
  return !grid.values.some((row) => row?.some((v) => v !== null && v !== undefined && v !== ""));
}

/**
 * Header fields of the tables on one header row: a field found above every table side by side
 * belongs to each table (its own appraisee); the others, and all fields of a single table, to the sheet.
 */
function splitHeaderFields(perTable: FoundField[][]): { sheet: HeaderBlock; tables: HeaderBlock[] } {
  if (perTable.length === 1) return { sheet: toHeaderBlock(perTable[0] ?? []), tables: [{}] };
  const everywhere = (f: FoundField) => perTable.every((fields) => fields.some((g) => g.field === f.field));
  const shared = perTable.flat().filter((f) => !everywhere(f));
  return {
    sheet: toHeaderBlock(shared),
    tables: perTable.map((fields) => toHeaderBlock(fields.filter(everywhere))),
  };
}

/** One table as read, before the sheet settles persons, grade tables and doubts. */
interface Read {
  table: Table;
  header: HeaderRow;
  rect: Rect;
  doubts: Issue[];
}

/** The rightmost column a form table uses (its roles, levels, evaluators), within its segment:
 * cells right of it (a rating scale beside the form) are outside the table. */
function usedRight(table: FormTable, to: number): number {
  let right = -1;
  const use = (letters: string | undefined): void => {
    if (letters !== undefined) right = Math.max(right, columnIndex(letters));
  };
  for (const letters of Object.values(table.columns)) use(letters);
  for (const letters of Object.keys(table.levelColumns ?? {})) use(letters);
  for (const e of table.evaluators ?? []) use(e.resultColumn ?? e.column);
  for (const letters of table.scoreColumns ?? []) use(letters);
  return right < 0 ? to : Math.min(to, right);
}

/** The last row a form's reading uses (its items, sections' subtotals, total, grade, coefficient
 * and pay cells), 0-based; its body's end may run on over blank rows to what stands under it (a
 * grade table in the same columns), which is looked through for grade tables. */
function usedBottom(table: FormTable, end: number): number {
  // the layout's rows are 1-based, as Excel shows them; parseAddress gives 0-based ones
  const rowOf = (cell: { cell: string } | undefined): number =>
    cell ? (parseAddress(cell.cell)?.row ?? -1) + 1 : 0;
  const rows = [
    table.headerRow,
    ...table.items.map((i) => i.lastRow ?? i.row ?? 0),
    ...table.sections.map((s) => (s.subtotal ? rowOf(s.subtotal) : s.lastRow)),
    ...[table.total, table.grade, table.coefficient, table.pay, table.payBase].map(rowOf),
  ];
  return Math.min(end, Math.max(...rows) - 1);
}

/** The reading of one table: its header's signals, less for what stands against it. */
function readingOf(path: string, read: Read): Reading {
  const { header } = read;
  const reasons: Issue[] = [
    {
      code: "layout.headerWords",
      params: { row: header.row + 1, count: Object.keys(read.table.columns).length },
    },
    { code: "layout.bodyFits", params: { percent: Math.round(header.signals.body * 100) } },
  ];
  if (header.signals.total > 0)
    reasons.push({ code: "layout.totalBelow", params: { row: totalRowOf(read.table) } });
  const doubts = [...read.doubts];
  if (header.rival !== undefined)
    doubts.push({
      code: "layout.competingHeaders",
      params: { row: header.row + 1, other: header.rival + 1 },
    });
  if (header.confidence < SURE)
    doubts.push({
      code: "layout.weakHeader",
      params: { row: header.row + 1, confidence: header.confidence },
    });
  const confidence = doubts.length > 0 ? Math.min(header.confidence, SURE - 0.01) : header.confidence;
  return {
    path,
    confidence: Math.round(confidence * 100) / 100,
    sure: doubts.length === 0,
    reasons: [...reasons, ...doubts],
  };
}

function totalRowOf(table: Table): number | string {
  const cell = table.total?.cell;
  return cell ? Number(/\d+$/.exec(cell)?.[0]) : "—";
}

/**
 * Grade tables found anywhere on the sheet (beside, above or below its tables), given to each table
 * that found none of its own: a sheet's own table always wins over the default, and a grade text
 * the engine cannot read is kept all the same, so scoring warns instead of using the default.
 */
function settleGradeTables(sheet: Sheet, reads: readonly Read[], path: string): Evidence[] {
  const own = reads.flatMap((r) => (r.table.gradeTable ? [r.table.gradeTable] : []));
  const needs = reads.filter((r) => !r.table.gradeTable && !r.table.coefficientTable);
  const evidence: Evidence[] = [];
  // the sheet is searched only when no table found a grade table of its own
  const found =
    own.length > 0 || needs.length === 0
      ? own
      : findGradeTables(
          sheet,
          reads.map((r) =>
            "items" in r.table ? { ...r.rect, bottom: usedBottom(r.table, r.rect.bottom) } : r.rect,
          ),
        );
  const pick = found[0];
  reads.forEach((r, i) => {
    if (!pick || r.table.gradeTable || r.table.coefficientTable) return;
    r.table.gradeTable = pick;
    evidence.push({
      path: `${path}.tables.${i}.gradeTable`,
      confidence: 0.7,
      reason: { code: "layout.gradeTable", params: { cell: "cell" in pick ? pick.cell : pick.range } },
    });
  });
  for (const [i, r] of reads.entries()) {
    const table = r.table.gradeTable;
    if (!table || !("cell" in table)) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(table.cell);
    const text = m ? sheet.text(Number(m[2]) - 1, columnIndex(m[1] as string)) : "";
    if (!readableGradeText(text))
      evidence.push({
        path: `${path}.tables.${i}.gradeTable`,
        confidence: 0.4,
        reason: { code: "layout.gradeTableUnreadable", params: { cell: table.cell } },
      });
  }
  return evidence;
}

/** Recognises one worksheet: its kind, tables, header block, and how sure each reading is. */
export function recognizeSheet(
  grid: Grid,
  index = 0,
): { sheet: SheetLayout; evidence: Evidence[]; readings: Reading[] } {
  const path = `sheets.${index}`;
  if (isEmpty(grid)) {
    const reason = { code: "layout.emptySheet" as const, params: {} };
    return {
      sheet: { name: grid.name, kind: "none", reason },
      evidence: [{ path, confidence: 1, reason }],
      readings: [{ path, confidence: 1, sure: true, reasons: [reason] }],
    };
  }
  const sheet: Sheet = prepareSheet(grid);
  const reads: Read[] = [];
  const evidence: Evidence[] = [];
  let header: HeaderBlock | undefined;
  // the first table of the person the next stacked table may continue
  let personTable = -1;
  let start = 0;
  for (let found = findHeaderRow(sheet, start); found; found = findHeaderRow(sheet, start)) {
    let end = found.row + found.rows;
    const at = `${path}.tables.${reads.length}`;
    if (found.shape === "roster") {
      const read = found.transposed
        ? readTransposed(sheet, found, grid.rows, at)
        : readRoster(sheet, found, grid.rows, at);
      const segment = found.segments[0] ?? { from: 0, to: grid.columns - 1 };
      reads.push({
        table: read.table,
        header: found,
        rect: { top: found.row, bottom: read.end, left: segment.from, right: segment.to },
        doubts: read.doubts,
      });
      evidence.push(...read.evidence);
      end = Math.max(end, read.end + 1);
    } else {
      const fields = found.segments.map((s) => findHeaderFields(sheet, start, found.row, s.from, s.to));
      const split = splitHeaderFields(fields);
      const ownPerson = fields.some((f) => f.some((x) => x.field === "name"));
      const stacked = reads.some((r) => "items" in r.table);
      if (!stacked) header = split.sheet;
      else if (ownPerson && found.segments.length === 1) {
        // a stacked form with a person of its own: every form of the sheet names its own person
        for (const r of reads) if ("items" in r.table && !r.table.header && header) r.table.header = header;
        header = {};
      }
      found.segments.forEach((segment, i) => {
        const read = readFormTable(sheet, found, segment, grid.rows, `${path}.tables.${reads.length}`);
        const own =
          stacked && ownPerson && found.segments.length === 1
            ? toHeaderBlock(fields[0] ?? [])
            : (split.tables[i] ?? {});
        if (Object.keys(own).length > 0) read.table.header = own;
        if (stacked && !ownPerson && found.segments.length === 1 && personTable >= 0) {
          read.table.partOf = personTable;
          evidence.push({
            path: `${path}.tables.${reads.length}.partOf`,
            confidence: 0.7,
            reason: {
              code: "layout.part",
              params: { row: found.row + 1, of: (reads[personTable]?.header.row ?? 0) + 1 },
            },
          });
        } else personTable = reads.length;
        reads.push({
          table: read.table,
          header: found,
          rect: {
            top: found.row,
            bottom: read.end,
            left: segment.from,
            right: usedRight(read.table, segment.to),
          },
          doubts: read.doubts,
        });
        evidence.push(...read.evidence);
        end = Math.max(end, read.end + 1);
      });
      for (const f of fields.flat())
        evidence.push({
          path: `${path}.header.${f.field}`,
          confidence: 0.9,
          reason: { code: "layout.headerField", params: { label: f.label, field: f.field } },
        });
    }
    start = end;
  }
  if (reads.length === 0) {
    const reason = { code: "layout.noTable" as const, params: {} };
    return {
      sheet: { name: grid.name, kind: "none", reason },
      evidence: [{ path, confidence: 0.7, reason }],
      readings: [{ path, confidence: 0.7, sure: true, reasons: [reason] }],
    };
  }
  evidence.push(...settleGradeTables(sheet, reads, path));
  const only = reads.length === 1 && "items" in (reads[0] as Read).table ? reads[0] : undefined;
  const field = only ? scoringField(sheet, only.rect) : null;
  if (only && field) only.doubts.push({ code: "layout.scoringField", params: field });
  const readings = reads.map((r, i) => readingOf(`${path}.tables.${i}`, r));
  reads.forEach((r, i) => {
    const reading = readings[i] as Reading;
    if (!reading.sure) r.table.doubt = reading.reasons.find((x) => !POSITIVE.has(x.code)) as Issue;
  });
  const tables = reads.map((r) => r.table);
  const kind = reads.some((r) => "items" in r.table) ? "form" : "roster";
  const layout: SheetLayout = { name: grid.name, kind, tables };
  if (kind === "form") {
    const below = fieldsBelow(sheet, reads, header ?? {});
    const beside = fieldsBeside(sheet, reads, { ...header, ...toHeaderBlock(below) });
    layout.header = { ...header, ...toHeaderBlock(below), ...toHeaderBlock(beside) };
    for (const f of [...below, ...beside])
      evidence.push({
        path: `${path}.header.${f.field}`,
        confidence: 0.7,
        reason: { code: "layout.headerField", params: { label: f.label, field: f.field } },
      });
  }
  const doubtful = tables.find((t) => t.doubt);
  if (doubtful?.doubt) layout.doubt = doubtful.doubt;
  const sheetConfidence = Math.min(...readings.map((r) => r.confidence));
  readings.unshift({
    path,
    confidence: sheetConfidence,
    sure: readings.every((r) => r.sure),
    reasons: readings.flatMap((r) => r.reasons.filter((x) => !POSITIVE.has(x.code))),
  });
  return { sheet: layout, evidence, readings };
}

/** A label that scores, standing outside a form's table with a value beside it (`违纪扣分 | 5`,
 * `是否一票否决 | 是` in the header block or a block beside the table): no item reads it. */
const SCORING_LABEL = /^(?:是否)?(?:一票)?(?:否决(?:项)?|违纪扣分|违规扣分|扣分|加分|奖励加分|加减分|奖惩)$/;

/** The first such label above, beside or under the table, with its value's cell; none without. */
function scoringField(sheet: Sheet, rect: Rect): { label: string; cell: string } | null {
  const rows = sheet.grid.rows;
  const columns = sheet.grid.columns;
  for (let r = 0; r < Math.min(rows, rect.bottom + 1 + BELOW_ROWS); r++) {
    for (let c = 0; c < columns; c++) {
      // the table's own cells are its items', read by them
      if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) continue;
      if (!SCORING_LABEL.test(sheet.key(r, c))) continue;
      const area = sheet.areaAt(r, c);
      const next = (area ? area.right : c) + 1;
      if (next < columns && sheet.text(r, next) !== "" && !SCORING_LABEL.test(sheet.key(r, next)))
        return { label: sheet.text(r, c), cell: address(r, next) };
    }
  }
  return null;
}

// Rows under a form searched for the person's fields when none stand above it (the signature block).
const BELOW_ROWS = 6;

/**
 * Header fields written under a form of one person, in the signature block (`被考核人： | 袁野`), for
 * the fields the sheet does not name above its table. Only a sheet of one form has one: stacked or
 * side-by-side forms name each person above their own table.
 */
function fieldsBelow(sheet: Sheet, reads: readonly Read[], above: HeaderBlock): FoundField[] {
  const only = reads.length === 1 ? reads[0] : undefined;
  if (!only || !("items" in only.table)) return [];
  const top = only.rect.bottom + 1;
  const bottom = Math.min(sheet.grid.rows, top + BELOW_ROWS);
  return findHeaderFields(sheet, top, bottom, 0, sheet.grid.columns - 1).filter(
    (f) => above[f.field] === undefined,
  );
}

/**
 * Header fields in a block right of a form of one person (`姓名 | 闫青` over `部门 | 仓储部` beside
 * the items), for the fields named neither above nor below it. The block stands apart: only what
 * lies right of a column left blank beside the table is read, never a column of the table itself.
 */
function fieldsBeside(sheet: Sheet, reads: readonly Read[], named: HeaderBlock): FoundField[] {
  const only = reads.length === 1 ? reads[0] : undefined;
  if (!only || !("items" in only.table)) return [];
  const { top, bottom, right } = only.rect;
  const blank = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) if (sheet.text(r, c) !== "") return false;
    return true;
  };
  let gap = right + 1;
  while (gap < sheet.grid.columns && !blank(gap)) gap++;
  if (gap >= sheet.grid.columns) return [];
  return findHeaderFields(sheet, top, bottom + 1, gap + 1, sheet.grid.columns - 1).filter(
    (f) => named[f.field] === undefined,
  );
}

// The reasons that speak for a reading; the others are doubts.
const POSITIVE: ReadonlySet<string> = new Set(["layout.headerWords", "layout.bodyFits", "layout.totalBelow"]);

/**
 * A form or roster with no grade or pay table of its own uses the grade table on a sheet of the
 * workbook that holds no table (`填表规则`, `考核说明`: 总分 | 绩效等级 | 系数): `{sheet, range}`, rather
 * than the add-in's defaults. Each such sheet is read once, and only when some table needs it.
 */
function gradeTablesElsewhere(grids: readonly Grid[], sheets: SheetLayout[]): Evidence[] {
  const scored = (s: SheetLayout) => s.kind === "form" || s.kind === "roster";
  const needs = (t: FormTable | RosterTable) => !t.gradeTable && !t.coefficientTable;
  if (!sheets.some((s) => scored(s) && s.tables?.some(needs))) return [];
  let found: { sheet: string; range: string } | null = null;
  for (let i = 0; i < grids.length && !found; i++) {
    const grid = grids[i] as Grid;
    if (sheets[i]?.kind !== "none" || isEmpty(grid)) continue;
    const table = sheetGradeTable(prepareSheet(grid));
    if (table) found = { sheet: grid.name, range: table.range };
  }
  if (!found) return [];
  const evidence: Evidence[] = [];
  sheets.forEach((sheet, i) =>
    sheet.tables?.forEach((table, j) => {
      if (!scored(sheet) || !needs(table) || !found) return;
      table.gradeTable = found;
      evidence.push({
        path: `sheets.${i}.tables.${j}.gradeTable`,
        confidence: 0.6,
        reason: { code: "layout.gradeTable", params: { cell: `${found.sheet}!${found.range}` } },
      });
    }),
  );
  return evidence;
}

/**
 * Recognises the layout of every worksheet of a workbook. Pure: the grids come from a host adapter.
 * @example recognize([grid]).layout.sheets[0].kind //=> "form"
 */
export function recognize(grids: readonly Grid[]): Recognition {
  const sheets: SheetLayout[] = [];
  const evidence: Evidence[] = [];
  const readings: Reading[] = [];
  grids.forEach((grid, i) => {
    const read = recognizeSheet(grid, i);
    sheets.push(read.sheet);
    evidence.push(...read.evidence);
    readings.push(...read.readings);
  });
  evidence.push(...gradeTablesElsewhere(grids, sheets));
  return { layout: { sheets }, evidence, readings };
}
