import type { Issue } from "../engine/issue";
import { kindOf } from "../engine/kind";
import { parseRule } from "../engine/parseRule";
import { columnLetter } from "./a1";
import type { ColumnRole, Evidence, Indicator, RosterTable } from "./layout";
import { assignColumns, columnLetters } from "./columns";
import { personColumns, type HeaderRow } from "./header";
import type { Sheet } from "./sheet";
import { rowKind } from "./totals";
import { readWeight, toPoints } from "./weight";

/**
 * A roster transposed: indicators in rows (name, weight, rule in the columns on the left), one
 * column per person headed by their name, and rows under the indicators for each person's total,
 * grade, coefficient. The layout keeps the roster's keys: `people[].column`, `indicators[].row`, and
 * `rows` for the per-person rows where an ordinary roster has columns.
 */

const LABEL_ROLES: readonly ColumnRole[] = ["item", "weight", "target", "rule", "definition", "remark"];
const PERSON_ROWS: readonly ColumnRole[] = ["total", "grade", "coefficient", "base", "pay"];
// Blank rows that end the indicators.
const BLANK_RUN = 2;

export function readTransposed(
  sheet: Sheet,
  header: HeaderRow,
  limit: number,
  path: string,
): { table: RosterTable; end: number; evidence: Evidence[]; doubts: Issue[] } {
  const width = Math.max(sheet.grid.columns, sheet.grid.values[header.row]?.length ?? 0);
  const columns = assignColumns(sheet, header.row, 1, 0, width - 1, "form");
  const item = columns.byRole.get("item")?.column ?? header.segments[0]?.from ?? 0;
  const roles = [...columns.byRole.values()].map((m) => ({
    column: m.column,
    role: m.role,
    confidence: m.confidence,
  }));
  // under a 姓名 / 主播 corner cell the indicators' names stand in its column
  if (roles.length === 0) roles.push({ column: item, role: "item", confidence: 0.6 });
  const people = personColumns(sheet, header.row, roles, width);
  const weight = columns.byRole.get("weight")?.column;
  const rule = columns.byRole.get("rule")?.column;
  const found: { row: number; name: string }[] = [];
  const rows: Partial<Record<ColumnRole, number>> = {};
  let end = header.row;
  let blank = 0;
  for (let r = header.row + 1; r < limit; r++) {
    if (sheet.hiddenRow(r)) continue;
    const name = sheet.text(r, item);
    if (name === "") {
      if (++blank >= BLANK_RUN) break;
      continue;
    }
    blank = 0;
    const kind = rowKind(sheet.key(r, item));
    if (kind && (PERSON_ROWS as readonly string[]).includes(kind)) {
      rows[kind as ColumnRole] ??= r + 1;
      end = r;
      continue;
    }
    // a line merged across the sheet (a grade text, notes) ends the roster
    const area = sheet.areaAt(r, item);
    if (area && area.right > area.left) break;
    if (Object.keys(rows).length > 0) break;
    found.push({ row: r, name });
    end = r;
  }
  const weights = toPoints(
    found.map((f) => (weight === undefined ? null : readWeight(sheet, f.row, weight))),
  );
  const indicators: Indicator[] = found.map((f, i) => {
    const ruleText = rule === undefined ? "" : sheet.text(f.row, rule);
    const parsed = ruleText === "" ? null : parseRule(ruleText);
    const indicator: Indicator = {
      column: columnLetter(item),
      row: f.row + 1,
      name: f.name,
      weight: weights[i] ?? null,
      rule: parsed?.ok ? { kind: kindOf(parsed.rule) } : null,
    };
    if (ruleText !== "") indicator.ruleText = ruleText;
    return indicator;
  });
  const table: RosterTable = {
    headerRow: header.row + 1,
    transposed: true,
    columns: columnLetters(columns, LABEL_ROLES),
    rows,
    indicators,
    people: people.map((c) => ({
      row: header.row + 1,
      column: columnLetter(c),
      name: sheet.text(header.row, c),
    })),
  };
  const evidence: Evidence[] = [
    {
      path,
      confidence: header.confidence,
      reason: { code: "layout.transposed", params: { row: header.row + 1, people: people.length } },
    },
  ];
  return {
    table,
    end,
    evidence,
    doubts: indicators.length === 0 ? [{ code: "layout.noInput", params: {} }] : [],
  };
}
