import { message } from "../i18n";
import type { Grid } from "./grid";
import type { Evidence, FormTable, HeaderBlock, Layout, RosterTable, SheetLayout } from "./layout";
import { findHeaderRow } from "./header";
import { findHeaderFields, toHeaderBlock, type FoundField } from "./headerBlock";
import { readFormTable } from "./form";
import { readRoster } from "./roster";
import { sheetGradeTable } from "./gradeTable";
import { prepareSheet, type Sheet } from "./sheet";

export interface Recognition {
  layout: Layout;
  /** Confidence and reason of each recognised thing; paths point into `layout`. */
  evidence: Evidence[];
}

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

/** Recognises one worksheet: its kind, tables and header block. */
export function recognizeSheet(grid: Grid, index = 0): { sheet: SheetLayout; evidence: Evidence[] } {
  const path = `sheets.${index}`;
  if (isEmpty(grid)) {
    const reason = { code: "layout.emptySheet" as const, params: {} };
    return {
      sheet: { name: grid.name, kind: "none", reason: message(reason) },
      evidence: [{ path, confidence: 1, reason }],
    };
  }
  const sheet: Sheet = prepareSheet(grid);
  const tables: (FormTable | RosterTable)[] = [];
  const evidence: Evidence[] = [];
  let header: HeaderBlock | undefined;
  let roster = false;
  let start = 0;
  for (let found = findHeaderRow(sheet, start); found; found = findHeaderRow(sheet, start)) {
    let end = found.row + found.rows;
    if (found.shape === "roster") {
      const read = readRoster(sheet, found, grid.rows, `${path}.tables.${tables.length}`);
      tables.push(read.table);
      evidence.push(...read.evidence);
      roster = true;
      end = Math.max(end, read.end + 1);
    } else {
      const fields = found.segments.map((s) => findHeaderFields(sheet, start, found.row, s.from, s.to));
      const split = splitHeaderFields(fields);
      if (header === undefined) header = split.sheet;
      found.segments.forEach((segment, i) => {
        const read = readFormTable(sheet, found, segment, grid.rows, `${path}.tables.${tables.length}`);
        const own = split.tables[i] ?? {};
        tables.push(Object.keys(own).length > 0 ? { ...read.table, header: own } : read.table);
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
  if (tables.length === 0) {
    const reason = { code: "layout.noTable" as const, params: {} };
    return {
      sheet: { name: grid.name, kind: "none", reason: message(reason) },
      evidence: [{ path, confidence: 0.7, reason }],
    };
  }
  const kind = roster && !tables.some((t) => "items" in t) ? "roster" : "form";
  const layout: SheetLayout = { name: grid.name, kind, tables };
  if (kind === "form") layout.header = header ?? {};
  return { sheet: layout, evidence };
}

/**
 * A form with no grade, grade table or pay table of its own uses the grade table on a sheet of the
 * workbook that holds no table (`填表规则`: 总分 | 绩效等级): `{sheet, range}`. Each such sheet is
 * read once, and only when some form needs it.
 */
function gradeTablesElsewhere(grids: readonly Grid[], sheets: SheetLayout[]): Evidence[] {
  const needs = (t: FormTable | RosterTable) =>
    "items" in t && !t.grade && !t.gradeTable && !t.coefficientTable && !t.coefficient;
  if (!sheets.some((s) => s.kind === "form" && s.tables?.some(needs))) return [];
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
      if (sheet.kind !== "form" || !needs(table) || !found) return;
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
  grids.forEach((grid, i) => {
    const read = recognizeSheet(grid, i);
    sheets.push(read.sheet);
    evidence.push(...read.evidence);
  });
  evidence.push(...gradeTablesElsewhere(grids, sheets));
  return { layout: { sheets }, evidence };
}
