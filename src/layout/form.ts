import { columnLetter } from "./grid";
import type { Evidence, FormTable } from "./layout";
import { assignColumns, columnLetters, type Columns } from "./columns";
import type { HeaderRow } from "./header";
import { readBody, type FormColumns } from "./items";
import { buildSections } from "./sections";
import type { Sheet } from "./sheet";

const FORM_ROLES = [
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
] as const;

function columnOf(columns: Columns, role: Parameters<Columns["byRole"]["get"]>[0]): number {
  return columns.byRole.get(role)?.column ?? -1;
}

/**
 * One form table (one person's items) from its header row and column range: columns, sections,
 * items, total / grade / coefficient cells and the grade table. Returns the table, its last row
 * and the evidence for what was recognised.
 */
export function readFormTable(
  sheet: Sheet,
  header: HeaderRow,
  segment: { from: number; to: number },
  limit: number,
  path: string,
): { table: FormTable; end: number; evidence: Evidence[] } {
  const columns = assignColumns(sheet, header.row, header.rows, segment.from, segment.to, "form");
  const cols: FormColumns = {
    from: segment.from,
    to: segment.to,
    item: columnOf(columns, "item"),
    category: columnOf(columns, "category"),
    weight: columnOf(columns, "weight"),
    definition: columnOf(columns, "definition"),
    rule: columnOf(columns, "rule"),
    ruleScore: columnOf(columns, "ruleScore"),
    score: columnOf(columns, "score"),
  };
  const body = readBody(sheet, header.row + header.rows, cols, limit);
  const sections = buildSections(body.groups);
  for (const item of body.items) {
    const section = sections.find((s) => item.row >= s.firstRow && item.row <= s.lastRow);
    item.section = section ? section.name : null;
    if (section?.adjustment) item.weight = null;
  }
  // Built key by key in the contract's order: object spreads of optional keys cost far more here,
  // where 200 sheets of a workbook are read in a row.
  const table: FormTable = { headerRow: header.row + 1, columns: {}, sections, items: [] };
  if (header.rows > 1) table.headerRows = header.rows;
  table.columns = columnLetters(columns, FORM_ROLES);
  if (columns.levels.size > 0) {
    const levelColumns: Record<string, string> = {};
    for (const [c, name] of columns.levels) levelColumns[columnLetter(c)] = name;
    table.levelColumns = levelColumns;
  }
  if (cols.ruleScore >= 0 && body.items.some((i) => i.lastRow !== undefined))
    table.ruleScoreColumn = columnLetter(cols.ruleScore);
  table.sections = sections;
  table.items = body.items;
  if (body.cells.total) table.total = { cell: body.cells.total };
  if (body.cells.grade) table.grade = { cell: body.cells.grade };
  if (body.cells.coefficient) table.coefficient = { cell: body.cells.coefficient };
  if (body.tables.gradeTable) table.gradeTable = body.tables.gradeTable;
  else if (body.tables.coefficientTable) table.coefficientTable = body.tables.coefficientTable;
  const evidence: Evidence[] = [
    {
      path,
      confidence: header.confidence,
      reason: {
        code: "layout.headerRow",
        params: { row: header.row + 1, roles: [...columns.byRole.keys()].join("、") },
      },
    },
    ...[...columns.byRole.values()].map((m) => ({
      path: `${path}.columns.${m.role}`,
      confidence: m.confidence,
      reason: {
        code: "layout.column" as const,
        params: { column: columnLetter(m.column), header: m.header, role: m.role },
      },
    })),
    ...body.items.map((item, i) => ({
      path: `${path}.items.${i}`,
      confidence: item.rule ? 0.9 : 0.6,
      reason: { code: "layout.item" as const, params: { row: item.row, name: item.name } },
    })),
  ];
  return { table, end: body.end, evidence };
}
