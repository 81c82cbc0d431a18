import type { IssueCode, Params } from "../engine/issue";
import { defaultGradeTable } from "../engine/grade";
import type { Grading, PersonAppraisal } from "../appraisal/appraisal";
import { gradesBestFirst } from "./formats";
import { coefficientFormula, gradeFormula } from "./formulas";
import type { PatchMode, PatchWarning, WriteRole } from "./patch";

/**
 * The writes planned on one sheet before they meet its cells (conflicts, merges, the record): what
 * each form and roster table asks, and the grade cells to colour. Plain data filled by the
 * functions below.
 */

/** A formula carries the value it shows, as the engine computed it (null: none to show), and its
 * digest where it was built from pieces (`joinedDigest`: a roster's totals). */
export type Planned = { role: WriteRole; cell: string } & (
  { value: number | string } | { formula: string; shows: number | string | null; digest?: string }
);

export interface SheetWrites {
  sheet: string;
  mode: PatchMode;
  planned: Planned[];
  /** Grade cells and their table's grades, best first, for the grade formats. */
  gradeCells: Array<{ cell: string; grades: readonly string[] }>;
  warnings: PatchWarning[];
  /** The cell holds a number a formula can multiply (`5000`, not the text `5000元`). */
  holdsNumber: (cell: string) => boolean;
}

export const sheetWrites = (
  sheet: string,
  mode: PatchMode,
  holdsNumber: (cell: string) => boolean,
): SheetWrites => ({
  sheet,
  mode,
  holdsNumber,
  planned: [],
  gradeCells: [],
  warnings: [],
});

/** A number or text into a cell; nothing for null (not scored: the cell is left as it is). */
export function writeValue(
  out: SheetWrites,
  role: WriteRole,
  cell: string,
  value: number | string | null,
): boolean {
  if (value === null) return false;
  out.planned.push({ role, cell, value });
  return true;
}

export function writeFormula(
  out: SheetWrites,
  role: WriteRole,
  cell: string,
  formula: string,
  shows: number | string | null,
  digest?: string,
): void {
  const written = formula.startsWith("=") ? formula : `=${formula}`;
  out.planned.push(
    digest === undefined
      ? { role, cell, formula: written, shows }
      : { role, cell, formula: written, shows, digest },
  );
}

export function warn(out: SheetWrites, code: IssueCode, params: Params, cell?: string): void {
  out.warnings.push({ code, params, sheet: out.sheet, ...(cell !== undefined ? { cell } : {}) });
}

/** The cells a total's grading goes to (a formula reads the total cell). */
export interface GradingCells {
  total: string;
  grade?: string;
  coefficient?: string;
  pay?: string;
  base?: string;
}

/** Grade, coefficient and pay cells of one total: formulas over the total cell where it holds a
 * formula, else the appraisal's figures. */
export function writeGrading(
  out: SheetWrites,
  grading: Grading | null,
  person: PersonAppraisal,
  cells: GradingCells,
  totalWritten: boolean,
): void {
  const mode = out.mode;
  if (cells.grade)
    out.gradeCells.push({
      cell: cells.grade,
      grades: gradesBestFirst(grading?.grades ?? defaultGradeTable()),
    });
  if (mode === "values" || !totalWritten || grading === null) {
    if (cells.grade) writeValue(out, "grade", cells.grade, person.grade);
    if (cells.coefficient) writeValue(out, "coefficient", cells.coefficient, person.coefficient);
    if (cells.pay) writeValue(out, "pay", cells.pay, person.pay ?? null);
    return;
  }
  if (cells.grade) {
    const f = gradeFormula(grading, cells.total, mode);
    if (f.ok) writeFormula(out, "grade", cells.grade, f.formula, person.grade);
    else {
      warn(out, f.issue.code, f.issue.params, cells.grade);
      writeValue(out, "grade", cells.grade, person.grade);
    }
  }
  if (cells.coefficient && grading.coefficient) {
    const f = coefficientFormula(grading.coefficient, cells.total, mode);
    if (f.ok) writeFormula(out, "coefficient", cells.coefficient, f.formula, person.coefficient);
    else {
      warn(out, f.issue.code, f.issue.params, cells.coefficient);
      writeValue(out, "coefficient", cells.coefficient, person.coefficient);
    }
  }
  if (cells.pay) {
    // 绩效工资 = 基数 × 系数, live over the sheet's own cells where it has both and the base is a
    // number: over a blank base Excel would show 0, over `5000元` #VALUE!.
    if (
      cells.base &&
      cells.coefficient &&
      grading.coefficient &&
      person.pay != null &&
      out.holdsNumber(cells.base)
    )
      writeFormula(out, "pay", cells.pay, `ROUND(${cells.base}*${cells.coefficient},2)`, person.pay ?? null);
    else writeValue(out, "pay", cells.pay, person.pay ?? null);
  }
}
