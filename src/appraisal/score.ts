import { evaluate } from "../engine/evaluate";
import { issue, type Issue } from "../engine/issue";
import { clean } from "../engine/precision";
import { quickScore } from "../engine/quick";
import { totalOf, type CheckedScheme } from "../engine/scheme";
import { address, columnIndex } from "../layout/a1";
import { formatAt, isDurationFormat, isPercentFormat, type Grid } from "../layout/grid";
import type { Section } from "../layout/layout";
import type { ItemFacts, ItemOutcome, ScoreWarning, SectionScore } from "./appraisal";
import { inputAt, isBlank, isNotApplicable } from "./cells";
import { inHeaderUnit } from "./headerUnits";

/**
 * Each item of a person scored from their input cell, and their total by the engine's scheme
 * (`totalOf`): 80/20 sections, 加减分项 outside the 100, 5- or 100-point items weighted, an item
 * marked 不适用 handing its points on. Pure; warnings are handed to `warn`.
 */

export type Warn = (warning: ScoreWarning) => void;

/** What goes in an item's score cell: the score, or score × weight% on a scale. */
function writtenOf(item: ItemFacts, score: number): number {
  return clean(item.scale !== undefined ? (score * (item.weight as number)) / 100 : score);
}

/** Input columns by their letters: a roster asks for the same few on every row. */
const COLUMNS = new Map<string, number>();

function columnOf(letters: string): number {
  let c = COLUMNS.get(letters);
  if (c === undefined) {
    c = columnIndex(letters);
    if (COLUMNS.size > 1000) COLUMNS.clear();
    COLUMNS.set(letters, c);
  }
  return c;
}

/** No score, and why: said to the user once per cell (and once per roster rule cell). */
function unscored(input: ItemOutcome["input"], percent: boolean, why: ScoreWarning, warn: Warn): ItemOutcome {
  warn(why);
  return { input, percent, score: null, written: null, issue: { code: why.code, params: why.params } };
}

/**
 * One item of one person: the input on `row` (1-based: the item's in a form, the person's in a
 * roster) read as the engine reads it and scored by the item's rule, with the explanation where
 * `explain` (forms; a roster's thousands of cells take the compiled path, and show none). A doubted
 * reading gives no score: what it would give is kept as `tentative`, and the doubt is said with the
 * rule's cell.
 */
export function scoreItem(
  grid: Grid,
  item: ItemFacts,
  row: number,
  explain: boolean,
  warn: Warn,
): ItemOutcome {
  const reading = item.rule;
  if (item.input === null) {
    if (reading.rule === null && reading.issue)
      return unscored(null, false, { ...reading.issue, cell: reading.cell }, warn);
    const why = { code: "score.pending" as const, params: { item: item.name, cell: "" }, cell: "" };
    return unscored(null, false, why, warn);
  }
  const r = row - 1;
  const c = columnOf(item.input);
  const input = inputAt(grid, r, c);
  const format = formatAt(grid, r, c);
  const percent = isPercentFormat(format);
  // Named only where a warning needs it: a roster has thousands of items.
  const cell = (): string => address(r, c);
  if (isNotApplicable(input)) {
    warn({ code: "score.notApplicable", params: { item: item.name, cell: cell() }, cell: cell() });
    return { input, percent, score: null, written: null, notApplicable: true };
  }
  if (reading.rule === null)
    return unscored(input, percent, { ...(reading.issue ?? issue("rule.empty")), cell: reading.cell }, warn);
  const doubt = reading.doubt;
  if (isBlank(input)) {
    if (doubt) return unscored(input, percent, { ...doubt, cell: reading.cell }, warn);
    const at = cell();
    return unscored(
      input,
      percent,
      { code: "score.pending", params: { item: item.name, cell: at }, cell: at },
      warn,
    );
  }
  // A time cell holds days; read as the time it shows (3:40 is 220 seconds), never as a plain number.
  const duration = typeof input === "number" && isDurationFormat(format);
  const options = {
    max: item.max,
    target: item.target?.value,
    percentFormat: percent,
    durationFormat: duration,
  };
  const read =
    item.unit && !duration
      ? inHeaderUnit(input, percent, item.unit, reading.rule, item.target, item.name)
      : { input };
  if ("issue" in read) return unscored(input, percent, { ...read.issue, cell: cell() }, warn);
  // The explanation is not kept on the compiled path: band rules of a roster take it.
  const quick = explain ? undefined : quickScore(reading.rule, read.input, options);
  let score = quick;
  let steps: ItemOutcome["explanation"];
  if (score === undefined) {
    const evaluation = evaluate(reading.rule, read.input, options);
    if (!evaluation.ok) {
      const why = doubt ? { ...doubt, cell: reading.cell } : { ...evaluation.issue, cell: cell() };
      const out = unscored(input, percent, why, warn);
      if (!doubt && explain) out.explanation = evaluation.explanation;
      return out;
    }
    if (typeof evaluation.score !== "number") {
      const why = issue("rule.notUnderstood", { text: String(evaluation.score) });
      return unscored(input, percent, { ...why, cell: cell() }, warn);
    }
    score = evaluation.score;
    if (explain) steps = evaluation.explanation;
  }
  if (doubt) {
    const out = unscored(input, percent, { ...doubt, cell: reading.cell }, warn);
    out.tentative = score;
    if (steps) out.explanation = steps;
    return out;
  }
  const outcome: ItemOutcome = { input, percent, score, written: writtenOf(item, score) };
  if ("unit" in read && read.unit) outcome.unit = read.unit;
  if (duration) outcome.duration = true;
  if (steps) outcome.explanation = steps;
  return outcome;
}

/** An outcome held back by a doubt about the whole table: kept as tentative, nothing written. */
export function heldBack(outcome: ItemOutcome, doubt: Issue): ItemOutcome {
  if (outcome.score === null) return outcome;
  return { ...outcome, score: null, written: null, tentative: outcome.score, issue: doubt };
}

type CheckedSection = CheckedScheme["sections"][number];

/** A person's total and section scores: items into the engine's scheme, sections as the sheet has
 * them (none in a roster). */
export function totals(
  items: readonly ItemFacts[],
  outcomes: readonly ItemOutcome[],
  sections: readonly Section[],
): { total: number | null; sections?: SectionScore[] } {
  // Nothing to score by is no total (never 0 with a grade).
  if (items.length === 0) return { total: null };
  const scheme: CheckedSection[] = sections.map((s) => ({
    name: s.name,
    ...(s.weight !== null && !s.adjustment ? { weight: s.weight } : {}),
    adjustment: s.adjustment === true || s.weight === null,
    items: [],
  }));
  const plain: CheckedSection = { name: "", adjustment: false, items: [] };
  const loose: CheckedSection = { name: "±", adjustment: true, items: [] };
  items.forEach((item, i) => {
    const outcome = outcomes[i] as ItemOutcome;
    const scored: CheckedSection["items"][number] = {
      name: `${i}:${item.name}`,
      points: item.points,
      score: outcome.score,
      notApplicable: outcome.notApplicable === true,
    };
    if (item.scale !== undefined) scored.scale = item.scale;
    const own = item.section === null ? undefined : scheme.find((s) => s.name === item.section);
    const into = item.adjustment && !own?.adjustment ? loose : (own ?? plain);
    into.items.push(scored);
  });
  const all = [plain, ...scheme, loose].filter((s) => s.items.length > 0);
  const result = totalOf({ sections: all.length > 0 ? all : [plain], digits: 2 });
  if (!sections.some((s) => s.weight !== null && !s.adjustment)) return { total: result.total };
  return {
    total: result.total,
    sections: result.sections
      .filter((s) => sections.some((l) => l.name === s.name))
      .map((s) => ({ name: s.name, score: s.score })),
  };
}
