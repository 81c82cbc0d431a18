import fc from "fast-check";
import { compileBand } from "./compile";
import { evaluate } from "./evaluate";
import { parseRule } from "./parseRule";
import { printRule } from "./print";
import { quickScore } from "./quick";
import type { Band, Rule } from "./rule";

/** Percents as a sheet writes them: whole percents from 1% to 200%. */
const percent = fc.integer({ min: 1, max: 200 }).map((n) => n / 100);

/** Ascending thresholds with ascending scores: a higher-is-better band rule, in the forms HR write. */
const higherIsBetter = fc
  .uniqueArray(fc.integer({ min: 1, max: 199 }), { minLength: 1, maxLength: 5 })
  .chain((raw) => {
    const thresholds = [...raw].sort((a, b) => a - b).map((n) => n / 100);
    return fc.tuple(
      fc.constant(thresholds),
      fc.uniqueArray(fc.integer({ min: 0, max: 100 }), {
        minLength: thresholds.length + 1,
        maxLength: thresholds.length + 1,
      }),
      fc.array(fc.boolean(), { minLength: thresholds.length, maxLength: thresholds.length }),
    );
  })
  .map(([thresholds, rawScores, dash]): Rule => {
    const scores = [...rawScores].sort((a, b) => a - b);
    const explicit = (value: number, inclusive: boolean) => ({ value, inclusive, explicit: true });
    const bands: Band[] = [
      {
        max: explicit(thresholds[0] as number, false),
        score: { type: "points", points: scores[0] as number },
      },
    ];
    thresholds.forEach((t, i) => {
      const next = thresholds[i + 1];
      const score = { type: "points" as const, points: scores[i + 1] as number };
      if (next === undefined) bands.push({ min: explicit(t, true), score });
      else if (dash[i])
        bands.push({
          min: { value: t, inclusive: true, explicit: false },
          max: { value: next, inclusive: true, explicit: false },
          score,
        });
      else bands.push({ min: explicit(t, true), max: explicit(next, false), score });
    });
    return { kind: "band", unit: "percent", bands };
  });

/** The same bands read from the other side: lower is better (退货率, 差评率). */
const lowerIsBetter = higherIsBetter.map((rule): Rule => {
  if (rule.kind !== "band") return rule;
  const scores = rule.bands.map((b) => b.score).reverse();
  return { ...rule, bands: rule.bands.map((b, i) => ({ ...b, score: scores[i] as Band["score"] })) };
});

/** Band rules in minutes, 万, counts and seconds, and one with an otherwise clause. */
const OTHER_UNITS: Rule[] = [
  "响应时间≤3分钟得10分，3-5分钟得5分，超过5分钟不得分",
  "10万元以上得10分，5万元以上得5分，5万元以下不得分",
  "0次10分，1次8分，2次5分，≥3次0分",
  "平均观看时长≥300S得10分，200S-300S得5分，低于200S不得分",
  "≥90%得10分，80%-90%得5分，其他0分",
].map((text) => {
  const parsed = parseRule(text);
  if (!parsed.ok || parsed.rule.kind !== "band") throw new Error(`not a band rule: ${text}`);
  return parsed.rule;
});

const score = (rule: Rule, x: number): number => {
  const e = evaluate(rule, `${Math.round(x * 10000) / 100}%`);
  if (!e.ok || typeof e.score !== "number") throw new Error(`no score for ${x}`);
  return e.score;
};

describe("properties of the engine", () => {
  it("never throws on any text, however odd", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const parsed = parseRule(text);
        expect(typeof parsed.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(..."≥≤<>=-%万W元秒分次得扣加满()（）【】;,、0123456789.AB优良"), {
          maxLength: 60,
        }),
        (chars) => {
          expect(typeof parseRule(chars.join("")).ok).toBe("boolean");
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("refuses a megabyte of text, control characters, emoji and unbalanced brackets without throwing", () => {
    for (const text of [
      "≥90%得30分".repeat(100_000),
      "\u0000\u0001\u0002\u001f",
      "😀≥90%🎉得30分",
      "((((≥90%得30分",
      "】】】",
      "\ud800",
    ]) {
      expect(() => parseRule(text)).not.toThrow();
    }
    expect(parseRule("≥90%得30分".repeat(100_000)).ok).toBe(false);
  });

  it("scores every input without throwing, whatever the cell holds", () => {
    const rule = parseRule("≥90%得30分，80%-90%得20分，低于80%不得分");
    if (!rule.ok) throw new Error("rule");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean()), (input) => {
        expect(typeof evaluate(rule.rule, input, { max: 30 }).ok).toBe("boolean");
      }),
    );
  });

  it("keeps band scores within the scores the rule gives", () => {
    fc.assert(
      fc.property(higherIsBetter, percent, (rule, x) => {
        if (rule.kind !== "band") return;
        const points = rule.bands.map((b) => (b.score.type === "points" ? b.score.points : 0));
        const s = score(rule, x);
        expect(s).toBeGreaterThanOrEqual(Math.min(...points));
        expect(s).toBeLessThanOrEqual(Math.max(...points));
      }),
    );
  });

  it("never scores a better result lower when higher is better", () => {
    fc.assert(
      fc.property(higherIsBetter, percent, percent, (rule, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(score(rule, lo)).toBeLessThanOrEqual(score(rule, hi));
      }),
    );
  });

  it("never scores a lower rate higher when lower is better", () => {
    fc.assert(
      fc.property(lowerIsBetter, percent, percent, (rule, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(score(rule, lo)).toBeGreaterThanOrEqual(score(rule, hi));
      }),
    );
  });

  it("scores the same through the compiled fast path as through evaluate, on and between the bounds", () => {
    fc.assert(
      fc.property(
        fc.oneof(higherIsBetter, lowerIsBetter),
        fc.array(percent, { minLength: 5, maxLength: 20 }),
        (rule, xs) => {
          if (rule.kind !== "band") return;
          const fast = compileBand(rule);
          const bounds = rule.bands
            .flatMap((b) => [b.min?.value, b.max?.value])
            .filter((v): v is number => v !== undefined);
          for (const x of [
            ...xs,
            ...bounds,
            ...bounds.map((b) => b + 0.005),
            ...bounds.map((b) => b - 1e-12),
          ]) {
            // A percent-formatted cell: a plain number the rule's scale leaves in doubt is asked about.
            const slow = evaluate(rule, x, { percentFormat: true });
            expect(fast(x)).toBe(slow.ok ? slow.score : NaN);
          }
        },
      ),
    );
  });

  it("scores the same without explanations as with them, and refuses the same inputs, whatever the cell, format, points or target", () => {
    fc.assert(
      fc.property(
        fc.oneof(higherIsBetter, lowerIsBetter, fc.constantFrom(...OTHER_UNITS)),
        fc.oneof(
          fc.double({ min: -5, max: 300, noNaN: true }),
          fc.constantFrom("4分10秒", "8.6万", "3次", "250S"),
          percent.map((p) => `${Math.round(p * 1000) / 10}%`),
          fc.constantFrom("", "abc", "3.5万", "95", true, null),
        ),
        fc.record({
          max: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
          target: fc.option(fc.constantFrom(0.9, 1, 50, 100_000), { nil: undefined }),
          percentFormat: fc.boolean(),
          durationFormat: fc.boolean(),
        }),
        (rule, input, options) => {
          const slow = evaluate(rule, input, options);
          expect(quickScore(rule, input, options)).toBe(slow.ok ? slow.score : undefined);
        },
      ),
    );
  });

  it("reads a printed band rule back as the same rule", () => {
    fc.assert(
      fc.property(fc.oneof(higherIsBetter, lowerIsBetter), (rule) => {
        const printed = printRule(rule);
        const parsed = parseRule(printed);
        expect(parsed.ok && parsed.rule).toEqual(rule);
      }),
    );
  });

  it("reads printed deduction, judged, level, pass and manual rules back as the same rules", () => {
    const rules = fc.oneof(
      fc
        .record({
          per: fc.integer({ min: 1, max: 5 }),
          points: fc.integer({ min: 1, max: 10 }),
          cap: fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }),
        })
        .map(({ per, points, cap }): Rule => ({
          kind: "deduction",
          unit: "count",
          clauses: [{ measure: "count", per, points: -points }],
          ...(cap !== undefined ? { maxDeduction: cap } : {}),
        })),
      fc
        .record({
          target: fc.integer({ min: 50, max: 100 }),
          step: fc.integer({ min: 1, max: 5 }),
          points: fc.integer({ min: 1, max: 5 }),
        })
        .map(({ target, step, points }): Rule => ({
          kind: "deduction",
          unit: "percent",
          target: target / 100,
          clauses: [{ measure: "below", per: step / 100, perUnit: "percent", points: -points }],
        })),
      fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 4 }).map((points): Rule => ({
        kind: "levels",
        unit: "number",
        levels: [...points]
          .sort((a, b) => b - a)
          .map((p, i) => ({
            key: "ABCD"[i] as string,
            description: "按要求完成",
            score: { type: "points", points: p },
          })),
      })),
      fc.integer({ min: 1, max: 30 }).map((p): Rule => ({
        kind: "pass",
        pass: { type: "points", points: p },
        fail: { type: "points", points: 0 },
        unit: "number",
      })),
      fc
        .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 6, max: 30 }))
        .map(([min, max]): Rule => ({ kind: "manual", min, max })),
      fc
        .record({
          kind: fc.constantFrom("deduction" as const, "bonus" as const),
          base: fc.option(fc.integer({ min: 5, max: 100 }), { nil: undefined }),
        })
        .map(({ kind, base }): Rule => ({
          kind,
          unit: "points",
          clauses: [],
          judged: true,
          ...(base !== undefined && kind === "deduction" ? { basePoints: base } : {}),
        })),
    );
    fc.assert(
      fc.property(rules, (rule) => {
        const parsed = parseRule(printRule(rule));
        expect(parsed.ok && parsed.rule).toEqual(rule);
      }),
    );
  });
});
