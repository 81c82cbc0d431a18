import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runScore } from "../../src/cli/score";
import { openWorkbook } from "../../src/host/xlsx";
import type { Layout } from "../../src/layout/layout";
import { appraiseSnapshot } from "../../src/plan/operations";
import type { CellWrite, WorkbookPatch, WriteRole } from "../../src/plan/patch";
import type { ScoreReport } from "../../src/appraisal/report";
import { macroWorkbook, openpyxlWorkbook, prefixedWorkbook, richWorkbook } from "../support/package";
import { recalcFiles, type Result } from "./recalc";
import { writeScoredRoster } from "./roster";
import { cellFigures, type Figure } from "../support/figures";

/**
 * Every fixture scored by `kpi score` in portable mode (the default), then opened in LibreOffice
 * without the add-in: each score, subtotal, total, grade, coefficient and pay cell the add-in wrote shows
 * what the add-in reported. The cells expected are read off the report and the recognised layout,
 * not off the patch, so a formula in the wrong cell fails as surely as a wrong formula. A generated
 * roster joins the fixtures: the roster fixture's response times are typed as text (`50秒`), which
 * native formulas cannot read, so its totals are written as numbers and only the generated one has
 * roster formulas for LibreOffice to compute. Functions mode is not checked here: LibreOffice has
 * no KPI.* functions and shows #NAME? for them.
 */

const DIR = join(__dirname, "..", "fixtures");
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => f.replace(/\.xlsx$/, ""));

/** The roles of the cells compared; a patch writing any other role fails the check until it is
 * added here with the report's figure for it. */
const COMPARED: ReadonlySet<WriteRole> = new Set([
  "score",
  "subtotal",
  "total",
  "grade",
  "coefficient",
  "pay",
]);

/** Float noise only. The report's totals are rounded to 2 decimals as the ROUND(…,2) of the
 * formulas, and item scores are not rounded on either side, so the numbers match as they are. */
const TOLERANCE = 1e-9;

/** The sheets each fixture's hand-worked expectations score, for the tests' names. */
const SHEETS = FIXTURES.flatMap((name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as {
    score: { sheets: Array<{ name: string }> };
  };
  return expected.score.sheets.map((sheet) => ({ name, file: `${name}.xlsx`, sheet: sheet.name }));
});

/** The generated roster: enough people for every band and grade, few enough to stay quick. */
const ROSTER = { name: "roster-200", people: 200 };

/** live-ops-manager as other programs write it and with what HR files carry (test/support/package.ts),
 * scored in portable mode, and once in functions mode (LibreOffice has no KPI functions: it opens
 * that copy, and shows #NAME? in the add-in's cells). */
const BASE = readFileSync(join(DIR, "live-ops-manager.xlsx"));
const CRAFTED: Array<{ name: string; extension: string; make: () => Promise<Uint8Array> }> = [
  { name: "with-chart-comment-macros", extension: ".xlsm", make: () => macroWorkbook(BASE) },
  { name: "with-chart-comment", extension: ".xlsx", make: () => richWorkbook(BASE) },
  { name: "openpyxl-layout", extension: ".xlsx", make: () => openpyxlWorkbook(BASE) },
  { name: "prefixed-namespace", extension: ".xlsx", make: () => prefixedWorkbook(BASE) },
];

/** The report's figure for every cell the layout gives it, by sheet and address. */
function figures(layout: Layout, report: ScoreReport): Map<string, Map<string, Figure>> {
  const out = new Map<string, Map<string, Figure>>();
  for (const sheet of report.sheets) {
    const own = layout.sheets.find((s) => s.name === sheet.name);
    out.set(sheet.name, own ? cellFigures(own, sheet.people) : new Map());
  }
  return out;
}

/** What LibreOffice left in a cell: a formula's recalculated result, or the value written. */
function readBack(cell: ExcelJS.Cell): Result {
  // `cell.result`: ExcelJS's `cell.value.result` drops a result of 0.
  if (cell.formula) return (cell.result ?? null) as Result;
  return (cell.value ?? null) as Result;
}

/** Why a cell's figure and LibreOffice's disagree, or null when they agree. */
function disagreement(want: Figure | undefined, got: Result): string | null {
  if (want === undefined) return "the report gives no figure for this cell";
  // No score from the engine: the formula must not show a number either (#N/A until it is filled).
  if (want === null) return got !== null && typeof got === "object" ? null : "the engine gave no score";
  if (typeof want === "string") return got === want ? null : `grade ${want}`;
  if (typeof got !== "number") return `${want}`;
  return Math.abs(got - want) <= TOLERANCE ? null : `${want}`;
}

interface Scored {
  name: string;
  patch: WorkbookPatch;
  figures: Map<string, Map<string, Figure>>;
  recalculated: ExcelJS.Workbook;
}

interface Mismatch {
  cell: string;
  role: WriteRole;
  written: string;
  addIn: string;
  libreOffice: string;
}

const scored = new Map<string, Scored>();
const scratch = mkdtempSync(join(tmpdir(), "kpi-libreoffice-"));

beforeAll(async () => {
  const written = join(scratch, "scored");
  const recalculated = join(scratch, "recalculated");
  mkdirSync(written);
  mkdirSync(recalculated);
  const crafted = await Promise.all(
    CRAFTED.map(async ({ name, extension, make }) => {
      const file = join(scratch, `${name}${extension}`);
      writeFileSync(file, await make());
      return { name, file, extension };
    }),
  );
  const inputs = [
    ...FIXTURES.map((name) => ({ name, file: join(DIR, `${name}.xlsx`), extension: ".xlsx" })),
    {
      name: ROSTER.name,
      file: await writeScoredRoster(join(scratch, "roster.xlsx"), ROSTER.people),
      extension: ".xlsx",
    },
    ...crafted,
  ];
  const functions = join(written, "functions-mode.xlsx");
  await runScore({
    file: join(DIR, "live-ops-manager.xlsx"),
    output: functions,
    mode: "functions",
    overwrite: false,
  });
  const runs = await Promise.all(
    inputs.map(async ({ name, file, extension }) => {
      const output = join(written, `${name}${extension}`);
      const { report, patch } = await runScore({ file, output, mode: "portable", overwrite: false });
      // runScore keeps its layout to itself; the input's, recognised again, is the same one.
      const read = await openWorkbook(file);
      if (!read.ok) throw new Error(`${name}: ${read.issue.code}`);
      return { name, output, patch, figures: figures(appraiseSnapshot(read.snapshot).layout, report) };
    }),
  );
  // One LibreOffice start-up for every file: starting it is most of the time.
  const outputs = recalcFiles([...runs.map((r) => r.output), functions], recalculated);
  await Promise.all(
    runs.map(async (run, i) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(outputs[i] as string);
      scored.set(run.name, { ...run, recalculated: workbook });
    }),
  );
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function mismatchesOn(s: Scored, sheetName: string): { compared: CellWrite[]; mismatches: Mismatch[] } {
  const sheet = s.recalculated.getWorksheet(sheetName);
  if (!sheet) throw new Error(`${s.name}: LibreOffice's copy has no sheet ${sheetName}`);
  const compared = s.patch.writes.filter((w) => w.sheet === sheetName);
  const wants = s.figures.get(sheetName) ?? new Map<string, Figure>();
  const mismatches: Mismatch[] = [];
  for (const write of compared) {
    const got = readBack(sheet.getCell(write.cell));
    const why = COMPARED.has(write.role)
      ? disagreement(wants.get(write.cell), got)
      : `a ${write.role} cell, not compared`;
    if (why !== null)
      mismatches.push({
        cell: write.cell,
        role: write.role,
        written: "formula" in write ? write.formula : String(write.value),
        addIn: why,
        libreOffice: JSON.stringify(got),
      });
  }
  return { compared, mismatches };
}

describe("a workbook scored with portable formulas, opened in LibreOffice without the add-in", () => {
  it.each(SHEETS)(
    "LibreOffice computes the same item scores, total and grade as the add-in for the “$sheet” sheet ($file)",
    ({ name, sheet }) => {
      const { compared, mismatches } = mismatchesOn(scored.get(name) as Scored, sheet);
      expect(mismatches).toEqual([]);
      // A sheet the add-in scored has at least its total or its item scores written.
      expect(compared.length).toBeGreaterThan(0);
    },
  );

  it(`LibreOffice computes the same total, grade, coefficient and pay as the add-in for every person of a ${ROSTER.people}-person team roster`, () => {
    const roster = scored.get(ROSTER.name) as Scored;
    const { compared, mismatches } = mismatchesOn(roster, "6月绩效汇总");
    expect(mismatches).toEqual([]);
    expect(compared.length).toBe(4 * ROSTER.people);
    // Every person typed numbers but the few who typed a rate as text: theirs are numbers.
    const formulas = compared.filter((w) => "formula" in w).length;
    expect(formulas).toBeGreaterThan(3.8 * ROSTER.people);
  });

  it.each(CRAFTED)(
    "LibreOffice opens the copy of a workbook $name and computes the same scores",
    ({ name }) => {
      const { compared, mismatches } = mismatchesOn(scored.get(name) as Scored, "直播运营经理");
      expect(mismatches).toEqual([]);
      expect(compared.length).toBeGreaterThan(0);
    },
  );

  it("checks every cell the add-in wrote, in every workbook", () => {
    const listed = new Set([
      ...SHEETS.map((s) => `${s.name}/${s.sheet}`),
      `${ROSTER.name}/6月绩效汇总`,
      ...CRAFTED.map((c) => `${c.name}/直播运营经理`),
    ]);
    const unlisted = [...scored.values()].flatMap((s) =>
      s.patch.writes
        .filter((w) => !listed.has(`${s.name}/${w.sheet}`))
        .map((w) => `${s.name}/${w.sheet}!${w.cell}`),
    );
    expect(unlisted).toEqual([]);
    expect(scored.size).toBe(FIXTURES.length + 1 + CRAFTED.length);
  });

  it("writes live native formulas, none of the add-in's own functions LibreOffice could not compute", () => {
    const formulas = [...scored.values()].flatMap((s) =>
      s.patch.writes.flatMap((w) =>
        "formula" in w ? [{ workbook: s.name, cell: w.cell, formula: w.formula }] : [],
      ),
    );
    expect(formulas.filter((f) => /KPI\./i.test(f.formula))).toEqual([]);
    // Most cells are formulas (a text actual such as 3.5万 gets a number instead): the checks above
    // compared what LibreOffice computed, not numbers written and read back.
    const writes = [...scored.values()].reduce((n, s) => n + s.patch.writes.length, 0);
    expect(formulas.length).toBeGreaterThan(writes / 2);
  });
});
