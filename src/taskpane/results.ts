import { checkDistribution, type QuotaCheck } from "../engine/distribution";
import type { Locale } from "../i18n";
import { message } from "../i18n/messages";
import type { PatchWarning } from "../plan/patch";
import type { PersonScore, ScoreReport } from "../appraisal/report";

/** What scoring gave, as the task pane shows it: people, the grade spread, warnings with cells. */

/** A person of the report, with the sheet they are on. */
export type PersonRow = { sheet: string } & Pick<
  PersonScore,
  "row" | "name" | "total" | "grade" | "coefficient" | "pay"
>;

export const peopleOf = (report: ScoreReport): PersonRow[] =>
  report.sheets.flatMap((sheet) =>
    sheet.people.map((p) => ({
      sheet: sheet.name,
      ...(p.row !== undefined ? { row: p.row } : {}),
      name: p.name,
      total: p.total,
      grade: p.grade,
      coefficient: p.coefficient,
      ...(p.pay !== undefined ? { pay: p.pay } : {}),
    })),
  );

export interface GradeBar {
  grade: string;
  count: number;
}

type Graded = { name: string; total: number; grade: string };

const graded = (people: readonly PersonRow[]): Graded[] =>
  people.flatMap((p) =>
    p.total !== null && p.grade !== null ? [{ name: p.name, total: p.total, grade: p.grade }] : [],
  );

/** People per grade, best grade first: grades are ordered by their people's best total, since a
 * sheet's grade names (A+, 优秀, 合格…) have no order of their own. */
export function gradeBars(people: readonly PersonRow[]): GradeBar[] {
  const best = new Map<string, { top: number; count: number }>();
  for (const p of graded(people)) {
    const bar = best.get(p.grade) ?? { top: -Infinity, count: 0 };
    best.set(p.grade, { top: Math.max(bar.top, p.total), count: bar.count + 1 });
  }
  return [...best.entries()]
    .sort((a, b) => b[1].top - a[1].top)
    .map(([grade, { count }]) => ({ grade, count }));
}

/** The 271 rule most HR departments apply: at most 20% in the top grade, at least 10% in the
 * bottom one. */
const TOP_SHARE = 0.2;
const BOTTOM_SHARE = 0.1;

/** The forced-distribution check of the 271 rule, each quota with its share; none where there is
 * no spread to check (fewer than two grades). */
export function forcedDistribution(people: readonly PersonRow[]): (QuotaCheck & { share: number })[] {
  const bars = gradeBars(people);
  const top = bars[0];
  const bottom = bars[bars.length - 1];
  if (!top || !bottom || bars.length < 2) return [];
  return checkDistribution(graded(people), [
    { grade: top.grade, max: TOP_SHARE },
    { grade: bottom.grade, min: BOTTOM_SHARE },
  ]).map((check) => ({ ...check, share: check.kind === "max" ? TOP_SHARE : BOTTOM_SHARE }));
}

export interface WarningView {
  sheet: string;
  cell?: string;
  text: string;
}

/** Scoring's warnings and the patch's (a value written where a formula was asked), in words. */
export function warningsOf(
  report: ScoreReport | null,
  patchWarnings: readonly PatchWarning[],
  locale: Locale,
): WarningView[] {
  const out: WarningView[] = [];
  for (const sheet of report?.sheets ?? [])
    for (const w of sheet.warnings)
      out.push({ sheet: sheet.name, ...(w.cell ? { cell: w.cell } : {}), text: message(w, locale) });
  for (const w of patchWarnings)
    out.push({ sheet: w.sheet, ...(w.cell ? { cell: w.cell } : {}), text: message(w, locale) });
  return out;
}
