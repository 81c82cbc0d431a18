import { readFileSync } from "fs";
import { join } from "path";
import { contextDoubt } from "../../src/engine/certainty";
import { evaluate } from "../../src/engine/evaluate";
import { parseRule } from "../../src/engine/parseRule";
import { roundHalfAway } from "../../src/engine/precision";

/**
 * The real rule texts of test/rules/real (labelled by HR readers who did not run the parser),
 * scored as a new user would meet them: each text is read with the context its page gave (the
 * item's points and target), each labelled input scored, and the outcome counted as right, unsure
 * (not understood, read with a doubt, or an input refused that an HR reader scores) or confidently
 * wrong (a number an HR reader would not write). A text an HR reader would ask about, or refuse, is
 * right when the parser is not sure, or when the reading gives no number without the missing fact
 * (needs the item's points or target); a number is confidently wrong.
 */
export type Case = { actual: string; score?: number | string; error?: true; range?: [number, number] };
export type Labelled = {
  id: string;
  text: string;
  expect: "score" | "ask" | "refuse";
  max: number | null;
  target: number | null;
  cases: Case[];
  note: string;
};

export type Verdict = "right" | "unsure" | "wrong";
export type Outcome = { id: string; verdict: Verdict; detail: string };

/** The real texts' two parts, and the made-up ones: `made` (tuned on) and `heldout` (written and
 * labelled before the parser ran on them, to see how a change generalises). */
export type Part = "tune" | "measure" | "made" | "heldout";

const FILES: Record<Part, string> = {
  tune: join(__dirname, "real", "tune.json"),
  measure: join(__dirname, "real", "measure.json"),
  made: join(__dirname, "made", "made.json"),
  heldout: join(__dirname, "made", "heldout.json"),
};

export function loadPart(part: Part): Labelled[] {
  return JSON.parse(readFileSync(FILES[part], "utf8")) as Labelled[];
}

/** Inputs a text an HR reader would ask about is tried on when its label gives none. */
const PROBES = ["0", "1", "3", "5", "10", "50%", "80%", "95%", "100%", "A", "优秀", "完成", "未完成"];

type Got = { score: number | string } | { range: [number, number] } | { error: true };

function scoreOf(rule: Parameters<typeof evaluate>[0], entry: Labelled, actual: string): Got {
  const e = evaluate(rule, actual, { max: entry.max ?? undefined, target: entry.target ?? undefined });
  if (e.ok) return { score: typeof e.score === "number" ? roundHalfAway(e.score, 2) : e.score };
  return e.range ? { range: e.range } : { error: true };
}

const isNumber = (g: Got): boolean => "score" in g;

function expected(c: Case): Got {
  if (c.range) return { range: c.range };
  if (c.error) return { error: true };
  return { score: c.score as number | string };
}

export function judge(entry: Labelled): Outcome {
  const read = parseRule(entry.text);
  // The reading is checked against the item too: points beyond the item's are a doubt.
  const inContext =
    read.ok && !read.doubt
      ? contextDoubt(
          read.rule,
          { max: entry.max ?? undefined, target: entry.target ?? undefined },
          entry.text,
        )
      : undefined;
  const parsed = inContext && read.ok ? { ...read, doubt: inContext } : read;
  const sure = parsed.ok && parsed.doubt === undefined;
  if (entry.expect !== "score") {
    if (!sure)
      return {
        id: entry.id,
        verdict: "right",
        detail: parsed.ok ? `unsure: ${parsed.doubt?.code}` : "refused",
      };
    const inputs = entry.cases.length > 0 ? entry.cases.map((c) => c.actual) : PROBES;
    const numbered = inputs.find((a) => isNumber(scoreOf(parsed.rule, entry, a)));
    return numbered === undefined
      ? { id: entry.id, verdict: "right", detail: "sure, but asks for the missing points or target" }
      : {
          id: entry.id,
          verdict: "wrong",
          detail: `${entry.expect} text read as ${parsed.rule.kind}; ${numbered} scored`,
        };
  }
  if (!parsed.ok) return { id: entry.id, verdict: "unsure", detail: "refused" };
  if (parsed.doubt) return { id: entry.id, verdict: "unsure", detail: `doubt ${parsed.doubt.code}` };
  let refused = false;
  const misses: string[] = [];
  for (const c of entry.cases) {
    const got = scoreOf(parsed.rule, entry, c.actual);
    const want = expected(c);
    if (JSON.stringify(got) === JSON.stringify(want)) continue;
    if (isNumber(got)) misses.push(`${c.actual}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    else refused = true;
  }
  if (misses.length > 0) return { id: entry.id, verdict: "wrong", detail: misses.join("; ") };
  return refused
    ? { id: entry.id, verdict: "unsure", detail: "an input refused" }
    : { id: entry.id, verdict: "right", detail: "" };
}

export type Tally = Record<Verdict, number> & { total: number };

export function tally(outcomes: readonly Outcome[]): Tally {
  const t: Tally = { right: 0, unsure: 0, wrong: 0, total: outcomes.length };
  for (const o of outcomes) t[o.verdict]++;
  return t;
}

const pct = (n: number, total: number): string => `${((100 * n) / Math.max(1, total)).toFixed(1)}%`;

export function formatTally(name: string, t: Tally): string {
  return `${name}: ${t.total} texts — right ${t.right} (${pct(t.right, t.total)}), unsure or refused ${t.unsure} (${pct(t.unsure, t.total)}), confidently wrong ${t.wrong} (${pct(t.wrong, t.total)})`;
}
