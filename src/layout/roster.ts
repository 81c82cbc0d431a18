import { parseRule } from "../engine/parseRule";
import { columnLetter } from "./grid";
import type { Evidence, Indicator, RosterTable } from "./layout";
import { assignColumns, columnLetters } from "./columns";
import { textTable } from "./gradeTable";
import type { HeaderRow } from "./header";
import type { Sheet } from "./sheet";
import { readWeight, toPoints } from "./weight";

const ROSTER_ROLES = ["name", "position", "department", "period", "total", "grade", "remark"] as const;
const WEIGHT_ROW = /^(权重|考核权重|分值|weight)$/;
const RULE_ROW = /^(评分标准|考核标准|打分标准|评分细则|scoringrule|rule)$/;
// Rows after the people still read for a grade table.
const AFTER_PEOPLE = 15;

/**
 * A roster (one row per person): name / position / total / grade columns, one indicator per other
 * column with its weight and rule from the 权重 / 评分标准 rows under the header, and the people.
 * Every row is read once, so 50,000 people cost 50,000 row reads.
 */
export function readRoster(
  sheet: Sheet,
  header: HeaderRow,
  limit: number,
  path: string,
): { table: RosterTable; end: number; evidence: Evidence[] } {
  const { from, to } = header.segments[0] ?? { from: 0, to: sheet.grid.columns - 1 };
  const columns = assignColumns(sheet, header.row, header.rows, from, to, "roster");
  const nameColumn = columns.byRole.get("name")?.column ?? from;
  const indicatorColumns = columns.others.filter((o) => o.column > nameColumn);
  let r = header.row + header.rows;
  let weightRow = -1;
  let ruleRow = -1;
  for (; r < limit && r < header.row + header.rows + 3; r++) {
    const label = sheet.key(r, from) || sheet.key(r, nameColumn);
    if (WEIGHT_ROW.test(label)) weightRow = r;
    else if (RULE_ROW.test(label)) ruleRow = r;
    else break;
  }
  const weights = toPoints(
    indicatorColumns.map((o) => (weightRow >= 0 ? readWeight(sheet, weightRow, o.column) : null)),
  );
  const indicators: Indicator[] = indicatorColumns.map((o, i) => {
    const ruleText = ruleRow >= 0 ? sheet.text(ruleRow, o.column) : "";
    const parsed = ruleText === "" ? null : parseRule(ruleText);
    return {
      column: columnLetter(o.column),
      name: o.header,
      weight: weights[i] ?? null,
      rule: parsed?.ok ? { kind: parsed.rule.kind } : null,
      ...(ruleText !== "" ? { ruleText } : {}),
    };
  });
  const people: RosterTable["people"] = [];
  let end = r - 1;
  let gradeTable: RosterTable["gradeTable"];
  for (; r < limit; r++) {
    if (sheet.hiddenRow(r)) continue;
    const name = sheet.text(r, nameColumn);
    const area = sheet.areaAt(r, nameColumn);
    // a line merged across the sheet (制表人、审核、日期 …) is a footer, not a person
    if (name !== "" && !(area && area.right > area.left)) {
      people.push({ row: r + 1, name });
      end = r;
      continue;
    }
    if (r - end > AFTER_PEOPLE) break;
    const first = sheet.text(r, from);
    if (first !== "") {
      const anchor = sheet.areaAt(r, from);
      const found = textTable(sheet.key(r, from), anchor ? anchor.top : r, anchor ? anchor.left : from);
      if (found?.gradeTable && !gradeTable) gradeTable = found.gradeTable;
    }
  }
  const table: RosterTable = {
    headerRow: header.row + 1,
    ...(header.rows > 1 ? { headerRows: header.rows } : {}),
    columns: columnLetters(columns, ROSTER_ROLES),
    ...(weightRow >= 0 ? { weightRow: weightRow + 1 } : {}),
    ...(ruleRow >= 0 ? { ruleRow: ruleRow + 1 } : {}),
    indicators,
    people,
    ...(gradeTable ? { gradeTable } : {}),
  };
  const evidence: Evidence[] = [
    {
      path,
      confidence: header.confidence,
      reason: {
        code: "layout.roster",
        params: { row: header.row + 1, roles: [...columns.byRole.keys()].join("、") },
      },
    },
  ];
  return { table, end, evidence };
}
