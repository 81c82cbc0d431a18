import { periodOf } from "../coerce";
import { excerpt, issue, type Issue } from "../issue";
import { asWrittenIn, needsConversion } from "../normalize";
import type { Rule } from "../rule";
import { doubtOf } from "./doubts";
import { readText } from "./grammar";
import { prepare, ungluedRanges, unmarked } from "./prepare";
import { tokenize, type NumToken, type Token } from "./tokens";

/**
 * Reads a 评分标准 text into a Rule: the text is prepared (normalised), cut into tokens by the
 * lexicons, the tokens into clauses, each clause read by the small slot grammar that fits it, and
 * the readings assembled into the one rule kind they describe. Every reading is checked before it
 * is used (doubts.ts): one that fails a check comes back with a doubt, and no output scores with
 * it. Never throws; text it cannot read gives `ok: false` and the reason.
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

export function parseRuleText(text: unknown, options: ParseOptions = {}): ParseResult {
  if (typeof text !== "string" || text.trim() === "") return { ok: false, issue: issue("rule.empty") };
  if (text.length > MAX_LENGTH) return notUnderstood(text);
  const prepared = prepare(text);
  const first = readPrepared(prepared, text, options);
  const bare = unmarked(prepared);
  const listed = bare === undefined ? undefined : readPrepared(bare, text, options);
  if (sure(first)) {
    // 1、0 errors: 10 points: a list number, or one of the values? Where the two readings
    // differ, the text does not say which.
    if (!sure(listed) || JSON.stringify(listed.rule) === JSON.stringify(first.rule)) return first;
    const marker = prepared.slice(0, prepared.length - (bare as string).length).replace(/\D/g, "");
    return { ...first, doubt: issue("doubt.unread", { text: excerpt(text), numbers: marker }) };
  }
  // 1、90分以上为优秀, 迟到510分钟扣3分: a text not read, or read with a doubt, may open on a list
  // number or hold ranges that lost their dashes. Such a reading is taken only when it is sure.
  if (sure(listed)) return listed;
  const unglued = ungluedRanges(prepared);
  const second = unglued === undefined ? undefined : readPrepared(unglued, text, options);
  if (sure(second)) return second;
  return first ?? notUnderstood(text);
}

const sure = (read: ParseResult | undefined): read is ParseResult & { ok: true } =>
  read?.ok === true && read.doubt === undefined;

function readPrepared(prepared: string, text: string, options: ParseOptions): ParseResult | undefined {
  const tokens = tokenize(prepared);
  const reading = readText(tokens, prepared, { table: options.kind === "table" });
  if (!reading) return undefined;
  const timed = withPeriod(withTimeUnit(reading.rule, tokens), tokens);
  const rule = namesAsWritten(timed, text);
  // Checked with its time unit: bands in whole hours step by the hour.
  const doubt = doubtOf({ ...reading, rule: timed }, text.trim());
  return doubt ? { ok: true, rule, doubt } : { ok: true, rule };
}

/** Level keys and descriptions, grade labels and counted kinds are shown to the user (dropdowns,
 * grades written): they keep the text's own spelling, though it was read in Simplified. */
function namesAsWritten(rule: Rule, text: string): Rule {
  // Most texts are written in Simplified: nothing to look up.
  if (!("levels" in rule || "rows" in rule || "clauses" in rule) || !needsConversion(text)) return rule;
  const asWritten = asWrittenIn(text);
  const own = (value: unknown, key = ""): unknown =>
    typeof value === "string"
      ? /^(key|description|label)$/.test(key)
        ? asWritten(value)
        : value
      : Array.isArray(value)
        ? value.map((v) => own(v))
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, own(v, k)]))
          : value;
  return own(rule) as Rule;
}

/** A rule that writes every duration in one unit reads plain numbers in it (每少5小时扣1分: 110
 * is 110 hours, as in 达标(≥120小时)); with seconds among them, plain numbers stay seconds; in
 * minutes and hours both (≤30分钟, 超过1小时) a plain number is asked about (timeUnit 0). */
function withTimeUnit(rule: Rule, tokens: readonly Token[]): Rule {
  if (
    !("unit" in rule) ||
    rule.unit !== "seconds" ||
    !("clauses" in rule || rule.kind === "band" || rule.kind === "linear" || rule.kind === "pass")
  )
    return rule;
  const units = new Set(
    tokens.flatMap((t) =>
      t.t === "num" && (t as NumToken).timeUnit !== undefined ? [(t as NumToken).timeUnit] : [],
    ),
  );
  const only = units.size === 1 ? ([...units][0] as number) : units.has(1) ? 1 : 0;
  return only === 1 ? rule : { ...rule, timeUnit: only };
}

/** 周期≤3个月得10分, 每延误1天扣1分: bands or steps counting one period (个月, 年, 周, 天) keep it, so
 * that a count typed in another (1周, 90天) is converted where exact, else asked about. */
function withPeriod(rule: Rule, tokens: readonly Token[]): Rule {
  const steps = (rule.kind === "deduction" || rule.kind === "bonus") && rule.clauses.length > 0;
  if (!(rule.kind === "band" || steps) || !("unit" in rule) || rule.unit !== "count") return rule;
  if (steps && !rule.clauses.every((c) => c.measure === "count" || c.perUnit === "count")) return rule;
  const periods = new Set(
    tokens.flatMap((t) => (t.t === "num" && t.unit === "count" ? [periodOf(t.unitWord ?? "")] : [])),
  );
  const [only] = [...periods];
  return periods.size === 1 && only !== undefined ? { ...rule, period: only } : rule;
}

function notUnderstood(text: string): ParseResult {
  return { ok: false, issue: issue("rule.notUnderstood", { text: text.slice(0, 40) }) };
}
