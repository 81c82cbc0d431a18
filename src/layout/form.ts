import { kindOf } from "../engine/kind";
import { parseRule } from "../engine/parseRule";
import { clean } from "../engine/precision";
import { address, columnLetter } from "./a1";
import { percentAt } from "./grid";
import { ColumnRole, type Evidence, type FormTable } from "./layout";
import { assignColumns, columnLetters, headerText, settleGroupColumns, type Columns } from "./columns";
import type { HeaderRow } from "./header";
import { readBody, type FormColumns } from "./items";
import { lookupRules } from "./ruleTable";
import { buildSections } from "./sections";
import type { Sheet } from "./sheet";

// The roles a form table reports, in the contract's order: the schema's roles up to 备注.
const FORM_ROLES = ColumnRole.options.slice(0, ColumnRole.options.indexOf("remark") + 1);

function columnOf(columns: Columns, role: Parameters<Columns["byRole"]["get"]>[0]): number {
  return columns.byRole.get(role)?.column ?? -1;
}

// Columns named after grades (甲级 | 乙级 | 丙级 | 丁级, A | B | C): at least this many side by side.
const GRADE_HEADER = /^([甲乙丙丁戊][级等]?|[a-e][+-]?级?|优秀|良好|合格|不合格)$/i;
const MIN_GRADE_COLUMNS = 3;

/** Grade-named columns side by side without a rule column: each holds the item's condition for
 * that grade (a rule spread over the row), and a row such as 等级得分 gives their points. */
function gradeColumns(columns: Columns): [number, string][] {
  let run: [number, string][] = [];
  let best: [number, string][] = [];
  for (const o of columns.others) {
    if (!GRADE_HEADER.test(o.header.replace(/\s+/g, ""))) {
      run = [];
      continue;
    }
    const last = run[run.length - 1];
    if (last && last[0] !== o.column - 1) run = [];
    run.push([o.column, o.header]);
    if (run.length > best.length) best = [...run];
  }
  return best.length >= MIN_GRADE_COLUMNS ? best : [];
}

/**
 * Level columns read across the header: named on the upper header row (`out standing | strong+ | …`)
 * with their points right under them on the second (`5 | 4 | …`), at least MIN_GRADE_COLUMNS side by
 * side. Their points row is that second header row.
 */
function pointedLevelColumns(sheet: Sheet, header: HeaderRow, columns: Columns): [number, string][] {
  if (header.rows !== 2) return [];
  let run: [number, string][] = [];
  let best: [number, string][] = [];
  for (const o of columns.others) {
    const { text, groupText } = headerText(sheet, header.row, header.rows, o.column);
    const last = run[run.length - 1];
    if (!/^\d+(\.\d+)?$/.test(text) || groupText.trim() === "" || (last && last[0] !== o.column - 1))
      run = [];
    if (/^\d+(\.\d+)?$/.test(text) && groupText.trim() !== "") run.push([o.column, groupText.trim()]);
    if (run.length > best.length) best = [...run];
  }
  return best.length >= MIN_GRADE_COLUMNS ? best : [];
}

/** A weight column the header leaves blank: right of the item, its first body cell a percent. */
function blankWeightColumn(sheet: Sheet, header: HeaderRow, columns: Columns, to: number): number {
  const item = columns.byRole.get("item");
  if (!item || columns.byRole.has("weight")) return -1;
  const body = header.row + header.rows;
  const taken = new Set([...columns.byRole.values()].map((m) => m.column));
  for (let c = item.column + 1; c <= to; c++) {
    if (taken.has(c)) return -1;
    if (sheet.hiddenColumn(c) || headerText(sheet, header.row, header.rows, c).text !== "") continue;
    const v = sheet.grid.values[body]?.[c];
    if (typeof v === "number" && percentAt(sheet.grid, body, c)) return c;
  }
  return -1;
}

/** Each item's rule from its grade cells and the level score row: `condition points`, one grade a line. */
function joinLevelRules(sheet: Sheet, body: ReturnType<typeof readBody>, levels: readonly number[]): void {
  for (const item of body.items) {
    const lines: string[] = [];
    for (const c of levels) {
      const condition = sheet.text(item.row - 1, c);
      const points = sheet.text(body.levelScoreRow, c);
      if (condition !== "") lines.push(points === "" ? condition : `${condition} ${points}`);
    }
    item.ruleText = lines.join("\n");
    const parsed = item.ruleText === "" ? null : parseRule(item.ruleText);
    // conditions the parser does not read (judged descriptions) still pick a level's points
    const pointed =
      lines.length === levels.length &&
      levels.every((c) => typeof sheet.grid.values[body.levelScoreRow]?.[c] === "number");
    item.rule = parsed?.ok
      ? { kind: kindOf(parsed.rule) }
      : pointed && lines.length > 0
        ? { kind: "levels" }
        : null;
  }
}

/**
 * Score columns of a table that names none: the columns right of every named role, headed by the
 * evaluatees (大师姐队 | 新疆小表哥队), each summed on the total row.
 */
function evaluateeColumns(
  sheet: Sheet,
  columns: Columns,
  totalRow: number,
): { column: number; header: string }[] {
  if (totalRow < 0) return [];
  const last = Math.max(...[...columns.byRole.values()].map((m) => m.column));
  return columns.others.filter((o) => {
    if (o.column <= last) return false;
    const v = sheet.grid.values[totalRow]?.[o.column];
    return typeof v === "number" || sheet.grid.formulas[`${totalRow},${o.column}`] !== undefined;
  });
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
  const sectionWeight = settleGroupColumns(sheet, columns, header.row + header.rows);
  const gradeLevels = columns.levels.size === 0 && columns.byRole.get("rule") === undefined;
  if (gradeLevels) for (const [c, name] of gradeColumns(columns)) columns.levels.set(c, name);
  // levels named on the header with their points on its second row
  const pointed = gradeLevels && columns.levels.size === 0 ? pointedLevelColumns(sheet, header, columns) : [];
  for (const [c, name] of pointed) columns.levels.set(c, name);
  const blankWeight = blankWeightColumn(sheet, header, columns, segment.to);
  if (blankWeight >= 0)
    columns.byRole.set("weight", {
      role: "weight",
      confidence: 0.5,
      synonym: "",
      column: blankWeight,
      header: "",
    });
  const cols: FormColumns = {
    from: segment.from,
    to: segment.to,
    item: columnOf(columns, "item"),
    category: columnOf(columns, "category"),
    weight: columnOf(columns, "weight"),
    sectionWeight,
    definition: columnOf(columns, "definition"),
    rule: columnOf(columns, "rule"),
    ruleScore: columnOf(columns, "ruleScore"),
    score: columnOf(columns, "score"),
    levels: gradeLevels ? [...columns.levels.keys()] : [],
  };
  const body = readBody(sheet, header.row + header.rows, cols, limit);
  if (pointed.length > 0) body.levelScoreRow = header.row + 1;
  if (body.levelScoreRow >= 0) joinLevelRules(sheet, body, cols.levels);
  const ruleTable = lookupRules(sheet, body.items, cols.rule);
  const scoreColumns = cols.score < 0 ? evaluateeColumns(sheet, columns, body.totalRow) : [];
  if (scoreColumns.length > 0) {
    const first = scoreColumns[0] as { column: number; header: string };
    columns.byRole.set("score", { role: "score", confidence: 0.6, synonym: "", ...first });
    body.cells.total = address(body.totalRow, first.column);
    body.cellLabels.total = sheet.text(body.totalRow, cols.from);
  }
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
  if (scoreColumns.length > 1) table.scoreColumns = scoreColumns.map((c) => columnLetter(c.column));
  if (body.levelScoreRow >= 0) table.levelScoreRow = body.levelScoreRow + 1;
  if (ruleTable) table.ruleTable = ruleTable;
  if (cols.ruleScore >= 0 && body.items.some((i) => i.lastRow !== undefined))
    table.ruleScoreColumn = columnLetter(cols.ruleScore);
  table.sections = sections;
  table.items = body.items;
  if (body.cells.total) table.total = { cell: body.cells.total };
  if (body.cells.grade) table.grade = { cell: body.cells.grade };
  if (body.cells.coefficient) table.coefficient = { cell: body.cells.coefficient };
  if (body.cells.pay) table.pay = { cell: body.cells.pay };
  if (body.cells.base) table.payBase = { cell: body.cells.base };
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
    ...sections.map((section, i) => ({
      path: `${path}.sections.${i}`,
      confidence: section.weight !== null || section.adjustment ? 0.9 : 0.7,
      reason: {
        code: "layout.section" as const,
        params: {
          label: section.name,
          weight: section.weight === null ? "—" : `${clean(section.weight * 100)}%`,
        },
      },
    })),
    ...(["total", "grade", "coefficient", "pay", "payBase"] as const).flatMap((role) =>
      table[role]
        ? [
            {
              path: `${path}.${role}`,
              confidence: 0.9,
              reason: {
                code: "layout.totalRow" as const,
                params: { label: body.cellLabels[role === "payBase" ? "base" : role] ?? "", role },
              },
            },
          ]
        : [],
    ),
    ...(["gradeTable", "coefficientTable"] as const).flatMap((key) => {
      const found = table[key];
      if (!found) return [];
      const cell = "cell" in found ? found.cell : found.range;
      return [
        {
          path: `${path}.${key}`,
          confidence: 0.8,
          reason: { code: "layout.gradeTable" as const, params: { cell } },
        },
      ];
    }),
    ...body.items.map((item, i) => ({
      path: `${path}.items.${i}`,
      confidence: item.rule ? 0.9 : 0.6,
      reason: { code: "layout.item" as const, params: { row: item.row, name: item.name } },
    })),
  ];
  return { table, end: body.end, evidence };
}
