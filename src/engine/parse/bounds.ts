import type { Unit } from "../quantity";
import type { Bound, Interval } from "../rule";
import type { Op } from "./lexicon";
import { is, readings, type NumToken, type Token } from "./tokens";

/**
 * The condition of a clause as an interval: `≥90%`, `90%-99%`, `5>N≥1`, `3万元以上`, `低于60%`,
 * `次数为1`, `60%(含)-75%`. Bounds from signs and words are explicit; those of a dash range are
 * implicit (a shared endpoint goes to the range it begins), unless (含) / (不含) says otherwise.
 */
export type Condition = {
  interval: Interval;
  unit: Unit;
  /** No sign nor word: `4万元得8分`; the rule decides from the neighbouring clauses. */
  bare: boolean;
  /** The numbers the condition read. */
  used: NumToken[];
  /** Seconds per plain number when the condition writes a duration. */
  timeUnit?: number;
};

function bound(value: number, inclusive: boolean, explicit = true): Bound {
  return { value, inclusive, explicit };
}

export function side(op: Op, value: number, explicit = true): Interval {
  switch (op) {
    case "≥":
      return { min: bound(value, true, explicit) };
    case ">":
      return { min: bound(value, false, explicit) };
    case "≤":
      return { max: bound(value, true, explicit) };
    case "<":
      return { max: bound(value, false, explicit) };
    case "=":
      return { min: bound(value, true, explicit), max: bound(value, true, explicit) };
  }
}

/** `q op x` read from the left (90 > x) turned into x's view (x < 90). */
const FLIP: Record<Op, Op> = { "≥": "≤", ">": "<", "≤": "≥", "<": ">", "=": "=" };

export function intersect(a: Interval, b: Interval): Interval {
  const min = !a.min
    ? b.min
    : !b.min
      ? a.min
      : a.min.value > b.min.value || (a.min.value === b.min.value && !a.min.inclusive)
        ? a.min
        : b.min;
  const max = !a.max
    ? b.max
    : !b.max
      ? a.max
      : a.max.value < b.max.value || (a.max.value === b.max.value && !a.max.inclusive)
        ? a.max
        : b.max;
  const out: Interval = {};
  if (min) out.min = min;
  if (max) out.max = max;
  return out;
}

/** The unit most of a clause's numbers carry; plain numbers take it (80-90% reads 80 as 80%). */
export function unitOf(nums: readonly NumToken[]): Unit {
  return nums.find((n) => n.unit !== "number")?.unit ?? "number";
}

export function scaled(n: NumToken, unit: Unit): number {
  return n.unit === "number" && unit === "percent" ? n.value / 100 : n.value;
}

/** `1-2分钟`, `3-5万`: a bare first number takes the multiplier and unit of the second, unless
 * that would turn the range around (5000-1万). */
function rangeStart(first: NumToken, second: NumToken, unit: Unit): number {
  const plain = !first.multiplier && !first.unitWord && !first.currency;
  if (!plain || (!second.multiplier && !second.unitWord)) return scaled(first, unit);
  const factor = first.value === 0 ? 1 : second.value / Number(second.digits);
  const value = first.value * factor;
  return value <= second.value && Number.isFinite(value) ? value : scaled(first, unit);
}

/** The comparison a token states before a number: ≥, 低于, at least. */
function preOp(t: Token | undefined): Op | undefined {
  if (t?.t === "cmp") return t.op;
  const r = readings(t, "cmp");
  return r?.kind === "cmp" && r.at === "pre" ? r.op : undefined;
}

function postOp(t: Token | undefined): Op | undefined {
  const r = readings(t, "cmp");
  return r?.kind === "cmp" && r.at === "post" ? r.op : undefined;
}

/** Plain words between a sign and its number (N≥5, 次数为1, 数量大于等于10条). */
const isWordish = (t: Token): boolean =>
  t.t === "word" || (t.t === "lex" && t.readings.every((r) => r.kind === "word" || r.kind === "target"));

/**
 * Reads the condition in `tokens`. Returns null when there is no number, nor a word that is a
 * condition by itself (全部参加, 负增长).
 */
export function readCondition(tokens: readonly Token[]): Condition | null {
  const nums = tokens.filter((t): t is NumToken => t.t === "num");
  if (nums.length === 0) {
    if (tokens.some((t) => is(t, "none")))
      return { interval: side("=", 0), unit: "count", bare: false, used: [] };
    if (tokens.some((t) => is(t, "some")))
      return { interval: side("≥", 1), unit: "count", bare: false, used: [] };
    // 环比下降不得分: 下降 alone is the decline (a direction word only beside another).
    if (
      tokens.some((t) => is(t, "decline")) &&
      !tokens.some((t) => t.t === "lex" && is(t, "dir") && !is(t, "decline"))
    )
      return { interval: { max: bound(0, false) }, unit: "percent", bare: false, used: [] };
    return null;
  }
  const unit = unitOf(nums);
  const timeUnit = nums.find((n) => n.timeUnit !== undefined)?.timeUnit;
  let interval: Interval = {};
  let bare = true;
  const used: NumToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.t !== "num") continue;
    used.push(t);
    const negative = isMinus(tokens, i);
    const value = (negative ? -1 : 1) * scaled(t, unit);
    // q [分][(含)] - q [(不含)]: a dash range (4.7分(含)-4.8分), each end with its sign (-5%~+5%).
    let j = is(tokens[i + 1], "pts") && is(tokens[i + 2], "incl") ? i + 2 : i + 1;
    const inclusiveStart = readings(tokens[j], "incl");
    if (inclusiveStart) j++;
    const signed = tokens[j]?.t === "dash" && tokens[j + 2]?.t === "num" && isSign(tokens[j + 1]);
    if (signed) j++;
    if (tokens[j]?.t === "dash" && tokens[j + 1]?.t === "num") {
      const other = tokens[j + 1] as NumToken;
      used.push(other);
      const hi = (signed && tokens[j]?.t === "dash" ? -1 : 1) * scaled(other, unit);
      const lo = (negative ? -1 : 1) * rangeStart(t, other, unit);
      // 80%至90%之间(不含): the end's own mark may follow the word that closes the range.
      const between = isBetween(tokens[j + 2]) ? 1 : 0;
      const after = readings(tokens[j + 2 + between], "incl");
      const min =
        inclusiveStart?.kind === "incl"
          ? bound(Math.min(lo, hi), inclusiveStart.inclusive, true)
          : bound(Math.min(lo, hi), true, false);
      const max =
        after?.kind === "incl"
          ? bound(Math.max(lo, hi), after.inclusive, true)
          : bound(Math.max(lo, hi), true, false);
      interval = intersect(interval, { min, max });
      bare = false;
      i = after ? j + 2 + between : j + 1;
      continue;
    }
    // q op [words] op q: 90%>≥80%, 5>N≥1, 80%≤x<90%.
    const op1 = tokens[i + 1]?.t === "cmp" ? (tokens[i + 1] as { op: Op }).op : undefined;
    if (op1 && op1 !== "=") {
      let k = i + 2;
      while (k < tokens.length && isWordish(tokens[k] as Token)) k++;
      const op2 = tokens[k]?.t === "cmp" ? (tokens[k] as { op: Op }).op : undefined;
      const other = tokens[k + 1];
      if (op2 && other?.t === "num") {
        used.push(other);
        interval = intersect(interval, side(FLIP[op1], value));
        interval = intersect(interval, side(op2, scaled(other, unit)));
        bare = false;
        i = k + 1;
        continue;
      }
      if (k > i + 2 || tokens[k] === undefined || tokens[k]?.t !== "num") {
        // 5>N: the number stands left of its sign.
        interval = intersect(interval, side(FLIP[op1], value));
        bare = false;
        i = k - 1;
        continue;
      }
    }
    // 80分以下, 60%(含)以上: a 分 or a (含) may stand between the number and its word.
    const k = is(tokens[i + 1], "pts") ? i + 2 : i + 1;
    const postToken =
      postOp(tokens[k]) !== undefined ? tokens[k] : is(tokens[k], "incl") ? tokens[k + 1] : undefined;
    const post = postOp(postToken);
    const pre = preOpBefore(tokens, i);
    // A word after the number outranks 为 before it: 次数为4次以上 means ≥ 4.
    const op = post ?? pre;
    if (op) {
      const explicitIncl = readings(tokens[k + 1], "incl") ?? readings(tokens[k], "incl");
      // 以上 / 以下 include their number, yet yield it to a range that begins there
      // (60-69分为合格，60分以下为不合格: 60 is 合格); a sign or 低于 / 达到 does not.
      const yields = (readings(postToken, "cmp") as { yields?: true } | undefined)?.yields === true;
      const firm = post === undefined || explicitIncl !== undefined || !yields;
      let sideOf = side(op, value, firm);
      if (explicitIncl?.kind === "incl" && op !== "=") sideOf = withInclusive(sideOf, explicitIncl.inclusive);
      interval = intersect(interval, sideOf);
      bare = false;
      continue;
    }
    interval = intersect(interval, side("=", value));
  }
  const declined = tokens.some((t) => is(t, "decline"));
  const out: Condition = { interval: declined ? mirrored(interval) : interval, unit, bare, used };
  if (timeUnit !== undefined) out.timeUnit = timeUnit;
  return out;
}

const isBetween = (t: Token | undefined): boolean =>
  t?.t === "word" && /^(之间|之内|间)$/.test(t.text.trim());

function withInclusive(interval: Interval, inclusive: boolean): Interval {
  const out: Interval = {};
  if (interval.min) out.min = { ...interval.min, inclusive };
  if (interval.max) out.max = { ...interval.max, inclusive };
  return out;
}

/** A sign before a range's end: -5%~-2% (a dash) or -5%~+5% (a plus). */
const isSign = (t: Token | undefined): boolean => t?.t === "dash" || readings(t, "sign")?.kind === "sign";

/** A dash that is the number's minus: at the start, after a sign or separator (≥-5%), after 在 / 为
 * / 介于 (偏差率在-5%~5%之间), or as the second end of a range (-5%~-2%); a dash after other words
 * stays a dash (良好-80%以上). */
function isMinus(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.t !== "dash") return false;
  const before = tokens[i - 2];
  return (
    i === 1 ||
    isOperator(before) ||
    is(before, "eq") ||
    (before?.t === "dash" && tokens[i - 3]?.t === "num") ||
    ((before?.t === "word" || before?.t === "lex") && /(在|于|从)$/.test(before.text))
  );
}

function isOperator(t: Token | undefined): boolean {
  return t === undefined || t.t === "cmp" || t.t === "sep" || (t.t === "lex" && preOp(t) !== undefined);
}

/** The sign or word before the number at `i`: right before it, or a symbol across a few plain
 * words (N≥5 has none, 数量≥ 10条 some spaces, 次数为1 the word 为). */
function preOpBefore(tokens: readonly Token[], i: number): Op | undefined {
  const before = tokens[i - 1];
  const direct = preOp(before);
  if (direct) return direct;
  if (is(before, "eq")) return "=";
  if (before?.t === "dash" && preOp(tokens[i - 2])) return preOp(tokens[i - 2]);
  let k = i - 1;
  while (k >= 0 && isWordish(tokens[k] as Token) && i - k <= 3) k--;
  const far = tokens[k];
  return far?.t === "cmp" && k < i - 1 ? far.op : undefined;
}

/** 负增长5个点以内 is a change of -5 to 0: read on magnitudes, mirrored. */
function mirrored(interval: Interval): Interval {
  const flip = (b: Bound | undefined) => (b ? { ...b, value: -b.value } : undefined);
  const min = flip(interval.max);
  const max = flip(interval.min) ?? bound(0, false);
  return { ...(min ? { min } : {}), ...(max ? { max } : {}) };
}
