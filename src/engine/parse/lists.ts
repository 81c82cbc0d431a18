import type { Level, Score, TableRow } from "../rule";
import { readCondition } from "./bounds";
import type { Clause } from "./cut";
import { endingOutcome } from "./outcomes";
import { is, readings, type NumToken, type Token } from "./tokens";

/**
 * Lists keyed by level names: `A:按要求完成 B:低于要求 C:没有完成`, `甲等(10分)、乙等(8分)`,
 * `优秀得10分，良好得8分，差得0分`, `A、网站独立访客高于500; B、访客数200-500`, and grade lists
 * whose entries are score intervals (`A+(100+分)、A(81-100分)…`, `A(≥95)、B(85-94)`).
 */
export type Entry = { key: string; body: Token[] };

/** A level's name where it stands as a label: at a clause's start, or after the previous entry. */
function keyOf(tokens: readonly Token[], i: number, source: string): string | undefined {
  const t = tokens[i] as Token;
  const key =
    t.t === "level"
      ? t.key
      : readings(t, "level")?.kind === "level"
        ? (readings(t, "level") as { key: string }).key
        : undefined;
  if (key === undefined) return undefined;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const opens =
    before === undefined ||
    before.t === "sep" ||
    (readings(before, "cmp") as { at?: string } | undefined)?.at === "post" ||
    before.t === "marker" ||
    before.t === "num" ||
    is(before, "pts") ||
    source.slice(before.end, t.start).includes(" ") ||
    // A、表现佳B、表现一般: entries glued together, each key followed by its punctuation.
    (t.t === "level" && after?.t === "sep");
  if (!opens) return undefined;
  const labelled =
    after === undefined ||
    after.t === "sep" ||
    after.t === "cmp" ||
    is(after, "give") ||
    // 差不得分: a level scoring nothing.
    is(after, "zero") ||
    is(after, "eq") ||
    after.t === "num" ||
    (after.t === "word" && /^[级等档类.]/.test(after.text)) ||
    source.slice(t.end, after.start).includes(" ");
  if (!labelled) return undefined;
  // A one-character Chinese level (优, 差, 甲) needs punctuation or a score mark after it.
  if (t.t === "lex" && t.text.length === 1 && after?.t === "word") return undefined;
  return key.toUpperCase();
}

export function levelEntries(tokens: readonly Token[], source: string): Entry[] {
  const marks: Array<{ i: number; key: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const key = keyOf(tokens, i, source);
    if (key === undefined) continue;
    // A – Outstanding: a level word right after a key and its dash or colon describes it.
    const previous = marks[marks.length - 1];
    const describes =
      previous !== undefined && tokens.slice(previous.i + 1, i).every((t) => t.t === "dash" || t.t === "sep");
    if (!describes) marks.push({ i, key });
  }
  // 90分优秀 80~90分良好…: each name follows its condition, read by `labelledConditions`.
  const first = marks[0]?.i ?? 0;
  const last = marks[marks.length - 1]?.i ?? 0;
  if (tokens.slice(0, first).some((t) => t.t === "num") && !tokens.slice(last + 1).some((t) => t.t === "num"))
    return [];
  // A key named again ends the list: what follows is a remark (C級需制定改進計劃).
  const repeat = marks.findIndex((m, n) => marks.slice(0, n).some((o) => o.key === m.key));
  const end = repeat >= 0 ? (marks[repeat] as { i: number }).i : tokens.length;
  if (repeat >= 0) marks.length = repeat;
  if (marks.length < 2) return [];
  return marks.map((m, n) => ({
    key: m.key,
    body: trimBody(tokens.slice(m.i + 1, marks[n + 1]?.i ?? end)),
  }));
}

function trimBody(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (
    a < b &&
    (tokens[a]?.t === "sep" ||
      (tokens[a]?.t === "word" && /^[级等档类.]+$/.test((tokens[a] as { text: string }).text)) ||
      is(tokens[a], "eq") ||
      tokens[a]?.t === "marker" ||
      (tokens[a]?.t === "cmp" && (tokens[a] as { op: string }).op === "="))
  )
    a++;
  while (b > a && (tokens[b - 1]?.t === "sep" || tokens[b - 1]?.t === "marker")) b--;
  return tokens.slice(a, b);
}

const nums = (tokens: readonly Token[]): NumToken[] => tokens.filter((t): t is NumToken => t.t === "num");

type Scored = { score: Score; description: Token[]; used: NumToken[] };

/** Excellent (9–10): consistently exceeds targets: the score in brackets right after the name
 * (the opening bracket is trimmed with the key), a description after it. */
function leadingScore(body: readonly Token[]): Scored | null {
  const close = body.findIndex((t) => t.t === "sep" && t.ch === ")");
  if (close < 1 || close === body.length - 1) return null;
  const inner = body.slice(0, close).filter((t) => !is(t, "pts"));
  const [a, dash, b] = inner;
  const plain = (t: Token | undefined): t is NumToken => t?.t === "num" && t.unit === "number";
  const description = body.slice(close + 1);
  if (inner.length === 1 && plain(a))
    return { score: { type: "points", points: a.value }, description, used: [a] };
  if (inner.length === 3 && plain(a) && dash?.t === "dash" && plain(b))
    return { score: { type: "range", min: a.value, max: b.value }, description, used: [a, b] };
  return null;
}

/** A level's body as its score: (10分), 得10分, 30分, = 20, (12-15分). */
function bodyScore(body: readonly Token[], source: string): Scored | null {
  const leading = leadingScore(body);
  if (leading) return leading;
  // Exceeds expectations – 10: a dash or colon between the name and its points.
  const from = body.findIndex((t) => t.t !== "dash" && !(t.t === "sep" && t.ch === ":"));
  const inner = body
    .slice(Math.max(0, from))
    .filter((t) => !(t.t === "sep" && (t.ch === "(" || t.ch === ")")));
  // 差不得分: a level scoring nothing.
  if (inner.length === 1 && is(inner[0], "zero"))
    return { score: { type: "points", points: 0 }, description: [], used: [] };
  if (nums(inner).length === 0) return null;
  const o =
    endingOutcome(inner, source) ??
    (inner.length === 1 && inner[0]?.t === "num" && inner[0].unit === "number"
      ? { score: { type: "points" as const, points: inner[0].value }, start: 0, end: 1, used: [inner[0]] }
      : null);
  if (!o) return null;
  const description = inner.slice(0, o.start);
  if (readCondition(description)) return null;
  return { score: o.score, description, used: o.used };
}

export type LevelReading =
  | { type: "levels"; levels: Level[]; used: NumToken[] }
  | { type: "grades"; rows: TableRow[]; used: NumToken[] };

const text = (tokens: readonly Token[], source: string): string | undefined => {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return undefined;
  const t = source
    .slice(first.start, last.end)
    .replace(/^[\s:、.]+|[\s;,、(]+$/g, "")
    .trim();
  return t.length > 0 ? t : undefined;
};

/** Reads entries as levels, or as a grade list when every entry is a score interval. */
export function readLevelList(entries: readonly Entry[], source: string, grades = true): LevelReading | null {
  const asGrades = grades ? gradeRows(entries) : null;
  if (asGrades) return asGrades;
  const used: NumToken[] = [];
  const levels: Level[] = [];
  for (const { key, body } of entries) {
    const scored = bodyScore(body, source);
    if (scored) {
      used.push(...scored.used);
      const description = text(scored.description, source);
      levels.push({ key, ...(description ? { description } : {}), score: scored.score });
      continue;
    }
    const condition = readCondition(body);
    if (condition && !condition.bare) {
      used.push(...condition.used);
      levels.push({
        key,
        ...(text(body, source) ? { description: text(body, source) } : {}),
        when: condition.interval,
      });
      continue;
    }
    // Meets expectations: 3; Exceeds: 4: a number marked as a score (after : or =) inside a
    // description is another level's score, under a name not read as a level: not a level list.
    if (body.some((t, i) => t.t === "num" && i > 0 && marksScore(body[i - 1]))) return null;
    // A description with a number in it that is neither a score nor a bound (A、每日5条).
    used.push(...nums(body));
    const description = text(body, source);
    levels.push({ key, ...(description ? { description } : {}) });
  }
  if (levels.filter((l) => l.description || l.score).length < 2) return null;
  return { type: "levels", levels, used };
}

const marksScore = (t: Token | undefined): boolean =>
  (t?.t === "sep" && t.ch === ":") || (t?.t === "cmp" && t.op === "=");

/** Entries whose bodies are score intervals (A(81-100分), C(≤60分), A+(100+分)): a grade table. */
function gradeRows(entries: readonly Entry[]): LevelReading | null {
  const rows: TableRow[] = [];
  const used: NumToken[] = [];
  for (const { key, body: whole } of entries) {
    if (rows.some((r) => r.value.type === "label" && r.value.label === key)) continue;
    // A(≥90分): the interval in brackets; a remark after it (；系数：…) is not the grade's.
    const stop = whole.findIndex((t) => t.t === "sep" && (t.ch === ")" || t.ch === ";" || t.ch === ","));
    const body = stop > 0 ? whole.slice(0, stop) : whole;
    // 80分以上者: the 分 and the 者 are no part of the interval.
    const inner = body.filter(
      (t) =>
        !(t.t === "sep" && (t.ch === "(" || t.ch === ")")) &&
        !is(t, "pts") &&
        !(t.t === "word" && /^[者的]$/.test(t.text)),
    );
    if (
      inner.some(
        (t) =>
          t.t === "word" || (t.t === "lex" && !readings(t, "cmp") && !is(t, "incl") && !readings(t, "sign")),
      )
    )
      return null;
    const plus = inner.findIndex((t) => readings(t, "sign"));
    const condition = readCondition(plus >= 0 ? inner.slice(0, plus) : inner);
    if (!condition) return null;
    // A+(100+分): a plus after the number is "and over".
    const interval =
      plus >= 0 && condition.bare
        ? { min: { value: condition.interval.min?.value ?? 0, inclusive: false, explicit: true } }
        : condition.interval;
    if (condition.bare && plus < 0) return null;
    used.push(...condition.used);
    rows.push({ ...interval, value: { type: "label", label: key } });
  }
  return rows.length >= 2 ? { type: "grades", rows, used } : null;
}

/**
 * Levels described in sentences, each followed by its score (积极主动,责任心强 20分 / 有责任心 15分;
 * or paragraphs whose score stands alone after them: …获得个人成长。 5). A description holds no
 * bound (≥, 达到) or range: that would make it a band.
 */
export function describedLevels(clauses: readonly Clause[]): { levels: Level[]; used: NumToken[] } | null {
  const levels: Level[] = [];
  const used: NumToken[] = [];
  let words: string[] = [];
  let inDescription: NumToken[] = [];
  let passOnly = true;
  const close = (score: Score, n: NumToken[]): boolean => {
    const description = words.join(",");
    words = [];
    if (cjk(description) < 2) return false;
    levels.push({ key: String(levels.length + 1), description, score });
    used.push(...n, ...inDescription);
    inDescription = [];
    return true;
  };
  for (const clause of clauses) {
    const tokens = clause.tokens;
    // A level word inside a sentence (学识经验较一般人为良好) describes; one that opens it names a level.
    const firstWord = tokens.findIndex((t) => t.t === "word");
    if (
      tokens.some(
        (t, i) =>
          t.t === "cmp" || readings(t, "sign") || (t.t === "level" && (firstWord < 0 || i < firstWord)),
      ) ||
      readings(tokens[0], "level")
    )
      return null;
    // 满分10分, 其中…占4分, 酌情, 打分: a scale, a breakdown or judgement, not levels described;
    // 无客诉得10分 / 有客诉得0分: a count of none or some, not a level to pick (0 typed was the level
    // scored 0). Inside a description (细节无差错) it describes.
    if (
      tokens.some(
        (t) => is(t, "prop") || is(t, "floorZero") || is(t, "full") || is(t, "aside") || is(t, "manual"),
      ) ||
      is(tokens[0], "none") ||
      is(tokens[0], "some")
    )
      return null;
    const lone =
      tokens.length <= 2 &&
      tokens[0]?.t === "num" &&
      tokens[0].unit === "number" &&
      (tokens.length === 1 || is(tokens[1], "pts"));
    if (lone) {
      if (!close({ type: "points", points: (tokens[0] as NumToken).value }, [tokens[0] as NumToken]))
        return null;
      continue;
    }
    const found = endingOutcome(tokens, clause.source);
    // The score follows a mark (得, 为, :) or a space: 能很好完成任务 20分, 超预期完成:90-100分.
    const o = found && introduced(tokens, found.start, clause.source) ? found : null;
    if (found && !o) return null;
    const head = o ? tokens.slice(0, o.start) : tokens;
    // A score in the same sentence as a bound (完成率达到100%的评5分) makes a band, not a level.
    if (head.some((t) => t.t === "dash")) return null;
    if (
      o &&
      head.some(
        (t) =>
          readings(t, "cmp") ||
          is(t, "incl") ||
          t.t === "num" ||
          is(t, "scoreName") ||
          is(t, "per") ||
          readings(t, "limit"),
      )
    )
      return null;
    if (!head.every((t) => readings(t, "pass") || t.t === "sep" || is(t, "then"))) passOnly = false;
    inDescription.push(...head.filter((t): t is NumToken => t.t === "num"));
    const text =
      head.length > 0
        ? clause.source.slice((head[0] as Token).start, (head[head.length - 1] as Token).end)
        : "";
    if (text) words.push(text);
    if (o && (head.length === 0 || !close(o.score, o.used))) return null;
  }
  // The last level may stand without a score: it earns none.
  if (words.length > 0 && inDescription.length === 0) close({ type: "points", points: 0 }, []);
  // 按时提交,达标得5分,未达标得0分: two states, one of them not met, make a met / not met rule.
  const notMet = clauses.some((c) =>
    c.tokens.some((t) => (readings(t, "pass") as { met?: boolean } | undefined)?.met === false),
  );
  if (levels.length < 2 || words.length > 0 || ((passOnly || notMet) && levels.length === 2)) return null;
  // Levels scored in points are named by their score, as the sheets that write them do.
  const scores = levels.map((l) => (l.score?.type === "points" ? String(l.score.points) : ""));
  if (scores.every((s) => s !== "") && new Set(scores).size === scores.length)
    levels.forEach((l, i) => (l.key = scores[i] as string));
  return { levels, used };
}

function introduced(tokens: readonly Token[], start: number, source: string): boolean {
  const t = tokens[start] as Token;
  const before = tokens[start - 1];
  const mark = is(t, "give") || is(t, "eq") || (t.t === "sep" && t.ch === ":");
  // 客户体验好30分: a number of points right after the words of a description.
  const points =
    t.t === "num" && is(tokens[start + 1], "pts") && (before?.t === "word" || before?.t === "lex");
  return mark || points || (before !== undefined && source.slice(before.end, t.start).includes(" "));
}

const cjk = (text: string): number => (text.match(/[\u4e00-\u9fa5]/g) ?? []).length;

/** A name after a condition: a level word, or the words after = / : (1-30=不称职). */
function labelAt(
  tokens: readonly Token[],
  i: number,
  source: string,
): { label: string; end: number; level: boolean; marked: boolean } | null {
  const t = tokens[i] as Token;
  const level = t.t === "level" ? t.key : (readings(t, "level") as { key: string } | undefined)?.key;
  const marked =
    is(t, "eq") || (t.t === "sep" && t.ch === ":") || (t.t === "cmp" && t.op === "=") || is(t, "give");
  // 5 完美无缺: words after a bare number and a space, as a legend writes them.
  const before = tokens[i - 1];
  const legend =
    before?.t === "num" && before.unit === "number" && source.slice(before.end, t.start).includes(" ");
  if (level === undefined && !marked && !legend) return null;
  let j = marked ? i + 1 : i;
  const from = j;
  while (j < tokens.length && tokens[j]?.t !== "num" && tokens[j]?.t !== "sep" && tokens[j]?.t !== "dash")
    j++;
  if (j === from) return null;
  const label = source.slice((tokens[from] as Token).start, (tokens[j - 1] as Token).end).trim();
  const named = level !== undefined && j === i + 1;
  return label.length > 0 && !/\d/.test(label) ? { label, end: j, level: named, marked } : null;
}

/**
 * Conditions each followed by the name they give: 90分优秀 80~90分良好 60分以下不及格 (a grade
 * table over a total), or 5 完美无缺 4 超出标准 (a legend: each number is the score of its words).
 */
export function labelledConditions(
  tokens: readonly Token[],
  source: string,
): { rows: TableRow[]; used: NumToken[] } | { levels: Level[]; used: NumToken[] } | null {
  // 0-0 = 0 point, 得10分: scores stated after a mark make bands, not names.
  const markedScore = tokens.some(
    (t, i) =>
      t.t === "num" &&
      (is(tokens[i - 1], "eq") || is(tokens[i - 1], "give") || tokens[i - 1]?.t === "cmp") &&
      is(tokens[i + 1], "pts"),
  );
  if (markedScore) return null;
  const pairs: Array<{ condition: Token[]; label: string; level: boolean; named: boolean }> = [];
  let start = 0;
  let lastNumber = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.t === "sep" && (t.ch === ";" || t.ch === "," || t.ch === "、") && start === i) {
      start = i + 1;
      continue;
    }
    const numbered = lastNumber >= start;
    if (t.t === "num") lastNumber = i;
    if (i === start || !numbered) continue;
    const named = labelAt(tokens, i, source);
    if (!named) continue;
    // Rate 1–5: 5 = Outstanding…: a heading before the first pair ends at its colon.
    let from = start;
    if (pairs.length === 0)
      for (let k = start; k < i; k++)
        if (tokens[k]?.t === "sep" && (tokens[k] as { ch: string }).ch === ":") from = k + 1;
    const condition = tokens.slice(from, i);
    // 30-47=低于标准: a range then = and a name names a grade, whatever the words.
    const at = tokens[i] as Token;
    const equals = is(at, "eq") || (at.t === "cmp" && at.op === "=");
    pairs.push({
      condition,
      label: named.label,
      level: named.level,
      named: equals && condition.some((x) => x.t === "dash"),
    });
    start = named.end;
    i = named.end - 1;
  }
  if (pairs.length < 2 || tokens.slice(start).some((t) => t.t === "num")) return null;
  const used = pairs.flatMap((p) => nums(p.condition));
  // 5 完美无缺 4 超出标准: bare whole numbers, one apart.
  // 评估标准 5 完美无缺: words before the first number are the legend's heading.
  const heading = (k: number, c: Token[]) =>
    k === 0 && c.slice(0, -1).every((t) => t.t === "word" || t.t === "lex") ? c.slice(-1) : c;
  // 5分：远超预期: the number may carry its 分.
  const own = (c: Token[]) => (is(c[c.length - 1], "pts") ? c.slice(0, -1) : c);
  const bare = pairs.map((p, k) => {
    const c = own(p.condition);
    const n = c[c.length - 1];
    return heading(k, c).length === 1 && n?.t === "num" && n.unit === "number" ? n.value : NaN;
  });
  const steps = bare.every(
    (n, k) => Number.isInteger(n) && (k === 0 || Math.abs(n - (bare[k - 1] as number)) === 1),
  );
  if (steps && pairs.length >= 3 && bare.includes(1))
    return {
      levels: pairs.map((p, k) => ({
        key: String(bare[k]),
        description: p.label,
        score: { type: "points", points: bare[k] as number },
      })),
      used,
    };
  // A grade table names its grades with grade words (优秀, 合格, A), or every range is given its name
  // after = (1-30=不称职 30-47=低于标准).
  if (pairs.some((p) => !p.level) && !(pairs.length >= 3 && pairs.every((p) => p.named))) return null;
  const conditions = pairs.map((p) =>
    readCondition(p.condition.filter((t) => !is(t, "pts") && !is(t, "scoreName") && t.t !== "word")),
  );
  if (conditions.some((c) => !c)) return null;
  const values = conditions
    .flatMap((c) => [c?.interval.min?.value, c?.interval.max?.value])
    .filter((v): v is number => v !== undefined);
  const top = Math.max(...values);
  const rows: TableRow[] = [];
  for (const [k, c] of conditions.entries()) {
    const condition = c as NonNullable<typeof c>;
    const v = condition.interval.min?.value ?? 0;
    // 90分优秀 at the top of the table: 90 and over.
    const interval = condition.bare
      ? v >= top
        ? { min: { value: v, inclusive: true, explicit: true } }
        : null
      : condition.interval;
    if (!interval) return null;
    rows.push({ ...interval, value: { type: "label", label: (pairs[k] as { label: string }).label } });
  }
  return { rows, used };
}
