import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { isDeepStrictEqual } from "util";
import { roundHalfAway } from "../../src/engine/precision";
import { readWorkbook } from "../../src/host/xlsx";
import type { Grid } from "../../src/layout/grid";
import type { Layout, SheetLayout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";
import { appraiseSheet } from "../../src/appraisal/appraise";
import { ScoreReport, sheetReport, type PersonScore, type SheetScore } from "../../src/appraisal/report";
import { withoutRuleKinds } from "../layout/compare";

/**
 * Every fixture workbook read with the xlsx adapter, recognised, scored, and compared with the
 * hand-worked `score` of its expected JSON. Where the recogniser's layout differs from the expected
 * one (rule kinds aside), the sheet is scored with the expected layout, so the scorer is tested on
 * its own; `LAYOUT_FALLBACKS` lists those sheets.
 */

const DIR = join(__dirname, "..", "fixtures");
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => f.replace(/\.xlsx$/, ""));

/** Sheets ("fixture/sheet") scored with the expected layout because the recogniser's differs. */
const LAYOUT_FALLBACKS: string[] = [];

type Aspect = "people" | "totals" | "items" | "grades" | "coefficients" | "sections";

type ExpectedItem = { row?: number; column?: string; score: number | null };
type ExpectedPerson = Omit<PersonScore, "items"> & { items: ExpectedItem[] };
type Expected = {
  recognize: Layout;
  score: { sheets: Array<{ name: string; people: ExpectedPerson[] }> };
};

interface Scored {
  expected: Expected;
  report: ScoreReport;
  fallbacks: string[];
}

function sheetsOf(name: string): string[] {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
  return expected.score.sheets.map((s) => s.name);
}

const cache = new Map<string, Promise<Scored>>();

function load(name: string): Promise<Scored> {
  let hit = cache.get(name);
  if (!hit) {
    hit = (async () => {
      const read = await readWorkbook(join(DIR, `${name}.xlsx`));
      if (!read.ok) throw new Error(`${name}: ${read.issue.code}`);
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
      const got = recognize(read.grids).layout;
      const fallbacks: string[] = [];
      const sheets = expected.score.sheets.map((want): SheetScore => {
        const grid = read.grids.find((g) => g.name === want.name) as Grid;
        const mine = got.sheets.find((s) => s.name === want.name);
        const theirs = expected.recognize.sheets.find((s) => s.name === want.name) as SheetLayout;
        const same =
          mine !== undefined && isDeepStrictEqual(withoutRuleKinds(mine), withoutRuleKinds(theirs));
        if (!same) fallbacks.push(`${name}/${want.name}`);
        return sheetReport(appraiseSheet(grid, same ? mine : theirs, { grids: read.grids }));
      });
      return { expected, report: ScoreReport.parse({ sheets }), fallbacks };
    })();
    cache.set(name, hit);
  }
  return hit;
}

const round2 = (n: number | null | undefined) => (typeof n === "number" ? roundHalfAway(n, 2) : n);

/** The expected and the scored people, paired: roster people by row, form people in order. */
function pairs(
  s: Scored,
  only: string,
): Array<{ sheet: string; want: ExpectedPerson; got: PersonScore | undefined }> {
  return s.expected.score.sheets
    .filter((sheet) => sheet.name === only)
    .flatMap((sheet) => {
      const mine = s.report.sheets.find((x) => x.name === sheet.name);
      return sheet.people.map((want, i) => ({
        sheet: sheet.name,
        want,
        got: want.row !== undefined ? mine?.people.find((p) => p.row === want.row) : mine?.people[i],
      }));
    });
}

const ASPECTS: Record<Aspect, (s: Scored, only: string) => void> = {
  people: (s, only) => {
    for (const sheet of s.expected.score.sheets.filter((x) => x.name === only)) {
      const mine = s.report.sheets.find((x) => x.name === sheet.name);
      expect({ sheet: sheet.name, people: mine?.people.map((p) => p.name) }).toEqual({
        sheet: sheet.name,
        people: sheet.people.map((p) => p.name),
      });
    }
  },
  totals: (s, only) => {
    for (const { sheet, want, got } of pairs(s, only))
      expect({ sheet, name: want.name, total: round2(got?.total) }).toEqual({
        sheet,
        name: want.name,
        total: round2(want.total),
      });
  },
  items: (s, only) => {
    for (const { sheet, want, got } of pairs(s, only)) {
      const mine = want.items.map((w) => {
        const g = got?.items.find((i) => (w.column !== undefined ? i.column === w.column : i.row === w.row));
        return {
          ...(w.column !== undefined ? { column: w.column } : { row: w.row }),
          score: round2(g?.score),
        };
      });
      const theirs = want.items.map((w) => ({
        ...(w.column !== undefined ? { column: w.column } : { row: w.row }),
        score: round2(w.score),
      }));
      expect({ sheet, name: want.name, items: mine }).toEqual({ sheet, name: want.name, items: theirs });
      if (want.items.every((w) => w.row !== undefined)) expect(got?.items.length).toBe(want.items.length);
    }
  },
  grades: (s, only) => {
    for (const { sheet, want, got } of pairs(s, only))
      expect({ sheet, name: want.name, grade: got?.grade }).toEqual({
        sheet,
        name: want.name,
        grade: want.grade,
      });
  },
  coefficients: (s, only) => {
    for (const { sheet, want, got } of pairs(s, only))
      expect({ sheet, name: want.name, coefficient: got?.coefficient }).toEqual({
        sheet,
        name: want.name,
        coefficient: want.coefficient,
      });
  },
  sections: (s, only) => {
    // A sheet that weights no sections reports none: checked too, not skipped.
    for (const { sheet, want, got } of pairs(s, only))
      expect({ sheet, sections: got?.sections ?? null }).toEqual({ sheet, sections: want.sections ?? null });
  },
};

describe("scoring the fixture workbooks", () => {
  it("pairs every fixture workbook with its hand-worked expectations, and each scores a sheet", () => {
    const expectations = readdirSync(DIR)
      .filter((f) => f.endsWith(".expected.json"))
      .map((f) => f.replace(/\.expected\.json$/, ""));
    expect([...FIXTURES].sort()).toEqual([...expectations].sort());
    expect(FIXTURES.filter((name) => sheetsOf(name).length === 0)).toEqual([]);
  });

  it("scores with the recogniser's layout except where listed", async () => {
    const fallbacks = (await Promise.all(FIXTURES.map(load))).flatMap((s) => s.fallbacks);
    expect(fallbacks).toEqual(LAYOUT_FALLBACKS);
  });

  describe.each(FIXTURES)("%s", (name) => {
    for (const sheet of sheetsOf(name))
      for (const aspect of Object.keys(ASPECTS) as Aspect[]) {
        it(`${sheet}: gives the hand-worked ${aspect}`, async () => ASPECTS[aspect](await load(name), sheet));
      }
  });
});
