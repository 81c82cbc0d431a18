import * as ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { fromStored } from "../../src/host/formulaText";
import { applyPatch as applyToFile, loadWorkbook, readWorkbook, workbookBytes } from "../../src/host/xlsx";
import {
  applyPatch,
  activeSheetName,
  selectedRange,
  splitAddress,
  PatchRefusedError,
  readSnapshot,
  selectCell,
} from "../../src/host/office";
import { requestBytes, validationOf, webRefusals } from "../../src/host/officeWrites";
import { message } from "../../src/i18n";
import type { Grid } from "../../src/layout/grid";
import { planInputValidation, planScore, planUndo, type WorkbookSnapshot } from "../../src/plan/operations";
import type { PatchMode, PatchWarning, WorkbookPatch } from "../../src/plan/patch";
import { boxOf, overlaps } from "../../src/layout/a1";
import { RECORD_NAMESPACE, recordFromXml } from "../../src/plan/record";
import { FakeContext, type FakeOptions } from "../support/fakeExcel";
import { rosterBook } from "./rosterBook";

/**
 * The Office.js adapter against a recording fake of Excel holding each fixture workbook: what it
 * reads equals what the xlsx adapter reads from the same file, what it writes equals what `kpi
 * score` writes, and the number of round trips to Excel stays the same however long the sheet.
 */

const DIR = join(__dirname, "..", "fixtures");
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));
const MODES: PatchMode[] = ["values", "functions", "portable"];

async function fixture(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(DIR, file));
  return book;
}

async function excelWith(file: string, options: FakeOptions = {}): Promise<FakeContext> {
  return new FakeContext(await fixture(file), options);
}

/** Reads through the adapter in a fresh batch, and counts that batch's syncs. */
async function read(
  excel: FakeContext,
  merges = true,
): Promise<{ snapshot: WorkbookSnapshot; syncs: number }> {
  const before = excel.stats.syncs;
  const snapshot = await readSnapshot(excel.asContext(), { merges });
  return { snapshot, syncs: excel.stats.syncs - before };
}

async function apply(excel: FakeContext, patch: WorkbookPatch): Promise<number> {
  const before = excel.stats.syncs;
  await applyPatch(excel.asContext(), patch);
  return excel.stats.syncs - before;
}

/** The user has agreed to overwrite: the task pane passes the patch on without its conflicts. */
const agreed = (patch: WorkbookPatch): WorkbookPatch => ({ ...patch, conflicts: [] });

/** A cell's content as both adapters leave it in an ExcelJS workbook (a file stores a KPI function
 * as `_xldudf_KPI_…`, Excel shows it as `KPI.…`). */
function content(book: ExcelJS.Workbook, sheet: string, cell: string): unknown {
  const c = book.getWorksheet(sheet)?.getCell(cell);
  if (!c) return undefined;
  return c.type === ExcelJS.ValueType.Formula ? { formula: fromStored(c.formula) } : { value: c.value };
}

/** The fixture with a patch written by the xlsx adapter, as ExcelJS reads the result. */
async function writtenToFile(file: string, patch: WorkbookPatch): Promise<ExcelJS.Workbook> {
  const read = await loadWorkbook(readFileSync(join(DIR, file)), file);
  if (!read.ok) throw new Error(`${file} did not open`);
  await applyToFile(read.workbook, patch);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbookBytes(read.workbook)) as unknown as ArrayBuffer);
  return book;
}

const sameRange = (a: string, b: string): boolean => JSON.stringify(boxOf(a)) === JSON.stringify(boxOf(b));

/** The Grid fields the xlsx adapter gives; the fields only a live sheet knows are compared apart. */
function core(grid: Grid): Grid {
  const { protected: _p, validations: _v, conditionalFormats: _c, ...rest } = grid;
  return rest;
}

describe("reading a workbook open in Excel", () => {
  it.each(FIXTURES)("%s reads exactly as the same file does, in at most 2 round trips", async (file) => {
    const excel = await excelWith(file);
    const { snapshot, syncs } = await read(excel);
    expect(syncs).toBeLessThanOrEqual(2);
    const fromFile = await readWorkbook(join(DIR, file));
    expect(snapshot.grids.map(core)).toEqual(fromFile.ok ? fromFile.grids.map(core) : fromFile);
    for (const grid of snapshot.grids) {
      expect(grid.protected).toBe(false);
      expect(grid.validations).toEqual([]);
      expect(grid.conditionalFormats).toEqual([]);
    }
    expect(snapshot.record).toBeNull();
    expect(snapshot.readOnly).toBe(false);
  });

  it("finds the template's own dropdowns and colour rules, and a protected sheet", async () => {
    const book = await fixture("live-ops-manager.xlsx");
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    ws.getCell("H5").dataValidation = { type: "list", allowBlank: true, formulae: ['"A,B,C"'] };
    ws.addConditionalFormatting({
      ref: "I12:I14",
      rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["90"], priority: 1, style: {} }],
    });
    const excel = new FakeContext(book, { protectedSheets: [ws.name] });
    const { snapshot } = await read(excel);
    const grid = snapshot.grids[0] as Grid;
    expect(grid.protected).toBe(true);
    expect(grid.validations?.some((r) => overlaps(r, 4, 7))).toBe(true);
    expect(grid.conditionalFormats?.some((r) => overlaps(r, 12, 8))).toBe(true);
  });

  it("leaves out the dropdowns the add-in put there itself, keeping the template's beside them", async () => {
    const book = rosterBook(10);
    const excel = new FakeContext(book);
    const { snapshot } = await read(excel);
    const validation = planInputValidation(snapshot, "zh-CN");
    await apply(excel, agreed(validation));
    // A dropdown of the template's own, right below the add-in's in the same column.
    excel.validations.get("6月绩效汇总")?.push({ range: "D15:D16", detail: { template: true } });
    const again = (await read(excel)).snapshot.grids[0] as Grid;
    expect(again.validations).toEqual(["D15:D16"]);
  });

  it("reads merged cells as empty on an Excel without merged-area support (ExcelApi 1.13)", async () => {
    const excel = await excelWith("roster-live-team.xlsx", { noMerges: true });
    const { snapshot } = await read(excel, false);
    const grid = snapshot.grids[0] as Grid;
    expect(grid.merges).toEqual([]);
    expect(grid.values[0]?.[1] ?? null).toBeNull();
  });

  it("reads the add-in's record back from the workbook", async () => {
    const excel = await excelWith("live-ops-manager.xlsx");
    const { patch } = planScore((await read(excel)).snapshot, "values");
    await apply(excel, agreed(patch));
    const { snapshot } = await read(excel);
    expect(snapshot.record).toEqual(patch.record);
    expect(excel.parts).toHaveLength(1);
  });
});

describe("scoring in place in Excel", () => {
  const cases = FIXTURES.flatMap((file) => MODES.map((mode) => [file, mode] as const));

  it.each(cases)(
    "%s in %s mode writes the same cells as kpi score, in at most 3 round trips",
    async (file, mode) => {
      const excel = await excelWith(file);
      const { patch } = planScore((await read(excel)).snapshot, mode);
      expect(await apply(excel, agreed(patch))).toBeLessThanOrEqual(3);
      const written = await writtenToFile(file, patch);
      for (const w of patch.writes)
        expect(content(excel.book, w.sheet, w.cell)).toEqual(content(written, w.sheet, w.cell));
      const record = recordFromXml(excel.parts[0]?.xml ?? "");
      expect(record).toEqual(patch.record);
    },
  );

  it.each(FIXTURES)("%s: input checks go on in at most 3 round trips, as planned", async (file) => {
    const excel = await excelWith(file);
    const patch = planInputValidation((await read(excel)).snapshot, "zh-CN");
    expect(await apply(excel, agreed(patch))).toBeLessThanOrEqual(3);
    for (const v of patch.validations) {
      const on = excel.validations.get(v.sheet)?.filter((c) => sameRange(c.range, v.range));
      expect(on?.map((c) => c.detail)).toEqual([validationOf(v)]);
    }
  });

  it.each(FIXTURES)(
    "%s: undo after scoring puts every cell back as it was, in at most 3 round trips",
    async (file) => {
      const excel = await excelWith(file);
      const { patch } = planScore((await read(excel)).snapshot, "portable");
      await apply(excel, agreed(patch));
      const undo = planUndo((await read(excel)).snapshot);
      expect(await apply(excel, agreed(undo))).toBeLessThanOrEqual(3);
      const original = await fixture(file);
      for (const w of patch.writes) {
        const want = content(original, w.sheet, w.cell);
        // An empty cell stays empty whether ExcelJS calls it null or never made it.
        expect(content(excel.book, w.sheet, w.cell)).toEqual(want ?? { value: null });
      }
      expect(excel.parts.filter((p) => p.xml.includes(RECORD_NAMESPACE))).toHaveLength(0);
    },
  );

  it("colours grade cells with one rule per grade and puts the record last", async () => {
    const excel = await excelWith("live-ops-manager.xlsx");
    const patch: WorkbookPatch = {
      ...planScore((await read(excel)).snapshot, "values").patch,
      formats: [
        {
          sheet: "直播运营经理",
          range: "I13",
          grades: [
            { text: "A", tone: "good" },
            { text: "C", tone: "poor" },
          ],
        },
      ],
    };
    await apply(excel, agreed(patch));
    const added = excel.log.filter((l) => l.op === "format");
    expect(added.map((l) => l.data)).toEqual([
      {
        type: "CellValue",
        rule: { formula1: '="A"', operator: "EqualTo" },
        fill: "#C6EFCE",
        font: "#006100",
      },
      {
        type: "CellValue",
        rule: { formula1: '="C"', operator: "EqualTo" },
        fill: "#FFC7CE",
        font: "#9C0006",
      },
    ]);
    expect(excel.log[excel.log.length - 1]?.op).toBe("addPart");
  });
});

describe("nothing is written where it must not be", () => {
  it("refuses a protected sheet without writing a cell", async () => {
    const excel = await excelWith("live-ops-manager.xlsx");
    const { patch } = planScore((await read(excel)).snapshot, "values");
    excel.protectedSheets.add("直播运营经理");
    await expect(applyPatch(excel.asContext(), agreed(patch))).rejects.toMatchObject({
      reason: "blocks",
      issues: [{ code: "patch.protected" }],
    });
    expect(excel.log).toEqual([]);
  });

  it("refuses a workbook opened read-only without writing a cell", async () => {
    const excel = await excelWith("live-ops-manager.xlsx", { readOnly: true });
    const { patch } = planScore((await read(excel)).snapshot, "values");
    expect(patch.blocks.map((b) => b.code)).toEqual(["patch.readOnly"]);
    await expect(applyPatch(excel.asContext(), patch)).rejects.toBeInstanceOf(PatchRefusedError);
    // Even were the block dropped, Excel's own read-only state stops it.
    await expect(applyPatch(excel.asContext(), { ...patch, blocks: [] })).rejects.toMatchObject({
      issues: [{ code: "patch.readOnly" }],
    });
    expect(excel.log).toEqual([]);
    expect(excel.stats.syncs).toBe(3);
  });

  it("refuses cells the user has not agreed to overwrite, before asking Excel anything", async () => {
    const book = await fixture("live-ops-manager.xlsx");
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    ws.getCell("I5").value = "手填";
    const excel = new FakeContext(book);
    const { patch } = planScore((await read(excel)).snapshot, "values");
    const syncs = excel.stats.syncs;
    await expect(applyPatch(excel.asContext(), patch)).rejects.toMatchObject({ reason: "conflicts" });
    expect(excel.stats.syncs).toBe(syncs);
    expect(excel.log).toEqual([]);
  });

  it("refuses a sheet renamed or deleted since it was read", async () => {
    const excel = await excelWith("live-ops-manager.xlsx");
    const { patch } = planScore((await read(excel)).snapshot, "values");
    excel.book.removeWorksheet((excel.book.worksheets[0] as ExcelJS.Worksheet).id);
    await expect(applyPatch(excel.asContext(), agreed(patch))).rejects.toMatchObject({
      reason: "sheetMissing",
    });
    expect(excel.log).toEqual([]);
  });
});

describe("round trips stay the same however many people a roster has", () => {
  /** Syncs of each operation on a roster of this many people. */
  async function syncsFor(people: number): Promise<Record<string, number>> {
    const excel = new FakeContext(rosterBook(people));
    const first = await read(excel);
    const score = planScore(first.snapshot, "portable").patch;
    expect(score.writes.length).toBeGreaterThanOrEqual(people);
    const scoreSyncs = await apply(excel, agreed(score));
    const validation = planInputValidation((await read(excel)).snapshot, "zh-CN");
    const validationSyncs = await apply(excel, agreed(validation));
    const second = await read(excel);
    const undoSyncs = await apply(excel, agreed(planUndo(second.snapshot)));
    return { read: first.syncs, score: scoreSyncs, validation: validationSyncs, undo: undoSyncs };
  }

  it("10, 1,000 and 10,000 people take the same round trips", async () => {
    const small = await syncsFor(10);
    expect(small).toEqual({ read: 2, score: 2, validation: 2, undo: 2 });
    expect(await syncsFor(1_000)).toEqual(small);
    expect(await syncsFor(10_000)).toEqual(small);
  }, 120_000);

  it("writes each score column of a roster as one block", async () => {
    const excel = new FakeContext(rosterBook(1_000));
    const { patch } = planScore((await read(excel)).snapshot, "values");
    await apply(excel, agreed(patch));
    expect(excel.log.filter((l) => l.op === "formulas").map((l) => l.range)).toEqual([
      "I5:I1004",
      "J5:J1004",
    ]);
  });
});

describe("Excel on the web's 5 MB cap on one request", () => {
  /** The patch of a roster and the bytes its apply sent to the fake. */
  async function sentFor(people: number, mode: PatchMode): Promise<{ patch: WorkbookPatch; sent: number }> {
    const excel = new FakeContext(rosterBook(people));
    const { patch } = planScore((await read(excel)).snapshot, mode);
    await apply(excel, agreed(patch));
    return { patch, sent: excel.stats.requestBytes.at(-1) ?? 0 };
  }

  it("knows before writing about how large the request will be", async () => {
    for (const [people, mode] of [
      [1_000, "portable"],
      [10_000, "portable"],
      [10_000, "values"],
    ] as const) {
      const { patch, sent } = await sentFor(people, mode);
      const estimate = requestBytes(patch);
      expect({ people, mode, ratio: Math.round((estimate / sent) * 10) / 10 }).toEqual({
        people,
        mode,
        ratio: 1,
      });
    }
  }, 120_000);

  it("refuses portable formulas for 10,000 people before writing anything, and says to use values", async () => {
    const portable = await sentFor(10_000, "portable");
    expect(webRefusals(portable.patch)).toEqual([
      {
        code: "host.requestTooLarge",
        params: { size: expect.any(Number), limit: 4.5, advice: "values" },
        sheet: "",
      },
    ]);
    expect(message(webRefusals(portable.patch)[0] as PatchWarning)).toMatch(
      /^网页版 Excel 一次最多写入约 4.5 MB，这次约需 \d+(\.\d)? MB：请改用“数值”方式评分/,
    );
    expect(webRefusals((await sentFor(10_000, "values")).patch)).toEqual([]);
    expect(webRefusals((await sentFor(1_000, "portable")).patch)).toEqual([]);
  }, 120_000);
});

describe("what the task pane asks of Excel", () => {
  it("names the sheet the user is looking at, and shows a cell a warning points to", async () => {
    const excel = await excelWith("two-tables-web-ops.xlsx");
    const sheet = excel.book.worksheets[excel.book.worksheets.length - 1] as ExcelJS.Worksheet;
    await selectCell(excel.asContext(), sheet.name, "H7");
    expect(excel.selection).toEqual({ sheet: sheet.name, range: "H7:H7" });
    expect(await activeSheetName(excel.asContext())).toBe(sheet.name);
  });

  it("reads the range the user selected, to teach a table or point at a cell, in one sync", async () => {
    const excel = await excelWith("two-tables-web-ops.xlsx");
    const sheet = excel.book.worksheets[0] as ExcelJS.Worksheet;
    excel.selection = { sheet: sheet.name, range: "A4:F8" };
    const syncs = excel.stats.syncs;
    expect(await selectedRange(excel.asContext())).toEqual({ sheet: sheet.name, range: "A4:F8" });
    expect(excel.stats.syncs - syncs).toBe(1);
    excel.selection = { sheet: sheet.name, range: "F9:F9" };
    expect(await selectedRange(excel.asContext())).toEqual({ sheet: sheet.name, range: "F9" });
    expect(splitAddress("'Bob''s 3月'!$B$2")).toEqual({ sheet: "Bob's 3月", range: "B2" });
    expect(splitAddress("Sheet1!A1:C3")).toEqual({ sheet: "Sheet1", range: "A1:C3" });
  });

  it("keeps a whole row or column selected as one, not as a cell it is not", () => {
    expect(splitAddress("Sheet1!$4:$4")).toEqual({ sheet: "Sheet1", range: "4:4" });
    expect(splitAddress("Sheet1!$A:$A")).toEqual({ sheet: "Sheet1", range: "A:A" });
    expect(splitAddress("Sheet1!$A$1:$XFD$1048576")).toEqual({ sheet: "Sheet1", range: "A1:XFD1048576" });
  });
});
