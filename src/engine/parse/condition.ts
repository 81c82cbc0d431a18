import { quantityOf, Unit, type Quantity, type QuantityParts } from "../quantity";
import type { Bound, Interval } from "../rule";
import { CLOCK, QTY_PARTS, quantityFromGroups, quantityIn } from "./quantityToken";

/**
 * The condition of one clause (`≥90%`, `90%-99%`, `5>N≥1`, `3万元以上`, `低于60%`, `次数为1`) as
 * an interval. Bounds from signs and words are explicit; those from a dash range are implicit.
 */
export type Condition = {
  interval: Interval;
  unit: Unit;
  /** No sign nor word: `4万元得8分` — the caller decides from the neighbouring clauses. */
  bare: boolean;
};

type Op = "≥" | ">" | "≤" | "<" | "=";

/** Words before a number that make it a bound (低于60%), longest first; plain string tests,
 * since this runs for every number of every clause. */
const PREFIX_WORDS: ReadonlyArray<readonly [string, Op]> = (
  [
    ["未达到", "<"],
    ["未达", "<"],
    ["未满", "<"],
    ["不足", "<"],
    ["不满", "<"],
    ["低于", "<"],
    ["小于", "<"],
    ["少于", "<"],
    ["below", "<"],
    ["under", "<"],
    ["less than", "<"],
    ["fewer than", "<"],
    ["超过", ">"],
    ["超出", ">"],
    ["高于", ">"],
    ["大于", ">"],
    ["多于", ">"],
    ["above", ">"],
    ["over", ">"],
    ["more than", ">"],
    ["exceeds", ">"],
    ["exceed", ">"],
    ["greater than", ">"],
    ["达到", "≥"],
    ["满", "≥"],
    ["at least", "≥"],
    ["no less than", "≥"],
    ["minimum of", "≥"],
    ["at most", "≤"],
    ["up to", "≤"],
    ["no more than", "≤"],
    ["maximum of", "≤"],
    ["within", "≤"],
    ["为", "="],
    ["是", "="],
    ["等于", "="],
    ["equal to", "="],
    ["equals", "="],
    ["of", "="],
    ["is", "="],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Words after a number (90%以上, 3次以内, 80分以下(不含)). */
const SUFFIX_WORDS: ReadonlyArray<readonly [string, Op]> = (
  [
    ["以上(不含)", ">"],
    ["以外(不含)", ">"],
    ["以下(不含)", "<"],
    ["以内(不含)", "<"],
    ["(含)以上", "≥"],
    ["(含)以下", "≤"],
    ["及以上", "≥"],
    ["或以上", "≥"],
    ["以上", "≥"],
    ["+", "≥"],
    ["or more", "≥"],
    ["or above", "≥"],
    ["and above", "≥"],
    ["or higher", "≥"],
    ["plus", "≥"],
    ["及以下", "≤"],
    ["或以下", "≤"],
    ["以下", "≤"],
    ["以内", "≤"],
    ["之内", "≤"],
    ["内", "≤"],
    ["or less", "≤"],
    ["or below", "≤"],
    ["and below", "≤"],
    ["or fewer", "≤"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** First characters of the prefix and suffix words: most numbers have neither around them, and
 * this check spares them the word lists. */
const PREFIX_ENDS = new Set(PREFIX_WORDS.map(([word]) => word[word.length - 1]));
const SUFFIX_STARTS = new Set(["点", "(", ...SUFFIX_WORDS.map(([word]) => word[0])]);

function prefixOp(before: string): Op | undefined {
  const text = before.trimEnd().toLowerCase();
  if (!PREFIX_ENDS.has(text[text.length - 1])) return undefined;
  return PREFIX_WORDS.find(([word]) => text.endsWith(word))?.[1];
}

function suffixOp(after: string): Op | undefined {
  const first = after.trimStart()[0]?.toLowerCase();
  if (first === undefined || !SUFFIX_STARTS.has(first)) return undefined;
  // 5个点以内, 3次 以上: skip the spaces and the 点 of 个点.
  const text = after
    .replace(/^[\s点]+/, "")
    .replace(/^\(含[^)]{0,4}\)(?=以|及|或)/, "(含)")
    .toLowerCase();
  return SUFFIX_WORDS.find(([word]) => text.startsWith(word))?.[1];
}

/** A few letters or Chinese characters between a sign and its number (N≥5, 次数为1). */
const WORDS_8 = /^[\sA-Za-z\u4e00-\u9fa5]{0,8}$/;
const WORDS_6 = /^[\sA-Za-z\u4e00-\u9fa5]{0,6}$/;

const NONE =
  /全部参加|全勤|全部出席|^无(?:违规|差错|错误|投诉|迟到|缺勤|失误)|零(?:投诉|差错|失误|违规)|未发生|没有(?:发生|出现)|none|zero/i;

const TOKEN = new RegExp(`(${CLOCK})|${QTY_PARTS}|([≥≤<>=])|(-)`, "g");

type Token =
  | { kind: "q"; q: Quantity; start: number; end: number; parts?: QuantityParts & { digits: string } }
  | { kind: "op"; op: Op | "-"; start: number; end: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const q = m[1] ? quantityIn(m[1]) : m[3] ? quantityFromGroups(m, 2) : undefined;
    const parts = m[3]
      ? { digits: m[3], currency: m[2], multiplier: m[4], yuan: m[5], unitWord: m[6] }
      : undefined;
    if (q) tokens.push({ kind: "q", q, start, end, ...(parts ? { parts } : {}) });
    else if (q === undefined) tokens.push({ kind: "op", op: (m[7] ?? "-") as Op | "-", start, end });
  }
  return tokens;
}

function bound(value: number, inclusive: boolean, explicit = true): Bound {
  return { value, inclusive, explicit };
}

/** x op q as an interval. */
function side(op: Op, value: number): Interval {
  switch (op) {
    case "≥":
      return { min: bound(value, true) };
    case ">":
      return { min: bound(value, false) };
    case "≤":
      return { max: bound(value, true) };
    case "<":
      return { max: bound(value, false) };
    case "=":
      return { min: bound(value, true), max: bound(value, true) };
  }
}

/** `q op x` read from the left (90 > x) turned into x's view (x < 90). */
const FLIP: Record<Op, Op> = { "≥": "≤", ">": "<", "≤": "≥", "<": ">", "=": "=" };

function intersect(a: Interval, b: Interval): Interval {
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

/** Unit of a bare number next to a unit-bearing one (80-90% → both percent). */
function unitOf(quantities: Quantity[]): Unit {
  return quantities.find((q) => q.unit !== "number")?.unit ?? "number";
}

function scaled(q: Quantity, unit: Unit): number {
  // 80-90%: the 80 was read as a plain number; it means 80%.
  return q.unit === "number" && unit === "percent" ? q.value / 100 : q.value;
}

/** 负增长5个点以内 is a change of -5 to 0: the interval read on magnitudes, mirrored. */
const NEGATIVE_CHANGE = /负增长|同比下降|环比下降|下滑/;

function mirror(interval: Interval): Interval {
  const flip = (b: Bound | undefined) => (b ? { ...b, value: -b.value } : undefined);
  const min = flip(interval.max);
  const max = flip(interval.min);
  return { ...(min ? { min } : {}), ...(max ? { max } : {}) };
}

export function parseCondition(text: string): Condition | null {
  const condition = readCondition(text.replace(/第\d+(?:[、,]\d+)*项/g, ""));
  if (!condition || !NEGATIVE_CHANGE.test(text) || !/\d/.test(text)) return condition;
  // Magnitudes of a decline: 以内 5 → [-5, 0).
  const interval = mirror(condition.interval);
  return { ...condition, interval: interval.max ? interval : { ...interval, max: bound(0, false) } };
}

/** `1-2分钟`, `3-5万`: a bare first number takes the multiplier and unit written after the second. */
function inherited(
  first: Extract<Token, { kind: "q" }>,
  second: Extract<Token, { kind: "q" }>,
  unit: Unit,
): number | undefined {
  const a = first.parts;
  const b = second.parts;
  if (!a || !b || a.multiplier || a.unitWord || a.currency || a.yuan || (!b.multiplier && !b.unitWord))
    return undefined;
  const q = quantityOf(a.digits, { multiplier: b.multiplier, unitWord: b.unitWord, yuan: b.yuan });
  // 5000-1万 already reads upwards as written: a multiplier that would turn it around is not shared.
  return q && q.value <= second.q.value ? scaled(q, unit) : undefined;
}

function readCondition(text: string): Condition | null {
  const tokens = tokenize(text);
  const quantities = tokens.flatMap((t) => (t.kind === "q" ? [t.q] : []));
  if (quantities.length === 0) {
    // 全部参加, 无违规, 零投诉: a count of zero said in words.
    if (NONE.test(text))
      return { interval: { min: bound(0, true), max: bound(0, true) }, unit: "count", bare: false };
    // 负增长不得分: any decline.
    if (/^负增长|^下降|^decline/i.test(text.trim()))
      return { interval: { max: bound(0, false) }, unit: "percent", bare: false };
    return null;
  }
  const unit = unitOf(quantities);
  let interval: Interval = {};
  let bare = true;
  let negate = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "op") {
      // A dash before any number negates it (负增长 written -5).
      negate = t.op === "-" && (i === 0 || tokens[i - 1]?.kind === "op");
      continue;
    }
    const value = (negate ? -1 : 1) * scaled(t.q, unit);
    negate = false;
    const before = tokens[i - 1];
    const between = text.slice(before?.end ?? 0, t.start);
    const next = tokens[i + 1];
    // q - q: a dash range, both ends implicit.
    if (
      next?.kind === "op" &&
      next.op === "-" &&
      tokens[i + 2]?.kind === "q" &&
      /^\s*(?:\(含\))?\s*$/.test(text.slice(t.end, next.start))
    ) {
      const other = tokens[i + 2] as Extract<Token, { kind: "q" }>;
      const hi = scaled(other.q, unit);
      const lo = inherited(t, other, unit) ?? value;
      const tail = text.slice(other.end);
      const range: Interval = {
        min: bound(Math.min(lo, hi), true, false),
        max: bound(Math.max(lo, hi), !/^\s*\(不含\)/.test(tail), /^\s*\(?(?:含|不含)/.test(tail)),
      };
      interval = intersect(interval, range);
      bare = false;
      i += 2;
      continue;
    }
    // q op [word] op q: 90%>≥80%, 5>N≥1, 80≤x<90.
    if (next?.kind === "op" && next.op !== "-" && tokens[i + 2]?.kind === "op") {
      const op2 = tokens[i + 2] as Extract<Token, { kind: "op" }>;
      const other = tokens[i + 3];
      if (op2.op !== "-" && other?.kind === "q") {
        interval = intersect(interval, side(FLIP[next.op as Op], value));
        interval = intersect(interval, side(op2.op as Op, scaled(other.q, unit)));
        bare = false;
        i += 3;
        continue;
      }
    }
    const symbol =
      before?.kind === "op" && before.op !== "-" && WORDS_8.test(between) ? before.op : undefined;
    const suffix = suffixOp(text.slice(t.end, t.end + 12));
    const prefix = prefixOp(between);
    // A word after the number outranks 为 before it: 次数为4次以上 means ≥ 4.
    const op = suffix ?? symbol ?? prefix;
    if (op) {
      interval = intersect(interval, side(op, value));
      bare = false;
      continue;
    }
    if (next?.kind === "op" && next.op !== "-" && next.op !== "=" && onlyWords(text, t.end, next.start)) {
      // 5>N: the number stands left of its sign.
      interval = intersect(interval, side(FLIP[next.op], value));
      bare = false;
      i += 1;
      continue;
    }
    interval = intersect(interval, { min: bound(value, true), max: bound(value, true) });
  }
  return { interval, unit, bare };
}

function onlyWords(text: string, from: number, to: number): boolean {
  return WORDS_6.test(text.slice(from, to));
}
