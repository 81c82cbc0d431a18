import { kindOf } from "../engine/kind";
import { parseRule } from "../engine/parseRule";
import { address, columnLetter } from "./a1";
import type { Evidence, Indicator, RosterTable } from "./layout";
import { assignColumns, columnLetters, headerText } from "./columns";
import { cellTable, tableHead, textTable } from "./gradeTable";
import { repeatsRow, type HeaderRow } from "./header";
import { isWeightColumnOf, RULE_ROW, WEIGHT_ROW } from "./roles";
import type { Sheet } from "./sheet";
import { STATISTIC } from "./totals";
import { readWeight, toPoints, type WrittenWeight } from "./weight";
import { parseQuantity } from "../engine/quantity";
import type { Issue } from "../engine/issue";
import { evaluatorColumns, weighFromNote } from "./evaluators";
import { parameterTable } from "./parameters";
import { rowKind } from "./totals";

export const ROSTER_ROLES = [
  "name",
  "position",
  "department",
  "period",
  "total",
  "grade",
  "coefficient",
  "base",
  "pay",
  "remark",
] as const;
// A column added to the total outside the weights (extra, 加减分, 奖惩).
const ADJUSTMENT_COLUMN = /^(extra|bonus|adjustment|加减分|加减分项|奖惩|奖罚|加扣分)$/;
// People rows read for the usual value of a per-person weight column.
const WEIGHT_PROBE = 200;

/** The weight most people carry in a per-person weight column (the one the sheet gives). */
function usualWeight(sheet: Sheet, from: number, to: number, column: number): WrittenWeight | null {
  const counts = new Map<number, { weight: WrittenWeight; n: number }>();
  let best: { weight: WrittenWeight; n: number } | undefined;
  for (let r = from; r < to; r++) {
    const w = readWeight(sheet, r, column);
    if (!w) continue;
    const entry = counts.get(w.value) ?? { weight: w, n: 0 };
    entry.n++;
    counts.set(w.value, entry);
    if (!best || entry.n > best.n) best = entry;
  }
  return best?.weight ?? null;
}

// A notes line merged across under the people (`微信公众号绩效说明：…`).
const NOTES = /说明|^notes?|^remarks?/;
// Rows after the people still read for a grade table.
export const AFTER_PEOPLE = 15;

/** Header words of a column that scores, whatever it holds (是 / 无 / 扣5分 / 缺勤2天). */
const SCORES =
  /否决|扣分|加分|加减|违纪|违规|考勤|缺勤|迟到|投诉|奖惩|奖罚|差错|事故|veto|penalt|deduct|bonus|attendance/i;
// A name is short: a longer text in the name column is a note or a footer line.
const LONGEST_NAME = 24;

/** Whether a text in the name column under the people is a line of the sheet rather than a person:
 * a sum-up row (平均, 合计), a label with its value (制表人：张三, 注：…), a signature line, a grade text
 * or a sentence. */
export function notAPerson(sheet: Sheet, row: number, column: number, name: string): boolean {
  if (STATISTIC.test(name) || /[:：]/.test(name) || name.length > LONGEST_NAME) return true;
  const key = sheet.key(row, column);
  return rowKind(key) === "signature" || textTable(key, row, column) !== null;
}

// Rows probed to tell a computed column (分差 = 上级评分 − 自评得分) from an indicator.
const DERIVED_PROBE = 20;

/** Whether every filled cell of a column in [from, to) holds a formula: a figure computed from
 * other columns, not an indicator's input. A column without values is not derived. */
function derived(sheet: Sheet, from: number, to: number, column: number): boolean {
  let filled = 0;
  for (let r = from; r < to; r++) {
    if (sheet.text(r, column) === "") continue;
    if (sheet.grid.formulas[`${r},${column}`] === undefined) return false;
    filled++;
  }
  return filled > 0;
}

/** A roster's weight and rule rows right under its header (权重, 评分标准, or a row of weights
 * adding up to 100), labelled in one of `labels` (its first or name column), and the row its
 * people start on. */
/** Rows named for a message: the first five, and how many more. */
function rowList(rows: readonly number[]): string {
  return rows.length <= 5 ? rows.join("、") : `${rows.slice(0, 5).join("、")}…(+${rows.length - 5})`;
}

export function leadRows(
  sheet: Sheet,
  from: number,
  limit: number,
  labels: readonly number[],
  indicators: readonly { column: number }[],
): { weightRow: number; ruleRow: number; first: number } {
  let weightRow = -1;
  let ruleRow = -1;
  let r = from;
  for (; r < limit && r < from + 3; r++) {
    const label = labels.map((c) => sheet.key(r, c)).find((k) => k !== "") ?? "";
    if (WEIGHT_ROW.test(label) || (label === "" && weightsRow(sheet, r, indicators))) weightRow = r;
    else if (RULE_ROW.test(label)) ruleRow = r;
    else break;
  }
  return { weightRow, ruleRow, first: r };
}

/** Whether a row under the header gives the indicators' weights without a label: a weight under
 * every indicator, adding up to 100 (or 1). */
function weightsRow(sheet: Sheet, row: number, indicators: readonly { column: number }[]): boolean {
  if (indicators.length < 2) return false;
  const weights = indicators.map((o) => readWeight(sheet, row, o.column));
  if (weights.some((w) => w === null)) return false;
  const points = toPoints(weights);
  return Math.abs(points.reduce<number>((s, p) => s + (p ?? 0), 0) - 100) <= 0.5;
}

// An indicator's weight written in its header: `销售额(50%)`, `毛利率（30分）`, `回款率（权重0.4）`.
const HEADER_WEIGHT =
  /[(（]\s*(?:权重|權重|占比|佔比|weight)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*([%％]|分|pts?|points?)?\s*[)）]\s*$/i;

// Or on the header's last line, after a line break (`代码质量\n(规范、缺陷)\n40%`): a share or points.
const LINE_WEIGHT = /[\r\n]\s*(\d+(?:\.\d+)?)\s*([%％]|分)\s*$/;

/** The weights written in the indicators' headers, when every indicator has one and they add up
 * to 100 (or 1): otherwise none, a bracket is then only an annotation. Shares written with % on
 * every indicator of a roster with no rules (项目交付(50%) | 代码质量(40%)) are its weights whatever
 * they add up to: scoring asks about a sum other than 100. */
function headerWeights(headers: readonly string[], ruled: boolean): WrittenWeight[] | null {
  if (headers.length < 2) return null;
  let shares = 0;
  const weights = headers.map((h): WrittenWeight | null => {
    const m = HEADER_WEIGHT.exec(h) ?? LINE_WEIGHT.exec(h);
    if (!m) return null;
    const value = Number(m[1]);
    if (m[2] === "%" || m[2] === "％") shares++;
    return { value, fraction: m[2] === undefined && value > 0 && value <= 1 };
  });
  if (weights.some((w) => w === null)) return null;
  const points = toPoints(weights);
  const whole = Math.abs(points.reduce<number>((sum, p) => sum + (p ?? 0), 0) - 100) <= 0.5;
  return whole || (!ruled && shares === headers.length) ? (weights as WrittenWeight[]) : null;
}

// People rows probed to tell an attribute column (门店, 工号) from an indicator.
const ATTRIBUTE_PROBE = 20;

/** Whether a column's people cells hold text only (一店, 二店): an attribute of the person, not an
 * indicator's result, where it has no weight and no rule of its own. */
function textOnly(sheet: Sheet, from: number, to: number, column: number): boolean {
  let filled = 0;
  for (let r = from; r < to; r++) {
    const value = sheet.grid.values[r]?.[column];
    if (value === null || value === undefined || value === "") continue;
    if (typeof value !== "string" || parseQuantity(value).ok) return false;
    filled++;
  }
  return filled > 0;
}

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
): { table: RosterTable; end: number; evidence: Evidence[]; doubts: Issue[] } {
  const { from, to } = header.segments[0] ?? { from: 0, to: sheet.grid.columns - 1 };
  const columns = assignColumns(sheet, header.row, header.rows, from, to, "roster");
  // a name column without a header (nameless roster): the first column
  if (!columns.byRole.has("name") && sheet.text(header.row, from) === "")
    columns.byRole.set("name", { role: "name", confidence: 0.6, synonym: "", column: from, header: "" });
  const nameColumn = columns.byRole.get("name")?.column ?? from;
  const first = header.row + header.rows;
  const candidates = columns.others.filter(
    (o) => o.column > nameColumn && !derived(sheet, first, Math.min(limit, first + DERIVED_PROBE), o.column),
  );
  // per-person weight columns (`quality | quality_p`): the weight of the indicator on their left
  const weightOf = new Map<number, number>();
  for (const o of candidates) {
    const next = candidates.find((x) => x.column === o.column + 1);
    if (next && isWeightColumnOf(sheet.key(header.row, next.column), sheet.key(header.row, o.column)))
      weightOf.set(o.column, next.column);
  }
  const weightColumns = new Set(weightOf.values());
  let indicatorColumns = candidates.filter((o) => !weightColumns.has(o.column));
  const lead = leadRows(sheet, header.row + header.rows, limit, [from, nameColumn], indicatorColumns);
  let r = lead.first;
  let weightRow = lead.weightRow;
  const ruleRow = lead.ruleRow;
  // where the indicators carry a weight or rule row, a text column with neither is the person's
  if (weightRow >= 0 || ruleRow >= 0) {
    const probe = Math.min(limit, r + ATTRIBUTE_PROBE);
    indicatorColumns = indicatorColumns.filter(
      (o) =>
        (ruleRow >= 0 && sheet.text(ruleRow, o.column) !== "") ||
        (weightRow >= 0 && readWeight(sheet, weightRow, o.column) !== null) ||
        SCORES.test(o.header) ||
        !textOnly(sheet, r, probe, o.column),
    );
  }
  // where the indicators' headers carry their weights, a text column with none is the person's (职级
  // P5), unless its header names something that scores (否决项, 违纪扣分, 考勤) or a figure stands in it
  // anywhere down the roster: it stays, and the roster asks how it counts
  const weighted = (o: { header: string }) => HEADER_WEIGHT.test(o.header) || LINE_WEIGHT.test(o.header);
  if (weightRow < 0 && ruleRow < 0 && indicatorColumns.some(weighted))
    indicatorColumns = indicatorColumns.filter(
      (o) => weighted(o) || SCORES.test(o.header) || !textOnly(sheet, r, limit, o.column),
    );
  const parameters = parameterTable(sheet, header.row, from, indicatorColumns);
  if (weightRow < 0 && parameters?.weightRow !== undefined) weightRow = parameters.weightRow;
  // a 加减分 column beside the weighted ones carries no weight of its own
  const adjusts = (o: { column: number }) => ADJUSTMENT_COLUMN.test(sheet.key(header.row, o.column));
  const weighed = indicatorColumns.filter((o) => !adjusts(o));
  const fromHeaders =
    weightRow < 0 && !parameters?.weights && weightOf.size === 0
      ? headerWeights(
          weighed.map((o) => o.header),
          ruleRow >= 0,
        )
      : null;
  const inHeaders = fromHeaders && new Map(weighed.map((o, i) => [o.column, fromHeaders[i] ?? null]));
  const weights = toPoints(
    indicatorColumns.map((o) => {
      if (inHeaders) return inHeaders.get(o.column) ?? null;
      if (weightRow >= 0) return readWeight(sheet, weightRow, o.column);
      if (parameters?.weights) return parameters.weights.get(o.column) ?? null;
      const column = weightOf.get(o.column);
      return column === undefined ? null : usualWeight(sheet, r, Math.min(limit, r + WEIGHT_PROBE), column);
    }),
  );
  const indicators: Indicator[] = indicatorColumns.map((o, i) => {
    const ruleText = ruleRow >= 0 ? sheet.text(ruleRow, o.column) : "";
    const parsed = ruleText === "" ? null : parseRule(ruleText);
    const indicator: Indicator = {
      column: columnLetter(o.column),
      name: o.header,
      weight: weights[i] ?? null,
      rule: parsed?.ok ? { kind: kindOf(parsed.rule) } : null,
    };
    const weightColumn = weightOf.get(o.column);
    if (weightColumn !== undefined) indicator.weightColumn = columnLetter(weightColumn);
    if (adjusts(o)) {
      indicator.weight = null;
      indicator.adjustment = true;
    }
    if (ruleText !== "") indicator.ruleText = ruleText;
    const own = parameters?.byColumn.get(o.column);
    if (own) indicator.parameters = own;
    const { groupText } = headerText(sheet, header.row, header.rows, o.column);
    if (groupText !== "" && groupText !== o.header) indicator.group = groupText;
    return indicator;
  });
  const people: RosterTable["people"] = [];
  let end = r - 1;
  let gradeTable: RosterTable["gradeTable"];
  let notes: string | undefined;
  const nameHeader =
    sheet.text(header.row + header.rows - 1, nameColumn) || sheet.text(header.row, nameColumn);
  // People hidden by hand or by a filter: not scored, and asked about (their old figures stay).
  const hidden: number[] = [];
  for (; r < limit; r++) {
    if (sheet.hiddenRow(r)) {
      const name = sheet.text(r, nameColumn);
      if (name !== "" && name !== nameHeader && !notAPerson(sheet, r, nameColumn, name)) hidden.push(r + 1);
      continue;
    }
    const name = sheet.text(r, nameColumn);
    // a header again: the same one at a page break (the roster goes on under it), or another
    // table's (a second group with its own indicators), which ends this roster
    if (nameHeader !== "" && name === nameHeader) {
      if (repeatsRow(sheet, header.row + header.rows - 1, r)) continue;
      break;
    }
    // a grade table under the people, after a gap (等级 | 分数 | 系数, or 等级 / 分数 / 系数 rows
    // running across), ends them
    if (
      r > end + 1 &&
      tableHead(sheet.key(r, from)) !== null &&
      (cellTable(sheet, r, from, to) !== null || tableHead(sheet.key(r + 1, from)) !== null)
    )
      break;
    const area = sheet.areaAt(r, nameColumn);
    // a line merged across the sheet (制表人、审核、日期 …) is a footer, not a person
    if (name !== "" && !(area && area.right > area.left) && !notAPerson(sheet, r, nameColumn, name)) {
      people.push({ row: r + 1, name });
      end = r;
      continue;
    }
    if (r - end > AFTER_PEOPLE) break;
    const first = sheet.text(r, from);
    if (first !== "") {
      const anchor = sheet.areaAt(r, from);
      if (!notes && anchor && anchor.right > anchor.left && NOTES.test(sheet.key(r, from)))
        notes = address(anchor.top, anchor.left);
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
    ...(parameters ? { parameterTable: { range: parameters.range } } : {}),
    indicators,
    people,
    ...(gradeTable ? { gradeTable } : {}),
    ...(notes ? { notes: { cell: notes } } : {}),
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
  if (parameters)
    evidence.push({
      path: `${path}.parameterTable`,
      confidence: 0.8,
      reason: { code: "layout.parameters", params: { range: parameters.range } },
    });
  if (gradeTable)
    evidence.push({
      path: `${path}.gradeTable`,
      confidence: 0.8,
      reason: {
        code: "layout.gradeTable",
        params: { cell: "cell" in gradeTable ? gradeTable.cell : gradeTable.range },
      },
    });
  // several evaluators scoring each person (自评 | 上级评分) with no stated weights: ask
  // (a column the roster reads as its total, 上级评分 with no 总分 beside it, is that total)
  const roles = new Set(
    [...columns.byRole.values()].filter((m) => m.role !== "ignored").map((m) => m.column),
  );
  const evaluators = evaluatorColumns(sheet, header, from, to).filter(
    (e) => e.column > nameColumn && !roles.has(e.column),
  );
  if (evaluators.length >= 2) {
    weighFromNote(sheet, evaluators, header.row, end);
    table.evaluators = evaluators.map((e) => ({
      column: columnLetter(e.column),
      label: e.label,
      weight: e.weight,
    }));
  }
  const doubts: Issue[] = [];
  if (evaluators.length >= 2 && evaluators.some((e) => e.weight === null))
    doubts.push({
      code: "layout.evaluatorWeights",
      params: { evaluators: evaluators.map((e) => e.label).join("、") },
    });
  // a summary whose totals are typed in (no indicators, a total column) has nothing to score but is read sure
  if (indicators.length === 0 && evaluators.length < 2 && people.length > 0 && !columns.byRole.has("total"))
    doubts.push({ code: "layout.noInput", params: {} });
  const hiddenPeople = hidden.filter((row) => row <= end + 1);
  if (people.length > 0 && hiddenPeople.length > 0)
    doubts.push({ code: "layout.hiddenPeople", params: { rows: rowList(hiddenPeople) } });
  return { table, end, evidence, doubts };
}
