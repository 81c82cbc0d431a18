import type { Issue } from "../issue";
import type { Rule } from "../rule";
import { assemble } from "./assemble";
import { readCondition } from "./bounds";
import { clausesOf, type Clause } from "./cut";
import { describedLevels, labelledConditions, levelEntries, readLevelList } from "./lists";
import { doneAsNoneUndone, readClause, type ClauseReading } from "./readers";
import { overRates, readTable } from "./tables";
import { is, readings, type NumToken, type Token } from "./tokens";

/** A text read by the grammar: its rule, and the numbers the rule left unread. */
export type Reading = {
  rule: Rule;
  tokens: readonly Token[];
  clauses: readonly Clause[];
  readings: readonly ClauseReading[];
  /** The readings the rule is made of. */
  used: ReadonlySet<ClauseReading>;
  /** Numbers of the text no part of the rule has read. */
  unread: NumToken[];
  /** The whole text guides the evaluator (a judged list): its words are theirs to weigh. */
  judged: boolean;
  /** What the assembly itself is unsure of (a rise with no baseline), before the checks. */
  assembled?: Issue;
};

export interface GrammarOptions {
  /** The cell is known to hold a grade, coefficient or pay table. */
  table?: boolean;
}

const TABLE_WORDS = ["coef", "gradeWord", "pay", "payPercent", "payBase"] as const;

export function readText(
  tokens: readonly Token[],
  prepared: string,
  options: GrammarOptions = {},
): Reading | null {
  if (tokens.some((t) => t.t === "blank")) return null;
  const clauses = clausesOf(tokens, prepared);
  const done = (
    rule: Rule,
    used: Iterable<NumToken>,
    readings: readonly ClauseReading[] = [],
    parts: ReadonlySet<ClauseReading> = new Set(),
  ): Reading => {
    const read = new Set(used);
    // An example or the weight stated beside the rule (例：89分拿89%, 权重20%) scores nothing.
    // 其中创新性占4分,可行性占4分: the parts of a breakdown after 其中, each a word and its points.
    let aside = -1;
    for (const c of clauses) {
      const part =
        c.segment === aside &&
        c.tokens.every(
          (t) =>
            t.t === "word" ||
            t.t === "num" ||
            is(t, "pts") ||
            (t.t === "lex" && t.readings.every((r) => r.kind === "word" || r.kind === "target")),
        );
      if (c.tokens.some((t) => is(t, "aside"))) aside = c.segment;
      else if (!part) aside = -1;
      if (aside === c.segment) for (const t of c.tokens) if (t.t === "num") read.add(t);
    }
    const unread = tokens.filter((t): t is NumToken => t.t === "num" && !read.has(t));
    return { rule, tokens, clauses, readings, used: parts, unread, judged: false };
  };
  const entries = levelEntries(tokens, prepared);
  const keyed = entries.length >= 2 && !entries.every((e) => bandBody(e.body, prepared));
  let listed = keyed ? readLevelList(entries, prepared) : null;
  const tableish =
    options.table === true ||
    tokens.some((t, i) => (t.t === "lex" && TABLE_WORDS.some((k) => is(t, k))) || scoreCompared(tokens, i)) ||
    gradeOutputs(clauses);
  if (listed?.type === "grades") {
    // Grades over a total reach 50 and more; 优秀(12-15分)… are levels scored within ranges.
    const top = Math.max(...listed.rows.map((r) => r.max?.value ?? r.min?.value ?? 0));
    if (tableish || listed.rows.some((r) => !r.min || !r.max) || top >= 50)
      return done(
        { kind: "table", output: "grade", rows: listed.rows, ...overRates(listed.used) },
        listed.used,
      );
    listed = readLevelList(entries, prepared, false);
  }
  // 90分优秀 80~90分良好…, 1-30=不称职 30-47=低于标准…, 5 完美无缺 4 超出标准…
  const labelled = entries.length === 0 ? labelledConditions(tokens, prepared) : null;
  if (labelled && "rows" in labelled)
    return done(
      { kind: "table", output: "grade", rows: labelled.rows, ...overRates(labelled.used) },
      labelled.used,
    );
  if (labelled && !options.table)
    return done({ kind: "levels", levels: labelled.levels, unit: "number" }, labelled.used);
  if (tableish) {
    const table = readTable(clauses, options.table === true);
    if (table) {
      const { used, ...read } = table;
      return done({ kind: "table", ...read }, used);
    }
  }
  if (options.table) return null;
  if (listed?.type === "levels") {
    const unit = listed.levels
      .map((l, i) => (l.when ? readCondition(entries[i]?.body ?? [])?.unit : undefined))
      .find(Boolean);
    return done({ kind: "levels", levels: listed.levels, unit: unit ?? "number" }, listed.used);
  }
  const described = describedLevels(clauses);
  if (described) return done({ kind: "levels", levels: described.levels, unit: "number" }, described.used);
  const readings = doneAsNoneUndone(clauses.map(readClause));
  const assembly = assemble(readings);
  if (!assembly) return null;
  const used: NumToken[] = [];
  for (const r of assembly.used) used.push(...r.used);
  if (assembly.whole) used.push(...tokens.filter((t): t is NumToken => t.t === "num"));
  // Definitions (完成率=实际产出÷总目标) score nothing and leave nothing unread; nor does a note
  // with no word of scoring in it (每月3日前报送), unless it names an amount in the rule's unit.
  const unit = "unit" in assembly.rule ? assembly.rule.unit : undefined;
  for (const r of readings) {
    const numbers = r.clause.tokens.filter((t): t is NumToken => t.t === "num");
    if (r.reading.type === "definition") used.push(...numbers);
    else if (r.reading.type === "note" && !r.clause.tokens.some(scoring))
      used.push(...numbers.filter((n) => n.unit !== unit || n.unit === "number"));
  }
  const reading = { ...done(assembly.rule, used, readings, assembly.used), judged: assembly.whole === true };
  return assembly.doubt ? { ...reading, assembled: assembly.doubt } : reading;
}

const SCORING = [
  "give",
  "pts",
  "full",
  "zero",
  "half",
  "keep",
  "ofPoints",
  "sign",
  "per",
  "dir",
  "target",
  "limit",
  "downTo",
  "floorZero",
  "else",
  "pass",
  "prop",
  "base",
  "scoreName",
  "coef",
  "pay",
  "payPercent",
  "eq",
] as const;

/** A token that takes part in scoring: a bound, a score, a step, a target… */
function scoring(t: Token): boolean {
  return (
    t.t === "cmp" ||
    t.t === "dash" ||
    t.t === "level" ||
    readings(t, "cmp") !== undefined ||
    SCORING.some((k) => is(t, k))
  );
}

/** 分值≤59, score < 60: a condition on the total score, as grade and coefficient tables write. */
function scoreCompared(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const named = is(t, "ofPoints") || is(t, "scoreName");
  return named && (tokens[i + 1]?.t === "cmp" || tokens[i - 1]?.t === "cmp");
}

/** 90分以上为优秀, 80-89分为B: clauses that end in a grade. */
function gradeOutputs(clauses: readonly Clause[]): boolean {
  return (
    clauses.filter((c) => {
      const last = c.tokens[c.tokens.length - 1];
      const before = c.tokens[c.tokens.length - 2];
      const key = last?.t === "level" || readings(last, "level") !== undefined;
      return (
        key &&
        (is(before, "eq") || (before?.t === "sep" && before.ch === ":")) &&
        c.tokens.some((t) => t.t === "num")
      );
    }).length >= 2
  );
}

/** A list entry that is a whole band (A、点击量高于800得20分): its key is a list marker. */
function bandBody(body: readonly Token[], source: string): boolean {
  const clause: Clause = { tokens: [...body], text: "", source, segment: 0, marked: false };
  const r = readClause(clause).reading;
  return r.type === "band" && !r.condition.bare;
}
