import type { ItemFacts, TableAppraisal } from "../appraisal/appraisal";
import type { FormTable } from "../layout/layout";
import { itemFormula, runs, scaledBy, sumOf } from "./formulas";
import {
  warn,
  writeFormula,
  writeGrading,
  writeValue,
  type GradingCells,
  type SheetWrites,
} from "./sheetWrites";

/**
 * A form's writes: each item's score cell, section subtotals where the sheet has cells for them,
 * the total, and the total's grade, coefficient and pay. Formulas in a formula mode wherever every
 * item's cell holds its score; the appraisal's figures otherwise.
 */

const cellsOf = (table: FormTable, total: string): GradingCells => ({
  total,
  ...(table.grade ? { grade: table.grade.cell } : {}),
  ...(table.coefficient ? { coefficient: table.coefficient.cell } : {}),
  ...(table.pay ? { pay: table.pay.cell } : {}),
  ...(table.payBase ? { base: table.payBase.cell } : {}),
});

export function planForm(appraised: TableAppraisal, out: SheetWrites): void {
  const table = appraised.layout as FormTable;
  const person = appraised.people[0];
  const scoreColumn = table.columns.score;
  if (!person || appraised.doubt) return;
  // A form with no score column (levels ticked, a total cell only): its total is the appraisal's.
  if (!scoreColumn) {
    if (table.total) {
      writeValue(out, "total", table.total.cell, person.total);
      writeGrading(out, appraised.grading, person, cellsOf(table, table.total.cell), false);
    } else if (person.total !== null)
      // Evaluators' columns and no score column, no cell beside 合计: the figures stay in the report.
      warn(out, "patch.noTotalCell", { total: person.total, grade: person.grade ?? "—" });
    return;
  }
  const { items, outcomes } = person;
  const mode = out.mode;
  // 得分 beside 加权得分: each item's score on the sheet's scale goes in 得分 where every item is
  // scored on one (百分制 × 40%); otherwise that column is left as it is, and said.
  const raws =
    table.unweightedScore !== undefined && items.every((i) => i.scale !== undefined || i.adjustment)
      ? table.unweightedScore
      : undefined;
  if (table.unweightedScore && !raws)
    warn(out, "patch.unweightedScore", { column: table.unweightedScore, weighted: scoreColumn });
  // Formula totals only where every item's cell holds its score (a formula or a fixed value) and
  // none is 不适用 (a sum cannot hand its points on): otherwise the total is the appraisal's value.
  let complete = true;
  items.forEach((item, i) => {
    const outcome = outcomes[i];
    const row = item.row as number;
    const cell = `${item.scoreColumn ?? scoreColumn}${row}`;
    if (!outcome) return;
    // A score typed in its cell is the input: never written over. A sum of those cells is the
    // total only where each is a score out of its points and all are there.
    if (item.entry?.kind === "typed") {
      if (typeof outcome.input !== "number" || outcome.score === null || item.factor !== 1) complete = false;
      return;
    }
    // Combined or ticked scores have no formula over one input cell: their figures are written, and
    // so is the total over them (a live sum would not follow an evaluator's later change).
    const raw = raws !== undefined && !item.entry ? `${raws}${row}` : undefined;
    if (mode === "values" || outcome.notApplicable || item.entry) {
      if (!writeValue(out, "score", cell, outcome.written)) complete = false;
      if (raw) writeValue(out, "score", raw, outcome.score);
      if (outcome.notApplicable || item.entry) complete = false;
      return;
    }
    const f = itemFormula(item, outcome, { row, at: String(row) }, mode);
    if (f.ok) {
      writeFormula(out, "score", cell, f.body, outcome.written);
      if (raw) writeFormula(out, "score", raw, f.core, outcome.score);
    } else {
      if (f.code !== "rule.notUnderstood" && !f.said) warn(out, f.code, f.params, cell);
      if (!writeValue(out, "score", cell, outcome.written)) complete = false;
      if (raw) writeValue(out, "score", raw, outcome.score);
    }
  });
  // Sections: each item's points within it, as the engine's scheme counts them.
  const blocks = (list: readonly ItemFacts[]) =>
    runs(
      scoreColumn,
      // A typed score merged down its item's rows is read from its first cell, as the appraisal does.
      list.map(
        (i) =>
          [
            i.row as number,
            i.entry?.kind === "typed" ? (i.row as number) : (i.lastRow ?? (i.row as number)),
          ] as const,
      ),
    );
  const terms: string[] = [];
  const used = new Set<ItemFacts>();
  for (const section of table.sections) {
    const own = items.filter((i) => i.section === section.name && !(i.adjustment && !section.adjustment));
    own.forEach((i) => used.add(i));
    if (own.length === 0) continue;
    const weighted = section.weight !== null && !section.adjustment;
    const all = own.reduce((s, i) => s + i.points, 0);
    const outOf100 = weighted && all > 0 ? 100 / all : 1;
    const sum = sumOf(blocks(own));
    terms.push(scaledBy(sum, weighted ? outOf100 * (section.weight as number) : 1));
    if (section.subtotal) {
      const got = person.sections?.find((s) => s.name === section.name)?.score ?? null;
      if (mode === "values" || !complete) writeValue(out, "subtotal", section.subtotal.cell, got);
      else writeFormula(out, "subtotal", section.subtotal.cell, `ROUND(${scaledBy(sum, outOf100)},2)`, got);
    }
  }
  const rest = items.filter((i) => !used.has(i));
  if (rest.length > 0) terms.push(sumOf(blocks(rest)));
  if (!table.total) return;
  const total = table.total.cell;
  // A form in parts with score cells in other columns: its total is the appraisal's figure.
  const live = mode !== "values" && complete && items.every((i) => i.scoreColumn === undefined);
  if (live) writeFormula(out, "total", total, `ROUND(${terms.join("+")},2)`, person.total);
  else writeValue(out, "total", total, person.total);
  writeGrading(out, appraised.grading, person, cellsOf(table, total), live);
}
