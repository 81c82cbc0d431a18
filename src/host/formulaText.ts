/**
 * Formula text as a file stores it and as the add-in reads it. Excel stores a call to an add-in's
 * JavaScript custom function as `_xldudf_<NAMESPACE>_<ID>(…)` and binds it to the function when
 * the add-in loads; the add-in reads and writes `KPI.SCORE(…)`. Shared formulas store one formula
 * for a run of cells; each cell's own reads it moved by the cell's distance from the first.
 * String literals (`"KPI.SCORE("`) and quoted sheet names are left as they are.
 */

/** A formula cut into pieces outside and inside string literals / quoted names, in order. */
function pieces(formula: string): Array<{ text: string; quoted: boolean }> {
  const out: Array<{ text: string; quoted: boolean }> = [];
  let i = 0;
  let from = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      if (i > from) out.push({ text: formula.slice(from, i), quoted: false });
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] !== ch) continue;
        if (formula[j + 1] === ch) j++;
        else break;
      }
      out.push({ text: formula.slice(i, j + 1), quoted: true });
      i = j + 1;
      from = i;
    } else i++;
  }
  if (from < formula.length) out.push({ text: formula.slice(from), quoted: false });
  return out;
}

/** Replaces matches outside quoted pieces. */
function outsideQuotes(
  formula: string,
  pattern: RegExp,
  replace: (match: string, ...groups: string[]) => string,
) {
  if (!formula.includes('"') && !formula.includes("'")) return formula.replace(pattern, replace);
  return pieces(formula)
    .map((p) => (p.quoted ? p.text : p.text.replace(pattern, replace)))
    .join("");
}

const STORED_KPI = /_xldudf_KPI_([A-Za-z0-9]+)\s*\(/g;
const KPI_CALL = /(^|[^A-Za-z0-9_.])KPI\.([A-Za-z0-9]+)\s*\(/g;

/** A stored formula as the add-in reads it: `_xldudf_KPI_SCORE(` → `KPI.SCORE(`. */
export const fromStored = (formula: string): string =>
  formula.includes("_xldudf_KPI_")
    ? outsideQuotes(formula, STORED_KPI, (_, id: string) => `KPI.${id}(`)
    : formula;

/** A formula as Excel stores it: `KPI.SCORE(` → `_xldudf_KPI_SCORE(`. */
export const toStored = (formula: string): string =>
  formula.includes("KPI.")
    ? outsideQuotes(formula, KPI_CALL, (_, before: string, id: string) => `${before}_xldudf_KPI_${id}(`)
    : formula;

/** A cell reference as ExcelJS and Excel find them in a formula; a word before `(` is a function. */
const CANDIDATE = /(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_(.!])/g;

/** The formula of a shared formula's first cell, as it reads `rows` rows down and `columns`
 * columns right: relative references move, absolute ones ($A$1) stay. */
export function slideFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return outsideQuotes(
    formula,
    CANDIDATE,
    (whole, colAbs: string, col: string, rowAbs: string, row: string, ...rest) => {
      const at = rest[rest.length - 2] as unknown as number;
      const source = rest[rest.length - 1] as unknown as string;
      // A name or function such as LOG10 or a sheet name: not a reference.
      if (at > 0 && /[A-Za-z0-9_.]/.test(source[at - 1] as string)) return whole;
      const column = colAbs ? columnNumber(col) : columnNumber(col) + columns;
      if (columnNumber(col) > 16_384) return whole;
      const r = rowAbs ? Number(row) : Number(row) + rows;
      return `${colAbs}${columnLetters(column)}${rowAbs}${r}`;
    },
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}
