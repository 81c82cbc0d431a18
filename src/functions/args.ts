import { issue } from "../engine/issue";
import { parseQuantity } from "../engine/quantity";
import { invalid, type Arg, type CellValue, type FormulaError } from "./outcome";

/** Blank cells arrive as null, "" or undefined depending on the host. */
export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || value === "";
}

/** The single value of a cell argument; a one-cell range counts as its cell. */
export function single(arg: Arg, name: string): CellValue | FormulaError {
  if (!Array.isArray(arg)) return arg;
  const cells = arg.flat();
  if (cells.length !== 1) return invalid(issue("function.notSingleCell", { argument: name }));
  return cells[0];
}

/** A number from a cell: numbers as they are, text read as a quantity (95%, 3万). */
export function number(value: CellValue, name: string): number | FormulaError {
  if (typeof value === "number") return value;
  const q = parseQuantity(typeof value === "boolean" ? Number(value) : value);
  return q.ok
    ? q.quantity.value
    : invalid(issue("function.notNumber", { argument: name, input: String(value ?? "") }));
}

/** The non-blank values of a range or array constant, row by row. */
export function values(arg: Arg): CellValue[] {
  return (Array.isArray(arg) ? arg.flat() : [arg]).filter((v) => !isBlank(v));
}

/** The numbers of a range, or the first error met. */
export function numbers(arg: Arg, name: string): number[] | FormulaError {
  const out: number[] = [];
  for (const v of values(arg)) {
    const n = number(v, name);
    if (typeof n !== "number") return n;
    out.push(n);
  }
  return out;
}

/** A one-cell range as its value (a table written as text in one cell, or a text argument). */
export function unwrap(arg: Arg): Arg {
  return Array.isArray(arg) && arg.length === 1 && arg[0]?.length === 1 ? arg[0][0] : arg;
}

/** The rows of a two-column range: [key, value] pairs, blank rows dropped. */
export function pairs(arg: Arg): [CellValue, CellValue][] | null {
  if (!Array.isArray(arg) || arg.some((row) => row.length !== 2)) return null;
  return arg.filter((row) => !isBlank(row[0])).map((row) => [row[0], row[1]] as [CellValue, CellValue]);
}
