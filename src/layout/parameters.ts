import { parseQuantity } from "../engine/quantity";
import { address } from "./a1";
import type { Indicator } from "./layout";
import { matchKey, type Sheet } from "./sheet";
import { readWeight, type WrittenWeight } from "./weight";

/**
 * Parameter tables above a roster: each indicator's limits (最高值 / 合格值 / 最低值), its direction
 * (正向 / 负向) and maybe its weight, in rows aligned with the roster's indicator columns or in one
 * row per indicator under a header naming the fields.
 */

type Parameters = NonNullable<Indicator["parameters"]>;

interface ParameterTable {
  range: string;
  byColumn: Map<number, Parameters>;
  /** Aligned rows: the row giving the weights. */
  weightRow?: number;
  /** One row per indicator: each indicator's weight, by its column. */
  weights?: Map<number, WrittenWeight | null>;
}
type ParameterField = "highest" | "pass" | "lowest" | "direction" | "weight";

// The rows (or columns) of a parameter table: 最高值 / 合格值 / 最低值 / 方向, and 权重.
const PARAMETER_LABELS: readonly (readonly [RegExp, ParameterField])[] = [
  [/^(最高值|挑战值|满分值|封顶值|上限值?|highest|max(imum)?)$/, "highest"],
  [/^(合格值|达标值|基准值|目标值|pass(ing)?|target)$/, "pass"],
  [/^(最低值|底线值|门槛值|下限值?|lowest|min(imum)?)$/, "lowest"],
  [/^(方向|指标方向|指标性质|正负向|正向\/负向|direction)$/, "direction"],
  [/^(权重|考核权重|权重占比|weight)$/, "weight"],
];
const HIGHER = /正向|越高越好|越大越好|higher|positive/i;
const LOWER = /负向|反向|越低越好|越小越好|lower|negative/i;
// Rows above a roster's header looked through for its parameter table.
const PARAMETER_ROWS = 10;

export function parameterField(key: string): ParameterField | undefined {
  return PARAMETER_LABELS.find(([pattern]) => pattern.test(key))?.[1];
}

/** A parameter cell as the engine reads it: 120% → 1.2, 150万 → 1500000; null for anything else. */
function parameterValue(sheet: Sheet, row: number, column: number): number | null {
  const v = sheet.grid.values[row]?.[column];
  if (typeof v === "number") return v;
  if (typeof v !== "string" || v.trim() === "") return null;
  const q = parseQuantity(v.trim());
  return q.ok ? q.quantity.value : null;
}

function setParameter(
  into: Parameters,
  field: Exclude<ParameterField, "weight">,
  sheet: Sheet,
  row: number,
  column: number,
): void {
  if (field === "direction") {
    const text = sheet.text(row, column);
    if (HIGHER.test(text)) into.direction = "higher";
    else if (LOWER.test(text)) into.direction = "lower";
    return;
  }
  const value = parameterValue(sheet, row, column);
  if (value !== null) into[field] = value;
}

/**
 * A parameter table above a roster, giving each indicator its limits (最高值 / 合格值 / 最低值,
 * 正向 / 负向) and maybe its weight: rows aligned with the indicator columns (a label left of
 * them), or one row per indicator under a header naming the fields, matched by the indicator's name.
 */
export function parameterTable(
  sheet: Sheet,
  headerRow: number,
  from: number,
  indicators: readonly { column: number; header: string }[],
): ParameterTable | null {
  if (indicators.length === 0) return null;
  const top = Math.max(0, headerRow - PARAMETER_ROWS);
  const byColumn = new Map<number, Parameters>();
  const firstIndicator = (indicators[0] as { column: number }).column;
  const last = (indicators[indicators.length - 1] as { column: number }).column;
  // aligned rows: a label left of the indicator columns
  let first = -1;
  let bottom = -1;
  let weightRow: number | undefined;
  for (let r = top; r < headerRow; r++) {
    let field: ParameterField | undefined;
    for (let c = from; c < firstIndicator && !field; c++) field = parameterField(sheet.key(r, c));
    if (!field) continue;
    if (first < 0) first = r;
    bottom = r;
    if (field === "weight") {
      weightRow = r;
      continue;
    }
    for (const o of indicators) {
      const own = byColumn.get(o.column) ?? {};
      setParameter(own, field, sheet, r, o.column);
      byColumn.set(o.column, own);
    }
  }
  if (byColumn.size > 0) {
    const named = first > 0 && indicators.every((o) => sheet.key(first - 1, o.column) === matchKey(o.header));
    const range = `${address(named ? first - 1 : first, from)}:${address(bottom, last)}`;
    return weightRow === undefined ? { range, byColumn } : { range, byColumn, weightRow };
  }
  // one row per indicator: a header row naming the fields
  for (let r = top; r < headerRow; r++) {
    const width = sheet.grid.values[r]?.length ?? 0;
    const fields = new Map<number, ParameterField>();
    for (let c = 0; c < width; c++) {
      const field = parameterField(sheet.key(r, c));
      if (field) fields.set(c, field);
    }
    if (fields.size < 2 || ![...fields.values()].some((f) => f !== "weight")) continue;
    const nameColumn = Math.min(...fields.keys()) - 1;
    if (nameColumn < 0) continue;
    let end = r;
    const weights = new Map<number, WrittenWeight | null>();
    for (let row = r + 1; row < headerRow && sheet.text(row, nameColumn) !== ""; row++) {
      const o = indicators.find((i) => matchKey(i.header) === sheet.key(row, nameColumn));
      if (!o) continue;
      end = row;
      const own = byColumn.get(o.column) ?? {};
      for (const [c, field] of fields)
        if (field === "weight") weights.set(o.column, readWeight(sheet, row, c));
        else setParameter(own, field, sheet, row, c);
      byColumn.set(o.column, own);
    }
    if (byColumn.size === 0) continue;
    const right = Math.max(...fields.keys());
    const range = `${address(r, nameColumn)}:${address(end, right)}`;
    return weights.size > 0 ? { range, byColumn, weights } : { range, byColumn };
  }
  return null;
}

/** How many cells of a row name parameter fields (最高值, 合格值, 最低值, 方向): a parameter table's
 * header names several, a form's header none. */
export function parameterFields(sheet: Sheet, row: number): number {
  const width = sheet.grid.values[row]?.length ?? 0;
  let n = 0;
  for (let c = 0; c < width; c++) {
    const field = parameterField(sheet.key(row, c));
    if (field && field !== "weight") n++;
  }
  return n;
}
