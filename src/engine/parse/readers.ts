import type { Unit } from "../quantity";
import type { Score } from "../rule";
import { readCondition, side, type Condition } from "./bounds";
import type { Clause } from "./cut";
import { endingOutcome, scoreAt, type Outcome } from "./outcomes";
import { is, readings, type NumToken, type Token } from "./tokens";

/**
 * Each clause read by the one small slot grammar that fits it: a band (condition → score), a step
 * (每低1%扣2分), a limit (最高扣10分), a complement (否则不得分), a met / not met clause, a stated
 * target or base, a proportional formula, a judgement, or a definition / note that scores nothing.
 * A reading lists the numbers it used, so the rule can tell what it left unread.
 */
export type Reading =
  | { type: "band"; condition: Condition; outcome: Outcome }
  | { type: "step"; step: Step }
  | { type: "limit"; limit: Limit }
  | { type: "otherwise"; outcome: Outcome }
  | { type: "pass"; met: boolean; outcome: Outcome; condition?: Condition }
  | { type: "target"; value: number; unit: Unit }
  | { type: "base"; points: number }
  | { type: "judged"; sign: 1 | -1; min?: number; max?: number; listed?: true }
  | { type: "proportional"; points?: number; pointsFromWeight: boolean; target?: number; inverse?: true }
  | { type: "manual"; min?: number; max?: number }
  /** 满分10分: the item's points, stated in the text. */
  | { type: "scale"; points: number }
  | { type: "condition"; condition: Condition }
  /** 无违反平台规定的内容得满分: the full score for a state described in words. */
  | { type: "anchor"; outcome: Outcome }
  /** 最低不得低于70%得分, 达到60%方可得分: outside the condition the item scores nothing. */
  | { type: "threshold"; condition: Condition }
  /** 排名1-5名的依次赋予60分、57分…: one score per place, in order. */
  | { type: "sequence"; from: number; scores: number[] }
  /** 结果四舍五入取整, 保留一位小数: how the score is rounded (no digits or mode: not said). */
  | { type: "rounding"; digits?: number; mode?: "half" | "down" }
  /**
   * 不足30秒按30秒计 (`up`), 不足1%的部分四舍五入 (`half`), 不足1小时的部分不扣分 (`down`, whole steps
   * as ever), part of a day counts as a full day: a part of a step of the size `per` (none: the
   * steps' own).
   */
  | { type: "partStep"; mode: "up" | "half" | "down"; per?: { value: number; unit: Unit } }
  | { type: "definition" }
  | { type: "note" };

export type Step = {
  measure: "count" | "below" | "above";
  per: number;
  perUnit?: Unit;
  /** Signed points per step; a fraction of the item's points when `share`. */
  points: number;
  share?: boolean;
  label?: string;
  /** The words after the count (每次有效投诉): its label when the rule counts several kinds. */
  named?: string;
  /** A threshold stated in the same clause (超过2%每增加0.5%, 10000次以上,每低100次). */
  from?: { value: number; unit: Unit };
  /** The step counts itself (每次, 一次, 扣1分/次). */
  counted: boolean;
  /** The step names a change from last period (较上月每提升1个百分点). */
  change: boolean;
  /** Points earned per unit (每完成一个项目得3分): the score builds up from 0. */
  accumulates?: boolean;
  /** A count written without 每 (迟到1次扣1分, 2次扣2分): one tier of a count scale, when others follow. */
  tier?: number;
  /** Counted by a rise or fall (每上升1%): from a baseline the text must name. */
  rise?: true;
  /** A target word stands in the clause (每低于目标1%). */
  targeted: boolean;
};

export type Limit =
  /** `total`: 最高加至25分 names the final score the additions reach, which is what they add only
   * when they start from 0. */
  | { kind: "maxDeduction" | "maxBonus" | "floor" | "ceiling"; value: number; total?: true }
  | { kind: "cap"; ratio: number }
  | { kind: "capPoints"; points: number }
  | { kind: "floorShare"; share: number }
  /** 最高不超过满分: the score stays within the item's points. */
  | { kind: "fullCap" }
  /** 加减分均以3分为限, capped at 3 either way: what the steps add and what they take off, each. */
  | { kind: "eachWay"; value: number }
  /** 得分保持在0-20分之间, the item stays between 0 and 15: the lowest and highest final score. */
  | { kind: "range"; floor: number; ceiling: number }
  | { kind: "uncapped" };

export type ClauseReading = { clause: Clause; reading: Reading; used: NumToken[] };

const nums = (tokens: readonly Token[]): NumToken[] => tokens.filter((t): t is NumToken => t.t === "num");

export function readClause(clause: Clause): ClauseReading {
  const tokens = clause.tokens;
  for (const reader of READERS) {
    const got = reader(tokens, clause);
    if (got) return { clause, ...got };
  }
  return { clause, reading: { type: "note" }, used: [] };
}

/**
 * 完成率达到100%的评5分,1项未完成评4分,2项未完成评3分…: beside bands that count the items not
 * done, all done (a completion of 100%) is none of them undone, a count of 0.
 */
export function doneAsNoneUndone(all: ClauseReading[]): ClauseReading[] {
  const bands = (unit: Unit) =>
    all.filter((r) => (r.reading as { condition?: Condition }).condition?.unit === unit);
  const undone = bands("count").filter((r) =>
    r.clause.tokens.some((t) => (readings(t, "pass") as { met?: boolean } | undefined)?.met === false),
  );
  const [done, other] = bands("percent").map((r) => r.reading);
  if (undone.length < 2 || other || done?.type !== "band" || done.condition.interval.min?.value !== 1)
    return all;
  const condition: Condition = { ...done.condition, interval: side("=", 0), unit: "count" };
  return all.map((r) => (r.reading === done ? { ...r, reading: { ...done, condition } } : r));
}

type Read = { reading: Reading; used: NumToken[] } | null;
type Reader = (tokens: readonly Token[], clause: Clause) => Read;

const READERS: readonly Reader[] = [
  readAside,
  readCountsAs,
  readPartStep,
  readRounding,
  readThreshold,
  readSequence,
  readJudged,
  readScoreRange,
  readLimit,
  readPointsCap,
  readProportional,
  readDefinition,
  readStep,
  readOtherwise,
  readPass,
  readBand,
  readManual,
  readScale,
  readBase,
  readTarget,
  readAnchor,
  readBareCondition,
];

/** 例：89分拿89%绩效工资, 权重20%: a clause beside the rule. */
function readAside(tokens: readonly Token[]): Read {
  const at = tokens.findIndex((t) => is(t, "aside"));
  if (at < 0 || tokens.slice(0, at).some((t) => t.t === "num")) return null;
  // 上限为权重的1.5倍: the weight names what a limit is of.
  if (tokens.slice(0, at).some((t) => readings(t, "limit"))) return null;
  const rest = tokens.slice(at + 1);
  // 权重20%, 例：89分拿89%: an aside states a number; 得分=权重×完成率 uses the weight instead.
  if (!rest.some((t) => t.t === "num") || rest.some((t) => t.t === "math")) return null;
  if (rest.some((t) => readings(t, "sign") || is(t, "full") || is(t, "zero") || readings(t, "per")))
    return null;
  return { reading: { type: "definition" }, used: nums(tokens) };
}

/** 完成率超过100%按100%计算: values past a bound count as the bound, a cap on the measure. */
function readCountsAs(tokens: readonly Token[]): Read {
  const all = nums(tokens);
  if (all.length !== 2) return null;
  const [bound, as] = all as [NumToken, NumToken];
  const before = tokens[tokens.indexOf(bound) - 1];
  const over =
    (readings(before, "cmp") as { op?: string } | undefined)?.op === ">" ||
    (before?.t === "cmp" && before.op === ">");
  const by = tokens[tokens.indexOf(as) - 1];
  const next = tokens[tokens.indexOf(as) + 1];
  const reckoned = (next?.t === "word" || next?.t === "lex") && /^[计算]/.test(next.text);
  const counted = by?.t === "word" && by.text.endsWith("按") && reckoned;
  if (!over || !counted || bound.value !== as.value || bound.unit !== as.unit || bound.unit !== "percent")
    return null;
  return { reading: { type: "limit", limit: { kind: "cap", ratio: bound.value } }, used: [bound, as] };
}

/**
 * 不足30秒按30秒计, 不满1天按1天计, 不足1%的部分四舍五入, 不足1小时的部分不扣分, part of a day counts
 * as a full day: what a part of a step counts, in a clause of its own.
 */
function readPartStep(tokens: readonly Token[]): Read {
  const op = (readings(tokens[0], "cmp") as { op?: string } | undefined)?.op;
  const n = tokens[1];
  if (op === "<" && n?.t === "num") {
    const rest = tokens.slice(2);
    const per = { value: n.value, unit: n.unit };
    const [by, as, reckon] = rest;
    // 按30秒计: counted as a whole step.
    if (
      by?.t === "word" &&
      by.text.endsWith("按") &&
      as?.t === "num" &&
      as.value === n.value &&
      as.unit === n.unit &&
      rest.length <= 3 &&
      (reckon === undefined || is(reckon, "give") || /^[计算]/.test((reckon as { text?: string }).text ?? ""))
    )
      return { reading: { type: "partStep", mode: "up", per }, used: [n, as] };
    // 的部分四舍五入 / 的部分不扣分: rounded, or dropped.
    const part = rest.some((t) => (t.t === "word" || t.t === "lex") && /部分/.test(t.text));
    if (part && rest.every((t) => t.t === "word" || t.t === "lex") && !nums(rest).length) {
      if (
        rest.some((t) => is(t, "rounding")) &&
        /四舍五入/.test(rest.map((t) => (t as { text?: string }).text).join(""))
      )
        return { reading: { type: "partStep", mode: "half", per }, used: [n] };
      if (rest.some((t) => is(t, "keep") || is(t, "zero")))
        return { reading: { type: "partStep", mode: "down", per }, used: [n] };
    }
    return null;
  }
  // part of a day counts as a full day: a started step counts whole.
  const counts = tokens.some(
    (t) => t.t === "lex" && is(t, "rounding") && /^counts? as a (full|whole)$/.test(t.text.toLowerCase()),
  );
  const first = tokens.find((t) => t.t === "word" && t.text.trim() !== "");
  if (counts && nums(tokens).length === 0 && first?.t === "word" && /^part$/i.test(first.text.trim()))
    return { reading: { type: "partStep", mode: "up" }, used: [] };
  return null;
}

/**
 * 结果四舍五入取整, 保留一位小数, 计算结果取整数(小数部分舍去), rounded to the nearest whole point: how
 * the score is rounded, in a clause of its own. The digits are the number before 位 (保留1位小数), or
 * none for a whole number; rounding up (进一法) or digits not said leave the reading incomplete.
 */
function readRounding(tokens: readonly Token[], clause: Clause): Read {
  if (!tokens.some((t) => is(t, "rounding"))) return null;
  const scoring = tokens.some(
    (t) =>
      readings(t, "sign") ||
      is(t, "per") ||
      readings(t, "dir") ||
      readings(t, "cmp") ||
      t.t === "cmp" ||
      is(t, "full") ||
      is(t, "zero") ||
      is(t, "prop"),
  );
  if (scoring) return null;
  const all = nums(tokens);
  const text = clause.text.toLowerCase();
  // 完成率四舍五入取整数: the rate is rounded, not the score; no digits of the score are said.
  if (tokens.some((t) => is(t, "rate")) || /百分|率|rate|percent/.test(text))
    return { reading: { type: "rounding" }, used: all };
  const stated = all.length === 1 && Number.isInteger((all[0] as NumToken).value) ? all[0] : undefined;
  const whole = all.length === 0 && /取整|整数|whole|integer/.test(text);
  const digits = stated ? (stated as NumToken).value : whole ? 0 : undefined;
  const mode = /进一|向上|round(ed)? up/.test(text)
    ? undefined
    : /舍去|去尾|向下|round(ed)? down/.test(text)
      ? ("down" as const)
      : ("half" as const);
  const reading: Reading = {
    type: "rounding",
    ...(digits !== undefined && digits <= 4 ? { digits } : {}),
    ...(mode ? { mode } : {}),
  };
  return { reading, used: stated ? [stated] : [] };
}

function readThreshold(tokens: readonly Token[]): Read {
  const last = tokens[tokens.length - 1];
  if (!is(last, "scoreName") || tokens.some((t) => readings(t, "sign") || is(t, "full") || is(t, "zero")))
    return null;
  const condition = readCondition(tokens.slice(0, -1).filter((t) => !readings(t, "limit")));
  if (!condition || condition.bare || (condition.interval.min && condition.interval.max)) return null;
  return { reading: { type: "threshold", condition }, used: condition.used };
}

// ---------------------------------------------------------------------------------------------
// Sequences: 排名1-5名的依次赋予60分、57分、54分、51分、48分.

function readSequence(tokens: readonly Token[]): Read {
  const at = tokens.findIndex((t) => is(t, "sequence"));
  if (at < 0) return null;
  const head = nums(tokens.slice(0, at));
  const range = head.length === 2 && tokens.slice(0, at).some((t) => t.t === "dash") ? head : null;
  const scores = nums(tokens.slice(at + 1));
  if (!range || scores.some((n) => n.unit !== "number")) return null;
  const [from, to] = range as [NumToken, NumToken];
  if (scores.length !== to.value - from.value + 1) return null;
  return {
    reading: { type: "sequence", from: from.value, scores: scores.map((n) => n.value) },
    used: [...range, ...scores],
  };
}

// ---------------------------------------------------------------------------------------------
// Limits: 最高扣10分, 最多加5分, 最低0分, 扣完为止, 最高120%, 封顶25分, 最高扣至0分, 不封顶.

function readLimit(tokens: readonly Token[]): Read {
  if (tokens.some((t) => is(t, "floorZero")))
    return { reading: { type: "limit", limit: { kind: "floor", value: 0 } }, used: [] };
  if (tokens.some((t) => is(t, "uncapped")) && nums(tokens).length === 0)
    return { reading: { type: "limit", limit: { kind: "uncapped" } }, used: [] };
  const at = tokens.findIndex((t) => readings(t, "limit"));
  const percentCap = tokens.findIndex(
    (t, i) => t.t === "num" && t.unit === "percent" && readings(tokens[i + 1], "limit"),
  );
  if (at < 0) return loneFloor(tokens);
  // 总分最高不超过100分 caps the sheet's total, which an item's rule cannot: left unread, and asked.
  if (tokens.some((t) => (readings(t, "scoreName") as { total?: true } | undefined)?.total)) return null;
  const limit = readings(tokens[at], "limit");
  if (limit?.kind !== "limit") return null;
  if (limit.side === "max" && nums(tokens).length === 0 && tokens.slice(at + 1).some((t) => is(t, "full")))
    return { reading: { type: "limit", limit: { kind: "fullCap" } }, used: [] };
  // The number the limit names: the first after the word, or just before it (120%封顶).
  let n: NumToken | undefined;
  let negative = false;
  let sign: 1 | -1 | undefined;
  let downTo: { up?: true } | undefined;
  const own = readings(tokens[at], "sign");
  if (own?.kind === "sign") sign = own.sign;
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.t === "num") {
      n = t;
      negative = tokens[i - 1]?.t === "dash";
      break;
    }
    const s = readings(t, "sign");
    if (s?.kind === "sign") sign = s.sign;
    const to = readings(t, "downTo");
    if (to?.kind === "downTo") downTo = to;
    if (t.t === "sep" && t.ch === ",") break;
  }
  if (!n && percentCap >= 0) n = tokens[percentCap] as NumToken;
  // 加分最多5分, 扣分以5分为限, bonus capped at 4 points: a sign before the limit word says what it
  // caps; 加减分均以3分为限, capped at 3 either way: both what is added and what is taken off.
  const lead = leadOf(tokens, at);
  if (lead && sign === undefined && !downTo) {
    if (lead.both) {
      const v = n ?? lead.n;
      if (!v || v.unit !== "number" || limit.side !== "max" || nums(tokens).length > 1) return null;
      return { reading: { type: "limit", limit: { kind: "eachWay", value: v.value } }, used: [v] };
    }
    sign = lead.sign;
    n ??= lead.n;
  }
  if (!n) return null;
  // A limit clause holds its number and marks only; anything else (a condition, another number) is
  // something else.
  if (nums(tokens).length > 1) return null;
  // Up to 2 complaints: full marks: the number counts what follows it, and the clause scores.
  if (tokens.some((t) => is(t, "full") || is(t, "zero"))) return null;
  const value = negative ? -n.value : n.value;
  const read = (l: Limit): Read => ({ reading: { type: "limit", limit: l }, used: [n as NumToken] });
  // 最高1.2倍, 上限为权重的1.5倍: a multiple of the points caps the proportion, not the score.
  const times = tokens[tokens.indexOf(n) + 1];
  if (times?.t === "word" && times.text.startsWith("倍"))
    return limit.side === "max" && n.unit === "number" ? read({ kind: "cap", ratio: value }) : null;
  if (n.unit === "percent") {
    // 最多扣50%: at most half the points taken off, so half of them always remain.
    if (limit.side === "max" && sign === -1) return read({ kind: "floorShare", share: 1 - value });
    return limit.side === "max"
      ? read({ kind: "cap", ratio: value })
      : read({ kind: "floorShare", share: value });
  }
  if (n.unit !== "number") return null;
  if (downTo?.up) return read({ kind: "maxBonus", value, total: true });
  if (downTo) return read({ kind: "floor", value });
  if (limit.side === "min") return read({ kind: "floor", value });
  if (sign === -1) return read({ kind: "maxDeduction", value: Math.abs(value) });
  if (sign === 1) return read({ kind: "maxBonus", value });
  // 最多不超过-6分: a negative ceiling caps what is taken off.
  if (value < 0) return read({ kind: "maxDeduction", value: -value });
  return read({ kind: "ceiling", value });
}

/** 扣至0分为止, 扣到2分: the score the deductions stop at, said with no limit word before it. */
function loneFloor(tokens: readonly Token[]): Read {
  const words = tokens.filter((t) => t.t !== "sep");
  const to = readings(words[0], "downTo");
  const [n, ...more] = nums(tokens);
  if (to?.kind !== "downTo" || to.up || !n || more.length > 0 || n.unit !== "number") return null;
  if (words.slice(1).some((t) => t !== n && !is(t, "pts") && !is(t, "word") && t.t !== "word")) return null;
  return { reading: { type: "limit", limit: { kind: "floor", value: n.value } }, used: [n] };
}

/**
 * What stands before a limit word: a sign (加分最多5分, deductions capped at 10), or both ways
 * (加减分均以3分为限), and the number written before the word (以5分为限). Null when anything else
 * stands there (a condition, a step).
 */
function leadOf(tokens: readonly Token[], at: number): { sign?: 1 | -1; both: boolean; n?: NumToken } | null {
  const lead = tokens.slice(0, at);
  const numbers = nums(lead);
  // The number right before the word, with only its points between (5分为限).
  const last = numbers[numbers.length - 1];
  const n =
    last && lead.slice(lead.indexOf(last) + 1).every((t) => is(t, "pts")) && numbers.length === 1
      ? last
      : undefined;
  if (numbers.length > (n ? 1 : 0)) return null;
  const signs = lead.flatMap((t) => {
    const s = readings(t, "sign");
    return s?.kind === "sign" && s.at === "pre" ? [s.sign] : [];
  });
  const plain = lead.every(
    (t) =>
      t === n ||
      readings(t, "sign") !== undefined ||
      is(t, "pts") ||
      is(t, "adjustment") ||
      is(t, "and") ||
      is(t, "total") ||
      t.t === "word" ||
      (t.t === "lex" && t.readings.every((r) => r.kind === "word")),
  );
  if (!plain) return null;
  // 加减分均以3分为限: the word names both sides (加分项 alone names one, and is no sign).
  const both =
    lead.some((t) => is(t, "adjustment") && t.t === "lex" && /加.*减|减.*加/.test(t.text)) ||
    tokens.some((t) => is(t, "eachWay")) ||
    (signs.includes(1) && signs.includes(-1));
  if (both) return { both, ...(n ? { n } : {}) };
  if (signs.length !== 1) return null;
  return { sign: signs[0] as 1 | -1, both, ...(n ? { n } : {}) };
}

/** Words that say a range of points bounds the score (得分保持在0-20分之间, stays between 0 and 15). */
const STAYS = /^(保持|之间|范围内?|stays?|kept|remains?)$/i;

/**
 * 得分保持在0-20分之间, 本项得分≥0分≤12分, the item stays between 0 and 15: the lowest and the
 * highest final score, in one clause.
 */
function readScoreRange(tokens: readonly Token[]): Read {
  const all = nums(tokens);
  if (all.length !== 2) return null;
  const [lo, hi] = all as [NumToken, NumToken];
  if (lo.unit !== "number" || hi.unit !== "number" || lo.value >= hi.value) return null;
  const between = tokens.slice(tokens.indexOf(lo) + 1, tokens.indexOf(hi));
  const dashed = between.every((t) => t.t === "dash" || is(t, "pts")) && between.some((t) => t.t === "dash");
  const op = (t: Token | undefined): string | undefined =>
    t?.t === "cmp" ? t.op : (readings(t, "cmp") as { op?: string } | undefined)?.op;
  // 得分≥0分≤12分: a lower and an upper bound, each on its points.
  const bounded =
    op(tokens[tokens.indexOf(lo) - 1]) === "≥" &&
    op(between[between.length - 1]) === "≤" &&
    between.slice(0, -1).every((t) => is(t, "pts"));
  if (!dashed && !bounded) return null;
  const named =
    tokens.some((t) => is(t, "scoreName")) || tokens.some((t) => t.t === "word" && STAYS.test(t.text));
  const other = tokens.some(
    (t) =>
      t !== lo &&
      t !== hi &&
      !between.includes(t) &&
      (readings(t, "sign") ||
        is(t, "give") ||
        is(t, "per") ||
        readings(t, "dir") ||
        is(t, "target") ||
        is(t, "pass") ||
        is(t, "full") ||
        is(t, "zero") ||
        t.t === "level"),
  );
  if (!named || other) return null;
  return {
    reading: { type: "limit", limit: { kind: "range", floor: lo.value, ceiling: hi.value } },
    used: [lo, hi],
  };
}

/** 扣分不超过5分, 加分≤3分: the points taken off (or added) in all are at most N. */
function readPointsCap(tokens: readonly Token[]): Read {
  const at = tokens.findIndex((t) => t.t === "cmp");
  const cmp = tokens[at];
  const sign = readings(tokens[0], "sign");
  const head = tokens.slice(1, at);
  const [n, pts, ...rest] = tokens.slice(at + 1);
  if (cmp?.t !== "cmp" || (cmp.op !== "≤" && cmp.op !== "<") || sign?.kind !== "sign") return null;
  if (!head.every((t) => is(t, "pts")) || n?.t !== "num" || n.unit !== "number" || !is(pts, "pts"))
    return null;
  if (rest.length > 0) return null;
  const kind = sign.sign < 0 ? "maxDeduction" : "maxBonus";
  return { reading: { type: "limit", limit: { kind, value: n.value } }, used: [n] };
}

// ---------------------------------------------------------------------------------------------
// Judged amounts: 扣5-20分, 加10-30分, 每次最多扣10分.

function readJudged(tokens: readonly Token[]): Read {
  const listed = tokens.map((t) => readings(t, "judgedList")).find(Boolean);
  if (listed?.kind === "judgedList")
    return { reading: { type: "judged", sign: listed.sign, listed: true }, used: [] };
  for (let i = 0; i < tokens.length; i++) {
    const s = readings(tokens[i], "sign");
    if (s?.kind !== "sign" || s.at !== "pre") continue;
    const a = tokens[i + 1];
    if (a?.t === "num" && tokens[i + 2]?.t === "dash" && tokens[i + 3]?.t === "num" && a.unit === "number")
      return {
        reading: { type: "judged", sign: s.sign, min: a.value, max: (tokens[i + 3] as NumToken).value },
        used: [a, tokens[i + 3] as NumToken],
      };
    // 每次最多扣10分: a ceiling per case.
    if (
      tokens.slice(0, i).some((t) => readings(t, "limit")) &&
      tokens.slice(0, i).some((t) => is(t, "per")) &&
      a?.t === "num"
    )
      return { reading: { type: "judged", sign: s.sign, max: a.value }, used: [a] };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Steps: 每低100次扣2分, 每低于目标1%扣2分, 一次扣5分, 扣1分/次, 违反扣1分/次, 质量差扣8分,
// 每晚交一天扣3%, 3 points off per complaint, -1 point for every 0.1 below target.

/** The points of a step: a sign and a number (扣2分, 加3分, 3 points off, -1 point, +3 points). */
function stepPoints(
  tokens: readonly Token[],
): { at: number; end: number; points: number; share: boolean; n: NumToken; accumulates?: boolean } | null {
  const perAt = tokens.findIndex((t) => is(t, "per"));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // 每完成一个项目得3分: points earned per unit.
    if (perAt >= 0 && perAt < i && is(t, "give") && tokens[i + 1]?.t === "num" && is(tokens[i + 2], "pts")) {
      const n = tokens[i + 1] as NumToken;
      if (n.unit === "number")
        return { at: i, end: i + 3, points: n.value, share: false, n, accumulates: true };
    }
    // 未使用文明用语(-5): a fault and the points it costs, in brackets.
    if (
      t.t === "sep" &&
      t.ch === "(" &&
      tokens[i + 1]?.t === "dash" &&
      tokens[i + 2]?.t === "num" &&
      isClose(tokens[i + 3]) &&
      i > 0
    ) {
      const n = tokens[i + 2] as NumToken;
      return { at: i, end: i + 4, points: -n.value, share: false, n };
    }
    const s = readings(t, "sign");
    if (s?.kind === "sign" && s.at === "pre") {
      let j = i + 1;
      // 扣该项分值的3%: the points a share is of, between the sign and the share.
      while (is(tokens[j], "give") || (is(tokens[j], "ofPoints") && tokens[j + 1]?.t === "num")) j++;
      const n = tokens[j];
      if (n?.t === "num" && (n.unit === "number" || n.unit === "percent")) {
        const end = is(tokens[j + 1], "pts") ? j + 2 : j + 1;
        if (tokens[j + 1]?.t === "dash") return null;
        return { at: i, end, points: s.sign * n.value, share: n.unit === "percent", n };
      }
    }
    // 3 points off; -1 point
    if (t.t === "num" && t.unit === "number" && is(tokens[i + 1], "pts")) {
      const post = readings(tokens[i + 2], "sign");
      if (post?.kind === "sign" && post.at === "post")
        return { at: i, end: i + 3, points: post.sign * t.value, share: false, n: t };
      if (tokens[i - 1]?.t === "dash" && (i === 1 || tokens[i - 2]?.t === "sep"))
        return { at: i - 1, end: i + 2, points: -t.value, share: false, n: t };
    }
    // -1 per day late
    if (
      t.t === "num" &&
      t.unit === "number" &&
      tokens[i - 1]?.t === "dash" &&
      (i === 1 || tokens[i - 2]?.t === "sep") &&
      is(tokens[i + 1], "per")
    )
      return { at: i - 1, end: i + 1, points: -t.value, share: false, n: t };
  }
  return null;
}

const isClose = (t: Token | undefined): boolean => t?.t === "sep" && t.ch === ")";

/** 低于目标值则减0.2分, 低于目标值不扣分: the other side of a target, its step left to the clause
 * beside it (per 0 here: the assembly takes the sibling's step). */
function sideOfTarget(tokens: readonly Token[]): Read {
  if (nums(tokens).length > 1 || !tokens.some((t) => is(t, "target"))) return null;
  const dirToken = tokens.find((t) => readings(t, "dir"));
  const dir = readings(dirToken, "dir");
  if (dir?.kind !== "dir" || dir.dir === "occurrence" || dir.gap || tokens.some((t) => is(t, "per")))
    return null;
  const keep = tokens.findIndex((t) => is(t, "keep"));
  const base = { counted: false, change: false, targeted: true, measure: dir.dir, per: 0 } as const;
  if (keep >= 0 && nums(tokens).length === 0)
    return { reading: { type: "step", step: { ...base, points: 0 } }, used: [] };
  const pts = stepPoints(tokens);
  if (!pts || pts.accumulates || nums(tokens.slice(0, pts.at)).length > 0) return null;
  return {
    reading: { type: "step", step: { ...base, points: pts.points, ...(pts.share ? { share: true } : {}) } },
    used: [pts.n],
  };
}

function readStep(tokens: readonly Token[]): Read {
  const side = sideOfTarget(tokens);
  if (side) return side;
  const pts = stepPoints(tokens);
  if (!pts) return null;
  const before = tokens.slice(0, pts.at);
  const after = tokens.slice(pts.end);
  const perAt = tokens.findIndex((t) => is(t, "per"));
  const suffix = after.find((t) => t.t === "perSuffix");
  const change = tokens.some((t) => is(t, "change"));
  const targeted = tokens.some((t) => is(t, "target"));
  const base: Omit<Step, "measure" | "per"> = {
    points: pts.points,
    counted: false,
    change,
    targeted,
    ...(pts.share ? { share: true } : {}),
    ...(pts.accumulates ? { accumulates: true } : {}),
  };
  // 扣2分/次, 违纪扣5分: the points of each occurrence, counted one by one.
  const perOccurrence = () => {
    const label = labelOf(before);
    return {
      reading: {
        type: "step" as const,
        step: { ...base, measure: "count" as const, per: 1, counted: true, ...(label ? { label } : {}) },
      },
      used: [pts.n],
    };
  };
  if (perAt >= 0) {
    // The quantity of one step: the number after 每 (Chinese) or after "for every" (English).
    const scope = perAt < pts.at ? tokens.slice(perAt + 1, pts.at) : tokens.slice(perAt + 1);
    const inScope = nums(scope);
    const first = inScope[0];
    // 每篇稿件阅读量达到1万得2分: a bound before the number makes it a threshold, not a step's size.
    if (first && preBound(scope, scope.indexOf(first)) && !readings(scope[scope.indexOf(first) - 1], "dir"))
      return null;
    // 每低于4.8分0.1分扣2分: the standard right after the direction word, then the step's size.
    const standardFirst =
      inScope.length === 2 &&
      first !== undefined &&
      readings(scope[scope.indexOf(first) - 1], "dir") !== undefined &&
      !scope
        .slice(scope.indexOf(first) + 1, scope.indexOf(inScope[1] as NumToken))
        .some((t) => t.t === "word");
    const q = standardFirst ? inScope[1] : first;
    // 未达目标每差1个百分点: a gap is below the target after a not-met word; right after 每 with
    // none (每差2小时, of a time that is better lower) its side is not said; elsewhere (质量差每次)
    // 差 describes the fault.
    const notMet = (t: Token): boolean =>
      (readings(t, "pass") as { met?: boolean } | undefined)?.met === false;
    const short = tokens.slice(0, perAt).some(notMet);
    const isGap = (t: Token | undefined): boolean =>
      (readings(t, "dir") as { gap?: true } | undefined)?.gap === true;
    if (!short && isGap(tokens[perAt + 1])) return null;
    const dirToken = [...tokens.slice(0, pts.at), ...after].find(
      (t) => readings(t, "dir") !== undefined && (short || !isGap(t)),
    );
    const dir = readings(dirToken, "dir");
    const perCount = readings(tokens[perAt], "per");
    const threshold = readCondition(before.slice(0, Math.max(0, perAt)).filter((t) => !is(t, "target")));
    // for every ¥1 above ¥20, for every 1% below the 95% target: the target after the direction.
    const named = standardFirst
      ? first
      : scope.find(
          (t): t is NumToken =>
            t.t === "num" && t !== q && dirToken !== undefined && t.start > dirToken.start,
        );
    // 以毛利率25%为基准每高1%加1分 (no comma between): the standard stated before 每.
    const lead = before.slice(0, Math.max(0, perAt));
    const standard =
      (!threshold || threshold.bare) && lead.some((t) => is(t, "target")) && nums(lead).length === 1
        ? nums(lead)[0]
        : undefined;
    const from =
      threshold && !threshold.bare && threshold.used.length === 1
        ? { value: threshold.interval.min?.value ?? threshold.interval.max?.value ?? 0, unit: threshold.unit }
        : named
          ? { value: named.value, unit: named.unit }
          : standard
            ? { value: standard.value, unit: standard.unit }
            : undefined;
    const part = before.slice(0, perAt).some((t) => (t.t === "word" || t.t === "lex") && /部分/.test(t.text));
    const directed = dir?.kind === "dir" && dir.dir !== "occurrence";
    // 超出部分每件加0.5分: the part beyond the standard another clause states, each unit of it
    // counted from that standard, not from nothing.
    const beyondEach =
      directed &&
      q === undefined &&
      part &&
      !threshold &&
      (dirToken?.start ?? Infinity) < (tokens[perAt] as Token).start;
    const relative =
      (directed && q !== undefined && !(perCount?.kind === "per" && perCount.count)) || beyondEach;
    // The part beyond a threshold (超过5个的部分每个得5分) is no count from nothing: its numbers stay
    // unread, so the reading is asked about rather than counted from 0.
    const beyondPart = !relative && part;
    // 超过2次的，每次扣2分: a bound on the very count the steps take (not on what names the fault,
    // 6个月以上员工) does not say whether they count from the first or only past it: left unread,
    // it is asked about.
    const onCount = !relative && threshold !== null && !threshold.bare && boundsCount(threshold.used, tokens);
    const used = [
      pts.n,
      ...(q ? [q] : []),
      ...(from && threshold && !threshold.bare
        ? beyondPart || onCount
          ? []
          : threshold.used
        : named
          ? [named]
          : standard
            ? [standard]
            : []),
    ];
    const label = relative ? undefined : labelOf(before.slice(0, perAt));
    // 每次有效投诉扣3分, 每获得1次表扬加2分: with no words before 每, those after its count name it.
    const kindName = relative || label ? undefined : labelOf(scope.slice(q ? scope.indexOf(q) + 1 : 0));
    const step: Step = relative
      ? {
          ...base,
          measure: (dir as { dir: "below" | "above" }).dir,
          per: q?.value || 1,
          ...(q ? { perUnit: q.unit } : {}),
          ...(from ? { from } : {}),
          ...((dir as { change?: true }).change ? { rise: true } : {}),
        }
      : {
          ...base,
          measure: "count",
          per: q && q.unit !== "percent" ? q.value || 1 : 1,
          counted: true,
          ...(label ? { label } : {}),
          ...(kindName ? { named: kindName } : {}),
        };
    // 超时每2小时扣1分: a duration, amount or rate is a distance, not a count of occurrences.
    if (!relative && q && q.unit !== "count" && q.unit !== "number") return null;
    return { reading: { type: "step", step }, used };
  }
  if (suffix) return perOccurrence();
  // 1次扣5分, 延误一天扣2分, 迟到3次扣40分: a count before the points.
  const countAt = before
    .map((t, i) => ({ t, i }))
    .reverse()
    .find(({ t }) => t.t === "num");
  if (countAt && countAt.t.t === "num") {
    const c = countAt.t;
    // 少一次扣1分, 少交一次扣2分: a shortfall of one, measured against the target (a verb may
    // stand between the direction and the count).
    const verb =
      before[countAt.i - 1]?.t === "word" && (before[countAt.i - 1] as { text: string }).text.length <= 2;
    const shortBy = readings(before[countAt.i - 2], "dir");
    const dirAt = verb && shortBy?.kind === "dir" && shortBy.dir === "below" ? countAt.i - 2 : countAt.i - 1;
    const direction = readings(before[dirAt], "dir");
    // 质量差一次扣8分: 差 here describes the fault, no shortfall.
    if (
      direction?.kind === "dir" &&
      direction.dir !== "occurrence" &&
      !direction.gap &&
      !readings(before[dirAt], "cmp") &&
      c.unit === "count"
    )
      return {
        reading: {
          type: "step",
          step: { ...base, measure: direction.dir, per: c.value || 1, perUnit: "count" },
        },
        used: [pts.n, c],
      };
    // 超过一次扣2分 counts each time a deadline is passed; 超过3次扣2分 is a threshold.
    const once = c.value === 1 && before[countAt.i - 1]?.t === "lex";
    const bounded =
      readings(before[countAt.i + 1], "cmp") !== undefined || (preBound(before, countAt.i) && !once);
    if (c.unit !== "count" || bounded) return null;
    const label = labelOf(before.slice(0, countAt.i));
    // 6个月以上员工流失一个扣1分: a qualifier with its own bound names the kind counted.
    const qualifier = readCondition(before.slice(0, countAt.i));
    if (nums(before).length > 1 && (!qualifier || qualifier.bare)) return null;
    return {
      reading: {
        type: "step",
        step: {
          ...base,
          measure: "count",
          per: c.value || 1,
          counted: true,
          tier: c.value,
          ...(label ? { label } : {}),
        },
      },
      used: [pts.n, c, ...(qualifier?.used ?? [])],
    };
  }
  // 质量差扣8分, 使用winform,扣5分: a fault named in words costs its points once per occurrence.
  if (
    nums(before).length === 0 &&
    nums(after).length === 0 &&
    before.some((t) => t.t === "word" || t.t === "lex") &&
    pts.points < 0
  ) {
    if (
      before.some(
        (t) =>
          (readings(t, "pass") as { met?: boolean } | undefined)?.met === true ||
          is(t, "else") ||
          is(t, "none") ||
          // 负增长扣2分: a growth below 0 is a band of the measure, not a fault counted.
          is(t, "decline"),
      )
    )
      return null;
    return perOccurrence();
  }
  return null;
}

/** The counter a step counts by: 次 in 每次, 每1次 and 扣2分/次, 个 in 每个, 天 in 每延迟1天. */
function counterOf(tokens: readonly Token[]): string | undefined {
  const suffix = tokens.find((t) => t.t === "perSuffix");
  if (suffix?.t === "perSuffix") return suffix.counter;
  const perAt = tokens.findIndex((t) => is(t, "per"));
  const per = tokens[perAt];
  const next = tokens[perAt + 1];
  // 每天扣1分: a period word that is also the counter.
  const period = tokens.find((t) => t.t === "lex" && /^每.$/.test(t.text));
  if (per?.t !== "lex") return period?.t === "lex" ? period.text.charAt(1) : undefined;
  // 每1次, 每延迟1天: the counter of the step's own number.
  const size = tokens.slice(perAt + 1).find((t): t is NumToken => t.t === "num");
  if (size?.unitWord !== undefined) return size.unitWord;
  if (next?.t === "num") return undefined;
  if (per.text.endsWith("次")) return "次";
  // 每天, 每小时, 每分钟: the word after 每 (a plain word, or one the lexicon keeps as a word).
  return next?.t === "word" || (next?.t === "lex" && is(next, "word")) ? next.text.charAt(0) : undefined;
}

/** 迟到超过2次, 3次以上每次: numbers of a bound written in the counter the step counts by (not
 * 6个月以上员工, which names the fault); 超过20小时每小时, 超过10分钟每分钟: a time the steps count
 * in its own unit (每 then the unit's word, of which counterOf keeps the first character). */
export function boundsCount(bound: readonly NumToken[], step: readonly Token[]): boolean {
  const counter = counterOf(step);
  return (
    counter !== undefined &&
    bound.some(
      (n) =>
        (n.unit === "count" && n.unitWord === counter) ||
        (n.unit === "seconds" && n.unitWord !== undefined && n.unitWord.charAt(0) === counter),
    )
  );
}

/** Up to 2 complaints … each additional complaint: a bound's number followed by the noun the step
 * counts (singular or plural), as boundsCount is for the counters of Chinese. */
export function boundsNoun(
  bound: readonly NumToken[],
  clause: readonly Token[],
  step: readonly Token[],
): boolean {
  const noun = (t: Token | undefined) =>
    t?.t === "word" && /^[a-z]{3,}$/i.test(t.text.trim())
      ? t.text.trim().toLowerCase().replace(/e?s$/, "")
      : "";
  const counted = new Set(step.map(noun).filter((w) => w !== ""));
  return bound.some((n) => {
    const at = clause.indexOf(n);
    const next = clause.slice(at + 1).find((t) => t.t !== "word" || t.text.trim() !== "");
    const word = noun(next);
    return word !== "" && counted.has(word);
  });
}

function preBound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i - 1];
  if (t?.t === "cmp") return true;
  const r = readings(t, "cmp");
  return r?.kind === "cmp" && r.at === "pre";
}

/** The words naming what a step counts (一般违纪, 迟到): the plain words of the clause. */
function labelOf(tokens: readonly Token[]): string | undefined {
  const words = tokens
    .filter(
      (t) =>
        t.t === "word" ||
        (t.t === "lex" && !readings(t, "per") && !readings(t, "then") && !readings(t, "adjustment")),
    )
    .map((t) => (t as { text: string }).text)
    .join("")
    .replace(/^[\s\d.、)]+|出现|发生|则$/g, "")
    .trim();
  return words.length > 0 ? words : undefined;
}

// ---------------------------------------------------------------------------------------------
// Otherwise and met / not met: 否则0分, 其他不得分, 未达标不得分, 完成得10分, ≥8%达标得满分.

function readOtherwise(tokens: readonly Token[], clause: Clause): Read {
  if (!is(tokens[0], "else")) return null;
  const outcome = endingOutcome(tokens, clause.source);
  return outcome ? { reading: { type: "otherwise", outcome }, used: outcome.used } : null;
}

function readPass(tokens: readonly Token[], clause: Clause): Read {
  // full marks if achieved: the English order, score first.
  const leading = scoreAt(tokens, 0, false);
  const met = readings(tokens[leading?.end ?? -1], "pass");
  if (leading && met?.kind === "pass" && leading.end === tokens.length - 1)
    return { reading: { type: "pass", met: met.met, outcome: leading }, used: leading.used };
  const outcome = endingOutcome(tokens, clause.source);
  if (!outcome) return null;
  const head = tokens.slice(0, outcome.start);
  const passAt = head.findIndex((t) => readings(t, "pass"));
  if (passAt < 0) return null;
  const pass = readings(head[passAt], "pass");
  if (pass?.kind !== "pass") return null;
  // Words after the met / not met word other than its object (目标, 任务) make it something else.
  const rest = head
    .slice(passAt + 1)
    .filter((t) => !is(t, "target") && !(t.t === "word" && /^[的者]$/.test(t.text)));
  if (rest.some((t) => t.t === "num")) return null;
  const condition = readCondition(head.slice(0, passAt));
  // 4项以上未完成的评0分: what is not done, counted, is the measure of a band.
  if (condition && (condition.bare || (!pass.met && condition.unit === "count"))) return null;
  return {
    reading: { type: "pass", met: pass.met, outcome, ...(condition ? { condition } : {}) },
    used: [...outcome.used, ...(condition?.used ?? [])],
  };
}

// ---------------------------------------------------------------------------------------------
// Bands: a condition and its score.

function readBand(tokens: readonly Token[], clause: Clause): Read {
  // no points below 50%, 30 points if ≥ 90%: the English order, score first.
  const leading = scoreAt(tokens, 0, false);
  if (leading && leading.end < tokens.length) {
    const rest = tokens.slice(is(tokens[leading.end], "if") ? leading.end + 1 : leading.end);
    const condition = readCondition(rest);
    // Full marks = 10: how many points the full score is (read as the scale), not a band of 10.
    const restated =
      is(tokens[0], "full") &&
      rest.every(
        (t) =>
          (t.t === "num" && t.unit === "number") ||
          (t.t === "cmp" && t.op === "=") ||
          (t.t === "sep" && t.ch === ":") ||
          is(t, "pts"),
      );
    if (
      condition &&
      !restated &&
      !condition.bare &&
      !rest.some((t) => t.t === "num" && !condition.used.includes(t))
    )
      return {
        reading: { type: "band", condition, outcome: leading },
        used: [...condition.used, ...leading.used],
      };
  }
  const outcome = endingOutcome(tokens, clause.source);
  if (!outcome) return null;
  const head = tokens.slice(0, outcome.start);
  // 响应时长≤60秒且解决率≥90%得满分: two measures at once make a standard met or not, and the cell
  // says which.
  const measures = new Set(
    nums(head)
      .map((n) => n.unit)
      .filter((u) => u !== "number"),
  );
  if (measures.size > 1 && head.some((t) => is(t, "and")))
    return { reading: { type: "pass", met: true, outcome }, used: [...nums(head), ...outcome.used] };
  // each error beyond 2 costs 1 point: a clause led by each / every counts steps, whatever the
  // step reader made of it, and is no band scoring its points.
  if (head.some((t) => (readings(t, "per") as { count?: true } | undefined)?.count)) return null;
  const condition = readCondition(head);
  if (!condition) return null;
  // 超过100%的部分按1:1加分: a ratio (plain numbers glued to the colon between them, no points
  // after) is no condition and its score.
  const plain = (t: Token | undefined): boolean => t?.t === "num" && t.unit === "number" && !t.unitWord;
  const ratio = [outcome.start - 1, outcome.start].some((i) => {
    const colon = tokens[i];
    return (
      colon?.t === "sep" &&
      colon.ch === ":" &&
      plain(tokens[i - 1]) &&
      tokens[i - 1]?.end === colon.start &&
      plain(tokens[i + 1]) &&
      tokens[i + 1]?.start === colon.end &&
      !is(tokens[i + 2], "pts")
    );
  });
  if (ratio) return null;
  return { reading: { type: "band", condition, outcome }, used: [...condition.used, ...outcome.used] };
}

// ---------------------------------------------------------------------------------------------
// Proportional: 按完成比例计分, 所占分值×(实际完成值/目标值), 得分=回款率×25, score x actual/target.

/** A formula that computes the score (得分=…, …×分值, points = 30 x actual / target). */
const namesScore = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => is(t, "scoreName") || is(t, "pts") || is(t, "ofPoints"));

/** The points a formula multiplies by: ×25, ×50分, 30 x actual, 15分×(…). */
function formulaPoints(tokens: readonly Token[], times: number): NumToken | undefined {
  if (times < 0) return undefined;
  const plain = (t: Token | undefined): t is NumToken => t?.t === "num" && t.unit === "number";
  const after = tokens[times + 1];
  if (plain(after)) return after;
  const before = is(tokens[times - 1], "pts") ? tokens[times - 2] : tokens[times - 1];
  return plain(before) ? before : undefined;
}

function readProportional(tokens: readonly Token[]): Read {
  const prop = tokens.some((t) => is(t, "prop"));
  const times = tokens.findIndex((t) => t.t === "math" && t.ch === "×");
  const slash = tokens.findIndex((t) => t.t === "math" && (t.ch === "/" || t.ch === "÷"));
  const n = formulaPoints(tokens, times);
  // 完播率/35%×满分: times the item's full points.
  const timesFull = times >= 0 && is(tokens[times + 1], "full");
  // 完成率×40, 回款额/回款目标×25: a rate, or a share of a target, times the points.
  // 预算费用/实际费用×15: the target over the actual value, lower is better.
  const over = slash >= 0 ? tokens.slice(0, slash) : [];
  // 实际课时/8×5: the actual value over a number, times the points.
  const rated =
    n !== undefined &&
    (tokens.some((t) => is(t, "rate")) ||
      (slash >= 0 && tokens.some((t) => is(t, "target"))) ||
      (tokens[slash + 1]?.t === "num" && over.some((t) => is(t, "actual"))));
  if (!prop && !rated && !((times >= 0 || slash >= 0) && (namesScore(tokens) || timesFull))) return null;
  // 考试成绩×0.1, 完成率×0.2: a multiplier below 1 is a weight or a coefficient, not the points; what
  // it multiplies (a mark as typed, or a rate as a percent or as percent points) is not said.
  if (n !== undefined && n.value < 1) return null;
  // 超出预算部分按比例扣分, 超时按比例扣分: a proportion of the excess (or of the time over), with no
  // rate that turns it into points.
  const past = (t: Token) =>
    ["above", "occurrence"].includes((readings(t, "dir") as { dir?: string } | undefined)?.dir ?? "");
  if (prop && tokens.some(past)) return null;
  const under = slash >= 0 ? tokens.slice(slash + 1, times > slash ? times : undefined) : [];
  const inverse = over.some((t) => is(t, "target")) && under.some((t) => is(t, "actual"));
  // 15分×(实际结单数÷200): the number divided by is the target.
  const divisor = slash >= 0 ? tokens[slash + 1] : undefined;
  const target = divisor?.t === "num" && divisor !== n ? divisor : undefined;
  const others = nums(tokens).filter((t) => t !== n && t !== target);
  // 未达到98%的按实际/98%×分值: a formula's own bound is the standard it divides by, nothing else;
  // 低于100%得分=完成率×分值: a completion rate's is 100%.
  const standard = target?.value ?? (tokens.some((t) => is(t, "rate")) ? 1 : undefined);
  if (others.length > 0 && !prop && standard === undefined) return null;
  // 低于95%按比例扣分: where the proportion applies, which the target says anyway.
  const where = others.length > 0 ? readCondition(tokens.filter((t) => t !== n && t !== target)) : null;
  if (others.length > 0 && (!where || where.bare || where.used.length !== others.length)) return null;
  const bounds = [where?.interval.min?.value, where?.interval.max?.value].filter((v) => v !== undefined);
  if (others.length > 0 && !prop && !bounds.every((v) => v === standard)) return null;
  return {
    reading: {
      type: "proportional",
      ...(n ? { points: n.value } : {}),
      pointsFromWeight: timesFull || tokens.some((t) => is(t, "ofPoints")),
      ...(target ? { target: target.value } : {}),
      ...(inverse ? { inverse: true as const } : {}),
    },
    used: [...(n ? [n] : []), ...(target ? [target] : []), ...(where?.used ?? [])],
  };
}

/** 无违反平台规定得满分, 数据统计及时准确得5分: the score of a state described in words. */
function readAnchor(tokens: readonly Token[], clause: Clause): Read {
  const outcome = endingOutcome(tokens, clause.source);
  if (!outcome || nums(tokens.slice(0, outcome.start)).length > 0) return null;
  if (tokens.slice(0, outcome.start).some((t) => readings(t, "limit"))) return null;
  const { score } = outcome;
  const states =
    (score.type === "share" && score.share === 1) || (score.type === "points" && score.points > 0);
  return states ? { reading: { type: "anchor", outcome }, used: outcome.used } : null;
}

/** 满分10分, full marks 10: the item's points. */
function readScale(tokens: readonly Token[]): Read {
  const at = tokens.findIndex((t) => is(t, "full"));
  if (tokens.slice(0, at).some((t) => t.t === "num")) return null;
  const all = nums(tokens);
  if (at < 0 || all.length !== 1) return null;
  const n = all[0] as NumToken;
  if (tokens.indexOf(n) < at || n.unit !== "number") return null;
  return { reading: { type: "scale", points: n.value }, used: [n] };
}

// ---------------------------------------------------------------------------------------------
// Stated target and base: 目标为10条, 月度有效线索目标为10条, target 4.8, 基础15分, 以单项100分为基础.

/** 以6小时为准: the number taken as the standard (以后台数据为准 names a source, and has none). */
function takenAsStandard(tokens: readonly Token[]): boolean {
  const all = nums(tokens);
  const n = all[0];
  if (all.length !== 1 || !n) return false;
  const i = tokens.indexOf(n);
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    before?.t === "word" &&
    before.text.endsWith("以") &&
    after?.t === "lex" &&
    after.text === "为准" &&
    i + 2 === tokens.length
  );
}

function readTarget(tokens: readonly Token[]): Read {
  if (takenAsStandard(tokens)) {
    const n = nums(tokens)[0] as NumToken;
    return { reading: { type: "target", value: n.value, unit: n.unit }, used: [n] };
  }
  const at = tokens.findIndex((t) => is(t, "target"));
  if (at < 0) return null;
  const all = nums(tokens);
  // 相对2-3小时目标: a standard described, not one value to measure against.
  if (
    all.length === 2 &&
    tokens.some((t) => t.t === "dash") &&
    !tokens.some((t) => t.t === "cmp" || readings(t, "cmp") || readings(t, "sign"))
  )
    return { reading: { type: "definition" }, used: all };
  if (all.length !== 1) return null;
  const n = all[0] as NumToken;
  // 以目标值为基准得10分: points given at the target, not the target's value.
  if (is(tokens[tokens.indexOf(n) + 1], "pts") || tokens.some((t) => is(t, "give"))) return null;
  if (
    tokens.some(
      (t) => t.t === "cmp" || readings(t, "cmp") || readings(t, "sign") || is(t, "full") || is(t, "zero"),
    )
  )
    return null;
  return { reading: { type: "target", value: n.value, unit: n.unit }, used: [n] };
}

function readBase(tokens: readonly Token[]): Read {
  const at = tokens.findIndex((t) => is(t, "base"));
  const all = nums(tokens);
  if (at < 0 || all.length !== 1) return null;
  const n = all[0] as NumToken;
  // 基础15分, 以单项100分为基础: points, written as such (基础要求每月8场 is a requirement).
  if (n.unit !== "number" || !is(tokens[tokens.indexOf(n) + 1], "pts")) return null;
  return { reading: { type: "base", points: n.value }, used: [n] };
}

// ---------------------------------------------------------------------------------------------
// Judgement: 酌情给分, 上级综合评定, 满分10分 (a manual score within its range).

function readManual(tokens: readonly Token[]): Read {
  if (!tokens.some((t) => is(t, "manual"))) return null;
  const all = nums(tokens);
  const range = all.length === 2 && tokens.some((t) => t.t === "dash") ? all : null;
  if (range)
    return {
      reading: { type: "manual", min: (range[0] as NumToken).value, max: (range[1] as NumToken).value },
      used: range,
    };
  if (all.length === 0) return { reading: { type: "manual" }, used: [] };
  // 直接上级评分,满分10分: judged out of the stated full score.
  const full = tokens.findIndex((t) => is(t, "full"));
  const top = all[0] as NumToken;
  if (all.length === 1 && full >= 0 && tokens.indexOf(top) > full)
    return { reading: { type: "manual", min: 0, max: top.value }, used: [top] };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Definitions (完成率=实际产出÷总目标) and notes (须有拜访记录) score nothing.

function readDefinition(tokens: readonly Token[]): Read {
  const defines = tokens.some((t) => (t.t === "cmp" && t.op === "=") || t.t === "math");
  // Handle time ≤ 3 min = 10, Errors: 0 = 10: a condition (a value alone among others is one) and,
  // after the sign, its score.
  const eq = tokens.findIndex((t) => t.t === "cmp" && t.op === "=");
  const after = tokens.slice(eq + 1);
  const before = tokens.slice(0, eq);
  if (
    eq > 0 &&
    after.length === 1 &&
    after[0]?.t === "num" &&
    !before.some((t) => t.t === "math") &&
    readCondition(before) !== null
  )
    return null;
  if (!defines || namesScore(tokens) || tokens.some((t) => is(t, "prop"))) return null;
  if (tokens.some((t) => readings(t, "sign") || is(t, "full") || is(t, "zero"))) return null;
  return { reading: { type: "definition" }, used: [] };
}

/** A condition with no score of its own: a standard the clauses after it refer to. */
function readBareCondition(tokens: readonly Token[]): Read {
  const condition = readCondition(tokens);
  if (!condition || condition.bare) return null;
  return { reading: { type: "condition", condition }, used: condition.used };
}

export type { Score };
