/**
 * Shared formulas of an .xlsx file: a run of cells down a column whose formulas differ only by the
 * row (a roster's 2,000 totals) is stored once, in its first cell, and the others point at it. The
 * file gets smaller and is written several times faster; Excel, LibreOffice and ExcelJS read
 * each cell's own formula back.
 */

/** A reference as ExcelJS finds one when it slides a shared formula (utils/shared-formula.js):
 * words followed by a bracket are functions, column-and-row words are references. */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
/** String literals, read from the start of a formula so that each match opens at a literal's
 * quote ("" inside one is a quote). */
const LITERAL = /"(?:[^"]|"")*"/g;
/** What reads as a reference inside a literal: ExcelJS would slide it too. */
const REFERENCE_LIKE = /[a-z]+\$?[1-9]/i;

const referenceInText = (formula: string): boolean =>
  [...formula.matchAll(LITERAL)].some((m) => REFERENCE_LIKE.test(m[0]));

/** A formula cut at its relative row numbers: text, then each row number and the text after it. */
type Pieces = { text: string[]; rows: number[] };

function piecesOf(formula: string): Pieces {
  const text: string[] = [];
  const rows: number[] = [];
  let from = 0;
  for (const m of formula.matchAll(CANDIDATE)) {
    const ref = m[4] ? null : REFERENCE.exec(m[3] as string);
    if (!ref || ref[3]) continue;
    const digits = ref[4] as string;
    const at = (m.index as number) + m[0].length - digits.length;
    text.push(formula.slice(from, at));
    rows.push(Number(digits));
    from = at + digits.length;
  }
  text.push(formula.slice(from));
  return { text, rows };
}

/** Whether a formula is the first one slid down `rows` rows: its relative row numbers moved, as
 * ExcelJS and Excel move them. The first is read once; each candidate is compared with the first's
 * pieces joined around its moved rows: one native join and one comparison of whole texts, several
 * times faster on a roster's thousands of long formulas than comparing them piece by piece. */
export function slides(formula: string): (candidate: string, rows: number) => boolean {
  const { text, rows: at } = piecesOf(formula);
  // Mostly every relative reference is to the formula's own row: the pieces join around one number.
  if (at.every((row) => row === at[0]))
    return (candidate, rows) => candidate === text.join(String((at[0] ?? 0) + rows));
  // Text pieces at the even places, row numbers at the odd ones.
  const joined = text.flatMap((piece, i) => (i === 0 ? [piece] : ["", piece]));
  return (candidate, rows) => {
    // The row numbers of a row's formula are mostly one and the same: each written out once.
    let row = -1;
    let digits = "";
    for (let i = 0; i < at.length; i++) {
      if (at[i] !== row) {
        row = at[i] as number;
        digits = String(row + rows);
      }
      joined[2 * i + 1] = digits;
    }
    return candidate === joined.join("");
  };
}

/** A cell and its formula (without the leading =), 1-based row, column letters. */
export interface FormulaCell {
  column: string;
  row: number;
  formula: string;
}

/** The cells in column then row order. They come row by row across a few columns: grouped by
 * column first, each column's rows sorted only when they are not in order already. */
function byColumnAndRow<T extends FormulaCell>(cells: readonly T[]): T[] {
  const columns = new Map<string, T[]>();
  for (const cell of cells) {
    const list = columns.get(cell.column);
    if (list) list.push(cell);
    else columns.set(cell.column, [cell]);
  }
  const out: T[] = [];
  for (const column of [...columns.keys()].sort()) {
    const list = columns.get(column) as T[];
    let ordered = true;
    for (let i = 1; i < list.length && ordered; i++) ordered = (list[i - 1] as T).row <= (list[i] as T).row;
    for (const cell of ordered ? list : list.sort((a, b) => a.row - b.row)) out.push(cell);
  }
  return out;
}

/** Runs of consecutive rows in one column whose formulas are the first one slid down; a run of one
 * is a cell on its own. Cells come back grouped, in column then row order. */
export function sharedRuns<T extends FormulaCell>(cells: readonly T[]): T[][] {
  const runs: T[][] = [];
  let slide: ((candidate: string, rows: number) => boolean) | null = null;
  for (const cell of byColumnAndRow(cells)) {
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
      slide(cell.formula, cell.row - first.row)
    )
      run.push(cell);
    else {
      runs.push([cell]);
      slide = referenceInText(cell.formula) ? null : slides(cell.formula);
    }
  }
  return runs;
}
