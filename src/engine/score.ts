import { issue, step, type Issue, type Step } from "./issue";
import type { Score } from "./rule";
import { formatNumber } from "./format";

export type Resolved =
  { ok: true; score: number; step: Step } | { ok: false; issue: Issue; range?: [number, number] };

/** The points a band or level gives, given the item's points where the score is relative. */
export function resolveScore(score: Score, max: number | undefined): Resolved {
  switch (score.type) {
    case "points":
      return { ok: true, score: score.points, step: step("score.points", { score: score.points }) };
    case "range":
      return {
        ok: false,
        issue: issue("band.scoreRange", { min: score.min, max: score.max }),
        range: [score.min, score.max],
      };
    case "share":
      if (max === undefined) return { ok: false, issue: issue("rule.needsMax") };
      return {
        ok: true,
        score: max * score.share,
        step: step("score.share", {
          max,
          share: `${formatNumber(score.share * 100)}%`,
          score: max * score.share,
        }),
      };
    case "deduct":
      if (max === undefined) return { ok: false, issue: issue("rule.needsMax") };
      return {
        ok: true,
        score: Math.max(0, max - score.points),
        step: step("score.deduct", { max, points: score.points, score: Math.max(0, max - score.points) }),
      };
  }
}

/** The highest plain points among scores: the item's points when a rule states them itself. */
export function impliedMax(scores: readonly (Score | undefined)[]): number | undefined {
  const points = scores.flatMap((s) =>
    s?.type === "points" ? [s.points] : s?.type === "range" ? [s.max] : [],
  );
  return points.length > 0 ? Math.max(...points) : undefined;
}
