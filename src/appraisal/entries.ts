import { evaluate } from "../engine/evaluate";
import { issue, step, type Issue, type Step } from "../engine/issue";
import { clean } from "../engine/precision";
import { parseQuantity } from "../engine/quantity";
import type { Rule } from "../engine/rule";
import { combineEvaluators } from "../engine/scheme";
import { address, columnIndex } from "../layout/a1";
import { percentAt, valueAt, type Grid } from "../layout/grid";
import type { FormTable } from "../layout/layout";
import { LEVEL_MARK, levelName, levelRange, type LevelRange } from "../layout/levels";
import { shareOf, weightAt } from "../layout/weight";
import type { Entry, ItemFacts, ItemOutcome } from "./appraisal";
import { inputAt, isBlank, isNotApplicable, textOf } from "./cells";
import type { GradesSay } from "./grading";
import type { Warn } from "./score";

/**
 * Scores entered rather than worked out from an actual value: typed in the score cell (评分 / 得分),
 * typed by several evaluators and combined by the sheet's weights (renormalised over those who
 * scored), or entered under level columns (a mark in one, or the score typed in one). Each is the
 * item's score as typed, checked against the item's points: a score over them is refused with the
 * cell named, never capped.
 */

/** A level column's range of scores as its own header states it (`优秀 90-100`, `良好(80-89)`),
 * read on whichever header row names that level. */
function headerRange(grid: Grid, table: FormTable, column: number, level: string): LevelRange | undefined {
  for (let r = table.headerRow - 1; r < table.headerRow - 1 + (table.headerRows ?? 1); r++) {
    const header = levelName(textOf(grid, r, column));
    if (header?.name === level && header.range) return header.range;
  }
  return undefined;
}

/**
 * Where a form's scores are entered, as its layout says: evaluator columns with a weight each
 * (none where a weight is missing or the sheet works out each evaluator's weighted score itself),
 * level columns the evaluator ticks or types in, or a score column typed in with no actual value.
 */
export function entryOf(grid: Grid, table: FormTable): Entry | undefined {
  // Beside an actual value the evaluators' columns are not the score's only source: left as read.
  const evaluators = table.columns.actual === undefined ? (table.evaluators ?? []) : [];
  if (evaluators.length > 0) {
    // unweighted opinions before a typed final word (自评 | 上级评 | 终评): the final word is the score
    if (evaluators.some((e) => e.weight === null) && table.typedScore && table.columns.score !== undefined)
      return { kind: "typed" };
    if (evaluators.some((e) => e.weight === null || e.resultColumn !== undefined)) return undefined;
    if (!evaluatorWeightsWhole(table)) return undefined;
    return {
      kind: "evaluators",
      evaluators: evaluators.map((e) => ({
        column: e.column,
        label: e.label,
        weight: e.weight as number,
        ...(e.weightColumn !== undefined ? { weightColumn: e.weightColumn } : {}),
        ...(e.headerWeight !== undefined ? { headerWeight: e.headerWeight } : {}),
      })),
    };
  }
  if (table.levelColumns && table.levelInput) {
    const scoreRow = table.levelScoreRow;
    return {
      kind: "levels",
      input: table.levelInput,
      columns: Object.entries(table.levelColumns).map(([column, level]) => {
        const stated = table.levelPoints?.[column];
        const c = columnIndex(column);
        const cell = scoreRow === undefined ? null : valueAt(grid, scoreRow - 1, c);
        const range =
          (typeof cell === "string" ? levelRange(cell) : undefined) ?? headerRange(grid, table, c, level);
        const points = stated ?? (typeof cell === "number" ? cell : undefined);
        return {
          column,
          level,
          ...(points !== undefined ? { points } : {}),
          ...(range ? { range } : {}),
        };
      }),
    };
  }
  if (table.typedScore && table.columns.score !== undefined && table.columns.actual === undefined)
    return { kind: "typed" };
  return undefined;
}

/** The evaluators' weights add up to 100%: only then is a missing one's share clearly the others'
 * to share, and the sheet's own mix their weighted sum. */
export function evaluatorWeightsWhole(table: FormTable): boolean {
  const sum = (table.evaluators ?? []).reduce((s, e) => s + (e.weight ?? 0), 0);
  return Math.abs(sum - 1) < 1e-6;
}

/** What an entry cell holds as a number: a number, or a number written as text; `problem` when it
 * holds something else. */
function numberIn(grid: Grid, row: number, column: number): { value: number | null; problem?: string } {
  const v = inputAt(grid, row, column);
  if (isBlank(v)) return { value: null };
  if (typeof v === "number") return { value: v };
  const q = typeof v === "string" ? parseQuantity(v.trim()) : null;
  return q?.ok && (q.quantity.unit === "number" || q.quantity.unit === "points")
    ? { value: q.quantity.value }
    : { value: null, problem: String(v) };
}

/** An entry as read on one row: the score typed, the cell it comes from, the steps that explain it;
 * or nothing yet (blank), or why it cannot be read (a warning with its cell). */
type Read =
  | { kind: "score"; value: number; cell: string; steps: Step[]; raw?: ItemOutcome["input"] }
  | { kind: "blank"; cell: string }
  | { kind: "notApplicable"; cell: string }
  | { kind: "refused"; warning: Parameters<Warn>[0] };

/** Percent as the explanation shows a weight. */
const share = (weight: number): string => `${clean(weight * 100)}%`;

/** One evaluator's cell on a row: a score, blank, 不适用 (their share passes to the others), or
 * why it cannot be read. */
type EvaluatorCell =
  | { role: string; weight: number; cell: string; score: number | null; notApplicable?: true }
  | { refused: Parameters<Warn>[0] };

/**
 * The evaluators' weights on row `r`: each written on the row where the sheet has a weight column
 * beside them (rows may weigh them differently: 0% | 100% on one item), else the table's. A weight
 * cell blank or not a weight, or a row whose weights do not add up to 100%, gives no weights: the
 * row's cells are named so that the user can put them right.
 */
function rowWeights(
  grid: Grid,
  item: Pick<ItemFacts, "name">,
  entry: Extract<Entry, { kind: "evaluators" }>,
  r: number,
): number[] | { refused: Parameters<Warn>[0] } {
  const own = entry.evaluators.filter((e) => e.weightColumn !== undefined);
  if (own.length === 0) return entry.evaluators.map((e) => e.weight);
  const written = entry.evaluators.map((e) => {
    if (e.weightColumn === undefined) return e.weight;
    const w = weightAt(grid, r, columnIndex(e.weightColumn));
    return w === null ? null : shareOf(w);
  });
  const differs = entry.evaluators.findIndex((e, i) => {
    const w = written[i];
    return (
      e.headerWeight !== undefined && w !== null && w !== undefined && Math.abs(w - e.headerWeight) > 1e-9
    );
  });
  if (differs >= 0) {
    const e = entry.evaluators[differs] as (typeof entry.evaluators)[number];
    const cell = address(r, columnIndex(e.weightColumn as string));
    const percent = (w: number) => `${clean(w * 100)}%`;
    return {
      refused: {
        code: "score.evaluatorWeightsDiffer",
        params: {
          item: item.name,
          evaluator: e.label,
          cell,
          row: percent(written[differs] as number),
          header: percent(e.headerWeight as number),
        },
        cell,
      },
    };
  }
  const sum = written.reduce<number>((s, w) => s + (w ?? 0), 0);
  if (written.every((w) => w !== null) && Math.abs(sum - 1) < 1e-6) return written as number[];
  const cells = own.map((e) => address(r, columnIndex(e.weightColumn as string)));
  return {
    refused: {
      code: "score.evaluatorRowWeights",
      params: { item: item.name, cells: cells.join("、") },
      cell: cells[0] as string,
    },
  };
}

function evaluatorCells(
  grid: Grid,
  item: Pick<ItemFacts, "name" | "max">,
  entry: Extract<Entry, { kind: "evaluators" }>,
  r: number,
): EvaluatorCell[] {
  const weights = rowWeights(grid, item, entry, r);
  if (!Array.isArray(weights)) return [weights];
  return entry.evaluators.map((e, i): EvaluatorCell => {
    const c = columnIndex(e.column);
    const cell = address(r, c);
    const read = numberIn(grid, r, c);
    const own = { role: e.label, weight: weights[i] as number, cell };
    if (read.problem !== undefined) {
      if (isNotApplicable(read.problem)) return { ...own, score: null, notApplicable: true };
      return { refused: { ...issue("quantity.unparseable", { input: read.problem }), cell } };
    }
    // Each evaluator's own score is checked against the item's points, not only their mix.
    if (read.value !== null && (read.value < 0 || (item.max !== undefined && read.value > item.max)))
      return {
        refused: { ...issue("manual.outOfRange", { input: read.value, min: 0, max: item.max ?? "" }), cell },
      };
    return { ...own, score: read.value };
  });
}

/**
 * The evaluators whose blanks are skips: those who left blank (with a weight, not 不适用) fewer
 * than half of the items another evaluator has scored. Their share of an item they skipped is the
 * others' (renormalised, said with the cell); one blank on half the items or more has not
 * appraised yet, and is waited for.
 */
export function evaluatorsScoredMost(grid: Grid, items: readonly ItemFacts[]): Set<string> {
  const blanks = new Map<string, number>();
  let scored = 0;
  for (const item of items) {
    if (item.entry?.kind !== "evaluators" || item.row === undefined) continue;
    const cells = evaluatorCells(grid, item, item.entry, item.row - 1).flatMap((c) =>
      "refused" in c ? [] : [c],
    );
    if (!cells.some((c) => c.score !== null)) continue;
    scored++;
    for (const c of cells) {
      const blank = c.score === null && !c.notApplicable && c.weight > 0;
      blanks.set(c.role, (blanks.get(c.role) ?? 0) + (blank ? 1 : 0));
    }
  }
  return new Set([...blanks].filter(([, n]) => n * 2 < scored).map(([role]) => role));
}

/**
 * The first evaluator with a weight whose cell is blank while another has scored, when they have
 * left half the items or more blank: they have not appraised yet, and their share is not the
 * others' to take unless they are marked 不适用 or the user says so. One who skipped fewer items is
 * missing there only: their share is spread over the others (renormalised, with a warning).
 */
export function evaluatorPending(
  grid: Grid,
  item: Pick<ItemFacts, "name" | "max">,
  entry: Extract<Entry, { kind: "evaluators" }>,
  row: number,
  scoredMost: ReadonlySet<string>,
): Issue | undefined {
  const cells = evaluatorCells(grid, item, entry, row - 1);
  const read = cells.flatMap((c) => ("refused" in c ? [] : [c]));
  if (read.length < cells.length || !read.some((c) => c.score !== null)) return undefined;
  const blank = read.find(
    (c) => c.score === null && !c.notApplicable && c.weight > 0 && !scoredMost.has(c.role),
  );
  return blank
    ? issue("score.evaluatorPending", { item: item.name, evaluator: blank.role, cell: blank.cell })
    : undefined;
}

function readEvaluators(
  grid: Grid,
  item: Pick<ItemFacts, "name" | "max">,
  entry: Extract<Entry, { kind: "evaluators" }>,
  r: number,
  warn: Warn,
): Read {
  const cells = evaluatorCells(grid, item, entry, r);
  const scores: Array<{ role: string; weight: number; score: number | null; cell: string }> = [];
  for (const c of cells) {
    if ("refused" in c) return { kind: "refused", warning: c.refused };
    scores.push(c);
  }
  const first = address(r, columnIndex(entry.evaluators[0]?.column ?? "A"));
  // Every evaluator who said anything said 不适用: the item itself is not applicable.
  if (cells.some((c) => "notApplicable" in c) && scores.every((s) => s.score === null))
    return { kind: "notApplicable", cell: first };
  const combined = combineEvaluators(scores);
  if (combined.score === null) return { kind: "blank", cell: first };
  for (const s of scores)
    if (s.score === null && combined.missing.includes(s.role))
      warn({
        code: "score.evaluatorMissing",
        params: { item: item.name, evaluator: s.role, cell: s.cell },
        cell: s.cell,
      });
  const present = scores.filter((s) => s.score !== null && s.weight > 0);
  const parts = present.map((s) => `${s.role} ${clean(s.score as number)} × ${share(s.weight)}`).join(" + ");
  const weight = present.reduce((s, e) => s + e.weight, 0);
  const score = clean(combined.score);
  const steps = [
    step("evaluators.combined", {
      parts,
      weight: share(weight),
      score,
      missing: combined.missing.join("、"),
    }),
  ];
  return { kind: "score", value: score, cell: first, steps };
}

// Forms that print a hollow mark in every level cell and fill in the one chosen (○ ○ ● ○ ○).
const HOLLOW = /^[○◯〇☆□]$/;
const SOLID = /^[●★■◉]$/;

/** The level cells filled on a row: the one solid mark alone where every other holds a hollow one. */
function chosenLevels(
  grid: Grid,
  entry: Extract<Entry, { kind: "levels" }>,
  r: number,
): Extract<Entry, { kind: "levels" }>["columns"] {
  const filled = entry.columns.filter((l) => !isBlank(inputAt(grid, r, columnIndex(l.column))));
  if (entry.input !== "mark" || filled.length < 2) return filled;
  const text = (l: (typeof filled)[number]) => textOf(grid, r, columnIndex(l.column));
  const solid = filled.filter((l) => SOLID.test(text(l)));
  const hollow = filled.filter((l) => HOLLOW.test(text(l)));
  return solid.length === 1 && solid.length + hollow.length === filled.length ? solid : filled;
}

function readLevels(
  grid: Grid,
  item: Pick<ItemFacts, "name">,
  entry: Extract<Entry, { kind: "levels" }>,
  r: number,
): Read {
  const filled = chosenLevels(grid, entry, r);
  const first = address(r, columnIndex(entry.columns[0]?.column ?? "A"));
  if (filled.length === 0) return { kind: "blank", cell: first };
  const cells = filled.map((l) => address(r, columnIndex(l.column)));
  const refuse = (): Read => ({
    kind: "refused",
    warning: {
      code: "score.levelEntry",
      params: { item: item.name, cells: cells.join("、") },
      cell: cells[0] as string,
    },
  });
  const only = filled[0];
  if (filled.length > 1 || !only) return refuse();
  const c = columnIndex(only.column);
  const cell = cells[0] as string;
  if (entry.input === "mark") {
    if (!LEVEL_MARK.test(textOf(grid, r, c))) return refuse();
    // One level ticked, but the sheet does not say what that level is worth.
    if (only.points === undefined)
      return {
        kind: "refused",
        warning: { code: "score.levelNoPoints", params: { item: item.name, level: only.level, cell }, cell },
      };
    const steps = [step("levels.matched", { level: only.level, score: only.points })];
    return { kind: "score", value: only.points, cell, steps };
  }
  const read = numberIn(grid, r, c);
  if (read.value === null) return refuse();
  // A score typed under a level outside that level's range: which of the two is meant is unknown.
  if (only.range && (read.value < only.range.min || read.value > only.range.max))
    return {
      kind: "refused",
      warning: {
        code: "score.levelRange",
        params: {
          item: item.name,
          cell,
          level: only.level,
          score: read.value,
          range: `${only.range.min}-${only.range.max}`,
        },
        cell,
      },
    };
  return {
    kind: "score",
    value: read.value,
    cell,
    steps: [step("levels.matched", { level: only.level, score: read.value })],
  };
}

/** The entry of an item on row `row` (1-based), read as the sheet holds it. */
export function readEntry(
  grid: Grid,
  item: Pick<ItemFacts, "name" | "max" | "input">,
  entry: Entry,
  row: number,
  warn: Warn,
): Read {
  const r = row - 1;
  if (entry.kind === "evaluators") return readEvaluators(grid, item, entry, r, warn);
  if (entry.kind === "levels") return readLevels(grid, item, entry, r);
  const c = columnIndex(item.input ?? "A");
  const cell = address(r, c);
  const v = inputAt(grid, r, c);
  if (isNotApplicable(v)) return { kind: "notApplicable", cell };
  // A percent in a score cell is a rate, not points typed.
  if (typeof v === "number" && percentAt(grid, r, c))
    return {
      kind: "refused",
      warning: { code: "score.entryPoints", params: { item: item.name, cell }, cell },
    };
  const read = numberIn(grid, r, c);
  if (read.problem !== undefined)
    return { kind: "refused", warning: { ...issue("quantity.unparseable", { input: read.problem }), cell } };
  if (read.value === null) return { kind: "blank", cell };
  return { kind: "score", value: read.value, cell, steps: [], raw: v };
}

/** A weight written as a share (40%, a percent-formatted cell), not as points. */
function weightIsShare(grid: Grid, table: FormTable, row: number): boolean {
  const column = table.columns.weight;
  if (column === undefined) return false;
  const c = columnIndex(column);
  const v = valueAt(grid, row - 1, c);
  return percentAt(grid, row - 1, c) || (typeof v === "string" && /%|％/.test(v));
}

/** The scales entered scores may be on besides the items' points: 1-5 ratings, 百分制. */
const ENTRY_SCALES: readonly number[] = [5, 100];

/** What the scale of entered scores is: a scale (5, 100), the items' own points (none), or
 * unknown (`doubt`, naming the cell that leaves it open). */
export type EntryScale = { scale?: number; doubt?: Issue };

/**
 * The scale entered scores are on. The items' points where the weights are points (分值 30) or
 * the item's rule states them (满分30分, levels worth 40/30/20); the top of the level columns (100-0)
 * where it is a scale (5, 100) and the weights are not those points; for scores typed with weights
 * written as shares adding up to 100, 百分制 where every score exceeds its item's weight and none
 * exceeds 100. A 1-5 rating is taken as such where the sheet grades totals out of 5, or where the
 * weights are shares (40%) and nothing on the sheet grades beyond 5: each rating times its share,
 * a total on the ratings' own scale (domain: items on a 5-point scale are multiplied by their
 * weight %). Weights in points, or grades out of 100, leave it open (rating / 5 × points, or a
 * 100-point total), and scores all within 5 on items worth more are never taken as points.
 * Anything else is a doubt, never a guess.
 */
export function entryScale(
  grid: Grid,
  table: FormTable,
  items: ReadonlyArray<
    Pick<ItemFacts, "name" | "weight" | "adjustment" | "entry" | "rule" | "row" | "input">
  >,
  grades: GradesSay,
): EntryScale {
  const weighted = items.filter((i) => !i.adjustment && i.weight !== null);
  const first = weighted[0];
  if (!first?.entry || weighted.some((i) => i.entry === undefined)) return {};
  // Weights adding up to 100 on this table alone: a part of a form (or a slip) leaves a scale open.
  const whole = Math.abs(weighted.reduce((s, i) => s + (i.weight as number), 0) - 100) < 1e-6;
  const cell = `${table.columns.weight ?? table.columns.item ?? "A"}${first.row ?? table.headerRow}`;
  const doubt = { doubt: issue("score.entryScale", { cell }) };
  const shares = weighted.every((i) => i.row !== undefined && weightIsShare(grid, table, i.row));
  const outOf5 = grades === "outOf5" || (grades === "nothing" && shares);
  const rated = (scale: number): EntryScale => (whole && (scale !== 5 || outOf5) ? { scale } : doubt);
  const entry = first.entry;
  if (entry.kind === "levels") {
    const tops = entry.columns.map((l) => l.range?.max ?? l.points ?? 0);
    const top = Math.max(...tops);
    if (weighted.every((i) => i.weight === top)) return {};
    if (ENTRY_SCALES.includes(top)) return rated(top);
    // Levels worth neither the items' points nor a scale: how a tick becomes points is unknown.
    const column = entry.columns[tops.indexOf(top)]?.column ?? "A";
    const at = `${column}${table.levelScoreRow ?? table.headerRow}`;
    return top > 0 ? { doubt: issue("score.levelScale", { cell: at, top }) } : {};
  }
  if (weighted.every((i) => i.rule.rule?.kind === "manual" && i.rule.rule.max !== undefined)) return {};
  const read = weighted.map((i) => {
    const got = readEntry(grid, i, entry, i.row as number, () => undefined);
    return got.kind === "score" ? got.value : null;
  });
  const values = read.filter((v): v is number => v !== null);
  if (values.length === 0) return {};
  // Scores all within 5 on items each worth more: 1-5 ratings as often as points.
  if (values.every((v) => v <= 5) && weighted.every((i) => (i.weight as number) > 5)) {
    if (shares || outOf5) return rated(5);
    return { doubt: issue("score.ratingScale", { cell }) };
  }
  if (!shares) return {};
  if (!whole) return doubt;
  if (values.every((v) => v <= 5) && weighted.some((i) => (i.weight as number) > 5)) return rated(5);
  // 百分制 only where no score reads as points too: one reading for every score, or a doubt.
  const over = read.filter((v, i) => v !== null && v > (weighted[i]?.weight as number)).length;
  if (over === values.length && values.every((v) => v <= 100)) return rated(100);
  return doubt;
}

/** A 加减分项 is scored as typed, minus for a deduction: within its stated points either way. */
export function signed(item: Pick<ItemFacts, "adjustment">, rule: Rule): Rule {
  if (!item.adjustment || rule.kind !== "manual" || rule.min !== undefined) return rule;
  return { ...rule, min: rule.max === undefined ? -Infinity : -rule.max };
}

/**
 * One entered item of a person: the score as typed (or combined, or the ticked level's points),
 * checked against the item's points by its rule (manual: within 0 and the points). A score cell
 * typed in is the input, not written over: its outcome's `written` is what it adds to the total.
 */
export function scoreEntry(
  grid: Grid,
  item: ItemFacts,
  entry: Entry,
  row: number,
  explain: boolean,
  warn: Warn,
): ItemOutcome {
  const reading = item.rule;
  // A doubted item says its doubt, not how its evaluators were combined.
  const read = readEntry(grid, item, entry, row, reading.doubt ? () => undefined : warn);
  const none = (input: ItemOutcome["input"], why: Parameters<Warn>[0]): ItemOutcome => {
    warn(why);
    return {
      input,
      percent: false,
      score: null,
      written: null,
      issue: { code: why.code, params: why.params },
    };
  };
  if (read.kind === "refused") return none(null, read.warning);
  if (read.kind === "notApplicable") {
    warn({ code: "score.notApplicable", params: { item: item.name, cell: read.cell }, cell: read.cell });
    return { input: null, percent: false, score: null, written: null, notApplicable: true };
  }
  if (read.kind === "blank")
    return none(null, {
      code: "score.entryPending",
      params: { item: item.name, cell: read.cell },
      cell: read.cell,
    });
  if (reading.rule === null)
    return none(read.value, { ...(reading.issue ?? issue("rule.empty")), cell: reading.cell });
  const evaluation = evaluate(signed(item, reading.rule), read.value, { max: item.max });
  // A doubt about the scale (or an evaluator still to score) points at the cell that leaves it
  // open, and comes before checking the score against points that may not be its scale's.
  const named = reading.doubt?.params.cell;
  const ours = reading.doubt?.code.startsWith("score.") === true && typeof named === "string";
  if (reading.doubt && ours && !evaluation.ok) return none(read.value, { ...reading.doubt, cell: named });
  if (!evaluation.ok) return none(read.value, { ...evaluation.issue, cell: read.cell });
  const score = typeof evaluation.score === "number" ? evaluation.score : null;
  if (score === null)
    return none(read.value, {
      ...issue("rule.notUnderstood", { text: String(evaluation.score) }),
      cell: read.cell,
    });
  const steps = [...read.steps, ...evaluation.explanation];
  if (reading.doubt) {
    const out = none(read.value, { ...reading.doubt, cell: ours ? (named as string) : reading.cell });
    out.tentative = score;
    if (explain) out.explanation = steps;
    return out;
  }
  const written = clean(item.scale !== undefined ? (score * (item.weight as number)) / 100 : score);
  // A typed cell's own content (a number, or 28分 as text: no sum of cells reads that).
  const outcome: ItemOutcome = { input: read.raw ?? read.value, percent: false, score, written };
  if (explain) outcome.explanation = steps;
  return outcome;
}
