import { quantityOf, type Unit } from "../quantity";
import { LEXICON, type Form, type Lexeme, type LexemeKind, type Lexicon, type Op } from "./lexicon";

/**
 * A prepared rule text as tokens: quantities with their units, words of the lexicon with their
 * possible readings, signs, separators, list markers and the plain words between them. The
 * grammar reads tokens, never characters, so a phrasing is a matter of lexicon lines.
 */
export type Token =
  | NumToken
  | {
      t: "lex";
      readings: readonly Lexeme[];
      byKind: ReadonlyMap<LexemeKind, Lexeme>;
      text: string;
      start: number;
      end: number;
    }
  | { t: "cmp"; op: Op; start: number; end: number }
  | { t: "dash"; start: number; end: number }
  | { t: "sep"; ch: ";" | "," | "、" | ":" | "(" | ")"; start: number; end: number }
  | { t: "math"; ch: "×" | "÷" | "/"; start: number; end: number }
  /** A counter after a slash: 扣1分/次, 8条/周. */
  | { t: "perSuffix"; counter: string; start: number; end: number }
  | { t: "level"; key: string; start: number; end: number }
  | { t: "marker"; start: number; end: number }
  /** A number left blank to fill in (数量≥x条, 达到____万元). */
  | { t: "blank"; start: number; end: number }
  | { t: "word"; text: string; start: number; end: number };

export type NumToken = {
  t: "num";
  value: number;
  unit: Unit;
  /** Seconds per written unit when the number is a duration (小时 → 3600). */
  timeUnit?: number;
  digits: string;
  multiplier?: string;
  unitWord?: string;
  currency?: boolean;
  start: number;
  end: number;
};

export type TokenKind = Token["t"];

type Loose = Partial<Record<"text" | "ch" | "op" | "key" | "counter" | "readings" | "byKind", unknown>> &
  Partial<
    Record<"value" | "unit" | "digits" | "timeUnit" | "multiplier" | "unitWord" | "currency", unknown>
  > &
  Pick<Token, "t" | "start" | "end">;

/**
 * Every token carries every property, in one order: the grammar reads tokens of all kinds through
 * the same few properties, and objects of one shape keep those reads fast (a tenth of a parse). A
 * property a kind does not have is undefined; ask a token's kind by `t`, never by `in`.
 */
function shaped(token: Token): Token {
  const x = token as Loose;
  return {
    t: x.t,
    start: x.start,
    end: x.end,
    text: x.text,
    ch: x.ch,
    op: x.op,
    key: x.key,
    counter: x.counter,
    readings: x.readings,
    byKind: x.byKind,
    value: x.value,
    unit: x.unit,
    digits: x.digits,
    timeUnit: x.timeUnit,
    multiplier: x.multiplier,
    unitWord: x.unitWord,
    currency: x.currency,
  } as Token;
}

/** An ASCII digit or letter at `i` of a text (false past either end): by character code, as a
 * tokenizer asks of nearly every character (a character as a string of its own is made anew for
 * each CJK one). */
const digitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const latinAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i) | 32; // lower case; NaN past the end reads 32
  return c >= 97 && c <= 122;
};

/** Units written after a number, longest first, with the seconds of a duration. */
const UNIT_WORDS: ReadonlyArray<readonly [string, string, number?]> = (
  [
    ["个百分点", "个百分点"],
    ["percentage points", "个百分点"],
    ["percentage point", "个百分点"],
    ["百分点", "百分点"],
    ["个点", "个百分点"],
    ["%", "%"],
    ["‰", "‰"],
    ["个小时", "小时", 3600],
    ["小时", "小时", 3600],
    ["hours", "h", 3600],
    ["hour", "h", 3600],
    ["hrs", "h", 3600],
    ["h", "h", 3600],
    ["分钟", "分钟", 60],
    ["minutes", "min", 60],
    ["minute", "min", 60],
    ["mins", "min", 60],
    ["min", "min", 60],
    ["秒钟", "秒", 1],
    ["秒", "秒", 1],
    ["seconds", "s", 1],
    ["second", "s", 1],
    ["secs", "s", 1],
    ["sec", "s", 1],
    ["s", "s", 1],
    ["S", "s", 1],
    ["个工作日", "天"],
    ["工作日", "天"],
    ["个月", "个月"],
    ["个星期", "周"],
    ["星期", "周"],
    ["课时", "课时"],
    ["人次", "次"],
    ["个", "个"],
    ...[..."条次人单件篇家场位名项天日周笔户例台套份张部支星级年款种批轮处门辆"].map((c) => [c, c] as const),
  ] as Array<readonly [string, string, number?]>
).sort((a, b) => b[0].length - a[0].length);

const MULTIPLIER_WORDS = ["百万", "千万", "万", "亿", "千", "w", "W", "k", "K"];

/** Placeholders for a number: ____ anywhere; x, xx where a number stands (≥x条, 为xx万). */
const UNDERLINE = /^_{2,}/;
const LETTER_X = /^(?:x{1,3}|X{1,3})(?![A-Za-z])/;
const LEVEL_FIRST = new Set("ABCDESM");

export function tokenize(text: string, lexicon: Lexicon = LEXICON): Token[] {
  const tokens: Token[] = [];
  const lower = text.toLowerCase();
  let word = -1;
  const flushWord = (at: number) => {
    if (word >= 0) tokens.push(shaped({ t: "word", text: text.slice(word, at), start: word, end: at }));
    word = -1;
  };
  let i = 0;
  while (i < text.length) {
    const next = readAt(text, lower, i, tokens, lexicon);
    if (next) {
      flushWord(i);
      if (next.token) tokens.push(shaped(next.token));
      i = next.end;
      continue;
    }
    if (text.charCodeAt(i) === 32) {
      flushWord(i);
      i++;
      continue;
    }
    if (word < 0) word = i;
    // A Latin word is one token; CJK characters run together until a lexicon form starts.
    if (latinAt(text, i)) {
      let j = i;
      while (j < text.length && latinAt(text, j)) j++;
      flushWord(i);
      tokens.push(shaped({ t: "word", text: text.slice(i, j), start: i, end: j }));
      i = j;
      continue;
    }
    i++;
  }
  flushWord(text.length);
  return tokens;
}

type Read = { token?: Token; end: number };

const SEPARATORS = new Set([";", ",", "、", ":", "(", ")"]);
const COMPARISONS = new Set(["≥", "≤", "<", ">", "="]);
const MARKERS = new Set("①②③④⑤⑥⑦⑧⑨⑩●•·▪◆■□★☆");

/** Every character a token other than a lexicon word can begin with, by code. */
const FIRST = new Set(
  [..."0123456789¥$-×÷/_xX", ...LEVEL_FIRST, ...SEPARATORS, ...COMPARISONS, ...MARKERS].map((c) =>
    c.charCodeAt(0),
  ),
);

/** A lexicon's forms by the code of their first character, made once per lexicon. */
const BY_CODE = new WeakMap<Lexicon, ReadonlyMap<number, readonly Form[]>>();

function formsAt(lexicon: Lexicon, code: number): readonly Form[] | undefined {
  let byCode = BY_CODE.get(lexicon);
  if (byCode === undefined) {
    const made = new Map<number, readonly Form[]>();
    for (const [first, forms] of lexicon) if (first.length === 1) made.set(first.charCodeAt(0), forms);
    BY_CODE.set(lexicon, (byCode = made));
  }
  return byCode.get(code);
}

function readAt(text: string, lower: string, i: number, tokens: Token[], lexicon: Lexicon): Read | null {
  // Most characters begin nothing: the word they are in goes on.
  if (!FIRST.has(text.charCodeAt(i)) && formsAt(lexicon, lower.charCodeAt(i)) === undefined) return null;
  const ch = text[i] as string;
  if (digitAt(text, i) || ((ch === "¥" || ch === "$") && digitAt(text, i + 1))) {
    return readNumber(text, i);
  }
  if (SEPARATORS.has(ch)) {
    // (1), (2): a list marker where a clause begins.
    const numbered = ch === "(" ? /^\(\d{1,2}\)/.exec(text.slice(i, i + 4)) : null;
    if (numbered && startsClause(tokens))
      return { token: { t: "marker", start: i, end: i + numbered[0].length }, end: i + numbered[0].length };
    const lex = readLexeme(text, lower, i, lexicon);
    if (lex) return lex;
    return { token: { t: "sep", ch: ch as ";", start: i, end: i + 1 }, end: i + 1 };
  }
  if (COMPARISONS.has(ch)) return { token: { t: "cmp", op: ch as Op, start: i, end: i + 1 }, end: i + 1 };
  if (ch === "-") return { token: { t: "dash", start: i, end: i + 1 }, end: i + 1 };
  if (ch === "×" || ch === "÷") return { token: { t: "math", ch, start: i, end: i + 1 }, end: i + 1 };
  if (ch === "/") {
    const counter = /^\/\s*([次个家人天项处单条篇件例周月日])/.exec(text.slice(i, i + 4));
    if (counter)
      return {
        token: { t: "perSuffix", counter: counter[1] as string, start: i, end: i + counter[0].length },
        end: i + counter[0].length,
      };
    return { token: { t: "math", ch: "/", start: i, end: i + 1 }, end: i + 1 };
  }
  if (MARKERS.has(ch)) return { token: { t: "marker", start: i, end: i + 1 }, end: i + 1 };
  // Most characters are words: each look-ahead below runs only where its first character stands.
  const underline = ch === "_" ? UNDERLINE.exec(text.slice(i, i + 8)) : null;
  if (underline)
    return { token: { t: "blank", start: i, end: i + underline[0].length }, end: i + underline[0].length };
  const x = (ch === "x" || ch === "X") && !latinAt(text, i - 1) ? LETTER_X.exec(text.slice(i, i + 4)) : null;
  if (x) return letterX(text, i, x[0].length, tokens);
  const level = LEVEL_FIRST.has(ch) ? readLevelLetter(text, i) : null;
  if (level) return level;
  return readLexeme(text, lower, i, lexicon);
}

/** An x where a number should be is a blank (数量≥x条, 不低于xx万); between two terms it is a
 * multiplication (score x actual); otherwise it names the value (x≥90%). */
function letterX(text: string, i: number, length: number, tokens: readonly Token[]): Read {
  const end = i + length;
  const after = text.slice(end).trimStart();
  const last = tokens[tokens.length - 1];
  const afterBound = last?.t === "cmp" || (last?.t === "lex" && /^[得为是有]$/.test(last.text));
  const numberPlace = /^[条次个人天万%件家单]/.test(after) || (afterBound && !/^[≥≤<>=]/.test(after));
  if (numberPlace) return { token: { t: "blank", start: i, end }, end };
  const spaced = text[i - 1] === " " && text[end] === " ";
  if (spaced && /^[A-Za-z0-9(]/.test(after)) return { token: { t: "math", ch: "×", start: i, end }, end };
  return { token: { t: "word", text: text.slice(i, end), start: i, end }, end };
}

/** 1、 1. 1) where a clause begins: a list marker, not a number. */
function startsClause(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return last === undefined || (last.t === "sep" && last.ch === ";") || last.t === "marker";
}

/** A grade letter standing alone: A, B+, C-, S, M+ (not inside a word, not a variable N or x). */
function readLevelLetter(text: string, i: number): Read | null {
  const m = /^(?:[A-E][+-]?|S|M[+-]?)(?![A-Za-z])/.exec(text.slice(i, i + 3));
  if (!m || latinAt(text, i - 1)) return null;
  let key = m[0];
  // A dash after a letter is a range (A-C) unless a number or the end follows it.
  if (key.endsWith("-") && /^\s*\d/.test(text.slice(i + key.length))) key = key.slice(0, -1);
  return { token: { t: "level", key, start: i, end: i + key.length }, end: i + key.length };
}

function readLexeme(text: string, lower: string, i: number, lexicon: Lexicon): Read | null {
  const forms = formsAt(lexicon, lower.charCodeAt(i));
  if (!forms) return null;
  for (const f of forms) {
    if (!lower.startsWith(f.form, i)) continue;
    const end = i + f.form.length;
    if (f.latin && (latinAt(lower, i - 1) || latinAt(lower, end))) continue;
    return {
      token: { t: "lex", readings: f.readings, byKind: f.byKind, text: text.slice(i, end), start: i, end },
      end,
    };
  }
  return null;
}

const DIGITS = /\d+(?:\.\d+)?(?:[eE][+-]?\d+(?![a-zA-Z]))?/y;
// 3分40秒, 2小时30分: parts written together (2小时 10分 is a duration, then a score).
const CLOCK = /(?:分|min|')(\d+(?:\.\d+)?)(?:秒|s|")|(?:小时|h)(\d+(?:\.\d+)?)(?:分钟|分|min)/y;

/** Unit words by their first character, longest first. */
const UNITS_BY_FIRST = new Map<string, Array<readonly [string, string, number?]>>();
for (const unit of UNIT_WORDS) {
  const first = unit[0][0] as string;
  UNITS_BY_FIRST.set(first, [...(UNITS_BY_FIRST.get(first) ?? []), unit]);
}

function spaces(text: string, i: number): number {
  let n = 0;
  while (text[i + n] === " ") n++;
  return n;
}

function readNumber(text: string, start: number): Read {
  let i = start;
  let currency = false;
  if (text[i] === "¥" || text[i] === "$") {
    currency = true;
    i++;
  }
  DIGITS.lastIndex = i;
  const digits = DIGITS.exec(text) as RegExpExecArray;
  i += digits[0].length;
  CLOCK.lastIndex = i;
  const clock = CLOCK.exec(text);
  if (clock) {
    const seconds = clock[1] !== undefined;
    const value = seconds
      ? Number(digits[0]) * 60 + Number(clock[1])
      : Number(digits[0]) * 3600 + Number(clock[2]) * 60;
    const end = i + clock[0].length;
    return {
      token: { t: "num", value, unit: "seconds", timeUnit: 1, digits: digits[0], start, end },
      end,
    };
  }
  const space = spaces(text, i);
  const multiplier = MULTIPLIER_WORDS.find(
    (m) => text.startsWith(m, i + space) && !latinAt(text, i + space + m.length),
  );
  if (multiplier) i += space + multiplier.length;
  const yuanSpace = spaces(text, i);
  const yuan = text.startsWith("元", i + yuanSpace);
  if (yuan) i += yuanSpace + 1;
  const unitSpace = spaces(text, i);
  const unit = (UNITS_BY_FIRST.get(text[i + unitSpace] as string) ?? []).find(([form]) => {
    if (!text.startsWith(form, i + unitSpace)) return false;
    const after = text[i + unitSpace + form.length] ?? "";
    // 5s and 5 sec, not 5 seconds' s of "5 students"; 2h, not 2 hours of "2 hrs".
    return !(latinAt(form, 0) && latinAt(after, 0));
  });
  let unitWord: string | undefined;
  let timeUnit: number | undefined;
  if (unit && !(unit[0] === "s" && unitSpace > 0)) {
    unitWord = unit[1];
    timeUnit = unit[2];
    i += unitSpace + unit[0].length;
  }
  const q = quantityOf(String(Number(digits[0])), {
    currency: currency ? "¥" : undefined,
    multiplier,
    yuan: yuan ? "元" : undefined,
    unitWord: unitWord && QUANTITY_UNIT[unitWord] !== undefined ? QUANTITY_UNIT[unitWord] : unitWord,
  });
  const token: NumToken = {
    t: "num",
    value: q?.value ?? Number(digits[0]),
    unit: q?.unit ?? "count",
    digits: digits[0],
    start,
    end: i,
  };
  if (multiplier) token.multiplier = multiplier;
  if (unitWord) token.unitWord = unitWord;
  if (timeUnit !== undefined) token.timeUnit = timeUnit;
  if (currency || yuan) token.currency = true;
  return { token, end: i };
}

/** Unit words of rule texts under the names `quantityOf` knows. */
const QUANTITY_UNIT: Record<string, string> = {
  个百分点: "个百分点",
  个月: "个",
  课时: "个",
  星: "个",
  级: "个",
  年: "个",
  ...Object.fromEntries([..."款种批轮处门辆"].map((c) => [c, "个"])),
};

export function readings(token: Token | undefined, kind: LexemeKind): Lexeme | undefined {
  return token?.t === "lex" ? token.byKind.get(kind) : undefined;
}

export function is(token: Token | undefined, kind: LexemeKind): boolean {
  return readings(token, kind) !== undefined;
}
