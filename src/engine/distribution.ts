import * as z from "zod/mini";

/**
 * Forced distribution (强制分布): does a team's grade spread respect quotas such as A ≤ 20% and
 * C ≥ 10%, and if not, who would move. Quotas on small teams need a rounding policy: 20% of 7
 * people is 1.4. By default an upper quota rounds down (at most 1 A) and a lower quota rounds up
 * (at least 1 C), the strict reading; `round` rounds both half away from zero.
 */
export const Quota = z.object({
  grade: z.string(),
  max: z.optional(z.number().check(z.minimum(0)).check(z.maximum(1))),
  min: z.optional(z.number().check(z.minimum(0)).check(z.maximum(1))),
});
export type Quota = z.infer<typeof Quota>;

export type Person = { name: string; total: number; grade: string };
export type RoundingPolicy = "strict" | "round";

export type QuotaCheck = {
  grade: string;
  count: number;
  /** Allowed people for an upper quota, required people for a lower one. */
  limit: number;
  kind: "max" | "min";
  ok: boolean;
  /** Lowest-scoring people above the quota (for max), or highest-scoring people below the grade
   * who would have to move into it (for min). */
  move: string[];
};

function allowed(share: number, people: number, kind: "max" | "min", policy: RoundingPolicy): number {
  const exact = share * people;
  if (policy === "round") return Math.floor(exact + 0.5 + 1e-9);
  return kind === "max" ? Math.floor(exact + 1e-9) : Math.ceil(exact - 1e-9);
}

export function checkDistribution(
  people: readonly Person[],
  quotas: readonly Quota[],
  policy: RoundingPolicy = "strict",
): QuotaCheck[] {
  const byScore = [...people].sort((a, b) => a.total - b.total);
  return quotas.flatMap((quota) => {
    const inGrade = byScore.filter((p) => p.grade === quota.grade);
    const bounds = [
      ["max", quota.max],
      ["min", quota.min],
    ] as const;
    return bounds.flatMap(([kind, share]) => {
      if (share === undefined) return [];
      const limit = allowed(share, people.length, kind, policy);
      const off = kind === "max" ? inGrade.length - limit : limit - inGrade.length;
      // Over an upper quota the lowest scorers in the grade move down; under a floor grade
      // (C ≥ 10%) the lowest scorers outside it would move into it.
      const candidates = kind === "max" ? inGrade : byScore.filter((p) => p.grade !== quota.grade);
      const move = candidates.slice(0, Math.max(0, off)).map((p) => p.name);
      return [{ grade: quota.grade, count: inGrade.length, limit, kind, ok: off <= 0, move }];
    });
  });
}
