import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parseRule } from "../../src/engine/parseRule";
import { readWorkbook } from "../../src/host/xlsx";
import type { Grid } from "../../src/layout/grid";
import type { FormTable, Layout, RosterTable, SheetLayout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";
import type { ExpectedSheet } from "./compare";

/**
 * Accuracy of the layout recogniser over the fixtures and the real corpus: precision and recall
 * per column role, item rows found, weights right, rules understood and sheet kinds right.
 * `accuracy` is a plain function of recognised and expected layouts; `loadCases` reads the
 * workbooks (the real ones in place, never copied); `npm run accuracy` prints `formatAccuracy`.
 */

const FIXTURES = join(__dirname, "..", "fixtures");
const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "real");
const CORPUS_EXPECTED = join(__dirname, "..", "corpus-real");

/** One workbook: what the recogniser found and what was written by hand. */
export interface AccuracyCase {
  set: "fixtures" | "corpus";
  file: string;
  got: SheetLayout[];
  /** Expected sheets; `index` (0-based worksheet order) where given, else their position. */
  expected: ExpectedSheet[];
}

/** A count of hits over a total: precision or recall is hits / total (1 when total is 0). */
export interface Ratio {
  hits: number;
  total: number;
}

export interface Accuracy {
  /** Per column role: precision (right / recognised) and recall (right / expected). */
  roles: Record<string, { precision: Ratio; recall: Ratio }>;
  /** Item rows of forms and people rows of rosters: recall (expected found) and precision. */
  items: { recall: Ratio; precision: Ratio };
  /** Roster indicator columns: recall and precision. */
  indicators: { recall: Ratio; precision: Ratio };
  /** Expected items and indicators found with the expected weight. */
  weights: Ratio;
  /** Expected items and indicators with a rule text whose text the engine parses. */
  rules: Ratio;
  /** Expected items and indicators found with the expected rule kind (or null). */
  ruleKinds: Ratio;
  /** Sheets of the expected kind. */
  kinds: Ratio;
}

const ratio = (): Ratio => ({ hits: 0, total: 0 });
const add = (r: Ratio, hit: boolean): void => {
  r.total++;
  if (hit) r.hits++;
};

type Table = FormTable | RosterTable;
const isForm = (t: Table): t is FormTable => "items" in t;

/** Pairs expected tables with recognised ones: same header row first, else the same position. */
function pairTables(expected: readonly Table[], got: readonly Table[]): [Table, Table | undefined][] {
  const used = new Set<Table>();
  const pairs: [Table, Table | undefined][] = [];
  expected.forEach((e, i) => {
    const sameRow = got.filter((g) => !used.has(g) && g.headerRow === e.headerRow);
    const match =
      sameRow.length === 1 ? sameRow[0] : (sameRow.find((g) => got.indexOf(g) === i) ?? sameRow[0]);
    const pick = match ?? (got[i] && !used.has(got[i] as Table) ? got[i] : undefined);
    if (pick) used.add(pick);
    pairs.push([e, pick]);
  });
  return pairs;
}

function countRoles(acc: Accuracy, expected: Table, got: Table | undefined): void {
  const e = expected.columns as Record<string, string | undefined>;
  const g = (got?.columns ?? {}) as Record<string, string | undefined>;
  for (const role of new Set([...Object.keys(e), ...Object.keys(g)])) {
    const entry = (acc.roles[role] ??= { precision: ratio(), recall: ratio() });
    const right = e[role] !== undefined && e[role] === g[role];
    if (e[role] !== undefined) add(entry.recall, right);
    if (g[role] !== undefined) add(entry.precision, right);
  }
}

/** Counts one expected table against the recognised one it was paired with (or none). */
function countTable(acc: Accuracy, expected: Table, got: Table | undefined): void {
  countRoles(acc, expected, got);
  if (isForm(expected)) {
    const found = new Map((got && isForm(got) ? got.items : []).map((i) => [i.row, i]));
    const wanted = new Set(expected.items.map((i) => i.row));
    for (const item of expected.items) {
      const hit = found.get(item.row);
      add(acc.items.recall, hit !== undefined);
      add(acc.weights, hit !== undefined && hit.weight === item.weight);
      add(acc.ruleKinds, hit !== undefined && (hit.rule?.kind ?? null) === (item.rule?.kind ?? null));
      const text = (item.ruleText as string | null) ?? "";
      if (text.trim() !== "") add(acc.rules, parseRule(text).ok);
    }
    for (const row of found.keys()) add(acc.items.precision, wanted.has(row));
    return;
  }
  const roster = got && !isForm(got) ? got : undefined;
  const people = new Set((roster?.people ?? []).map((p) => p.row));
  const wantedPeople = new Set(expected.people.map((p) => p.row));
  for (const p of expected.people) add(acc.items.recall, people.has(p.row));
  for (const row of people) add(acc.items.precision, wantedPeople.has(row));
  const found = new Map((roster?.indicators ?? []).map((i) => [i.column, i]));
  const wanted = new Set(expected.indicators.map((i) => i.column));
  for (const ind of expected.indicators) {
    const hit = found.get(ind.column);
    add(acc.indicators.recall, hit !== undefined);
    add(acc.weights, hit !== undefined && hit.weight === ind.weight);
    add(acc.ruleKinds, hit !== undefined && (hit.rule?.kind ?? null) === (ind.rule?.kind ?? null));
    if (ind.ruleText && ind.ruleText.trim() !== "") add(acc.rules, parseRule(ind.ruleText).ok);
  }
  for (const column of found.keys()) add(acc.indicators.precision, wanted.has(column));
}

/** Accuracy over a set of cases; a pure function of the layouts. */
export function accuracy(cases: readonly AccuracyCase[]): Accuracy {
  const acc: Accuracy = {
    roles: {},
    items: { recall: ratio(), precision: ratio() },
    indicators: { recall: ratio(), precision: ratio() },
    weights: ratio(),
    rules: ratio(),
    ruleKinds: ratio(),
    kinds: ratio(),
  };
  for (const c of cases) {
    c.expected.forEach((expected, position) => {
      const got = c.got[expected.index ?? position];
      add(acc.kinds, got?.kind === expected.kind);
      const gotTables = (got && got.kind === expected.kind ? got.tables : undefined) ?? [];
      for (const [e, g] of pairTables(expected.tables ?? [], gotTables)) countTable(acc, e, g);
    });
  }
  return acc;
}

function recognised(grids: readonly Grid[]): SheetLayout[] {
  return recognize(grids).layout.sheets;
}

/** Reads every fixture and (unless left out) every real workbook that has an expected layout. */
export async function loadCases(options: { corpus?: boolean } = {}): Promise<AccuracyCase[]> {
  const cases: AccuracyCase[] = [];
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx"))) {
    const read = await readWorkbook(join(FIXTURES, f));
    const expected = JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.xlsx$/, ".expected.json")), "utf8"))
      .recognize as Layout;
    cases.push({
      set: "fixtures",
      file: f,
      got: read.ok ? recognised(read.grids) : [],
      expected: expected.sheets,
    });
  }
  if (options.corpus === false || !existsSync(CORPUS)) return cases;
  for (const f of readdirSync(CORPUS).filter((n) => /\.xlsx$/i.test(n))) {
    const path = join(CORPUS_EXPECTED, `${f.replace(/\.xlsx$/i, "")}.expected.json`);
    if (!existsSync(path)) continue;
    const expected = JSON.parse(readFileSync(path, "utf8")) as { recognize?: { sheets: ExpectedSheet[] } };
    if (!expected.recognize) continue;
    const read = await readWorkbook(join(CORPUS, f));
    cases.push({
      set: "corpus",
      file: f,
      got: read.ok ? recognised(read.grids) : [],
      expected: expected.recognize.sheets,
    });
  }
  return cases;
}

function percent(r: Ratio): string {
  if (r.total === 0) return "—";
  return `${((r.hits / r.total) * 100).toFixed(1)}% (${r.hits}/${r.total})`;
}

/** The accuracy table, one column per set of workbooks. */
export function formatAccuracy(sets: readonly { title: string; accuracy: Accuracy }[]): string {
  const roleNames = [...new Set(sets.flatMap((s) => Object.keys(s.accuracy.roles)))].sort();
  const rows: string[][] = [["", ...sets.map((s) => s.title)]];
  const line = (label: string, pick: (a: Accuracy) => Ratio | undefined): void => {
    rows.push([label, ...sets.map((s) => (pick(s.accuracy) ? percent(pick(s.accuracy) as Ratio) : "—"))]);
  };
  for (const role of roleNames) {
    line(`column ${role}: precision`, (a) => a.roles[role]?.precision);
    line(`column ${role}: recall`, (a) => a.roles[role]?.recall);
  }
  line("item / person rows found (recall)", (a) => a.items.recall);
  line("item / person rows found (precision)", (a) => a.items.precision);
  line("roster indicators found (recall)", (a) => a.indicators.recall);
  line("roster indicators found (precision)", (a) => a.indicators.precision);
  line("weights right", (a) => a.weights);
  line("rules understood (parseRule ok / with rule text)", (a) => a.rules);
  line("rule kinds as expected", (a) => a.ruleKinds);
  line("sheet kinds right", (a) => a.kinds);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r, j) => {
      const text = `| ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
      return j === 0 ? `${text}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|` : text;
    })
    .join("\n");
}

/** Computes and prints the table for the fixtures, the real corpus and both. */
export async function main(): Promise<void> {
  const cases = await loadCases();
  const fixtures = cases.filter((c) => c.set === "fixtures");
  const corpus = cases.filter((c) => c.set === "corpus");
  if (!existsSync(CORPUS)) {
    // Said, not reported as 0 real workbooks: a fresh clone has no ../shared beside it.
    console.log(`Layout recognition accuracy: ${fixtures.length} fixture workbooks`);
    console.log(`The real corpus (${CORPUS}) is not beside this clone: only the fixtures are measured.\n`);
    console.log(formatAccuracy([{ title: "fixtures", accuracy: accuracy(fixtures) }]));
    return;
  }
  console.log(
    `Layout recognition accuracy: ${fixtures.length} fixture workbooks, ${corpus.length} real workbooks\n`,
  );
  console.log(
    formatAccuracy([
      { title: "fixtures", accuracy: accuracy(fixtures) },
      { title: "real corpus", accuracy: accuracy(corpus) },
      { title: "all", accuracy: accuracy(cases) },
    ]),
  );
}
