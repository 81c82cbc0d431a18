import { issue, type Issue } from "../issue";
import { normalizeText } from "../normalize";
import type { Unit } from "../quantity";
import { Rule, type Band, type Interval, type Score, type StepClause } from "../rule";
import { parseCondition, type Condition } from "./condition";
import {
  isLinear,
  isManual,
  linearPoints,
  parseLimit,
  parsePer,
  parseTarget,
  passWord,
  splitClauses,
  type Limit,
  type Per,
} from "./clauses";
import { levelEntries, parseLevels } from "./levels";
import { parseOutcome } from "./outcome";
import { digitsForCounters } from "./quantityToken";
import { parseTable, TABLE_HINT } from "./table";

/**
 * Reads a 评分标准 text into a Rule. A parser of small parsers: the text is normalised, cut into
 * clauses, each clause read by the small parser that fits it, and the pieces assembled into the
 * one rule kind they describe. Never throws; text it cannot read gives `ok: false` and the reason.
 */
export type ParseResult = { ok: true; rule: Rule } | { ok: false; issue: Issue };

export interface ParseOptions {
  /** The cell is known to hold a grade, coefficient or pay table. */
  kind?: "table";
}

/** Longer texts are not a rule cell but a pasted document. */
const MAX_LENGTH = 2000;

type Analysis = {
  text: string;
  per?: Per;
  limit?: Limit;
  target?: { value: number; unit: Unit };
  outcome?: { score: Score; condition: string };
  condition?: Condition | null;
  pass?: boolean | null;
};

export function parseRuleText(text: unknown, options: ParseOptions = {}): ParseResult {
  if (typeof text !== "string" || text.trim() === "") return { ok: false, issue: issue("rule.empty") };
  if (text.length > MAX_LENGTH) return notUnderstood(text);
  try {
    const rule = read(prepare(text), options);
    if (!rule) return notUnderstood(text);
    const checked = Rule.safeParse(rule);
    return checked.success ? { ok: true, rule: checked.data } : notUnderstood(text);
  } catch {
    // A parser bug must not reach a cell as an exception; the user sees "not understood".
    return notUnderstood(text);
  }
}

function notUnderstood(text: string): ParseResult {
  return { ok: false, issue: issue("rule.notUnderstood", { text: text.slice(0, 40) }) };
}

function prepare(text: string): string {
  return digitsForCounters(normalizeText(text))
    .replace(/between\s+(\S+)\s+and\s+(\S+)/gi, "$1-$2")
    .replace(/(?:在)?([\d.]+\s*[%万W元秒S]?)\s*(?:和|与|到)\s*([\d.]+\s*[%万W元秒S]?)\s*之间/g, "$1-$2")
    .replace(/^\s*(?:评分标准|评分规则|打分标准|考核标准|评分细则|scoring|rule)\s*[:]\s*/i, "")
    .replace(/\s*[①②③④⑤⑥⑦⑧⑨]\s*/g, ";")
    .replace(/(?:^|;)\s*\d+\s*[、.)](?!\d)/g, ";");
}

function read(text: string, options: ParseOptions): Rule | null {
  const hinted = options.kind === "table";
  if (hinted || TABLE_HINT.test(text)) {
    const table = parseTable(text, hinted);
    if (table) return { kind: "table", ...table };
    if (hinted) return null;
  }
  const analyses = splitClauses(text).map(analyse);
  if (isLinear(text)) return buildLinear(text, analyses);
  const pers = analyses.flatMap((a) => (a.per ? [a.per] : []));
  if (pers.length > 0) return buildSteps(text, analyses, pers);
  const entries = levelEntries(text);
  if (entries.length >= 2 && !analyses.some((a) => a.outcome && a.condition && !a.condition.bare && !/^[A-E甲乙丙丁优良合一较中及称待]/i.test(a.text))) {
    const levels = parseLevels(entries);
    const unitOfWhen = levels.map((l) => (l.when ? parseCondition(entries.find((e) => e.key === l.key)?.body ?? "")?.unit : undefined)).find(Boolean);
    return { kind: "levels", levels, unit: unitOfWhen ?? "number" };
  }
  const passes = analyses.filter((a) => a.outcome && a.pass !== null && a.pass !== undefined);
  const bands = analyses.filter((a) => a.outcome && a.condition && a.pass !== true);
  if (bands.some((a) => !a.condition?.bare || bands.length > 1)) return buildBand(analyses);
  if (passes.some((a) => a.pass)) return buildPass(passes);
  if (isManual(text)) return buildManual(text);
  return null;
}

function analyse(text: string): Analysis {
  const per = parsePer(text);
  if (per) return { text, per };
  const limit = parseLimit(text);
  if (limit) return { text, limit };
  const outcome = parseOutcome(text);
  const target = parseTarget(text) ?? undefined;
  if (!outcome) {
    const condition = parseCondition(text);
    return { text, target, condition, pass: passWord(text) };
  }
  return { text, target, outcome, condition: parseCondition(outcome.condition), pass: passWord(outcome.condition) };
}

/** The unit most conditions are written in; plain numbers take it (80-90 next to 90%). */
function dominantUnit(conditions: Condition[]): Unit {
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

function buildBand(analyses: Analysis[]): Rule | null {
  const scored = analyses.filter((a) => a.outcome && a.condition) as Array<Analysis & { outcome: { score: Score }; condition: Condition }>;
  const unit = dominantUnit(scored.map((a) => a.condition));
  const oneSided = scored.filter((a) => !a.condition.bare && (!a.condition.interval.min || !a.condition.interval.max));
  const mins = oneSided.filter((a) => a.condition.interval.min).length;
  const maxes = oneSided.length - mins;
  const bands: Band[] = scored.map((a) => {
    let interval = inUnit(a.condition.interval, a.condition.unit, unit);
    const v = interval.min?.value ?? 0;
    // 4万元得8分 among 以上 bands means 4万元以上; a count (次数为1) stays exact.
    if (a.condition.bare && v !== 0 && ["money", "percent", "seconds"].includes(unit) && mins !== maxes) {
      interval = mins > maxes ? { min: { value: v, inclusive: true, explicit: true } } : { max: { value: v, inclusive: true, explicit: true } };
    }
    return { ...interval, score: a.outcome.score };
  });
  const otherwise = analyses.find((a) => a.outcome && !a.condition && (a.pass === false || /其他|其余|其它|以外|else|otherwise/i.test(a.text)));
  if (bands.length === 0) return null;
  return { kind: "band", unit, bands, ...(otherwise?.outcome ? { otherwise: otherwise.outcome.score } : {}) };
}

function buildPass(passes: Analysis[]): Rule {
  const yes = passes.find((a) => a.pass === true)?.outcome?.score ?? { type: "share", share: 1 };
  const no = passes.find((a) => a.pass === false)?.outcome?.score ?? { type: "points", points: 0 };
  return { kind: "pass", pass: yes, fail: no };
}

function buildManual(text: string): Rule {
  const range = /(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*分/.exec(text);
  if (range) return { kind: "manual", min: Number(range[1]), max: Number(range[2]) };
  const top = /(?:最高|满分|不超过|≤)\s*(\d+(?:\.\d+)?)\s*分/.exec(text);
  return top ? { kind: "manual", max: Number(top[1]) } : { kind: "manual" };
}

function limitsOf(analyses: Analysis[]): Limit[] {
  return analyses.flatMap((a) => (a.limit ? [a.limit] : []));
}

/** The target a rule names: 目标为10条, 不少于15家, or the value that earns full points. */
function targetOf(analyses: Analysis[]): { value: number; unit: Unit } | undefined {
  const named = analyses.find((a) => a.target)?.target;
  if (named) return named;
  for (const a of analyses) {
    const min = a.condition?.interval.min;
    const fullOrNone = !a.outcome || (a.outcome.score.type === "share" && a.outcome.score.share === 1);
    if (a.condition && min?.inclusive && !a.condition.interval.max && fullOrNone) return { value: min.value, unit: a.condition.unit };
  }
  return undefined;
}

/** Bands that zero the item (低于4条不得分, 低于50%不得分). */
function zeroWhenOf(analyses: Analysis[]): { interval: Interval; unit: Unit } | undefined {
  const zero = analyses.find((a) => a.outcome?.score.type === "points" && a.outcome.score.points === 0 && a.condition && !a.condition.bare);
  return zero?.condition ? { interval: zero.condition.interval, unit: zero.condition.unit } : undefined;
}

function buildSteps(text: string, analyses: Analysis[], pers: Per[]): Rule {
  const clauses: StepClause[] = pers.map(({ text: _text, ...clause }) => clause);
  const kind = clauses.some((c) => c.points < 0) ? "deduction" : "bonus";
  const target = targetOf(analyses);
  const relative = clauses.find((c) => c.measure !== "count" && c.perUnit && c.perUnit !== "number");
  const unit: Unit = target && target.unit !== "number" ? target.unit : (relative?.perUnit ?? "count");
  const base = /基础分?\s*(\d+(?:\.\d+)?)\s*分|基本分\s*(\d+(?:\.\d+)?)/.exec(text);
  const zero = zeroWhenOf(analyses);
  const rule: Record<string, unknown> = {
    kind,
    unit,
    clauses,
    base: kind === "deduction" || /满分|基础分|基本分/.test(text) ? "full" : "zero",
  };
  if (base) rule.basePoints = Number(base[1] ?? base[2]);
  if (target) rule.target = target.value;
  if (zero) rule.zeroWhen = zero.interval;
  for (const limit of limitsOf(analyses)) {
    if (limit.kind === "maxDeduction" || limit.kind === "maxBonus" || limit.kind === "floor" || limit.kind === "ceiling") rule[limit.kind] = limit.value;
  }
  return rule as Rule;
}

function buildLinear(text: string, analyses: Analysis[]): Rule {
  const target = targetOf(analyses);
  const rule: Record<string, unknown> = { kind: "linear", unit: target?.unit ?? "percent" };
  // A target of 100% is the ratio itself: the input is already a completion rate.
  if (target && !(target.unit === "percent" && target.value === 1)) rule.target = target.value;
  const points = linearPoints(text);
  if (points !== undefined) rule.points = points;
  const zero = zeroWhenOf(analyses);
  const zeroMax = zero?.interval.max;
  if (zero && zeroMax) {
    const ratio = zero.unit === "percent" || !target ? zeroMax.value : zeroMax.value / target.value;
    rule.zeroBelow = { value: ratio, inclusive: !zeroMax.inclusive, explicit: true };
  }
  for (const limit of limitsOf(analyses)) {
    if (limit.kind === "cap") rule.cap = limit.ratio;
    if (limit.kind === "uncapped") rule.uncapped = true;
  }
  const extra = analyses.find((a) => a.per && a.per.measure === "above" && a.per.points > 0)?.per;
  if (extra) {
    rule.extra = { per: extra.per, points: extra.points };
    rule.uncapped = rule.uncapped ?? false;
  }
  return rule as Rule;
}
