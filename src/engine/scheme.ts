import * as z from "zod/mini";
import { roundHalfAway } from "./precision";

/**
 * How item scores make a total: sections scored out of 100 and weighted (关键绩效 80% + 日常行为
 * 20%), items on a 5- or 100-point scale weighted by their points, adjustment items (加减分项)
 * outside the 100, items marked 不适用 passing their weight to the rest of their section.
 * Nothing is rounded until the figures HR see.
 */

export const ItemScore = z.object({
  name: z.string(),
  /** The item's points within its section (权重 30 of the section's 100). */
  points: z.number().check(z.nonnegative()),
  /** The score, or null while the actual value is missing ("not scored yet"). */
  score: z.nullable(z.number()),
  /** The item is scored on its own scale (5分制, 百分制): it contributes score / scale × points. */
  scale: z.optional(z.number().check(z.positive())),
  /** 不适用 / N/A: the item's points go to the other items of its section. */
  notApplicable: z._default(z.boolean(), false),
});
export type ItemScore = z.input<typeof ItemScore>;

export const Section = z.object({
  name: z.string(),
  /** Share of the total (0.8); none when the total is the plain sum of items. */
  weight: z.optional(z.number().check(z.nonnegative())),
  /** 加减分项: added to the total as they are, not weighted, not floored. */
  adjustment: z._default(z.boolean(), false),
  items: z.array(ItemScore),
});
export type Section = z.input<typeof Section>;
export type CheckedScheme = z.output<typeof Scheme>;

export const Scheme = z.object({
  sections: z.array(Section).check(z.minLength(1)),
  /** Decimals of the figures HR see. */
  digits: z._default(z.int().check(z.minimum(0)).check(z.maximum(6)), 2),
  /** Highest total (封顶), if the sheet states one. */
  cap: z.optional(z.number()),
});
export type Scheme = z.input<typeof Scheme>;

export type SectionResult = {
  name: string;
  /** Out of 100 for weighted sections, the plain sum otherwise; null while items are pending. */
  score: number | null;
  weight?: number;
  /** What the section adds to the total. */
  contribution: number | null;
  /** Items whose points were shared out because they do not apply. */
  renormalised: string[];
};

export type SchemeResult = {
  /** Rounded for display; null until every applicable item is scored. */
  total: number | null;
  sections: SectionResult[];
  /** Items still waiting for an actual value. */
  pending: string[];
  capped: boolean;
};

function itemContribution(item: z.infer<typeof ItemScore>, share: number): number {
  const score = item.score ?? 0;
  return (item.scale ? (score / item.scale) * item.points : score) * share;
}

function scoreSection(
  section: z.infer<typeof Section>,
  digits: number,
): { result: SectionResult; pending: string[] } {
  const applicable = section.items.filter((i) => !i.notApplicable);
  const renormalised = section.items.filter((i) => i.notApplicable).map((i) => i.name);
  const pending = applicable.filter((i) => i.score === null).map((i) => i.name);
  const allPoints = section.items.reduce((s, i) => s + i.points, 0);
  const applicablePoints = applicable.reduce((s, i) => s + i.points, 0);
  // 不适用 items hand their points to the others in proportion: the section keeps its full scale.
  const share = applicablePoints > 0 && renormalised.length > 0 ? allPoints / applicablePoints : 1;
  const raw = applicable.reduce((s, i) => s + itemContribution(i, share), 0);
  // Written out, not spread: a roster scores a scheme per person.
  const scored = (score: number | null, contribution: number | null) => {
    const result: SectionResult = { name: section.name, score, contribution, renormalised };
    if (section.weight !== undefined) result.weight = section.weight;
    return { result, pending };
  };
  if (pending.length > 0) return scored(null, null);
  if (section.adjustment) return scored(roundHalfAway(raw, digits), raw);
  // A weighted section is scored out of 100 whatever its items' points add up to.
  const outOf100 = section.weight !== undefined && allPoints > 0 ? (raw / allPoints) * 100 : raw;
  const contribution = section.weight !== undefined ? outOf100 * section.weight : outOf100;
  return scored(roundHalfAway(outOf100, digits), contribution);
}

/**
 * The total of a scheme.
 * @example aggregate({ sections: [{ name: "KPI", weight: 0.8, items: [{ name: "GMV", points: 100, score: 90 }] },
 *   { name: "行为", weight: 0.2, items: [{ name: "态度", points: 100, score: 80 }] }] }).total //=> 88
 */
export function aggregate(input: Scheme): SchemeResult {
  return totalOf(Scheme.parse(input));
}

/** The total of a scheme already in its checked form: for schemes the engine's callers build from
 * scores it computed (a roster scores one per person), where checking again is only cost. */
export function totalOf(scheme: CheckedScheme): SchemeResult {
  const scored = scheme.sections.map((s) => scoreSection(s, scheme.digits));
  const results = scored.map((s) => s.result);
  const pending: string[] = [];
  for (const s of scored) for (const p of s.pending) pending.push(`${s.result.name}/${p}`);
  if (pending.length > 0) return { total: null, sections: results, pending, capped: false };
  let total = results.reduce((sum, s) => sum + (s.contribution ?? 0), 0);
  const capped = scheme.cap !== undefined && total > scheme.cap;
  if (capped) total = scheme.cap as number;
  return { total: roundHalfAway(total, scheme.digits), sections: results, pending, capped };
}

export const Evaluator = z.object({
  role: z.string(),
  weight: z.number().check(z.nonnegative()),
  score: z.nullable(z.number()),
});
export type Evaluator = z.infer<typeof Evaluator>;

/**
 * Combines evaluators' scores (自评 20% + 上级 80%, or 360 reviewers), renormalising the weights
 * over the evaluators who scored: a missing reviewer neither counts as 0 nor blocks the result.
 * @example combineEvaluators([{ role: "自评", weight: 0.2, score: 90 }, { role: "上级", weight: 0.8, score: null }])
 * //=> { score: 90, present: ["自评"], missing: ["上级"] }
 */
export function combineEvaluators(evaluators: readonly Evaluator[]): {
  score: number | null;
  present: string[];
  missing: string[];
} {
  const present = evaluators.filter((e) => e.score !== null && e.weight > 0);
  const missing = evaluators.filter((e) => e.score === null).map((e) => e.role);
  const weight = present.reduce((s, e) => s + e.weight, 0);
  if (weight === 0) return { score: null, present: [], missing };
  const score = present.reduce((s, e) => s + (e.score as number) * e.weight, 0) / weight;
  return { score, present: present.map((e) => e.role), missing };
}
