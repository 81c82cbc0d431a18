import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/host/xlsx";
import type { Grid } from "../../src/layout/grid";
import type { SheetLayout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";
import { appraiseWorkbook } from "../../src/appraisal/appraise";
import { reportOf, type SheetScore } from "../../src/appraisal/report";
import split from "./split.json";

/**
 * The workbooks the recogniser is measured on, each with what was written by hand, in two parts
 * fixed by test/layout/split.json before any tuning: `tuning` (the fixtures, the real corpus, the
 * shape fixtures, the layouts from pages marked "tune" and the held-out fixtures of three batches,
 * held, held2, held3, held4, held5, held6 and held7, tuned on once made) and `measure` (test/fixtures/measure, built by
 * someone who does not change the recogniser; only aggregate figures are read from it).
 */

const FIXTURES = join(__dirname, "..", "fixtures");
export const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "real");
const CORPUS_EXPECTED = join(__dirname, "..", "corpus-real");

export type Part = "tuning" | "measure";
export type Source =
  | "fixtures"
  | "corpus"
  | "shapes"
  | "pages"
  | "held"
  | "held2"
  | "held3"
  | "held4"
  | "held5"
  | "held6"
  | "held7"
  | "measure";

/** A person as an HR reader scores them; `total: null` where they would ask instead. */
export interface ExpectedPerson {
  name: string;
  total: number | null;
  grade?: string | null;
  coefficient?: number | null;
  row?: number;
}

/** A table as written by hand: the layout's keys (all of them for the fixtures and the corpus, the
 * measure format's subset elsewhere); `doubt` may be given as its issue code. */
export type ExpectedTable = Record<string, unknown> & {
  headerRow: number;
  columns: Record<string, string>;
};

export interface ExpectedSheet {
  name?: string;
  /** 0-based worksheet order, where the sheet is not found by name. */
  index?: number;
  kind: SheetLayout["kind"];
  tables?: ExpectedTable[];
  header?: Record<string, string>;
  people?: ExpectedPerson[];
  [key: string]: unknown;
}

export interface Case {
  part: Part;
  source: Source;
  file: string;
  /** The recognised sheets, in worksheet order. */
  got: SheetLayout[];
  /** What the scorer reports for each recognised sheet (none for sheets recognised as `none`). */
  scored: SheetScore[];
  expected: ExpectedSheet[];
}

const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

async function recognised(path: string): Promise<Pick<Case, "got" | "scored">> {
  const read = await readWorkbook(path);
  if (!read.ok) return { got: [], scored: [] };
  const grids: Grid[] = read.grids;
  const { layout } = recognize(grids);
  return { got: layout.sheets, scored: reportOf(appraiseWorkbook(grids, layout)).sheets };
}

const xlsx = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /\.xlsx$/i.test(f)) : [];

/** The top-level fixtures: `recognize` (the whole layout) and `score` (people by sheet name). */
async function fixtureCases(): Promise<Case[]> {
  const cases: Case[] = [];
  for (const f of xlsx(FIXTURES)) {
    const expected = json(join(FIXTURES, f.replace(/\.xlsx$/, ".expected.json"))) as {
      recognize: { sheets: ExpectedSheet[] };
      score?: { sheets: { name: string; people: ExpectedPerson[] }[] };
    };
    const sheets = expected.recognize.sheets.map((sheet) => {
      const people = expected.score?.sheets.find((s) => s.name === sheet.name)?.people;
      return people ? { ...sheet, people } : sheet;
    });
    cases.push({
      part: "tuning",
      source: "fixtures",
      file: f,
      expected: sheets,
      ...(await recognised(join(FIXTURES, f))),
    });
  }
  return cases;
}

/** The real workbooks, read in place (they hold real names and are never copied). */
async function corpusCases(): Promise<Case[]> {
  const cases: Case[] = [];
  for (const f of xlsx(CORPUS)) {
    const path = join(CORPUS_EXPECTED, `${f.replace(/\.xlsx$/i, "")}.expected.json`);
    if (!existsSync(path)) continue;
    const expected = json(path) as { recognize?: { sheets: ExpectedSheet[] } };
    if (!expected.recognize) continue;
    cases.push({
      part: "tuning",
      source: "corpus",
      file: f,
      expected: expected.recognize.sheets,
      ...(await recognised(join(CORPUS, f))),
    });
  }
  return cases;
}

/** Workbooks with an expected JSON in the measure format (`{source, sheets, notes}`). */
async function folderCases(
  folder: "shapes" | "pages" | "held" | "held2" | "held3" | "held4" | "held5" | "held6" | "held7" | "measure",
  part: Part,
): Promise<Case[]> {
  const dir = join(FIXTURES, folder);
  const cases: Case[] = [];
  for (const f of xlsx(dir)) {
    const expected = json(join(dir, f.replace(/\.xlsx$/i, ".expected.json"))) as { sheets: ExpectedSheet[] };
    cases.push({
      part,
      source: folder,
      file: f,
      expected: expected.sheets,
      ...(await recognised(join(dir, f))),
    });
  }
  return cases;
}

/** The page layouts of the tuning part, as split.json assigns them (the others are never read here). */
function tuneLayout(file: string): boolean {
  const id = `kpi2-${file.replace(/\.xlsx$/i, "")}`;
  return (split.layoutsFromPages as Record<string, string>)[id] === "tune";
}

/** Every case of one part, or both, or of the sources named. The real corpus is left out where
 * ../shared is absent. */
export async function loadCases(
  options: { parts?: readonly Part[]; corpus?: boolean; sources?: readonly Source[] } = {},
): Promise<Case[]> {
  const parts = options.parts ?? ["tuning", "measure"];
  const wanted = (source: Source): boolean =>
    options.sources === undefined || options.sources.includes(source);
  const cases: Case[] = [];
  if (parts.includes("tuning")) {
    if (wanted("fixtures")) cases.push(...(await fixtureCases()));
    if (options.corpus !== false && wanted("corpus")) cases.push(...(await corpusCases()));
    if (wanted("shapes")) cases.push(...(await folderCases("shapes", "tuning")));
    if (wanted("pages"))
      cases.push(...(await folderCases("pages", "tuning")).filter((c) => tuneLayout(c.file)));
    for (const held of ["held", "held2", "held3", "held4", "held5", "held6", "held7"] as const)
      if (wanted(held)) cases.push(...(await folderCases(held, "tuning")));
  }
  if (parts.includes("measure") && wanted("measure"))
    cases.push(...(await folderCases("measure", "measure")));
  return cases;
}

/** Whether the measure-only folder holds any workbook yet. */
export function hasMeasureFixtures(): boolean {
  return xlsx(join(FIXTURES, "measure")).length > 0;
}
