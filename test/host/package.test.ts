import JSZip from "jszip";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { applyPatch, loadWorkbook, refusals, workbookBytes, type WorkbookOpen } from "../../src/host/xlsx";
import { argb } from "../../src/host/gradeFills";
import { listFormula } from "../../src/host/sheetPatch";
import { planScoreAndValidation, planUndo } from "../../src/plan/operations";
import type { PatchMode, WorkbookPatch } from "../../src/plan/patch";
import {
  differingParts,
  edited,
  macroWorkbook,
  openpyxlWorkbook,
  partsOf,
  prefixedWorkbook,
  richWorkbook,
} from "../support/package";
import { describeWith, REAL_CORPUS } from "../support/shared";

/**
 * Scoring writes a copy that changes only what the add-in writes, on every fixture, every real
 * workbook and workbooks made with what HR files carry (a chart, a comment, custom XML, custom
 * properties, page setup, a frozen pane, macros) or laid out as other programs write them: every
 * other part keeps its bytes, scoring the copy again changes nothing, and undo gives back every
 * part byte for byte. The patch's own edge cases follow.
 */

const FIXTURES = join(__dirname, "..", "fixtures");
const MODES: PatchMode[] = ["values", "portable", "functions"];

type Opened = Extract<WorkbookOpen, { ok: true }>;

async function open(bytes: Uint8Array, file = "考核表.xlsx"): Promise<Opened> {
  const read = await loadWorkbook(bytes, file);
  if (!read.ok) throw new Error(`${file}: ${read.issue.code}`);
  return read;
}

/** Writes a patch the user accepted, as `kpi score` does, and gives the copy's bytes. */
async function written(read: Opened, patch: WorkbookPatch): Promise<Uint8Array> {
  await applyPatch(read.workbook, patch);
  return workbookBytes(read.workbook);
}

/** The parts a scoring may write: the sheets it writes into, the styles (grade fills), the
 * workbook (calculate on opening), the calculation chain, what names the parts it adds, and its
 * own parts (the record, the web-extension parts naming the add-in). */
function writable(name: string, sheets: ReadonlySet<string>): boolean {
  return (
    sheets.has(name) ||
    /^xl\/(styles|workbook|calcChain)\.xml$/.test(name) ||
    name === "[Content_Types].xml" ||
    /(^|\/)_rels\/(\.rels|workbook\.xml\.rels)$/.test(name) ||
    /^customXml\/(_rels\/)?item(Props)?\d+\.xml(\.rels)?$/.test(name) ||
    name.startsWith("xl/webextensions/")
  );
}

/** The sheet parts a patch writes cells into, validations on or formats to. */
async function touchedSheets(bytes: Uint8Array, patch: WorkbookPatch): Promise<Set<string>> {
  const names = new Set([...patch.writes, ...patch.validations, ...patch.formats].map((w) => w.sheet));
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file(/xl\/workbook\.xml$/i)[0]?.async("string")) ?? "";
  const rels = (await zip.file(/xl\/_rels\/workbook\.xml\.rels$/i)[0]?.async("string")) ?? "";
  const out = new Set<string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)) {
    if (!names.has(m[1] as string)) continue;
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(
      rels,
    );
    const path = (target?.[1] ?? target?.[2] ?? "").replace(/^\/?(xl\/)?/, "xl/");
    out.add(path);
  }
  return out;
}

/** Score (with validation), score the copy again, undo: what each step leaves of the input. */
async function roundTrip(input: Uint8Array, mode: PatchMode, file?: string) {
  const first = await open(input, file);
  const scored = planScoreAndValidation(first.snapshot, mode, "zh-CN");
  const patch = { ...scored.patch, conflicts: [] };
  expect(patch.blocks).toEqual([]);
  const copy = await written(first, patch);
  const sheets = await touchedSheets(input, patch);
  const changed = await differingParts(input, copy);

  const second = await open(copy, file);
  const again = planScoreAndValidation(second.snapshot, mode, "zh-CN");
  const twice = await written(second, { ...again.patch, conflicts: [] });

  const third = await open(twice, file);
  const undo = planUndo(third.snapshot);
  expect(undo.conflicts).toEqual([]);
  const undone = await written(third, undo);
  return {
    changed,
    sheets,
    again: await differingParts(copy, twice),
    undone: await differingParts(input, undone),
  };
}

const fixtureFiles = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

describe("every part the add-in does not write keeps its bytes, and undo gives back every part", () => {
  const cases = fixtureFiles.flatMap((file) => MODES.map((mode) => [file, mode] as const));
  it.each(cases)("%s (%s)", async (file, mode) => {
    const { changed, sheets, again, undone } = await roundTrip(fixture(file), mode, file);
    expect(changed.filter((name) => !writable(name, sheets))).toEqual([]);
    expect(again).toEqual([]);
    expect(undone).toEqual([]);
  });
});

describeWith(REAL_CORPUS, "the same on the real workbooks", () => {
  const files = readdirSync(REAL_CORPUS).filter((f) => f.endsWith(".xlsx"));
  it.each(files)("%s", async (file) => {
    for (const mode of ["portable", "functions"] as const) {
      const { changed, sheets, again, undone } = await roundTrip(
        new Uint8Array(readFileSync(join(REAL_CORPUS, file))),
        mode,
        file,
      );
      expect({ mode, kept: changed.filter((name) => !writable(name, sheets)) }).toEqual({ mode, kept: [] });
      expect({ mode, again }).toEqual({ mode, again: [] });
      expect({ mode, undone }).toEqual({ mode, undone: [] });
    }
  });
});

describe("workbooks carrying what HR files carry, and laid out as other programs write them", () => {
  const base = fixture("live-ops-manager.xlsx");
  const variants: Array<[string, () => Promise<Uint8Array>, string]> = [
    [
      "a chart, a comment, custom XML and properties, page setup, a print area, a frozen pane",
      () => richWorkbook(base),
      "考核表.xlsx",
    ],
    ["macros (.xlsm)", () => macroWorkbook(base), "考核表.xlsm"],
    [
      "absolute relationship targets and an unprefixed drawing (openpyxl)",
      () => openpyxlWorkbook(base),
      "考核表.xlsx",
    ],
    ["SpreadsheetML under an x: prefix", () => prefixedWorkbook(base), "考核表.xlsx"],
  ];

  it.each(variants)("%s: read as the plain form is", async (_, make, file) => {
    const [plain, variant] = await Promise.all([open(base), open(await make(), file)]);
    expect(variant.snapshot.grids).toEqual(plain.snapshot.grids);
  });

  it.each(variants)("%s: scored and undone, every other part kept", async (_, make, file) => {
    const input = await make();
    for (const mode of MODES) {
      const { changed, sheets, again, undone } = await roundTrip(input, mode, file);
      expect({ mode, kept: changed.filter((name) => !writable(name, sheets)) }).toEqual({ mode, kept: [] });
      expect({ mode, again }).toEqual({ mode, again: [] });
      expect({ mode, undone }).toEqual({ mode, undone: [] });
    }
  });

  it("keeps, in the sheet written, its pane, page setup, drawing and comment references", async () => {
    const input = await richWorkbook(base);
    const read = await open(input);
    const scored = planScoreAndValidation(read.snapshot, "portable", "zh-CN");
    const sheet = new TextDecoder().decode(
      (await partsOf(await written(read, scored.patch))).get("xl/worksheets/sheet1.xml"),
    );
    for (const kept of [
      '<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>',
      '<pageSetup paperSize="9" orientation="landscape" r:id="rIdPs"/>',
      '<drawing r:id="rIdDr"/><legacyDrawing r:id="rIdVml"/>',
    ])
      expect(sheet).toContain(kept);
  });

  it("knows a macro-enabled workbook by its content type", async () => {
    expect((await open(await macroWorkbook(base), "考核表.xlsm")).extension).toBe(".xlsm");
    expect((await open(base)).extension).toBe(".xlsx");
  });
});

/** live-ops-manager with cells of column I (empty in the form) given content: each goes after its
 * row's H cell. */
async function withColumnI(cells: Record<number, string>): Promise<Uint8Array> {
  return edited(fixture("live-ops-manager.xlsx"), (parts) => {
    let sheet = parts.get("xl/worksheets/sheet1.xml") as string;
    for (const [row, xml] of Object.entries(cells)) {
      const next = sheet.replace(new RegExp(`(<c r="H${row}"[^>]*?(?:/>|>[\\s\\S]*?</c>))`), `$1${xml}`);
      if (next === sheet) throw new Error(`no H${row}`);
      sheet = next;
    }
    parts.set("xl/worksheets/sheet1.xml", sheet);
  });
}

describe("what undo puts back exactly", () => {
  it("formula cells with their cached values, and a single-cell dynamic array, overwritten by scoring", async () => {
    // The template filled the score column itself: I5 a formula with its value, I6 a
    // single-cell dynamic-array formula (with its metadata), I12 a total.
    const input = await withColumnI({
      5: '<c r="I5" s="2"><f>IF(H5&gt;=1,30,25)</f><v>25</v></c>',
      6: '<c r="I6" cm="1"><f t="array" ref="I6">_xlfn.SINGLE(H6*50)</f><v>9</v></c>',
      12: '<c r="I12"><f>SUM(I5:I11)</f><v>71</v></c>',
    });
    for (const mode of MODES) {
      const read = await open(input);
      const scored = planScoreAndValidation(read.snapshot, mode, "zh-CN");
      expect(scored.patch.conflicts.map((c) => c.cell).sort()).toEqual(["I12", "I5", "I6"]);
      const copy = await written(read, { ...scored.patch, conflicts: [] });
      const again = await open(copy);
      const undone = await written(again, planUndo(again.snapshot));
      expect({ mode, parts: await differingParts(input, undone) }).toEqual({ mode, parts: [] });
    }
  });

  it("the template's shared formula whose first cell the add-in writes: its other cells keep theirs", async () => {
    // I12 (the total, written by the add-in) heads a shared formula the template filled down to I13.
    const input = await withColumnI({
      12: '<c r="I12"><f t="shared" ref="I12:I13" si="0">SUM(I5:I11)</f><v>71</v></c>',
      13: '<c r="I13"><f t="shared" si="0"/><v>0</v></c>',
    });
    const read = await open(input);
    expect(read.snapshot.grids[0]?.formulas["12,8"]).toBe("SUM(I6:I12)");
    const scored = planScoreAndValidation(read.snapshot, "values", "zh-CN");
    const writes = {
      ...scored.patch,
      writes: scored.patch.writes.filter((w) => w.cell !== "I13"),
      conflicts: [],
    };
    const copy = await open(await written(read, writes));
    expect(copy.snapshot.grids[0]?.formulas["12,8"]).toBe("SUM(I6:I12)");
    expect(copy.snapshot.grids[0]?.values[11]?.[8]).toBe(73);
  });
});

describe("what the add-in refuses to write", () => {
  it("a cell inside an array formula over several cells, before anything is written", async () => {
    const input = await withColumnI({
      13: '<c r="I13" t="str"><f t="array" ref="I13:I14">{"A";0.8}</f><v>A</v></c>',
    });
    const read = await open(input);
    const { patch } = planScoreAndValidation(read.snapshot, "values", "zh-CN");
    expect(refusals(read.workbook, patch)).toContainEqual({
      code: "patch.arrayFormula",
      params: { sheet: "直播运营经理", cell: "I14", range: "I13:I14" },
      sheet: "直播运营经理",
      cell: "I14",
    });
  });
});

describe("what the workbook reads as syntax is escaped where the add-in writes it", () => {
  it("a dropdown's items: quotes doubled, an item's comma written full-width, too long a list refused", () => {
    expect(listFormula(["优秀", '甲"乙', "达标,良好"])).toBe('"优秀,甲""乙,达标，良好"');
    expect(listFormula(Array.from({ length: 60 }, (_, i) => `等级${i}`))).toBeNull();
  });

  it("colours as 8 hex digits, alpha first", () => {
    expect(argb("#C6EFCE")).toBe("FFC6EFCE");
    expect(() => argb("FF#C6EFCE")).toThrow();
  });

  it("texts that read as escapes, and characters XML cannot hold", async () => {
    const read = await open(fixture("live-ops-manager.xlsx"));
    const patch = planScoreAndValidation(read.snapshot, "values", "zh-CN").patch;
    const text = "A_x0041_\u0001<&>";
    const copy = await open(
      await written(read, {
        ...patch,
        writes: [{ sheet: "直播运营经理", cell: "J20", role: "score", before: { value: null }, value: text }],
        validations: [],
        formats: [],
      }),
    );
    expect(copy.snapshot.grids[0]?.values[19]?.[9]).toBe(text);
  });

  it("grade fills and their colours in the styles part", async () => {
    const read = await open(fixture("live-ops-manager.xlsx"));
    const scored = planScoreAndValidation(read.snapshot, "values", "zh-CN");
    const styles = new TextDecoder().decode(
      (await partsOf(await written(read, scored.patch))).get("xl/styles.xml"),
    );
    const colours = [...styles.matchAll(/rgb="([^"]*)"/g)].map((m) => m[1]);
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(colour).toMatch(/^[0-9A-F]{8}$/);
  });
});

describe("functions mode as Excel stores it", () => {
  it("stores KPI calls as _xldudf_KPI_…, with the engine's values, and names the add-in", async () => {
    const read = await open(fixture("live-ops-manager.xlsx"));
    const scored = planScoreAndValidation(read.snapshot, "functions", "zh-CN");
    const parts = await partsOf(await written(read, scored.patch));
    const part = (name: string) => new TextDecoder().decode(parts.get(name));
    const sheet = part("xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<c r="I5"><f>_xldudf_KPI_SCORE\(H5,\$G5,\$E5,1\)<\/f><v>25<\/v><\/c>/);
    expect(sheet).not.toMatch(/[^_]KPI\./);
    expect(part("xl/webextensions/webextension1.xml")).toContain(
      '<we:reference id="b33175ee-94b4-4150-853c-a498c33ffbee" version="1.0.0.0"',
    );
    expect(part("xl/webextensions/taskpanes.xml")).toContain(
      '<wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdKpi1"/>',
    );
    expect(part("_rels/.rels")).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"',
    );
    expect(part("[Content_Types].xml")).toContain(
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>',
    );
    // Calculating on opening would show #NAME? wherever the add-in is not loaded.
    expect(part("xl/workbook.xml")).not.toContain("fullCalcOnLoad");
  });

  it("reads them back as KPI.SCORE(…), so scoring again finds its own formulas", async () => {
    const read = await open(fixture("live-ops-manager.xlsx"));
    const scored = planScoreAndValidation(read.snapshot, "functions", "zh-CN");
    const copy = await open(await written(read, scored.patch));
    expect(copy.snapshot.grids[0]?.formulas["4,8"]).toBe("KPI.SCORE(H5,$G5,$E5,1)");
    expect(planScoreAndValidation(copy.snapshot, "functions", "zh-CN").patch.conflicts).toEqual([]);
  });
});
