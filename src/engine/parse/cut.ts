import { endingOutcome, scoreAt } from "./outcomes";
import { is, readings, type Token } from "./tokens";

/**
 * A rule text cut into clauses: one condition and its outcome, one step, one limit. Clauses are
 * cut at semicolons, list markers and commas, and after every outcome that something else follows
 * whatever the punctuation (`好评率95%以上15分90%以上8分低于90%0分`, as text copied out of a PDF).
 */
export type Clause = {
  tokens: Token[];
  /** The clause's text, for labels and explanations. */
  text: string;
  /** The whole prepared text the token positions refer to. */
  source: string;
  /** The text's segment (between semicolons or list markers): a level list is one entry per segment. */
  segment: number;
  /** The segment began with a list marker (①, (1), 1、, ●). */
  marked: boolean;
};

const isSep = (t: Token, ch: string): boolean => t.t === "sep" && t.ch === ch;

export function clausesOf(tokens: readonly Token[], text: string): Clause[] {
  const clauses: Clause[] = [];
  segmentsOf(tokens).forEach((segment, index) => {
    const pieces = merged(piecesOf(segment.tokens), text);
    for (const piece of pieces)
      for (const part of cutAfterOutcomes(piece, text)) {
        const trimmed = trim(part);
        if (trimmed.length === 0) continue;
        clauses.push({
          tokens: trimmed,
          text: text.slice((trimmed[0] as Token).start, (trimmed[trimmed.length - 1] as Token).end),
          source: text,
          segment: index,
          marked: segment.marked,
        });
      }
  });
  return clauses;
}

type Segment = { tokens: Token[]; marked: boolean };

/** Segments at semicolons and at list markers. */
function segmentsOf(tokens: readonly Token[]): Segment[] {
  const segments: Segment[] = [{ tokens: [], marked: false }];
  for (const t of tokens) {
    const current = segments[segments.length - 1] as Segment;
    if (isSep(t, ";")) {
      segments.push({ tokens: [], marked: false });
    } else if (t.t === "marker") {
      if (current.tokens.length > 0) segments.push({ tokens: [], marked: true });
      else current.marked = true;
    } else current.tokens.push(t);
  }
  return segments.filter((s) => s.tokens.length > 0);
}

/**
 * 销售完成率(完成率=实际销售额/目标销售额×100%)≥100%得20分: a bracket that defines the measure (an
 * equals sign, or a formula of words), or says what a part of a step counts (不满1天按1天计), is a
 * clause of its own, so its numbers never join the band's or the step's.
 */
function withoutDefinitions(tokens: readonly Token[]): { rest: Token[]; definitions: Token[][] } {
  const rest: Token[] = [];
  const definitions: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const close = isSep(t, "(") ? tokens.findIndex((u, j) => j > i && (isSep(u, ")") || isSep(u, "("))) : -1;
    const inner = close > i && isSep(tokens[close] as Token, ")") ? tokens.slice(i + 1, close) : [];
    // (不满1天按1天计), (不足1%的部分四舍五入): what a part of a step counts, a clause of its own too.
    const partStep =
      (readings(inner[0], "cmp") as { op?: string } | undefined)?.op === "<" &&
      inner.some((u) => (u.t === "word" || u.t === "lex") && /按$|部分/.test(u.text));
    const defines =
      partStep ||
      inner.some((u) => u.t === "cmp" && u.op === "=") ||
      (inner.some((u) => u.t === "math") && !inner.some((u) => u.t === "num"));
    if (defines && rest.length > 0) {
      definitions.push(inner);
      i = close;
    } else rest.push(t);
  }
  return { rest, definitions };
}

function piecesOf(all: readonly Token[]): Token[][] {
  const { rest: tokens, definitions } = withoutDefinitions(all);
  const pieces: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (isSep(t, "(")) depth++;
    if (isSep(t, ")")) depth = Math.max(0, depth - 1);
    const current = pieces[pieces.length - 1] as Token[];
    if (isSep(t, ",") && depth === 0) pieces.push([]);
    // 若N≥13: a condition of its own begins, whatever stood before it.
    else if (is(t, "if") && current.length > 0 && !is(current[current.length - 1], "if")) pieces.push([t]);
    else current.push(t);
  }
  return [...pieces, ...definitions].filter((p) => p.length > 0);
}

const hasNumber = (tokens: readonly Token[]): boolean => tokens.some((t) => t.t === "num");

/** Opens with what completes a condition before it: 则, 得, 扣, 为, a score alone. */
function completes(piece: readonly Token[]): boolean {
  const first = piece[0];
  return (
    is(first, "then") ||
    is(first, "give") ||
    (readings(first, "sign") !== undefined && piece[1]?.t === "num") ||
    is(first, "zero") ||
    is(first, "full") ||
    (is(first, "eq") && !hasNumber(piece.slice(2)))
  );
}

/**
 * A piece that states a condition (or names a fault) and no outcome, followed by a piece that
 * completes it (若N≥13,则此项0分; 使用winform,扣5分), is one clause.
 */
function merged(pieces: Token[][], text: string): Token[][] {
  const out: Token[][] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    const outcome = last && endingOutcome(last, text);
    // no points if below 85%: a score alone, then the condition it is given on.
    const given = outcome && outcome.start === 0 && is(piece[0], "if");
    // 扣完为止,满分20分: a floor is a whole clause, no condition the full score completes.
    const closed = last?.some((t) => is(t, "floorZero"));
    if (last && ((!outcome && !closed && completes(piece)) || given)) last.push(...piece);
    else out.push([...piece]);
  }
  return out;
}

/** Tokens that may follow an outcome inside its own clause: 扣1分/次, 3 points off per error. */
function tail(tokens: readonly Token[], from: number): number {
  let j = from;
  if (tokens[j]?.t === "perSuffix") return j + 1;
  const post = readings(tokens[j], "sign");
  if (post?.kind === "sign" && post.at === "post") j++;
  // English: "… per complaint", "… for every 0.1 below target", "… for each day late".
  if (is(tokens[j], "per")) {
    j++;
    while (j < tokens.length && !is(tokens[j], "and") && !isSep(tokens[j] as Token, ":")) {
      const t = tokens[j] as Token;
      if (t.t === "sep" || readings(t, "limit") || is(t, "floorZero")) break;
      j++;
    }
  }
  return j;
}

/** Cuts a piece after each outcome that more follows. */
function cutAfterOutcomes(piece: readonly Token[], text: string): Token[][] {
  const parts: Token[][] = [];
  let from = 0;
  for (let i = 0; i < piece.length; i++) {
    const t = piece[i] as Token;
    if (t.t !== "num" && t.t !== "lex") continue;
    const bare = i > from && bareBefore(piece, i, text);
    const o = scoreAt(piece, i, bare);
    if (!o || o.start < from || o.end >= piece.length) continue;
    // Up to 2 complaints: a bare number before the noun it counts is no score.
    if (bare && counted(piece, o.end)) continue;
    // The outcome needs something before it in its clause (a condition, a fault, a level).
    if (o.start === from && !is(piece[from], "give") && !readings(piece[from], "sign")) continue;
    // Inside a step (每低0.1分扣1分) a number of points is the step's size, not its outcome; what
    // each unit earns after its count (每完成1个得3分, 每新增1个客户得3分) is.
    const head = piece.slice(from, o.start);
    const earned =
      is(piece[o.start], "give") &&
      head.slice(head.findIndex((t) => is(t, "per"))).some((t) => t.t === "num");
    // A step whose points another step, a limit or the score's own bounds follow (每高1%加1分每低1%扣1分
    // 本项得分…, copied out of a PDF) ends there.
    const stepped = head.some((t) => is(t, "per")) && !head.some((t) => readings(t, "sign")) && !earned;
    const next = piece[o.end];
    const closes = is(next, "per") || is(next, "scoreName") || readings(next, "limit") !== undefined;
    if (stepped && !closes) continue;
    // points = 30 x actual / target: a number of a formula.
    if (piece[o.end]?.t === "math") continue;
    // 例：89分拿89%: an example is one clause.
    if (head.some((t) => is(t, "aside"))) continue;
    // 依次赋予60分、57分…: the scores of one sequence.
    if (head.some((t) => is(t, "sequence"))) continue;
    // 次数为0评5分, Complaints: 0 = 10 points: a score right after it makes 0 the condition.
    if (outcomeFollows(piece, o.end)) continue;
    // 每高1%加1分每低1%扣1分: the 每 after a step's points opens the next step, no "… per unit" tail.
    const end = stepped && is(next, "per") ? o.end : tail(piece, o.end);
    if (end >= piece.length) break;
    // 以单项100分为基础: only plain words follow, still this clause's; 以10分为限: the limit word
    // after the number it names, too.
    if (!piece.slice(end).some(scores) || piece.slice(end).every((t) => readings(t, "limit"))) continue;
    parts.push(piece.slice(from, end));
    from = is(piece[end], "and") ? end + 1 : end;
    i = from - 1;
  }
  parts.push(piece.slice(from));
  return parts.filter((p) => p.length > 0);
}

const counted = (tokens: readonly Token[], at: number): boolean => {
  let k = at;
  while (tokens[k]?.t === "word" && (tokens[k] as { text: string }).text.trim() === "") k++;
  const next = tokens[k];
  return next?.t === "word" && /^[A-Za-z]/.test(next.text);
};

function outcomeFollows(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (
    is(tokens[k], "give") ||
    is(tokens[k], "eq") ||
    (tokens[k]?.t === "cmp" && (tokens[k] as { op: string }).op === "=") ||
    (tokens[k]?.t === "word" && (tokens[k] as { text: string }).text === "的")
  )
    k++;
  return k > at && scoreAt(tokens, k, false) !== null;
}

const SCORING = [
  "full",
  "zero",
  "half",
  "keep",
  "sign",
  "pass",
  "else",
  "limit",
  "floorZero",
  "uncapped",
  "level",
  "per",
  "cmp",
  "if",
] as const;

/** What makes the rest of a piece a clause of its own: a number or a word that scores. */
function scores(t: Token): boolean {
  return (
    t.t === "num" || t.t === "cmp" || t.t === "level" || t.t === "blank" || SCORING.some((k) => is(t, k))
  );
}

/** A bare number may be an outcome right after a unit-bearing number or after a space. */
function bareBefore(tokens: readonly Token[], i: number, text: string): boolean {
  const before = tokens[i - 1];
  const t = tokens[i] as Token;
  if (!before) return false;
  return text.slice(before.end, t.start).includes(" ") || (before.t === "num" && before.unit !== "number");
}

function trim(tokens: readonly Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && (tokens[a]?.t === "sep" || is(tokens[a], "and"))) a++;
  while (b > a && tokens[b - 1]?.t === "sep" && !isSep(tokens[b - 1] as Token, ")")) b--;
  return tokens.slice(a, b);
}
