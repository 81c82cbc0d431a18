import type { Score } from "../rule";
import { is, readings, type NumToken, type Token } from "./tokens";

/**
 * The score a clause gives: `得30分`, `评4分`, `满分`, `不得分`, `得一半`, `得70%分值`, `扣1分` (off the
 * full score), `得8-10分`, `100-120`, `: 30 points`, `奖励600元`. An outcome is read where it stands
 * (`scoreAt`); a clause's own outcome is the one it ends with (`endingOutcome`).
 */
export type Outcome = {
  score: Score;
  /** Index of the outcome's first token (its marks included) and one past its last. */
  start: number;
  end: number;
  used: NumToken[];
  /** Written with 扣 / 加: points off or on. */
  sign?: 1 | -1;
  /** The number came with a mark (得, 为, :, 分) rather than standing bare after a condition. */
  marked: boolean;
};

const isMark = (t: Token | undefined): boolean =>
  is(t, "give") ||
  is(t, "eq") ||
  is(t, "then") ||
  (t?.t === "sep" && t.ch === ":") ||
  (t?.t === "cmp" && t.op === "=");

/** A bound before a number makes it a condition (不低于4.8分, ≥90分), and so does one after it. */
function boundBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i - 1];
  if (t?.t === "cmp" && t.op !== "=") return true;
  const r = readings(t, "cmp");
  return r?.kind === "cmp" && r.at === "pre";
}

function boundAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const r = readings(t, "cmp");
  return (r?.kind === "cmp" && r.at === "post") || is(t, "incl") || (t?.t === "sep" && t.ch === ":" && false);
}

/**
 * Reads an outcome whose score starts at token `i` (after any marks before it). `bareOk` allows a
 * plain number with no mark and no 分 (`≥90% 30`, `N≥5 100-120`).
 */
export function scoreAt(tokens: readonly Token[], i: number, bareOk: boolean): Outcome | null {
  let start = i;
  while (start > 0 && isMark(tokens[start - 1])) start--;
  const marked = start < i;
  const t = tokens[i];
  if (!t) return null;
  if (is(t, "full")) {
    // full marks (10), 满分(10分): the full score, and how many points it is.
    // (8 points): the points named inside the bracket.
    const named = is(tokens[i + 3], "pts") && tokens[i + 4]?.t === "sep" ? 1 : 0;
    const stated =
      tokens[i + 1]?.t === "sep" && tokens[i + 2]?.t === "num" && tokens[i + 3 + named]?.t === "sep"
        ? (tokens[i + 2] as NumToken)
        : undefined;
    if (stated)
      return {
        score: { type: "points", points: stated.value },
        start,
        end: i + 4 + named,
        used: [stated],
        marked: true,
      };
    // 满分10分: the full score is 10 points.
    const n = tokens[i + 1];
    if (n?.t === "num" && n.unit === "number" && is(tokens[i + 2], "pts"))
      return { score: { type: "points", points: n.value }, start, end: i + 3, used: [n], marked: true };
    return {
      score: { type: "share", share: 1 },
      start,
      end: absorbPoints(tokens, i + 1),
      used: [],
      marked: true,
    };
  }
  if (is(t, "zero"))
    return {
      score: { type: "points", points: 0 },
      start,
      end: absorbPoints(tokens, i + 1),
      used: [],
      marked: true,
    };
  if (is(t, "keep"))
    return { score: { type: "deduct", points: 0 }, start, end: i + 1, used: [], marked: true };
  if (is(t, "half"))
    return {
      score: { type: "share", share: 0.5 },
      start,
      end: absorbPoints(tokens, i + 1),
      used: [],
      marked: true,
    };
  // 分值的70%, 70%分值: a share of the item's points.
  if (is(t, "ofPoints") && tokens[i + 1]?.t === "num" && (tokens[i + 1] as NumToken).unit === "percent") {
    const n = tokens[i + 1] as NumToken;
    return { score: { type: "share", share: n.value }, start, end: i + 2, used: [n], marked: true };
  }
  const sign = readings(t, "sign");
  const signed = sign?.kind === "sign" && sign.at === "pre" && !is(t, "money");
  const at = signed ? i + 1 : i;
  let n = tokens[at];
  let negative = false;
  if (n?.t === "dash" && tokens[at + 1]?.t === "num" && (marked || at === 0)) {
    negative = true;
    n = tokens[at + 1];
  }
  if (n?.t !== "num") return null;
  const num = n;
  const numAt = tokens.indexOf(num);
  if (!signed && !marked && boundBefore(tokens, numAt)) return null;
  if (num.unit === "percent") {
    if (is(tokens[numAt + 1], "ofPoints"))
      return { score: { type: "share", share: num.value }, start, end: numAt + 2, used: [num], marked: true };
    return null;
  }
  // 奖励600元, 得600元: money paid is the score of a bonus table.
  const paid = num.unit === "money" && (marked || is(tokens[numAt - 1], "money"));
  if (num.unit !== "number" && !paid) return null;
  // 8-10分, 100-120: a range the evaluator chooses within.
  if (tokens[numAt + 1]?.t === "dash" && tokens[numAt + 2]?.t === "num" && !signed) {
    const hi = tokens[numAt + 2] as NumToken;
    if (hi.unit !== "number") return null;
    const end = absorbPoints(tokens, numAt + 3);
    const withPoints = end > numAt + 3;
    if (boundAfter(tokens, end) || (!withPoints && !marked && !bareOk)) return null;
    if (tokens[end]?.t === "sep" && (tokens[end] as { ch: string }).ch === ":" && !marked) return null;
    return {
      score: { type: "range", min: num.value, max: hi.value },
      start,
      end,
      used: [num, hi],
      marked: marked || withPoints,
    };
  }
  // 加5-10分: a range the evaluator weighs, not one amount.
  if (signed && tokens[numAt + 1]?.t === "dash") return null;
  const end = absorbPoints(tokens, numAt + 1);
  const withPoints = end > numAt + 1;
  if (boundAfter(tokens, end)) return null;
  // 96~100分: a range of points before a colon is a condition.
  if (tokens[numAt - 1]?.t === "dash" && tokens[numAt - 2]?.t === "num" && !negative) return null;
  if (!withPoints && !marked && !signed && !bareOk && !paid) return null;
  if (tokens[end]?.t === "sep" && (tokens[end] as { ch: string }).ch === ":" && !marked && !signed)
    return null;
  const value = negative ? -num.value : num.value;
  if (signed && sign?.kind === "sign")
    return sign.sign < 0
      ? { score: { type: "deduct", points: value }, start, end, used: [num], sign: -1, marked: true }
      : { score: { type: "points", points: value }, start, end, used: [num], sign: 1, marked: true };
  return { score: { type: "points", points: value }, start, end, used: [num], marked: marked || withPoints };
}

/** The 分 / points after a score, and a trailing 扣 / off (3 points off). */
function absorbPoints(tokens: readonly Token[], i: number): number {
  let j = i;
  if (is(tokens[j], "pts") || is(tokens[j], "ofPoints")) j++;
  return j;
}

/** Tokens a clause may end with after its outcome (的, a closing bracket). */
const trailing = (t: Token): boolean =>
  (t.t === "sep" && (t.ch === ")" || t.ch === ",")) || (t.t === "word" && /^[的者]$/.test(t.text));

/**
 * The outcome a clause ends with: the score and where it begins. A bare number is its outcome only
 * after a condition with a unit or a space (`≥90% 30`, `5>N≥1 60-99`).
 */
export function endingOutcome(tokens: readonly Token[], text: string): Outcome | null {
  let last = tokens.length;
  while (last > 0 && trailing(tokens[last - 1] as Token)) last--;
  // The score starts among the last few tokens: 30分, 得8-10分, 扣1分, 100-120, full marks.
  for (let i = last - 1; i >= Math.max(0, last - 6); i--) {
    const t = tokens[i] as Token;
    if (t.t !== "num" && t.t !== "lex" && t.t !== "dash") continue;
    const before = tokens[i - 1];
    const negative = before?.t === "dash" && (i === 1 || isMark(tokens[i - 2]) || tokens[i - 2]?.t === "sep");
    const start = (readings(before, "sign") && !is(before, "money")) || negative ? i - 1 : i;
    const o =
      scoreAt(tokens, start, bareAllowed(tokens, start, text)) ??
      (start < i ? scoreAt(tokens, i, false) : null);
    if (o && o.end >= last) return o;
  }
  return null;
}

/** A bare number ends a clause after a unit-bearing number (≥90%30) or after a space (N≥5 100). */
function bareAllowed(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  if (!before) return false;
  if (text.slice(before.end, t.start).includes(" ")) return true;
  if (before.t === "num" && before.unit !== "number") return true;
  return false;
}
