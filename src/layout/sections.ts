import { clean } from "../engine/precision";
import type { Section } from "./layout";

/** A category or section label read: `关键绩效考核指标(80%)⏎总分100` → 关键绩效考核指标, 80, percent. */
export interface SectionLabel {
  name: string;
  /** The number in the annotation: 80 for (80%), 20 for 能力(20); null without one. */
  weight: number | null;
  adjustment: boolean;
}

// the number may follow a word saying it is a share: （占70%）, （权重30%）, (weight 20%)
const ANNOTATION =
  /[(（]\s*(?:占|权重|比重|权重占比|weight(?:ing)?)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*[%％分]?\s*[)）]/i;
const ADJUSTMENT = /加减分|加分项|减分项|奖惩|奖罚|直接加减|bonus|adjustment/i;

/** Whether a text marks its row as added to the total outside the weights (`加减分`,
 * `特殊贡献&重大失误(总分直接加减)`). */
export function isAdjustmentText(text: string): boolean {
  return ADJUSTMENT.test(text);
}

/** The name of an adjustment group recognised from its item row rather than from a label. */
export const ADJUSTMENT_SECTION = "加减分项";

export function readSectionLabel(text: string): SectionLabel {
  const firstLine = text.split(/\r?\n/)[0] ?? "";
  const match = ANNOTATION.exec(firstLine);
  const name = (match ? firstLine.slice(0, match.index) : firstLine).trim();
  return { name, weight: match ? Number(match[1]) : null, adjustment: ADJUSTMENT.test(text) };
}

/** Item rows grouped under one label (a merged category cell or a section row). */
export interface Group {
  label: SectionLabel;
  items: { row: number; lastRow: number; weight: number | null; index: number }[];
  /** The group's 小计 row: its cell in the score column and the formula there, if any. */
  subtotal?: { cell: string; formula?: string };
  /** The section weight the sheet applies to the subtotal in a formula (`=F7*20%` → 20). */
  formulaWeight?: number;
  /** The column of that formula. */
  weightColumn?: number;
}

// Item weights of a weighted section add up to its 100 (each section is scored out of 100 first).
const SUM_TOLERANCE = 0.5;

/**
 * Sections of a table: adjustment groups always, weighted groups only when every non-adjustment
 * group is annotated with a weight and its items add up to 100. A category such as 能力(20) whose
 * items add up to 20 is a category of the one 100, not a section.
 */
export function buildSections(groups: readonly Group[]): Section[] {
  const weighted = groups.filter((g) => !g.label.adjustment);
  // groups the sheet closes with a 小计 row are its sections, weighted or not
  const subtotalled = weighted.length > 0 && weighted.every((g) => g.subtotal !== undefined);
  const sectioned =
    subtotalled ||
    (weighted.length > 0 &&
      weighted.every((g) => {
        const sum = g.items.reduce((s, i) => s + (i.weight ?? 0), 0);
        // a weighted group of unweighted items (judged behaviours) is a section as well
        const unweighted = g.items.every((i) => i.weight === null);
        return g.label.weight !== null && (unweighted || Math.abs(sum - 100) <= SUM_TOLERANCE);
      }));
  const out: Section[] = [];
  for (const g of groups) {
    if (!g.label.adjustment && !sectioned) continue;
    const firstRow = Math.min(...g.items.map((i) => i.row));
    const lastRow = Math.max(...g.items.map((i) => i.lastRow));
    if (g.label.adjustment)
      out.push({ name: g.label.name, weight: null, adjustment: true, firstRow, lastRow });
    else {
      const weight = g.label.weight ?? g.formulaWeight ?? null;
      const section: Section = {
        name: g.label.name,
        weight: weight === null ? null : clean(weight / 100),
        firstRow,
        lastRow,
      };
      if (g.subtotal) section.subtotal = { cell: g.subtotal.cell };
      out.push(section);
    }
  }
  return out;
}
