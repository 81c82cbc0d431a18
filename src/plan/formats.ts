import type { RuleOf } from "../engine/rule";
import type { Grid } from "../layout/grid";
import type { GradeFormat, GradeTone, PatchWarning } from "./patch";
import { intersects, parseAddress, rangeOfRun, runsOf } from "../layout/a1";
import type { RangeRef, WriteRecord } from "./record";

/**
 * Conditional formats for grade cells: each grade of the sheet's table gets a tone (the best
 * grades good, the last poor, the rest neutral), so a glance down the sheet finds who stands out.
 * The template's own conditional formats are kept: none is added over them.
 */

/** A grade table's labels, best first (by the lower bound of their score interval). */
export function gradesBestFirst(table: RuleOf<"table">): readonly string[] {
  // Asked once per person of a roster, about the same table.
  const known = BEST_FIRST.get(table);
  if (known) return known;
  const rows = table.rows
    .filter((r) => r.value.type === "label")
    .map((r) => ({ label: (r.value as { label: string }).label, low: r.min?.value ?? -Infinity }));
  rows.sort((a, b) => b.low - a.low);
  const grades = [...new Set(rows.map((r) => r.label))];
  BEST_FIRST.set(table, grades);
  return grades;
}

const BEST_FIRST = new WeakMap<RuleOf<"table">, readonly string[]>();

/** Tones of grades listed best first: the top third good (at least the best one), the last poor,
 * the rest neutral — A of A/B/C/D, S and A of S/A/B/C/D. */
export function tonesOf(grades: readonly string[]): GradeTone[] {
  const n = grades.length;
  const good = Math.max(1, Math.ceil((n - 1) / 3));
  return grades.map((_, i) => (i === n - 1 && n > 1 ? "poor" : i < good ? "good" : "neutral"));
}

/** Grade cells of one sheet and their grades, best first. */
export interface GradeCells {
  sheet: string;
  cells: string[];
  grades: string[];
}

/** A column's cells as ranges of consecutive rows (H5:H40), so a roster gets one format. */
function rangesOf(cells: readonly string[]): string[] {
  const placed = cells.flatMap((cell) => parseAddress(cell) ?? []);
  return runsOf(
    placed,
    (p) => p.column,
    (p) => p.row,
  ).map(rangeOfRun);
}

/** The formats for the grade cells, skipping cells that carry the template's own formats (a
 * warning says so); the add-in's earlier formats are removed by the patch and count as its own. */
export function planGradeFormats(
  grids: readonly Grid[],
  groups: readonly GradeCells[],
  record: WriteRecord,
): { formats: GradeFormat[]; warnings: PatchWarning[]; ours: RangeRef[] } {
  const formats: GradeFormat[] = [];
  const warnings: PatchWarning[] = [];
  for (const group of groups) {
    const grid = grids.find((g) => g.name === group.sheet);
    const mine = record.formats.filter((f) => f.sheet === group.sheet).map((f) => f.range);
    const theirs = (grid?.conditionalFormats ?? []).filter((r) => !mine.includes(r));
    const tones = tonesOf(group.grades);
    const grades = group.grades.map((text, i) => ({ text, tone: tones[i] as GradeTone }));
    for (const range of rangesOf(group.cells)) {
      if (theirs.some((t) => intersects(t, range))) {
        warnings.push({
          code: "patch.formatKept",
          params: { sheet: group.sheet, range },
          sheet: group.sheet,
          cell: range,
        });
        continue;
      }
      if (grades.length > 0) formats.push({ sheet: group.sheet, range, grades });
    }
  }
  return { formats, warnings, ours: formats.map((f) => ({ sheet: f.sheet, range: f.range })) };
}
