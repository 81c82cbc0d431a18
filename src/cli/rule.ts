import { doubtOf } from "../engine/certainty";
import { evaluate } from "../engine/evaluate";
import { parseRule } from "../engine/parseRule";
import { parseQuantity } from "../engine/quantity";
import { roundHalfAway } from "../engine/precision";
import { explain, message, type Locale } from "../i18n";
import { usage } from "./errors";
import { cliStrings } from "./strings";

export interface RuleCommand {
  text: string;
  max?: string;
  target?: string;
  actuals: string[];
  kind?: "table";
}

type Result = {
  actual: string;
  score: number | string | null;
  explanation?: string;
  error?: string;
  range?: [number, number];
  /** What an unsure reading would give, never written anywhere. */
  tentative?: number | string;
};

export type RuleOutput =
  | { ok: true; sure: boolean; doubt?: string; rule: unknown; results: Result[] }
  | { ok: false; error: string };

function number(flag: string, raw: string | undefined, locale: Locale): number | undefined {
  if (raw === undefined) return undefined;
  const q = parseQuantity(raw);
  if (!q.ok) throw usage(cliStrings(locale).needsNumber(flag, raw));
  return q.quantity.value;
}

/** `kpi rule`: parses one rule text and scores each `--actual` with it. */
export function runRule(command: RuleCommand, locale: Locale = "zh-CN"): RuleOutput {
  const max = number("--max", command.max, locale);
  const target = number("--target", command.target, locale);
  const parsed = parseRule(command.text, command.kind ? { kind: command.kind } : {});
  if (!parsed.ok) return { ok: false, error: message(parsed.issue, locale) };
  const doubt = doubtOf(parsed, { max, target }, command.text);
  const results = command.actuals.map((actual): Result => {
    const e = evaluate(parsed.rule, actual, { max, target });
    if (e.ok) {
      const score = typeof e.score === "number" ? roundHalfAway(e.score, 2) : e.score;
      // Not sure of the rule: no score, the doubt as the reason, the number only as tentative.
      if (doubt) return { actual, score: null, error: message(doubt, locale), tentative: score };
      return { actual, score, explanation: explain(e.explanation, locale) };
    }
    return { actual, score: null, error: message(e.issue, locale), ...(e.range ? { range: e.range } : {}) };
  });
  return doubt
    ? { ok: true, sure: false, doubt: message(doubt, locale), rule: parsed.rule, results }
    : { ok: true, sure: true, rule: parsed.rule, results };
}

/** The same result for a person reading a terminal. */
export function formatRuleOutput(output: RuleOutput, locale: Locale = "zh-CN"): string {
  const s = cliStrings(locale);
  if (!output.ok) return `${s.ruleNotUnderstood(output.error)}\n`;
  const rule = output.rule as { kind: string };
  const lines = [`${s.ruleKind(rule.kind)}${output.sure ? "" : s.unsureKind}`];
  if (output.doubt) lines.push(s.doubt(output.doubt));
  for (const r of output.results)
    lines.push(
      r.score === null
        ? `${s.cannotScore(r.actual, r.error === output.doubt ? s.unsureShort : (r.error ?? ""))}${r.tentative !== undefined ? s.tentative(String(r.tentative)) : ""}`
        : s.scoredAs(r.actual, String(r.score), r.explanation ?? ""),
    );
  return `${lines.join("\n")}\n`;
}
