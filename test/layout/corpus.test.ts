import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/host/xlsx";
import { describeWith } from "../support/shared";
import { SheetLayout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";
import { comparable, expectedComparable, withoutRuleKinds, type ExpectedSheet } from "./compare";

// The real workbooks are read in place: they hold real names and are never copied into the repo.
const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "real");
const EXPECTED = join(__dirname, "..", "corpus-real");

interface Expected {
  file: string;
  recognize?: { sheets: ExpectedSheet[] };
  error?: string;
}

/** Table sheets the recogniser does not read as written yet (known gaps), by file: the sheets
 * of kind `none` all pass; these are the forms and rosters whose real layouts go beyond it. */
const GAP_FILES: Record<string, string> = {};

/** Files whose layout is read as written but whose hand-labelled rule kinds the engine's parser
 * does not give (engine gaps, reported): their form sheets' full comparison runs as expected
 * failures, beside a passing comparison of everything else. */
const RULE_KIND_GAPS: Record<string, string> = {};

const gapOf = (c: { file: string; sheet?: ExpectedSheet }): string | undefined =>
  c.sheet && c.sheet.kind !== "none" ? GAP_FILES[c.file] : undefined;
const ruleGapOf = (c: { file: string; sheet?: ExpectedSheet }): string | undefined =>
  c.sheet && c.sheet.kind === "form" ? RULE_KIND_GAPS[c.file] : undefined;

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.xlsx?$/i.test(f)) : [];

interface Case {
  file: string;
  label: string;
  expected: Expected;
  sheet?: ExpectedSheet & { index: number };
}

describeWith(CORPUS, "recognising the real corpus", () => {
  const cases = files.flatMap((file): Case[] => {
    const expected = JSON.parse(
      readFileSync(join(EXPECTED, `${file.replace(/\.xlsx?$/i, "")}.expected.json`), "utf8"),
    ) as Expected;
    if (expected.error)
      return [{ file, label: `${file}: refused (${expected.error})`, expected, sheet: undefined }];
    return (expected.recognize?.sheets ?? []).map((sheet, i) => ({
      file,
      label: `${file} sheet ${sheet.index ?? i} (${sheet.kind})`,
      expected,
      sheet: { ...sheet, index: sheet.index ?? i },
    }));
  });

  // Everything apart from the engine's rule kinds; a known layout gap runs as an expected failure,
  // so a fix shows up at once.
  const layoutCases = cases.filter((c) => !gapOf(c) && ruleGapOf(c));
  if (layoutCases.length > 0)
    it.each(layoutCases.map((c): [string, Case] => [`${c.label}, apart from rule kinds`, c]))(
      "%s",
      async (_label, c) => {
        await check(c, false);
      },
    );
  it.each(cases.filter((c) => !gapOf(c) && !ruleGapOf(c)).map((c): [string, Case] => [c.label, c]))(
    "%s",
    async (_label, c) => {
      await check(c, true);
    },
  );
  const gaps = cases.filter((c) => gapOf(c) || ruleGapOf(c));
  if (gaps.length > 0)
    it.failing.each(
      gaps.map((c): [string, Case] => [
        `${c.label}: ${gapOf(c) ?? `engine gap: ${ruleGapOf(c) as string}`}`,
        c,
      ]),
    )("%s", async (_label, c) => {
      await check(c, true);
    });
});

// Each workbook is read and recognised once for all its sheets.
const recognised = new Map<
  string,
  Promise<{ read: Awaited<ReturnType<typeof readWorkbook>>; sheets: SheetLayout[] }>
>();
function recogniseFile(file: string) {
  let hit = recognised.get(file);
  if (!hit) {
    hit = readWorkbook(join(CORPUS, file)).then((read) => ({
      read,
      sheets: read.ok ? recognize(read.grids).layout.sheets : [],
    }));
    recognised.set(file, hit);
  }
  return hit;
}

async function check(c: Case, ruleKinds: boolean): Promise<void> {
  const { read, sheets } = await recogniseFile(c.file);
  if (!c.sheet) {
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issue.code).toBe("file.legacyXls");
    return;
  }
  if (!read.ok) throw new Error(`${c.file}: ${read.issue.code}`);
  const got: SheetLayout | undefined = sheets[c.sheet.index];
  // every key the recogniser writes is in the schema
  if (got) expect(SheetLayout.parse(got)).toEqual(got);
  const shape = (x: unknown) => (ruleKinds ? x : withoutRuleKinds(x));
  expect(shape(comparable(got, c.sheet))).toEqual(shape(expectedComparable(c.sheet)));
}
