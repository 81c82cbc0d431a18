import { EXCEL } from "../engine/excel";
import type { IssueCode, Params } from "../engine/issue";
import {
  isText,
  type ItemFacts,
  type ItemOutcome,
  type PersonAppraisal,
  type TableAppraisal,
} from "../appraisal/appraisal";
import type { RosterTable } from "../layout/layout";
import { heldBySheet, itemFormula, type FormulaMode } from "./formulas";
import { joinedDigest } from "./record";
import {
  warn,
  writeFormula,
  writeGrading,
  writeValue,
  type GradingCells,
  type SheetWrites,
} from "./sheetWrites";

/**
 * A roster's writes: each person's 总分, 等级, 系数 and 绩效工资 cells (indicator scores are
 * computed, not written anywhere). In a formula mode a total is one formula over the person's
 * indicator cells; rows that read alike share one formula but for their row number.
 */

/** A total's formula, with its digest where it was built from a template's pieces. */
type TotalFormula =
  | { ok: true; formula: string; digest?: string }
  | { ok: false; code?: IssueCode; params?: Params; said?: true };

/** A roster total built once for many rows: its pieces around the row's number, and the digest
 * of the formula a row's number gives. */
type Template = { pieces: string[]; digest: (row: string) => string };

/** Where a row's number goes in a roster total built once for many rows: no cell holds it. */
const OPEN_ROW = "\u0001";

/** Where an item's input is read in a person's total formula: its row, and that row as written. */
type RowOf = (item: ItemFacts) => { row: number; at: string };

/** A person's total as one formula over their indicator cells, each at the row `rowOf` gives. */
function formulaOf(person: PersonAppraisal, rowOf: RowOf, mode: FormulaMode): TotalFormula {
  const parts: string[] = [];
  for (let i = 0; i < person.items.length; i++) {
    const item = person.items[i] as ItemFacts;
    const f = itemFormula(item, person.outcomes[i] as ItemOutcome, rowOf(item), mode);
    if (!f.ok) return f;
    parts.push(f.body);
  }
  // No indicators, no total: a sum of nothing would write 0 where HR should be asked.
  if (parts.length === 0) return { ok: false };
  return { ok: true, formula: `=ROUND(${parts.join("+")},2)` };
}

/** A roster row's items all read on the person's row, written as `at`. */
const onRow =
  (person: PersonAppraisal, at: string): RowOf =>
  () => ({ row: person.row as number, at });

/** Excel's limit on a formula's length: longer, the total is written as the number. */
const sized = (f: TotalFormula): TotalFormula =>
  f.ok && f.formula.length > EXCEL.formulaLength ? { ok: false } : f;

/**
 * Each person's total formula. What does not change from person to person — the rules, their
 * cells, the scale — is the appraisal's, read once; rows reading the same items (the same weights)
 * and cell formats share one formula but for their row number.
 */
function rosterTotals(mode: FormulaMode): (person: PersonAppraisal) => TotalFormula {
  const ids = new Map<readonly ItemFacts[], number>();
  const templates = new Map<string, Template | null>();
  /** What a row's formula depends on besides its number; none when a cell holds text, whose
   * formula or warning is the row's own. */
  const inputsOf = (person: PersonAppraisal): string | null => {
    let id = ids.get(person.items);
    if (id === undefined) ids.set(person.items, (id = ids.size));
    let key = `${id}:`;
    for (const outcome of person.outcomes) {
      if (isText(outcome)) return null;
      key += outcome.percent ? "%" : outcome.duration ? ":" : "·";
    }
    return key;
  };
  /** The formula of rows reading these inputs, open at its row numbers, and its digest by row;
   * checked once against the formula built for the row itself, so that no text holding the
   * placeholder can mislead it. */
  const templateOf = (person: PersonAppraisal): Template | null => {
    const open = formulaOf(person, onRow(person, OPEN_ROW), mode);
    const own = formulaOf(person, onRow(person, String(person.row)), mode);
    const pieces = open.ok ? open.formula.split(OPEN_ROW) : null;
    return pieces && own.ok && pieces.join(String(person.row)) === own.formula
      ? { pieces, digest: joinedDigest(pieces) }
      : null;
  };
  return (person) => {
    const own = () => sized(formulaOf(person, onRow(person, String(person.row)), mode));
    // Rows alike share a formula: one whose input is held back has none.
    if (person.outcomes.some(heldBySheet)) return own();
    const inputs = inputsOf(person);
    if (inputs === null) return own();
    let template = templates.get(inputs);
    if (template === undefined) templates.set(inputs, (template = templateOf(person)));
    // A row without a formula says why in its own words.
    if (template === null) return own();
    const row = String(person.row);
    return sized({ ok: true, formula: template.pieces.join(row), digest: template.digest(row) });
  };
}

/** A total over the indicators of a roster with people in columns: each on its own row, in the
 * person's column. */
const transposedTotal = (person: PersonAppraisal, mode: FormulaMode): TotalFormula =>
  sized(formulaOf(person, (item) => ({ row: item.row as number, at: String(item.row) }), mode));

/** A roster with people in columns: each person's total, grade … on the rows the layout names for
 * them, in the person's column. */
function planTransposed(appraised: TableAppraisal, out: SheetWrites): void {
  const rows = (appraised.layout as RosterTable).rows ?? {};
  for (const person of appraised.people) {
    const column = person.column;
    if (column === undefined || rows.total === undefined) continue;
    const cells: GradingCells = {
      total: `${column}${rows.total}`,
      ...(rows.grade !== undefined ? { grade: `${column}${rows.grade}` } : {}),
      ...(rows.coefficient !== undefined ? { coefficient: `${column}${rows.coefficient}` } : {}),
      ...(rows.pay !== undefined ? { pay: `${column}${rows.pay}` } : {}),
      ...(rows.base !== undefined ? { base: `${column}${rows.base}` } : {}),
    };
    const f = out.mode === "values" ? null : transposedTotal(person, out.mode);
    if (f?.ok) writeFormula(out, "total", cells.total, f.formula, person.total);
    else {
      if (f?.code && f.code !== "rule.notUnderstood" && !f.said)
        warn(out, f.code, f.params ?? {}, cells.total);
      writeValue(out, "total", cells.total, person.total);
    }
    writeGrading(out, appraised.grading, person, cells, f?.ok === true);
  }
}

export function planRoster(appraised: TableAppraisal, out: SheetWrites): void {
  if (appraised.doubt) return;
  if ((appraised.layout as RosterTable).transposed) return planTransposed(appraised, out);
  const { total, grade, coefficient, pay, base } = (appraised.layout as RosterTable).columns;
  const totalOf = out.mode === "values" ? null : rosterTotals(out.mode);
  for (const person of appraised.people) {
    if (person.row === undefined) continue;
    const row = person.row;
    const cells: GradingCells = {
      total: total ? `${total}${row}` : "",
      ...(grade ? { grade: `${grade}${row}` } : {}),
      ...(coefficient ? { coefficient: `${coefficient}${row}` } : {}),
      ...(pay ? { pay: `${pay}${row}` } : {}),
      ...(base ? { base: `${base}${row}` } : {}),
    };
    // Totals typed on the sheet are its input: graded over their cells, never written.
    let totalWritten = appraised.typedTotals === true && person.total !== null;
    if (total && !appraised.typedTotals) {
      const f = totalOf?.(person) ?? null;
      if (f?.ok) {
        writeFormula(out, "total", cells.total, f.formula, person.total, f.digest);
        totalWritten = true;
      } else {
        if (f?.code && f.code !== "rule.notUnderstood" && !f.said)
          warn(out, f.code, f.params ?? {}, cells.total);
        writeValue(out, "total", cells.total, person.total);
      }
    }
    writeGrading(out, appraised.grading, person, cells, totalWritten);
  }
}
