/**
 * Shared formulas of an .xlsx file: a run of cells down a column whose formulas differ only by the
 * row (a roster's 2,000 totals) is stored once, in its first cell, and the others point at it. The
 * file gets smaller and ExcelJS writes it several times faster; Excel, LibreOffice and ExcelJS read
 * each cell's own formula back.
 */

/** A reference as ExcelJS finds one when it slides a shared formula (utils/shared-formula.js):
 * words followed by a bracket are functions, column-and-row words are references. */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
/** A string literal holding something that reads as a reference: ExcelJS would slide it too. */
const REFERENCE_IN_TEXT = /"[^"]*[a-z]+\$?[1-9][^"]*"/i;

/** The formula as it reads `rows` rows further down: relative row numbers moved, as ExcelJS and
 * Excel move them. The formula is read once; each distance then only joins its pieces. */
export function slider(formula: string): (rows: number) => string {
  const pieces: string[] = [];
  const rowsAt: Array<{ index: number; row: number }> = [];
  let from = 0;
  for (const m of formula.matchAll(CANDIDATE)) {
    const ref = m[4] ? null : REFERENCE.exec(m[3] as string);
    if (!ref || ref[3]) continue;
    const at = (m.index as number) + m[0].length - (ref[4] as string).length;
    pieces.push(formula.slice(from, at));
    rowsAt.push({ index: pieces.length, row: Number(ref[4]) });
    pieces.push(ref[4] as string);
    from = at + (ref[4] as string).length;
  }
  pieces.push(formula.slice(from));
  return (rows) => {
    const out = [...pieces];
    for (const { index, row } of rowsAt) out[index] = String(row + rows);
    return out.join("");
  };
}

/** A cell and its formula (without the leading =), 1-based row, column letters. */
export interface FormulaCell {
  column: string;
  row: number;
  formula: string;
}

/** Runs of consecutive rows in one column whose formulas are the first one slid down; a run of one
 * is a cell on its own. Cells come back grouped, in column then row order. */
export function sharedRuns(cells: readonly FormulaCell[]): FormulaCell[][] {
  const sorted = [...cells].sort((a, b) =>
    a.column === b.column ? a.row - b.row : a.column < b.column ? -1 : 1,
  );
  const runs: FormulaCell[][] = [];
  let slide: ((rows: number) => string) | null = null;
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    const first = run?.[0];
    const last = run?.[run.length - 1];
    if (
      run &&
      first &&
      last &&
      slide &&
      last.column === cell.column &&
      last.row + 1 === cell.row &&
      slide(cell.row - first.row) === cell.formula
    )
      run.push(cell);
    else {
      runs.push([cell]);
      slide = REFERENCE_IN_TEXT.test(cell.formula) ? null : slider(cell.formula);
    }
  }
  return runs;
}
