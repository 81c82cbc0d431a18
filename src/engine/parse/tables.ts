import type { Interval, TableRow, TableValue } from "../rule";
import { readCondition, unitOf } from "./bounds";
import { endingOutcome } from "./outcomes";
import type { Clause } from "./cut";
import { is, readings, type NumToken, type Token } from "./tokens";

/**
 * Grade, coefficient and pay tables over a total score, clause by clause: `90分以上为A,80-89分为B`,
 * `分值≤59 系数0; 60≤分值≤79 系数0.5`, `≥90分全额,<70分不发,70-90分按得分%发放`,
 * `绩效基数×绩效分值` (the base times the score as a percent).
 */
export type ParsedTable = {
  output: "grade" | "coefficient" | "pay";
  rows: TableRow[];
  used: NumToken[];
  unit?: "percent";
};

/** Rows whose conditions are rates (完成率≥100%, 90%以上为优秀) compare a percent, not a total's
 * points: 95 beside them is 95%, not above 100%. */
export function overRates(conditions: readonly NumToken[]): { unit?: "percent" } {
  return unitOf(conditions) === "percent" ? { unit: "percent" } : {};
}

/** A clause's output: a grade after 为 / : / →, a coefficient, a share of the base paid. */
function outputOf(tokens: readonly Token[]): { at: number; value: TableValue; used: NumToken[] } | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const pay = readings(t, "pay");
    if (pay?.kind === "pay") return { at: i, value: { type: "share", share: pay.share }, used: [] };
    if (is(t, "payPercent")) return { at: i, value: { type: "scorePercent" }, used: [] };
    const paid = tokens[i + 1];
    if (is(t, "payOut") && paid?.t === "num" && paid.unit === "percent")
      return { at: i, value: { type: "share", share: paid.value }, used: [paid] };
    if (is(t, "coef")) {
      // 系数0.8, 系数为0.8 (not "Coefficient: score < 60", a heading).
      let j = i + 1;
      while (is(tokens[j], "eq") || is(tokens[j], "give")) j++;
      const n = tokens[j];
      if (n?.t === "num") return { at: i, value: { type: "number", value: n.value }, used: [n] };
    }
  }
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  const key =
    last?.t === "level"
      ? last.key
      : readings(last, "level")?.kind === "level"
        ? (readings(last, "level") as { key: string }).key
        : undefined;
  const marked =
    before &&
    (is(before, "eq") ||
      is(before, "give") ||
      (before.t === "sep" && before.ch === ":") ||
      (before.t === "cmp" && before.op === "=") ||
      is(before, "gradeWord"));
  if (key && marked)
    return { at: tokens.length - 2, value: { type: "label", label: key.toUpperCase() }, used: [] };
  // 分值≤59 0.0, score < 60 → 0: a bare number after the condition (in 80≤考核分<90 the last number
  // is the condition's own bound).
  const pre = readings(before, "cmp");
  const bound = before?.t === "cmp" || before?.t === "dash" || (pre?.kind === "cmp" && pre.at === "pre");
  if (
    last?.t === "num" &&
    last.unit === "number" &&
    !(bound && !marked) &&
    (marked || tokens.slice(0, -1).some((t) => t.t === "num"))
  ) {
    return {
      at: tokens.length - (marked ? 2 : 1),
      value: { type: "number", value: last.value },
      used: [last],
    };
  }
  return null;
}

/** The score condition before an output, read on the score alone (评分≥90分 → ≥90). */
function scoreCondition(tokens: readonly Token[]): { interval: Interval; used: NumToken[] } | null {
  const condition = readCondition(
    tokens.filter((t) => t.t !== "word" && !is(t, "pts") && !is(t, "ofPoints") && !is(t, "scoreName")),
  );
  return condition && !condition.bare ? { interval: condition.interval, used: condition.used } : null;
}

export function readTable(clauses: readonly Clause[], hinted: boolean): ParsedTable | null {
  const all = clauses.flatMap((c) => c.tokens);
  // 绩效基数×绩效分值, 基数×得分百分比: the base times the score as a percent.
  if (
    all.some((t) => is(t, "payBase")) &&
    all.some((t) => t.t === "math" && t.ch === "×") &&
    all.some((t) => is(t, "ofPoints") || is(t, "scoreName") || is(t, "payPercent"))
  )
    return { output: "pay", rows: [{ value: { type: "scorePercent" } }], used: [] };
  const rows: TableRow[] = [];
  const used: NumToken[] = [];
  const conditions: NumToken[] = [];
  let pending: Interval | undefined;
  for (const clause of clauses) {
    const output = outputOf(clause.tokens);
    const condition = scoreCondition(output ? clause.tokens.slice(0, output.at) : clause.tokens);
    if (output && (condition || pending)) {
      rows.push({ ...(condition?.interval ?? pending), value: output.value });
      used.push(...output.used, ...(condition?.used ?? []));
      conditions.push(...(condition?.used ?? []));
      pending = undefined;
    } else if (condition && !output) {
      // ≥4.5 earns full marks: a condition with a score of its own is a band, no table row.
      const own = endingOutcome(clause.tokens, clause.source);
      if (own && !own.used.some((n) => condition.used.includes(n))) return null;
      // 评分低于70分的, 视为不合格, 不发放绩效工资: a condition carries to the clause that pays.
      pending = condition.interval;
      used.push(...condition.used);
      conditions.push(...condition.used);
    }
  }
  if (rows.length < 2) return null;
  const words = all.some(
    (t) => is(t, "coef") || is(t, "gradeWord") || is(t, "ofPoints") || is(t, "scoreName"),
  );
  const unit = overRates(conditions);
  if (rows.every((r) => r.value.type === "label")) return { output: "grade", rows, used, ...unit };
  if (rows.every((r) => r.value.type === "number") && (words || hinted))
    return { output: "coefficient", rows, used, ...unit };
  if (rows.every((r) => r.value.type === "share" || r.value.type === "scorePercent"))
    return { output: "pay", rows, used, ...unit };
  return null;
}
