import { PERCENT_POINTS_FROM, RATE_TARGET_UP_TO } from "../coerce";
import { issue, type Issue } from "../issue";
import { compare } from "../precision";
import type { Unit } from "../quantity";
import type { Band, Interval, Rule, RuleOf, Score, StepClause } from "../rule";
import type { Condition } from "./bounds";
import type { ClauseReading, Limit, Reading, Step } from "./readers";
import { boundsCount, boundsNoun } from "./readers";
import { is, readings as lexemeOf, type NumToken } from "./tokens";

/**
 * The clause readings of a text assembled into the one rule kind they describe, chosen by which
 * clause types are present: steps make a deduction or bonus, a proportional formula a linear rule,
 * bands a band rule, met / not met clauses a pass rule, judgement words a manual rule. The
 * readings a rule does not use are returned, so the text's unread numbers can be named.
 */
export type Assembly = {
  rule: Rule;
  used: ReadonlySet<ClauseReading>;
  /** Every number of the text belongs to the rule (a judged list guides the evaluator). */
  whole?: true;
  /** What makes the assembly itself unsure (a rise with no baseline). */
  doubt?: Issue;
} | null;

type Of<T extends Reading["type"]> = ClauseReading & { reading: Extract<Reading, { type: T }> };

const of = <T extends Reading["type"]>(readings: readonly ClauseReading[], type: T): Of<T>[] =>
  readings.filter((r): r is Of<T> => r.reading.type === type);

export function assemble(readings: readonly ClauseReading[]): Assembly {
  const sequence = of(readings, "sequence")[0];
  if (sequence) return buildSequence(sequence, of(readings, "otherwise")[0]);
  const judged = of(readings, "judged");
  // A judged list that also pays by proportion mixes two ways of scoring one cell.
  if (judged.length > 0)
    return of(readings, "proportional").length > 0 ? null : buildJudged(readings, judged);
  if (of(readings, "proportional").length > 0) return buildLinear(readings);
  const tiers = buildTiers(readings);
  if (tiers) return tiers;
  if (of(readings, "step").length > 0) return buildSteps(readings);
  const bands = of(readings, "band");
  const passes = of(readings, "pass");
  if (passes.some((p) => p.reading.condition) && passes.some((p) => !p.reading.met))
    return buildPass(readings);
  // GMV达成率≥100%得20分,未达成得0分: one standard and what not meeting it scores is met / not met,
  // read from the value or from the words (达成 / 未达成).
  const one = bands[0];
  const { min, max } = one?.reading.condition.interval ?? {};
  if (
    one &&
    bands.length === 1 &&
    !one.reading.condition.bare &&
    (min === undefined) !== (max === undefined) &&
    passes.length > 0 &&
    passes.every((p) => !p.reading.met && !p.reading.condition)
  ) {
    const standard: Of<"pass"> = {
      ...one,
      reading: { type: "pass", met: true, outcome: one.reading.outcome, condition: one.reading.condition },
    };
    const built = buildPass([standard, ...passes]);
    return built && { ...built, used: new Set([...built.used, one]) };
  }
  // 审核通过98%为满分: one value earning the full score is a standard, met from there up.
  // 开播率100%得10分,否则0分: so is one value earning its points beside 否则.
  const standard =
    bands.length === 1 &&
    ((bands[0] as Of<"band">).reading.outcome.score.type === "share" || of(readings, "otherwise").length > 0);
  if (bands.some((b) => !b.reading.condition.bare) || bands.length > 1 || standard)
    return buildBand(readings);
  if (passes.length > 0 && bands.length === 0) return buildPass(readings);
  const alone = standardAlone(readings);
  if (alone) return alone;
  const manual = of(readings, "manual");
  if (manual.length > 0) return buildManual(readings, manual);
  return null;
}

/** 好评率不低于97%，否则本项不得分: a one-sided standard with no score of its own, and 否则 scoring
 * the rest: meeting it earns the full points. */
function standardAlone(readings: readonly ClauseReading[]): Assembly {
  const conditions = of(readings, "condition");
  const otherwise = of(readings, "otherwise");
  const [standard] = conditions;
  const [rest] = otherwise;
  if (!standard || !rest || conditions.length !== 1 || otherwise.length !== 1) return null;
  const { interval, bare, unit } = standard.reading.condition;
  if (bare || (interval.min === undefined) === (interval.max === undefined)) return null;
  const rule: RuleOf<"pass"> = {
    kind: "pass",
    pass: { type: "share", share: 1 },
    fail: rest.reading.outcome.score,
    when: interval,
    unit,
  };
  return { rule, used: usedSet([standard, rest]) };
}

const usedSet = (...groups: ReadonlyArray<readonly ClauseReading[]>): Set<ClauseReading> =>
  new Set(groups.flat());

// ---------------------------------------------------------------------------------------------
// Bands

/** The unit most conditions are written in; plain numbers take it (80-90 next to 90%). */
function dominantUnit(conditions: readonly Condition[]): Unit {
  const counts = new Map<Unit, number>();
  for (const c of conditions) if (c.unit !== "number") counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "number";
}

function inUnit(interval: Interval, from: Unit, to: Unit): Interval {
  if (from !== "number" || to !== "percent") return interval;
  const scale = (v: number) => v / 100;
  return {
    ...(interval.min ? { min: { ...interval.min, value: scale(interval.min.value) } } : {}),
    ...(interval.max ? { max: { ...interval.max, value: scale(interval.max.value) } } : {}),
  };
}

function buildBand(readings: readonly ClauseReading[]): Assembly {
  const scored = of(readings, "band");
  const unit = dominantUnit(scored.map((a) => a.reading.condition));
  const oneSided = scored.filter(
    (a) =>
      !a.reading.condition.bare && (!a.reading.condition.interval.min || !a.reading.condition.interval.max),
  );
  const mins = oneSided.filter((a) => a.reading.condition.interval.min).length;
  const maxes = oneSided.length - mins;
  const allBare = oneSided.length === 0 && scored.every((b) => b.reading.condition.bare);
  const stated = scored
    .filter((a) => !a.reading.condition.bare)
    .map((a) => inUnit(a.reading.condition.interval, a.reading.condition.unit, unit));
  const bounds = stated
    .flatMap((i) => [i.min?.value, i.max?.value])
    .filter((v): v is number => v !== undefined);
  // 4.6分得5分 above 低于4.6分不得分: a band lies below, so the bare value is its band's lower end.
  const below = (v: number) => stated.some((i) => i.max && !i.min && i.max.value <= v);
  // 1st: 10, 2nd: 8, 3rd: 6, others: 0 (名次1得10分，名次2得8分…): bare whole numbers counting on from 1
  // are places or levels, each itself; read upward, every place below the last would take its points.
  const values = scored.map((b) => b.reading.condition.interval.min?.value);
  const places = allBare && values.length >= 2 && values.every((v, i) => v === i + 1);
  const top = bounds.length > 0 ? Math.max(...bounds) : Infinity;
  const bottom = bounds.length > 0 ? Math.min(...bounds) : -Infinity;
  const bands: Band[] = scored.map(({ reading: { condition, outcome } }) => {
    let interval = inUnit(condition.interval, condition.unit, unit);
    const v = interval.min?.value ?? 0;
    // 4万元得8分 among 以上 bands means 4万元以上; 影响力30w奖励600元 with only such steps means
    // from 30w up; a count (违规1次得8分) stays exact. 达标率100%得25分 above every other band is
    // the top band: 100% and over.
    if (
      condition.bare &&
      v !== 0 &&
      unit !== "count" &&
      !places &&
      (mins !== maxes || allBare || v >= top || v <= bottom || below(v))
    ) {
      const upward = v >= top || below(v) ? true : v <= bottom ? false : mins >= maxes;
      interval = upward
        ? { min: { value: v, inclusive: true, explicit: true } }
        : { max: { value: v, inclusive: true, explicit: true } };
    }
    return { ...interval, score: outcome.score };
  });
  if (bands.length === 0) return null;
  if (unit === "count") noneCostsNothing(bands);
  const otherwise =
    of(readings, "otherwise")[0] ?? of(readings, "pass").find((p) => !p.reading.met && !p.reading.condition);
  const scale = statedFull(readings, bands, scored);
  const rule: RuleOf<"band"> = {
    kind: "band",
    unit,
    bands: scale ? bands.map((b) => ofStatedFull(b, scale)) : bands,
  };
  if (otherwise)
    rule.otherwise = scale
      ? ofStatedFull({ score: otherwise.reading.outcome.score }, scale).score
      : otherwise.reading.outcome.score;
  return { rule, used: usedSet(scored, [...(otherwise ? [otherwise] : []), ...(scale ? [scale] : [])]) };
}

/** 满分15分 after bands that score 满分 (好评率98%以上得满分；…；满分15分), or whose top band scores
 * just that: the full points, where no band scores more. */
function statedFull(
  readings: readonly ClauseReading[],
  bands: readonly Band[],
  scored: readonly Of<"band">[],
): Of<"scale"> | undefined {
  const scale = of(readings, "scale")[0];
  // 客户评分（满分5分）4.5分以上得满分: a full score written before the bands, or beside bands measured
  // in points, may be the rating's own scale, not the item's points.
  if (!scale || !statedAfter(scale, scored) || scored.some(measuredInPoints)) return undefined;
  // ≥4.5得满分…（满分5分）: plain bounds all within the full score may be a rating on its scale.
  const plain = scored.every((b) => b.reading.condition.unit === "number");
  const ends = bands.flatMap((b) => [b.min?.value, b.max?.value]).filter((v) => v !== undefined);
  if (plain && ends.every((v) => v <= scale.reading.points)) return undefined;
  const points = bands.flatMap((b) => (b.score.type === "points" ? [b.score.points] : []));
  const top = Math.max(...points);
  const full = bands.some((b) => b.score.type === "share") || top === scale.reading.points;
  return full && !(top > scale.reading.points) ? scale : undefined;
}

const startOf = (r: ClauseReading): number => r.clause.tokens[0]?.start ?? 0;

/** Whether a clause comes after all the others: stated after the rule, as a closing remark. */
const statedAfter = (r: ClauseReading, others: readonly ClauseReading[]): boolean =>
  others.every((o) => startOf(o) < startOf(r));

/** 4.5分以上: a band whose bounds are points (a rating), not the measure of a rate or a count. */
const measuredInPoints = (b: Of<"band">): boolean =>
  b.reading.condition.used.some((n) => is(b.clause.tokens[b.clause.tokens.indexOf(n) + 1], "pts"));

/** A band's share of the full points, as points of the full points the text states. */
function ofStatedFull<B extends Pick<Band, "score">>(band: B, scale: Of<"scale">): B {
  const { score } = band;
  return score.type === "share"
    ? { ...band, score: { type: "points", points: score.share * scale.reading.points } }
    : band;
}

const takesOff = (b: Band): number =>
  b.score.type === "deduct"
    ? b.score.points
    : b.score.type === "points" && b.score.points === 0
      ? Infinity
      : 0;

/**
 * 迟到3次以内扣1分，3次以上扣3分: faults whose bands take more off as they grow, the first reaching
 * down to none. No fault costs nothing, as between count tiers; where fewer take more off
 * (培训不足3次扣2分), none is the worst and keeps its band.
 */
function noneCostsNothing(bands: Band[]): void {
  const first = bands.find((b) => !b.min && b.max && b.score.type === "deduct" && b.score.points > 0);
  if (!first?.max) return;
  const end = first.max.value;
  const worse = bands.some((b) => b.min && compare(b.min.value, end) >= 0 && takesOff(b) > takesOff(first));
  if (!worse || end <= 0 || bands.some((b) => b !== first && (!b.min || b.min.value <= 0))) return;
  first.min = { value: 0, inclusive: false, explicit: true };
  const none = { value: 0, inclusive: true, explicit: true };
  bands.unshift({ min: none, max: none, score: { type: "deduct", points: 0 } });
}

/** One exact band per place; 其余不得分 scores every other place. */
function buildSequence(sequence: Of<"sequence">, otherwise: Of<"otherwise"> | undefined): Assembly {
  const bands: Band[] = sequence.reading.scores.map((points, i) => {
    const at = { value: sequence.reading.from + i, inclusive: true, explicit: true };
    return { min: at, max: at, score: { type: "points", points } };
  });
  const rule: RuleOf<"band"> = { kind: "band", unit: "count", bands };
  if (otherwise) rule.otherwise = otherwise.reading.outcome.score;
  return { rule, used: usedSet([sequence], otherwise ? [otherwise] : []) };
}

/**
 * 迟到1次扣1分，2次扣2分，3次及以上扣3分: counts written without 每 that differ from clause to
 * clause are the tiers of one count scale, not steps; no occurrence costs nothing.
 */
function buildTiers(readings: readonly ClauseReading[]): Assembly {
  const steps = of(readings, "step");
  const tiered = steps.filter((s) => s.reading.step.tier !== undefined);
  // 3次及以上扣3分, 3次及以上本项不得分: the last tier takes points off, or all of them.
  const bands = of(readings, "band").filter(
    (b) =>
      b.reading.condition.unit === "count" &&
      !b.reading.condition.bare &&
      (b.reading.outcome.score.type === "deduct" ||
        (b.reading.outcome.score.type === "points" && b.reading.outcome.score.points === 0)),
  );
  const counts = new Set(tiered.map((s) => s.reading.step.tier));
  if (
    tiered.length === 0 ||
    tiered.length < steps.length ||
    counts.size < tiered.length ||
    tiered.length + bands.length < 2
  )
    return null;
  const at = (n: number) => ({ value: n, inclusive: true, explicit: true });
  const rows: Band[] = [
    ...tiered.map((s) => ({
      min: at(s.reading.step.tier as number),
      max: at(s.reading.step.tier as number),
      score: { type: "deduct" as const, points: -s.reading.step.points },
    })),
    ...bands.map((b) => ({ ...b.reading.condition.interval, score: b.reading.outcome.score })),
  ];
  if (!rows.some((r) => (r.min?.value ?? 0) <= 0))
    rows.unshift({ min: at(0), max: at(0), score: { type: "deduct", points: 0 } });
  const rule: Rule = { kind: "band", unit: "count", bands: rows };
  const used = new Set<ClauseReading>([...tiered, ...bands]);
  const doubt = gradedTiers(tiered) ?? fallingTiers(tiered);
  return doubt ? { rule, used, doubt } : { rule, used };
}

/** 一级客诉扣10分，二级客诉扣5分: levels named by 级 (a severity, a grade) are kinds, not counts of
 * anything; which one the cell holds (the level, or a count of each?) is asked. */
function gradedTiers(tiered: readonly Of<"step">[]): Issue | undefined {
  const graded = tiered.find((s) =>
    s.clause.tokens.some(
      (t) => t.t === "num" && t.value === s.reading.step.tier && (t as NumToken).unitWord === "级",
    ),
  );
  return graded ? issue("doubt.graded", { word: graded.clause.text }) : undefined;
}

/** 1次扣6分，2次扣4分，3次扣2分: more occurrences costing less contradicts counting them; a level or a
 * bound was taken for a count. */
function fallingTiers(tiered: readonly Of<"step">[]): Issue | undefined {
  const byCount = [...tiered].sort((a, b) => (a.reading.step.tier ?? 0) - (b.reading.step.tier ?? 0));
  const falls = byCount.some(
    (s, i) => i > 0 && -s.reading.step.points < -(byCount[i - 1] as Of<"step">).reading.step.points,
  );
  return falls ? issue("doubt.tiers", {}) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Met / not met

function buildPass(readings: readonly ClauseReading[]): Assembly {
  const passes = of(readings, "pass");
  const standard = passes.find((p) => p.reading.condition && p.reading.met);
  const yes = standard ?? passes.find((p) => p.reading.met);
  const no = passes.find((p) => !p.reading.met) ?? of(readings, "otherwise")[0];
  const pass: Score = yes?.reading.outcome.score ?? { type: "share", share: 1 };
  const fail: Score = no?.reading.outcome.score ?? { type: "points", points: 0 };
  // 差评率≤2%为达标,达标得10分: the standard defined in a clause of its own.
  const defined = standard
    ? undefined
    : of(readings, "condition").find(
        (c) =>
          !c.reading.condition.bare &&
          c.clause.tokens.some((t) => (lexemeOf(t, "pass") as { met?: boolean } | undefined)?.met === true),
      );
  const used = usedSet(yes ? [yes] : [], no ? [no] : [], defined ? [defined] : []);
  const when = standard?.reading.condition ?? defined?.reading.condition;
  if (when) return { rule: { kind: "pass", pass, fail, when: when.interval, unit: when.unit }, used };
  return { rule: { kind: "pass", pass, fail, unit: "number" }, used };
}

// ---------------------------------------------------------------------------------------------
// Judgement

function buildManual(readings: readonly ClauseReading[], manual: Of<"manual">[]): Assembly {
  const ranged = manual.find((m) => m.reading.max !== undefined);
  const rule: RuleOf<"manual"> = { kind: "manual" };
  if (ranged?.reading.min !== undefined) rule.min = ranged.reading.min;
  if (ranged?.reading.max !== undefined) rule.max = ranged.reading.max;
  // 满分10分, 最高10分: the top of the judged score.
  const scale = of(readings, "scale")[0];
  const ceiling = limitsOf(readings).find((l) => l.reading.limit.kind === "ceiling");
  // 由主管评定，得分在0-10分之间: the range the judged score stays in.
  const range = limitsOf(readings).find((l) => l.reading.limit.kind === "range");
  if (!ranged && range?.reading.limit.kind === "range") {
    rule.min = range.reading.limit.floor;
    rule.max = range.reading.limit.ceiling;
    return { rule, used: usedSet(manual, [range]) };
  }
  if (!ranged && scale) rule.max = scale.reading.points;
  else if (!ranged && ceiling?.reading.limit.kind === "ceiling") rule.max = ceiling.reading.limit.value;
  return { rule, used: usedSet(manual, ranged ? [] : scale ? [scale] : ceiling ? [ceiling] : []) };
}

/** 扣5-20分 among other faults, 每次最多扣10分: the evaluator weighs each case; the cell holds the
 * points taken off (or, with awards too, the net points). */
function buildJudged(readings: readonly ClauseReading[], judged: Of<"judged">[]): Assembly {
  const steps = of(readings, "step");
  const awards =
    judged.filter((j) => j.reading.sign > 0).length + steps.filter((s) => s.reading.step.points > 0).length;
  const penalties =
    judged.filter((j) => j.reading.sign < 0).length + steps.filter((s) => s.reading.step.points < 0).length;
  const listed = judged.find((j) => j.reading.listed);
  const base = of(readings, "base")[0];
  const used = new Set(readings);
  const judgedRule = (kind: "deduction" | "bonus"): Assembly => {
    const rule: RuleOf<"deduction" | "bonus"> = { kind, unit: "points", clauses: [], judged: true };
    if (base) rule.basePoints = base.reading.points;
    return { rule, used, whole: true };
  };
  // As the engine prints a judged list back: 上级按所列事项评定扣分 / 加减分.
  if (listed) return judgedRule(listed.reading.sign < 0 ? "deduction" : "bonus");
  // One judged award alone (有重大贡献,额外加5-10分) is a bonus the evaluator awards within its range.
  if (penalties === 0 && judged.length === 1 && awards === 1) {
    const j = judged[0] as Of<"judged">;
    // 每封加1-3分: a judged amount for each occurrence, which one count cannot say.
    if (j.clause.tokens.some((t) => is(t, "per"))) return null;
    const award: Score =
      j.reading.min !== undefined && j.reading.max !== undefined
        ? { type: "range", min: j.reading.min, max: j.reading.max }
        : { type: "points", points: j.reading.max ?? 0 };
    return { rule: { kind: "bonus", unit: "number", clauses: [], award }, used, whole: true };
  }
  if (awards > 0 && penalties > 0) {
    // A base with awards and penalties judges the item as a whole: a manual score.
    if (base) return { rule: { kind: "manual", min: 0, max: base.reading.points }, used, whole: true };
    return judgedRule("bonus");
  }
  // One judged ceiling alone (每次最多扣除20分) says how much, never from what.
  if (penalties === 0 || (judged.length === 1 && steps.length === 0 && !base)) return null;
  return judgedRule("deduction");
}

// ---------------------------------------------------------------------------------------------
// Steps

function limitsOf(readings: readonly ClauseReading[]): Of<"limit">[] {
  return of(readings, "limit");
}

/** The side every step counted from a standard takes (每超0.5% above, 每低1% below), if one. */
function oneSide(steps: readonly Of<"step">[]): "above" | "below" | false {
  const sides = new Set(steps.map((s) => s.reading.step.measure));
  const [side] = [...sides];
  return sides.size === 1 && (side === "above" || side === "below") ? side : false;
}

/** The target a rule names (目标为10条), or the one-sided standard that earns the full score
 * (≥8条得10分, ≤10%得满分, 不低于4.8分, 投产比为2.5得满分). */
function targetOf(
  readings: readonly ClauseReading[],
  /** Steps beyond a bound: a condition stated alone is where they start (a proportion's is not);
   * for steps counted one way only (超过3%，每超0.5%), a bound on that side alone. */
  aloneStarts: boolean | "above" | "below" = false,
): { value: number; unit: Unit; from: ClauseReading; points?: number } | undefined {
  const named = of(readings, "target")[0];
  if (named) return { value: named.reading.value, unit: named.reading.unit, from: named };
  for (const r of readings) {
    const reading = r.reading;
    const c =
      reading.type === "band" || reading.type === "condition" || reading.type === "pass"
        ? reading.condition
        : undefined;
    const score = reading.type === "band" || reading.type === "pass" ? reading.outcome.score : undefined;
    const full = score?.type === "share" && score.share === 1;
    if (!c || (c.bare && !full)) continue;
    if (score?.type === "points" && score.points === 0) continue;
    const { min, max } = c.interval;
    // ≥95%得8分,每超1%加0.5分: the standard's own points are where the steps start.
    const points = score?.type === "points" ? { points: score.points } : {};
    // ≥200人得满分 and 超过200人得满分 alike: the steps count from 200.
    // 差评率>1%,每增加0.1%扣1分: a bound stated alone is where the steps beyond it start, whatever
    // side of it its own number lies.
    const alone = (side: "above" | "below") =>
      reading.type === "condition" && (aloneStarts === true || aloneStarts === side);
    if (min && !max && (min.inclusive || full || alone("above")))
      return { value: min.value, unit: c.unit, from: r, ...points };
    if (max && !min && (max.inclusive || full || alone("below")))
      return { value: max.value, unit: c.unit, from: r, ...points };
    if (min && max && min.value === max.value && full) return { value: min.value, unit: c.unit, from: r };
  }
  // 及时率100%得10分,每降低5%扣2分: one value alone earning points is the standard, and its points.
  const [one, other] = of(readings, "band").filter(
    (b) => b.reading.outcome.score.type === "points" && b.reading.outcome.score.points > 0,
  );
  const at = one?.reading.condition;
  const points = (one?.reading.outcome.score as { points?: number } | undefined)?.points;
  if (!other && at?.bare && at.interval.min && at.interval.min.value === at.interval.max?.value)
    return { value: at.interval.min.value, unit: at.unit, from: one as ClauseReading, points };
  return undefined;
}

/** Bands that zero the item (低于4条不得分, 低于50%不得分). */
function zeroWhenOf(readings: readonly ClauseReading[]): Of<"band"> | undefined {
  return of(readings, "band").find(
    (b) =>
      b.reading.outcome.score.type === "points" &&
      b.reading.outcome.score.points === 0 &&
      !b.reading.condition.bare,
  );
}

/** Faults named in words that all cost the same (使用winform扣5分, 字体不一致扣5分) are one count. */
function mergeFaults(clauses: StepClause[]): StepClause[] {
  const labelled = clauses.filter((c) => c.measure === "count" && c.label !== undefined);
  const same = labelled.length > 1 && labelled.every((c) => c.points === labelled[0]?.points && c.per === 1);
  if (!same) return clauses;
  return [
    { measure: "count", per: 1, points: labelled[0]?.points as number },
    ...clauses.filter((c) => !labelled.includes(c)),
  ];
}

/** 即, 也就是, i.e.: what follows restates what went before. */
const RESTATES = /^(?:即|也就是说?|也即|亦即|换言之|i\.?e\.?|that is)$/i;

/** The words before a step's 每 (销售额每低1%) or its number: what it counts, or nothing where it
 * restates. */
function nameOf(step: Of<"step">): string {
  const tokens = step.clause.tokens;
  // 迟到扣2分: with no 每, the words before the points.
  const per = tokens.findIndex((t) => is(t, "per") || t.t === "num");
  const words = tokens
    .slice(0, Math.max(per, 0))
    .filter((t) => t.t === "word")
    .map((t) => (t as { text: string }).text);
  return words.some((w) => RESTATES.test(w)) ? "" : words.join("");
}

/** What makes two steps the same step: every part that scores. */
const stepKey = (s: Step): string =>
  JSON.stringify([s.measure, s.per, s.perUnit, s.points, s.share, s.from, s.change, s.rise, s.accumulates]);

/**
 * 每迟到一次扣1分；Late: 1 point off per occurrence, 每低1%扣1分 / Deduct 1 point per 1% below, 投诉每次扣
 * 2分，即每被投诉1次扣2分: one step written twice (in another language, or restated after 即) is one
 * step, taken once. The same step from a target after two different names (销售额每低1%扣1分，回款率每低
 * 1%扣1分) is two measures one input cannot hold: `twoMeasures`, asked. Two faults named apart at one
 * price stay two counts (mergeFaults reads them as one count of either).
 */
function restatedOnce(
  steps: readonly Of<"step">[],
  sized: readonly Step[],
): { kept: Step[]; twoMeasures: boolean } {
  const kept: Step[] = [];
  const names: string[] = [];
  let twoMeasures = false;
  sized.forEach((step, i) => {
    const name = nameOf(steps[i] as Of<"step">);
    const twin = kept.findIndex((k) => stepKey(k) === stepKey(step));
    const apart = twin >= 0 && name !== "" && names[twin] !== "" && name !== names[twin];
    if (twin >= 0 && !apart) return;
    if (apart && step.measure !== "count") twoMeasures = true;
    kept.push(step);
    names.push(name);
  });
  return { kept, twoMeasures };
}

function stepClause(step: Step): StepClause {
  const clause: StepClause = { measure: step.measure, per: step.per, points: step.points };
  if (step.measure !== "count" && step.perUnit) clause.perUnit = step.perUnit;
  if (step.label) clause.label = step.label;
  if (step.share) clause.share = true;
  return clause;
}

/** 低于目标值则减0.2分 beside 每高于目标值1%加0.2分: the other side takes the sibling's step. */
function inherited(steps: readonly Of<"step">[]): Step[] | null {
  const sized = steps.find((s) => s.reading.step.per > 0 && s.reading.step.measure !== "count");
  const out: Step[] = [];
  for (const s of steps) {
    const step = s.reading.step;
    if (step.per > 0) out.push(step);
    else if (sized)
      out.push({
        ...step,
        per: sized.reading.step.per,
        ...(sized.reading.step.perUnit ? { perUnit: sized.reading.step.perUnit } : {}),
      });
    else return null;
  }
  return out;
}

/** A condition on a number of points (扣分≤5分). */
const inPoints = (c: Of<"condition">): boolean =>
  c.reading.condition.used.some((n) => is(c.clause.tokens[c.clause.tokens.indexOf(n) + 1], "pts"));

/** The values outside a stated threshold score 0 (最低不得低于70%得分 → below 70%). */
function complementOf(condition: Condition): Interval {
  const { min, max } = condition.interval;
  if (min) return { max: { value: min.value, inclusive: !min.inclusive, explicit: true } };
  if (max) return { min: { value: max.value, inclusive: !max.inclusive, explicit: true } };
  return {};
}

function buildSteps(readings: readonly ClauseReading[]): Assembly {
  const steps = of(readings, "step");
  // 通过率每增加5%得1分: points earned per step of a rate, from where is not said.
  if (steps.some((s) => s.reading.step.accumulates && s.reading.step.measure !== "count")) return null;
  const inheritedSteps = inherited(steps);
  if (!inheritedSteps) return null;
  const { kept: sized, twoMeasures } = restatedOnce(steps, inheritedSteps);
  // Several kinds counted: each is named by the words before 每, or else by those after its count.
  const kinds = sized.filter((s) => s.measure === "count").length > 1;
  const kindsNamed = sized.map((s) => (kinds && !s.label && s.named ? { ...s, label: s.named } : s));
  const clauses = mergeFaults(kindsNamed.map(stepClause));
  const counted = clauses.filter((c) => c.measure === "count");
  // Bands scoring other than 0 or full beside several counts are two rules in one cell.
  const otherScores = of(readings, "band").filter(
    (b) =>
      !b.reading.condition.bare &&
      !(b.reading.outcome.score.type === "points" && b.reading.outcome.score.points === 0) &&
      !(b.reading.outcome.score.type === "share" && b.reading.outcome.score.share === 1),
  );
  if (otherScores.length > 0 && counted.length > 1) return null;
  const kind = (clauses[0]?.points ?? 0) < 0 ? "deduction" : "bonus";
  const relative = steps.find((s) => s.reading.step.measure !== "count");
  const inline = steps.find((s) => s.reading.step.from)?.reading.step.from;
  // 较上月每提升1个百分点: the input is the change itself, measured from 0.
  const change = steps.some((s) => s.reading.step.change)
    ? { value: 0, unit: relative?.reading.step.perUnit ?? ("percent" as Unit) }
    : undefined;
  const stated = relative
    ? targetOf(readings, steps.some((s) => s.reading.step.rise) || oneSide(steps))
    : undefined;
  const target = relative
    ? (inline ?? (stated ? { value: stated.value, unit: stated.unit } : undefined) ?? change)
    : undefined;
  // 目标50万,每低5%扣4分: an amount target (above any rate in percent points) is measured as typed,
  // its percent steps a share of it.
  const amount = target?.unit === "number" && target.value > RATE_TARGET_UP_TO;
  const unit: Unit =
    target && (target.unit !== "number" || amount)
      ? target.unit
      : (relative?.reading.step.perUnit ?? (counted.length > 0 ? "count" : "number"));
  const rule: RuleOf<"deduction" | "bonus"> = { kind, unit, clauses };
  const used = new Set<ClauseReading>(steps);
  // 回复客户不超过12小时; 每超时1次扣1分: the standard that makes an occurrence (never a number of
  // points, which would be a limit the text leaves unread).
  // 迟到超过2次的，每次扣2分: a bound on the count itself says nothing of where the steps start;
  // left unread, it is asked about.
  const onCount = (c: Of<"condition">) =>
    steps.some((s) => boundsCount(c.reading.condition.used, s.clause.tokens));
  if (!relative) for (const c of of(readings, "condition")) if (!inPoints(c) && !onCount(c)) used.add(c);
  // CPM ≤ ¥20: 10 pts; deduct 2 pts for every ¥1 above ¥20: the standard, written twice.
  if (stated && relative && (!inline || inline.value === stated.value)) {
    used.add(stated.from);
    // The points the standard earns are where the steps start.
    if (stated.points) rule.basePoints = stated.points;
  }
  const base = of(readings, "base")[0];
  if (base) {
    rule.basePoints = base.reading.points;
    used.add(base);
  }
  if (target) rule.target = target.value;
  const zero = zeroWhenOf(readings);
  const threshold = of(readings, "threshold")[0];
  // 每出现1次违规扣3分,最低不得低于80%得分: a percent beside counted steps is of the points.
  const ofPoints =
    threshold && threshold.reading.condition.unit === "percent" && unit !== "percent"
      ? threshold.reading.condition.interval.min
      : undefined;
  if (zero) {
    const interval = zero.reading.condition.interval;
    // 80%以下得0分，80%得6分: the standard the steps start from keeps its own point, as a band that
    // begins there would.
    const yields =
      interval.max !== undefined &&
      !interval.max.explicit &&
      rule.target !== undefined &&
      compare(interval.max.value, rule.target) === 0;
    rule.zeroWhen =
      yields && interval.max ? { ...interval, max: { ...interval.max, inclusive: false } } : interval;
    used.add(zero);
  } else if (ofPoints) {
    rule.floorShare = ofPoints.value;
    used.add(threshold as ClauseReading);
  } else if (threshold) {
    rule.zeroWhen = complementOf(threshold.reading.condition);
    used.add(threshold);
  }
  // 每完成一个项目得3分: the score is what the units earn, from 0.
  if (steps.every((s) => s.reading.step.accumulates) && rule.basePoints === undefined) {
    rule.basePoints = 0;
    // 未完成的项目不得分: what is not done earns nothing, as the steps say already.
    for (const p of of(readings, "pass"))
      if (!p.reading.met && p.reading.outcome.score.type === "points") used.add(p);
  }
  // 交付周期≤7天得10分，每延迟1天扣2分: a standard in the very counter the steps count (7天, 每1天)
  // leaves the cell in doubt (the days taken, or the days late?): left unread, it is asked about.
  const countsItself = (r: ClauseReading): boolean =>
    !relative &&
    r.reading.type === "band" &&
    steps.some((s) => {
      const bound = (r.reading as { condition: Condition }).condition.used;
      return boundsCount(bound, s.clause.tokens) || boundsNoun(bound, r.clause.tokens, s.clause.tokens);
    });
  // 达标得满分 / 及时响应得满分 beside the steps: the full score is where the steps start.
  let full = false;
  for (const r of readings)
    if (
      !countsItself(r) &&
      (r.reading.type === "band" || r.reading.type === "pass" || r.reading.type === "anchor") &&
      r.reading.outcome.score.type === "share" &&
      r.reading.outcome.score.share === 1
    ) {
      used.add(r);
      full = true;
    }
  // 48小时内处理完毕得100分，每超时一单扣10分: one standard written with its points, beside counted
  // faults, is the score they count down from (and the standard says what a fault is).
  const met = of(readings, "pass").filter((p) => p.reading.met && !p.reading.condition);
  // 获得优秀称号加5分 is points on top, never the base the faults count down from.
  const standards = [...of(readings, "band"), ...of(readings, "anchor"), ...met].filter(
    (b) =>
      !used.has(b) &&
      !countsItself(b) &&
      b.reading.outcome.sign !== 1 &&
      b.reading.outcome.score.type === "points" &&
      b.reading.outcome.score.points > 0,
  );
  const standard = standards[0];
  // Where the steps already start from 0 (每完成1个得2分), a standard's own points (完成10个及以上得
  // 30分) are a second rule the steps do not hold: left unread, so the reading is asked about.
  if (
    !relative &&
    standards.length === 1 &&
    standard?.reading.outcome.score.type === "points" &&
    rule.basePoints === undefined
  ) {
    rule.basePoints = standard.reading.outcome.score.points;
    used.add(standard);
  }
  // 满分20分 beside steps from a target (每高1个百分点加1分，每低…扣2分): the full points are where the
  // steps start.
  const scale = of(readings, "scale")[0];
  if (relative && scale && rule.basePoints === undefined) {
    rule.basePoints = scale.reading.points;
    used.add(scale);
  }
  // 以目标值为基准得10分 / 达到目标得10分 beside steps from the target: the points the steps start from.
  const atTarget = [...of(readings, "anchor"), ...met].find(
    (a) =>
      !used.has(a) &&
      a.clause.tokens.some((t) => is(t, "target")) &&
      a.reading.outcome.score.type === "points" &&
      a.reading.outcome.score.points > 0,
  );
  if (relative && atTarget?.reading.outcome.score.type === "points" && rule.basePoints === undefined) {
    rule.basePoints = atTarget.reading.outcome.score.points;
    used.add(atTarget);
  }
  // 不足30秒按30秒计: what a part of a step counts, where the step is of that size (or none is said).
  for (const p of of(readings, "partStep")) {
    const { mode, per } = p.reading;
    const sized = clauses.some(
      (c) => per === undefined || (c.per === per.value && (c.perUnit ?? unit) === per.unit),
    );
    if (!sized) continue;
    if (mode !== "down") rule.partSteps = mode;
    used.add(p);
  }
  for (const l of limitsOf(readings)) {
    const limit: Limit = l.reading.limit;
    // Deduct 2 points per deadline missed, up to a maximum of 10: beside steps that only take
    // off, a limit with no sign of its own caps what they take.
    // 满分20分…最高加至25分: from stated points, the additions reach 25 in all.
    // 每超1%加1分,最多加至12分 from the item's points (not known here): the score reaches 12 in all.
    if (
      limit.kind === "maxBonus" &&
      limit.total &&
      (rule.basePoints === undefined || limit.value > rule.basePoints)
    ) {
      rule.ceiling = limit.value;
      used.add(l);
    } else if (limit.kind === "ceiling" && clauses.every((c) => c.points < 0)) {
      rule.maxDeduction = limit.value;
      used.add(l);
    } else if (
      limit.kind === "maxDeduction" ||
      limit.kind === "maxBonus" ||
      limit.kind === "floor" ||
      limit.kind === "ceiling"
    ) {
      rule[limit.kind] = limit.value;
      used.add(l);
    }
    if (limit.kind === "eachWay") {
      rule.maxBonus = limit.value;
      rule.maxDeduction = limit.value;
      used.add(l);
    }
    if (limit.kind === "range") {
      rule.floor = limit.floor;
      rule.ceiling = limit.ceiling;
      used.add(l);
    }
    if (limit.kind === "floorShare") {
      rule.floorShare = limit.share;
      used.add(l);
    }
  }
  // Steps from a target (每低于目标1%) or from the full score (达标得满分, 扣完为止) belong to an
  // item with points of its own; a change from last month (较上月每提升1%) is an adjustment from 0.
  // A floor below zero (最低不低于-5分) only an adjustment has, and 加减分项 says it is one.
  const adjustment =
    (rule.floor !== undefined && rule.floor < 0) ||
    readings.some((r) => r.clause.tokens.some((t) => is(t, "adjustment")));
  if (rule.basePoints === undefined && (full || (!adjustment && ((relative && !change) || rule.floor === 0))))
    rule.fromFull = true;
  // 每少1场扣2分，扣完为止，满分20分: the full points the steps count down from, stated in the text.
  if (
    rule.fromFull &&
    scale &&
    !used.has(scale) &&
    statedAfter(scale, steps) &&
    steps.every((s) => s.reading.step.points < 0)
  ) {
    rule.basePoints = scale.reading.points;
    used.add(scale);
  }
  // 每多10人加2分,最高不超过满分: from the full score, nothing is added above it.
  const fullCap = limitsOf(readings).find((l) => l.reading.limit.kind === "fullCap");
  if (fullCap && rule.fromFull) {
    rule.maxBonus = 0;
    used.add(fullCap);
  }
  // 退货率每上升1%扣1分: a rise from what, when neither a target nor last month is named.
  const named =
    target !== undefined ||
    (atTarget !== undefined && used.has(atTarget)) ||
    steps.some((s) => s.reading.step.targeted || s.reading.step.change);
  if (steps.some((s) => s.reading.step.rise) && !named)
    return { rule, used, doubt: issue("doubt.baseline", {}) };
  if (twoMeasures) return { rule, used, doubt: issue("doubt.twice", {}) };
  // 目标90,每低1%扣1分: a plain target within percent points may be 90% or an amount of 90.
  if (target?.unit === "number" && !amount && target.value > PERCENT_POINTS_FROM && unit === "percent")
    return { rule, used, doubt: issue("doubt.targetScale", { target: target.value }) };
  return { rule, used };
}

/** A threshold (≥50%方可得分) read as the band below it that scores 0. */
function thresholdAsZero(readings: readonly ClauseReading[]): Of<"band"> | undefined {
  const t = of(readings, "threshold")[0];
  if (!t) return undefined;
  const condition: Condition = { ...t.reading.condition, interval: complementOf(t.reading.condition) };
  return {
    ...t,
    reading: {
      type: "band",
      condition,
      outcome: { score: { type: "points", points: 0 }, start: 0, end: 0, used: [], marked: true },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Proportional

/** A completion rate named in a proportion (完成率×分值, 按实际完成率×分值). */
const RATE_NAMED = /(完成|达成|达标)率/;

function buildLinear(readings: readonly ClauseReading[]): Assembly {
  const stated = targetOf(readings);
  const limits = limitsOf(readings);
  const prop = of(readings, "proportional");
  const used = new Set<ClauseReading>([...prop, ...limits]);
  const rule: RuleOf<"linear"> = {
    kind: "linear",
    unit: stated?.unit ?? "percent",
    uncapped: limits.some((l) => l.reading.limit.kind === "uncapped"),
  };
  if (stated) used.add(stated.from);
  // 完成率在80%以上的，按完成率×分值计算: a lower bound stated with no score of its own is where the
  // proportion applies, never a standard that earns the full points or that the rate is divided by.
  const applies =
    stated?.from.reading.type === "condition" && stated.from.reading.condition.interval.max === undefined
      ? stated
      : undefined;
  // 完成率≥90%得满分,低于90%按完成率×分值计分: the proportion names the rate itself, which is paid
  // as it is below the standard that earns the full points.
  const rateItself = stated?.unit === "percent" && prop.some((p) => RATE_NAMED.test(p.clause.text));
  if (applies) {
    // Below where it applies the text must say what is scored (80%以下不得分).
    const zeroAt = (zeroWhenOf(readings) ?? thresholdAsZero(readings))?.reading.condition;
    if (zeroAt?.interval.max?.value !== applies.value || zeroAt.unit !== applies.unit)
      return { rule, used, doubt: issue("doubt.unused", { clause: applies.from.clause.text }) };
  } else if (stated && rateItself && stated.value < 1) rule.fullFrom = stated.value;
  // A target of 100% is the ratio itself: the input is already a completion rate.
  else if (stated && !(stated.unit === "percent" && stated.value === 1)) rule.target = stated.value;
  const points = prop.find((p) => p.reading.points !== undefined)?.reading.points;
  const divisor = prop.find((p) => p.reading.target !== undefined)?.reading.target;
  // 15分×(实际结单数÷200): a count over the number it is divided by.
  if (divisor !== undefined && rule.target === undefined) {
    rule.target = divisor;
    rule.unit = "number";
  }
  if (prop.some((p) => p.reading.inverse)) rule.inverse = true;
  const zero = zeroWhenOf(readings) ?? thresholdAsZero(readings);
  const zeroMax = zero?.reading.condition.interval.max;
  // 100%原创得满分,低于80%按比例扣分: between 80% and 100% nothing is said. 80%-100%按比例得分 beside
  // 达到100%得满分 and 低于80%不得分 says it: each end of the proportion's range is one of theirs. Below
  // another full standard (60%-80%按比例, 80%以上得满分) the proportion of what is not said (of the
  // rate, of the standard, or from 0 at 60%): that range stays unread.
  const bounds = prop.flatMap((p) => p.used).filter((n) => n.value !== points);
  const whole = stated?.unit === "percent" && stated.value === 1;
  const ends = (n: NumToken) =>
    n.value === stated?.value ||
    (whole && zeroMax !== undefined && zeroMax.value === n.value && zero?.reading.condition.unit === n.unit);
  if (stated && bounds.some((n) => !ends(n))) return null;
  // 销售额10万得20分,未达到按比例计分: the points the standard earns are the proportion's.
  const stake = points ?? stated?.points;
  if (stake !== undefined) rule.points = stake;
  if (zero && zeroMax) {
    const ratio =
      zero.reading.condition.unit === "percent" || !stated ? zeroMax.value : zeroMax.value / stated.value;
    // 80%-100%按比例得分，80%以下不得分: 以下 written after its number yields it to the range that
    // begins there, as between bands.
    const yields =
      !zeroMax.explicit &&
      (applies !== undefined ||
        bounds.some((n) => n.unit === zero.reading.condition.unit && n.value === zeroMax.value));
    rule.zeroBelow = { value: ratio, inclusive: !zeroMax.inclusive || yields, explicit: true };
    used.add(zero);
  }
  for (const l of limits) {
    const limit = l.reading.limit;
    if (limit.kind === "cap") rule.cap = limit.ratio;
    if (limit.kind === "capPoints" && points !== undefined) rule.cap = limit.points / points;
    if (limit.kind === "ceiling" && points !== undefined) rule.cap = limit.value / points;
    // 完成率×分值,最高12分: the item's points are not known here, the ceiling is.
    if (limit.kind === "ceiling" && points === undefined) rule.ceiling = limit.value;
    if (limit.kind === "fullCap") rule.cap = 1;
  }
  // 超额部分每1%加0.5分: extra points per step of the rate above the target; a count (每获得一次
  // 表扬加2分) or a step in another unit is no part of the proportion.
  const extra = of(readings, "step").find(
    (s) =>
      s.reading.step.points > 0 &&
      s.reading.step.measure === "above" &&
      (s.reading.step.perUnit === undefined || s.reading.step.perUnit === rule.unit),
  );
  if (extra) {
    rule.extra = { per: extra.reading.step.per, points: extra.reading.step.points };
    used.add(extra);
    // 达成率×20,超额部分每5%加1分: a completion rate is over its target past 100%.
    const rated = prop.some((p) => p.clause.tokens.some((t) => is(t, "rate")));
    if (rule.target === undefined && rule.unit === "percent" && rated) rule.target = 1;
    // 超额部分每1%加0.5分，最多加5分: the extra points have their own cap.
    const most = limits.find((l) => l.reading.limit.kind === "maxBonus");
    if (most?.reading.limit.kind === "maxBonus") rule.extra.max = most.reading.limit.value;
  }
  // 结果四舍五入取整, 保留一位小数: the score rounded as the text says.
  const rounding = of(readings, "rounding")[0];
  if (rounding?.reading.digits !== undefined && rounding.reading.mode !== undefined) {
    rule.round = { digits: rounding.reading.digits, mode: rounding.reading.mode };
    used.add(rounding);
  }
  // 完成得满分 beside the formula: the full score at the target, which the ratio gives anyway.
  for (const r of readings)
    if (r.reading.type === "pass" || r.reading.type === "band")
      if (r.reading.outcome.score.type === "share" && r.reading.outcome.score.share === 1) used.add(r);
  // 完成目标得10分，未完成按完成比例计分: the points meeting the target earns are the proportion's
  // (达标得10分 names a standard the text does not give: left unread, it asks).
  const met = of(readings, "pass").find(
    (p) => p.reading.met && !p.reading.condition && p.clause.tokens.some((t) => is(t, "target")),
  );
  if (
    met?.reading.outcome.score.type === "points" &&
    met.reading.outcome.sign === undefined &&
    stake === undefined
  ) {
    rule.points = met.reading.outcome.score.points;
    used.add(met);
  }
  return { rule, used };
}

export type { NumToken };
