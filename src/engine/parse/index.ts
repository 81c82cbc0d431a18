import { lruCache } from "../cache";
import { issue, type Issue } from "../issue";
import { normalizeText, rewrite, type Rewrite } from "../normalize";
import type { Unit } from "../quantity";
import type { Band, Interval, Rule, RuleOf, Score, StepClause } from "../rule";
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
import { judgedList } from "./judged";
import { levelEntries, parseLevels } from "./levels";
import { paragraphLevels } from "./paragraphs";
import { parseOutcome } from "./outcome";
import { digitsForCounters } from "./quantityToken";
import { parseTable, TABLE_HINT } from "./table";

/**
 * Reads a 评分标准 text into a Rule. A parser of small parsers: the text is normalised, cut into
 * clauses, each clause read by the small parser that fits it, and the pieces assembled into the
 * one rule kind they describe. Never throws; text it cannot read gives `ok: false` and the reason.
 */
export type ParseResult =
  | {
      ok: true;
      rule: Rule;
      /** Set when the reading failed a check (a number left unread, bands out of order, points
       * beyond the item's): the rule is only tentative, and no output may score with it. */
      doubt?: Issue;
    }
  | { ok: false; issue: Issue };

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
  const prepared = prepare(text);
  const rule = read(prepared, options);
  return rule ? { ok: true, rule: withTimeUnit(rule, prepared) } : notUnderstood(text);
}

const TIME_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\d\s*(?:个)?(?:小时|h\b)/, 3600],
  [/\d\s*(?:分钟|min)/, 60],
  [/\d\s*(?:秒|S\b|s\b|sec)/, 1],
];

/** A rule that writes every duration in one unit reads plain numbers in it (每少5小时扣1分: 110
 * is 110 hours); with seconds or mixed units, plain numbers stay seconds. */
function withTimeUnit(rule: Rule, text: string): Rule {
  if (
    !("unit" in rule) ||
    rule.unit !== "seconds" ||
    !(
      "timeUnit" in rule ||
      rule.kind === "band" ||
      rule.kind === "linear" ||
      rule.kind === "deduction" ||
      rule.kind === "bonus"
    )
  )
    return rule;
  const used = TIME_UNITS.filter(([pattern]) => pattern.test(text));
  const only = used.length === 1 ? (used[0] as readonly [RegExp, number])[1] : 1;
  return only === 1 ? rule : { ...rule, timeUnit: only };
}

function notUnderstood(text: string): ParseResult {
  return { ok: false, issue: issue("rule.notUnderstood", { text: text.slice(0, 40) }) };
}

/** English phrasings rewritten into the Chinese forms the clause parsers read. */
const ENGLISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/full marks\s*\(\s*(\d+(?:\.\d+)?)\s*\)/gi, "$1分"],
  [/half marks|half points/gi, "一半"],
  [/full marks if (?:achieved|met|completed|done),?\s*(?:otherwise|else)\s*0/gi, "完成得满分,未完成0分"],
  [
    /(?:maximum|max\.?)\s+deduction\s*(?:of\s*)?(\d+(?:\.\d+)?)\s*(?:points?)?|deduct at most (\d+(?:\.\d+)?)\s*(?:points?)?/gi,
    "最高扣$1$2分",
  ],
  [/up to \+\s*(\d+(?:\.\d+)?)\s*(?:points?)?/gi, "最高加$1分"],
  [/,?\s*(?:down to|not below) 0/gi, ",扣完为止"],
  [
    /-\s*(\d+(?:\.\d+)?)\s*points?\s+for every\s+(\d+(?:\.\d+)?)\s+below(?:\s+(?:the\s+)?target)?/gi,
    "每低$2扣$1分",
  ],
  [/(?:each|every|per)\s+[a-z ]+?\s+deducts?\s+(\d+(?:\.\d+)?)\s*points?/gi, "每1次扣$1分"],
  [
    /deduct\s+(\d+(?:\.\d+)?)\s*(?:points?|pts?)\s+for every\s+(\S+)\s+(?:above|over)\s+\S+/gi,
    "每超过$2扣$1分",
  ],
  [
    /deduct\s+(\d+(?:\.\d+)?)\s*(?:points?|pts?)\s+for every\s+(\S+)\s+(?:below|under)\s+\S+/gi,
    "每低于$2扣$1分",
  ],
  [/deduct\s+(\d+(?:\.\d+)?)\s*(?:points?|pts?)\s+(?:per|for each|for every|each)\s+[a-z]+/gi, "每1次扣$1分"],
  [/-\s*(\d+(?:\.\d+)?)\s*(?:points?\s+)?(?:per|for each|for every)\s+[a-z]+(?:\s+late)?/gi, "每1次扣$1分"],
  [/\+\s*(\d+(?:\.\d+)?)\s*(?:points?\s+)?(?:per|for each|for every)\s+[a-z ]+?(?=[,;]|$)/gi, "每1次加$1分"],
  [/no points below (\d+(?:\.\d+)?%)(?: of (?:the )?target)?/gi, "低于$1不得分"],
  [/\btarget\s+(\d+(?:\.\d+)?)/gi, "目标为$1"],
  [/full (?:bonus|pay)/gi, "全额"],
  [/(?:bonus|pay)\s*[×x]\s*score\s*%/gi, "按得分%"],
  [/no (?:bonus|pay)/gi, "不发"],
  [/\bscore\b\s*(?=[≥≤<>])/gi, ""],
];

/** Rewrites of rule texts beyond the normalisation every text gets. */
const PREPARE: readonly Rewrite[] = [
  [/between\s+(\S+)\s+and\s+(\S+)/gi, "$1-$2", "bB"],
  [/(?:在)?([\d.]+\s*[%万W元秒S]?)\s*(?:和|与|到)\s*([\d.]+\s*[%万W元秒S]?)\s*之间/g, "$1-$2", "间"],
  [/^\s*(?:评分标准|评分规则|打分标准|考核标准|评分细则|等级标准|scoring|rule)\s*[:]\s*/i, "", ":"],
  [/\s*[①②③④⑤⑥⑦⑧⑨]\s*/g, ";", "①②③④⑤⑥⑦⑧⑨"],
  [/(?:^|;)\s*\d+\s*[、.)](?!\d)/g, ";", "、.)"],
  [/(?<=[\u4e00-\u9fa5](?<!分))\s+(?=[\u4e00-\u9fa5])/g, "", " "],
  // Rank percentiles: 前40% is the top 40% (≤40%), 后20% the bottom 20% (>80%).
  [/前\s*(\d+(?:\.\d+)?)\s*%/g, "≤$1%", "前"],
  [/后\s*(\d+(?:\.\d+)?)\s*%/g, (_m, n = "0") => `>${100 - Number(n)}%`, "后"],
  // A/B/C = 10/5/0
  [
    /^([A-E](?:\/[A-E])+)\s*[=:]\s*(\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)+)$/i,
    (_m, keys = "", scores = "") => {
      const points = scores.split("/");
      return keys
        .split("/")
        .map((k, i) => `${k}:${points[i] ?? ""}分`)
        .join(";");
    },
    "/",
  ],
];

function prepare(text: string): string {
  let out = digitsForCounters(normalizeText(text));
  if (/[a-z]{2}/i.test(out))
    for (const [pattern, replacement] of ENGLISH) out = out.replace(pattern, replacement);
  return rewrite(out, PREPARE);
}

/** Texts that name a value without giving it (数量≥x条), or numbers garbled past reading. */
function unreadable(text: string): boolean {
  // A run of 16 digits is no figure a sheet holds, and keeps every number the parser reads finite.
  return /[≥≤<>]\s*[a-zA-Z]\s*[条次个%人]|^分(?:;|,|$)|\d{16}/.test(text) || /\d{4,}(?:\.\d+)?%/.test(text);
}

/** Cheap signs of a grade, coefficient or pay table, so most texts skip the table parser. */
const MAYBE_TABLE = new RegExp(
  `${TABLE_HINT.source}|为\\s*(?:[A-E]|S|优秀|良好|合格|不合格|称职|基本称职|不称职|一般|较差)|\\(\\s*[≤≥<>]?\\d+(?:\\.\\d+)?\\s*(?:\\+|-|分)|基数|bonus|pay`,
  "i",
);

function read(text: string, options: ParseOptions): Rule | null {
  if (unreadable(text)) return null;
  const table =
    options.kind === "table" || MAYBE_TABLE.test(text) ? parseTable(text, options.kind === "table") : null;
  if (table) return { kind: "table", ...table };
  if (options.kind === "table") return null;
  const analyses = splitClauses(text).map(analysed);
  const pers = analyses.flatMap((a) => (a.per ? [a.per] : []));
  if (isLinear(text)) return pers.some((p) => p.measure === "count") ? null : buildLinear(text, analyses);
  const judged = judgedList(text);
  if (judged) return judged;
  // 每项加10-50分, 每次扣10-100分: each case's points are the evaluator's judgement.
  if (JUDGED_POINTS.test(text) && !OCCURRENCE.test(text)) return buildJudged(text);
  if (pers.length > 0) return buildSteps(text, analyses, pers);
  const sequence = readSequence(text);
  if (sequence) return sequence;
  const levels = readLevels(text, analyses);
  if (levels) return levels;
  const bands = analyses.filter((a) => a.outcome && a.condition && a.pass !== true);
  const passes = analyses.filter((a) => a.outcome && typeof a.pass === "boolean");
  if (isPassStandard(analyses)) return buildPass(analyses);
  if (bands.some((a) => !a.condition?.bare) || bands.length > 1) return buildBand(analyses);
  const scored = analyses.filter((a) => a.outcome);
  if (passes.some((a) => a.pass) && passes.length === scored.length) return buildPass(analyses);
  const occurrence = OCCURRENCE.exec(text);
  if (occurrence) return buildOccurrence(occurrence);
  if (isManual(text)) return buildManual(text);
  return paragraphLevels(text) ?? describedLevels(text);
}

/** 排名1-5名的依次赋予60分、57分、54分、51分、48分: one exact band per place. */
function readSequence(text: string): Rule | null {
  const m = /(\d+)\s*-\s*(\d+)\s*名[^;]*?依次[^\d;]*((?:\d+(?:\.\d+)?分?[、,]\s*)+\d+(?:\.\d+)?分?)/.exec(
    text,
  );
  if (!m) return null;
  const from = Number(m[1]);
  const scores = (m[3] as string).split(/[、,]/).map((p) => Number.parseFloat(p));
  if (scores.length !== Number(m[2]) - from + 1) return null;
  const bands = scores.map((points, i) => {
    const at = { value: from + i, inclusive: true, explicit: true };
    return { min: at, max: at, score: { type: "points" as const, points } };
  });
  return { kind: "band", unit: "count", bands };
}

/** Lettered levels (A:…, 甲等(10分)), described levels one per line with their score, or named
 * levels with score ranges (超预期完成：90-100分). */
function readLevels(text: string, analyses: Analysis[]): Rule | null {
  const entries = levelEntries(text);
  const scoredBands = analyses.some(
    (a) =>
      a.outcome && a.condition && !a.condition.bare && !/^[A-E甲乙丙丁优良合一较中及称待差]/i.test(a.text),
  );
  if (entries.length >= 2 && !scoredBands) {
    const levels = parseLevels(entries);
    if (levels.filter((l) => l.description || l.score).length < 2) return null;
    const unit = levels
      .map((l) =>
        l.when ? parseCondition(entries.find((e) => e.key === l.key)?.body ?? "")?.unit : undefined,
      )
      .find(Boolean);
    return { kind: "levels", levels, unit: unit ?? "number" };
  }
  return null;
}

const LINE_SCORE =
  /^(.*?[\u4e00-\u9fa5)])\s*(?:得|为|:)?\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*分?$/;

/** Words a level's description cannot end with: the number after them is a threshold. */
const THRESHOLD_WORD = /(?:超|超过|高于|低于|达到|满|第|共|约)$/;

function describedLevels(text: string): Rule | null {
  // 回报在后20视承当…: scraped levels glued together, split after each score.
  const lines = text
    .replace(/(?<=[\u4e00-\u9fa5])(\d+(?:\.\d+)?)(?=[\u4e00-\u9fa5])(?![万元条次个天人家件%分])/g, "$1;")
    .split(";")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2) return null;
  const levels = lines.map((line, i) => {
    const m = LINE_SCORE.exec(line);
    const last = i === lines.length - 1;
    if (!m)
      return last && !/\d/.test(line)
        ? { key: String(i + 1), description: line, score: { type: "points" as const, points: 0 } }
        : null;
    const description = (m[1] as string).replace(/[,:\s]+$/, "");
    if (
      /\d|[≥≤<>%]/.test(description) ||
      THRESHOLD_WORD.test(description) ||
      (lines.length === 2 && passWord(description) !== null)
    )
      return null;
    const score =
      m[3] !== undefined
        ? { type: "range" as const, min: Number(m[2]), max: Number(m[3]) }
        : { type: "points" as const, points: Number(m[2]) };
    return { key: String(i + 1), description, score };
  });
  // 平台基础-支持tab页签改造初版1.0 / useModal业务实现方案组内分享: a plan, not two levels.
  if (levels.some((l) => l === null) || lines.filter((l) => LINE_SCORE.test(l)).length < 2) return null;
  return { kind: "levels", levels: levels as NonNullable<(typeof levels)[number]>[], unit: "number" };
}

/** ≥8%达标得满分,未达标不得分: a standard with met / not met scores. */
function isPassStandard(analyses: Analysis[]): boolean {
  return (
    analyses.some(
      (a) => a.outcome && /达标|达成|合格|通过/.test(a.outcome.condition) && a.condition && !a.condition.bare,
    ) && analyses.some((a) => a.pass === false)
  );
}

/** Clauses recur across a sheet's rule texts (低于70%不得分, 扣完为止): each is read once. The
 * analyses are shared, so nothing downstream may change them. */
const clauseCache = lruCache<Analysis>(5000);

function analysed(clause: string): Analysis {
  const hit = clauseCache.get(clause);
  if (hit) return hit;
  const analysis = analyse(clause);
  clauseCache.set(clause, analysis);
  return analysis;
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
  return {
    text,
    target,
    outcome,
    condition: parseCondition(outcome.condition),
    pass: passWord(outcome.condition),
  };
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
  const scored = analyses.filter((a) => a.outcome && a.condition) as Array<
    Analysis & { outcome: { score: Score }; condition: Condition }
  >;
  const unit = dominantUnit(scored.map((a) => a.condition));
  const oneSided = scored.filter(
    (a) => !a.condition.bare && (!a.condition.interval.min || !a.condition.interval.max),
  );
  const mins = oneSided.filter((a) => a.condition.interval.min).length;
  const maxes = oneSided.length - mins;
  const allBare = oneSided.length === 0 && scored.every((b) => b.condition.bare);
  const bounds = scored
    .filter((a) => !a.condition.bare)
    .map((a) => inUnit(a.condition.interval, a.condition.unit, unit))
    .flatMap((i) => [i.min?.value, i.max?.value])
    .filter((v): v is number => v !== undefined);
  const top = bounds.length > 0 ? Math.max(...bounds) : Infinity;
  const bottom = bounds.length > 0 ? Math.min(...bounds) : -Infinity;
  const bands: Band[] = scored.map((a) => {
    let interval = inUnit(a.condition.interval, a.condition.unit, unit);
    const v = interval.min?.value ?? 0;
    // 4万元得8分 among 以上 bands means 4万元以上; 影响力30w奖励600元 with only such steps means
    // from 30w up; a count (违规1次得8分) stays exact.
    // 达标率100%得25分 above every other band is the top band: 100% and over.
    if (
      a.condition.bare &&
      v !== 0 &&
      unit !== "count" &&
      (mins !== maxes || allBare || v >= top || v <= bottom)
    ) {
      const upward = v >= top ? true : v <= bottom ? false : mins >= maxes;
      interval = upward
        ? { min: { value: v, inclusive: true, explicit: true } }
        : { max: { value: v, inclusive: true, explicit: true } };
    }
    return { ...interval, score: a.outcome.score };
  });
  // The same interval scored twice (头条 / 次条 tables pasted together) cannot be told apart.
  if (
    bands.some((a, i) =>
      bands.some(
        (b, j) => j > i && sameBound(a.min, b.min) && sameBound(a.max, b.max) && !sameScore(a.score, b.score),
      ),
    )
  ) {
    return null;
  }
  const otherwise = analyses.find(
    (a) =>
      a.outcome && !a.condition && (a.pass === false || /其他|其余|其它|以外|else|otherwise/i.test(a.text)),
  );
  if (bands.length === 0) return null;
  return { kind: "band", unit, bands, ...(otherwise?.outcome ? { otherwise: otherwise.outcome.score } : {}) };
}

function sameBound(a: Interval["min"], b: Interval["min"]): boolean {
  return a === b || (!!a && !!b && a.value === b.value && a.inclusive === b.inclusive);
}

function sameScore(a: Score, b: Score): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "range" && b.type === "range") return a.min === b.min && a.max === b.max;
  return (
    (a as { points?: number; share?: number }).points === (b as { points?: number }).points &&
    (a as { share?: number }).share === (b as { share?: number }).share
  );
}

function buildPass(analyses: Analysis[]): Rule {
  const standard = analyses.find((a) => a.outcome && a.condition && !a.condition.bare && a.pass !== false);
  const yes = (standard ?? analyses.find((a) => a.pass === true))?.outcome?.score ?? {
    type: "share",
    share: 1,
  };
  const no = analyses.find((a) => a.pass === false)?.outcome?.score ?? { type: "points", points: 0 };
  return standard?.condition
    ? { kind: "pass", pass: yes, fail: no, when: standard.condition.interval, unit: standard.condition.unit }
    : { kind: "pass", pass: yes, fail: no, unit: "number" };
}

/** 有重大贡献,额外加5-10分: 有 earns the bonus (or its range), 无 nothing. */
function buildOccurrence(m: RegExpExecArray): Rule {
  const award: Score =
    m[2] !== undefined
      ? { type: "range", min: Number(m[1]), max: Number(m[2]) }
      : { type: "points", points: Number(m[1]) };
  return { kind: "bonus", unit: "number", clauses: [], award };
}

/** 有重大贡献,额外加5-10分: a bonus awarded when the thing happened. */
const OCCURRENCE = /^有[^;]{1,30}?(?:额外)?加\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*分/;

const JUDGED_POINTS = /(?:加|扣除?|减)\s*\d+(?:\.\d+)?\s*-\s*\d+(?:\.\d+)?\s*分/;

/** A rule that leaves each case's points to the evaluator is judged as a whole: the input is the
 * item's score, within the scale the text states (以单项100分记). */
function buildJudged(text: string): Rule {
  const scale = /(?:以单项|单项|以)\s*(\d+(?:\.\d+)?)\s*分\s*(?:记|计|为基础|为满分)/.exec(text);
  return scale ? { kind: "manual", min: 0, max: Number(scale[1]) } : { kind: "manual" };
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
    const c = a.condition;
    const zero = a.outcome?.score.type === "points" && a.outcome.score.points === 0;
    if (!c || c.bare || zero) continue;
    // ≥8条得10分, ≤10%得满分, 不低于4.8分: the one-sided standard that earns the full score.
    const { min, max } = c.interval;
    if (min?.inclusive && !max) return { value: min.value, unit: c.unit };
    if (max?.inclusive && !min) return { value: max.value, unit: c.unit };
  }
  return undefined;
}

/** Bands that zero the item (低于4条不得分, 低于50%不得分). */
function zeroWhenOf(analyses: Analysis[]): { interval: Interval; unit: Unit } | undefined {
  const zero = analyses.find(
    (a) =>
      a.outcome?.score.type === "points" && a.outcome.score.points === 0 && a.condition && !a.condition.bare,
  );
  return zero?.condition ? { interval: zero.condition.interval, unit: zero.condition.unit } : undefined;
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

function buildSteps(text: string, analyses: Analysis[], pers: Per[]): Rule | null {
  // 每次最多扣20分 leaves each deduction to judgement; 扣3-5分 likewise.
  if (/每次最多扣|最多扣除|扣\d+(?:\.\d+)?-\d+(?:\.\d+)?分/.test(text)) return null;
  const clauses = mergeFaults(pers.map(({ text: _text, ...clause }) => clause));
  const otherScores = analyses.filter(
    (a) =>
      a.outcome &&
      a.condition &&
      !a.condition.bare &&
      !(a.outcome.score.type === "points" && a.outcome.score.points === 0) &&
      !(a.outcome.score.type === "share" && a.outcome.score.share === 1),
  );
  if (otherScores.length > 0 && clauses.filter((c) => c.measure === "count").length > 1) return null;
  const kind = (clauses[0]?.points ?? 0) < 0 ? "deduction" : "bonus";
  const relative = clauses.find((c) => c.measure !== "count" && c.perUnit && c.perUnit !== "number");
  // 较上月每提升1个百分点: the input is the change itself, measured from 0.
  const change = /较上月|较上期|环比|同比|比上月|月度变化/.test(text)
    ? { value: 0, unit: relative?.perUnit ?? "percent" }
    : undefined;
  const target = clauses.some((c) => c.measure !== "count") ? (targetOf(analyses) ?? change) : undefined;
  const unit: Unit = target && target.unit !== "number" ? target.unit : (relative?.perUnit ?? "count");
  const base = /基础分?\s*(\d+(?:\.\d+)?)\s*分|基本分\s*(\d+(?:\.\d+)?)/.exec(text);
  const zero = zeroWhenOf(analyses);
  const rule: RuleOf<"deduction" | "bonus"> = { kind, unit, clauses };
  if (base) rule.basePoints = Number(base[1] ?? base[2]);
  if (target) rule.target = target.value;
  if (zero) rule.zeroWhen = zero.interval;
  for (const limit of limitsOf(analyses)) {
    if (
      limit.kind === "maxDeduction" ||
      limit.kind === "maxBonus" ||
      limit.kind === "floor" ||
      limit.kind === "ceiling"
    )
      rule[limit.kind] = limit.value;
  }
  return rule;
}

function buildLinear(text: string, analyses: Analysis[]): Rule {
  const target = targetOf(analyses);
  const limits = limitsOf(analyses);
  const rule: RuleOf<"linear"> = {
    kind: "linear",
    unit: target?.unit ?? "percent",
    uncapped: limits.some((l) => l.kind === "uncapped"),
  };
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
  for (const limit of limits) if (limit.kind === "cap") rule.cap = limit.ratio;
  const extra = analyses.find((a) => a.per && a.per.measure === "above" && a.per.points > 0)?.per;
  if (extra) rule.extra = { per: extra.per, points: extra.points };
  return rule;
}
