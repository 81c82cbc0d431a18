import * as ExcelJS from "exceljs";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { macroWorkbook, partsOf } from "../support/package";
import { rosterPackage } from "../support/rosterPackage";
import { roundHalfAway } from "../../src/engine/precision";
import type { FormTable, Layout, RosterTable } from "../../src/layout/layout";
import type { ScoreReport } from "../../src/appraisal/report";
import { load, snapshot } from "../support/workbook";
import { kpi, kpiWith, ROOT } from "./kpi";

/**
 * `kpi score` run as a user would (in this process: test/cli/process.test.ts runs the binary), on
 * every fixture: the reported numbers are the hand-worked ones, the output file holds them in the
 * layout's own cells, and every other cell of every sheet is as it was (value, formula, style with
 * its number format, merges). Then what it refuses, and how it says so.
 */

const DIR = join(ROOT, "test", "fixtures");
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => f.replace(/\.xlsx$/, ""));
const OUT = mkdtempSync(join(tmpdir(), "kpi-score-"));

/** What a fixture's expectations hold: its layout and the report `kpi score` gives. */
type Expected = { recognize: Layout; score: ScoreReport };

const expectedOf = (name: string): Expected =>
  JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;

const round2 = (n: number | null | undefined) => (typeof n === "number" ? roundHalfAway(n, 2) : n);

/** The cells the layout lets `kpi score` write, with the number or text expected there (null: any). */
function writable(expected: Expected): Map<string, Map<string, number | string | null>> {
  const out = new Map<string, Map<string, number | string | null>>();
  for (const sheet of expected.score.sheets) {
    const layout = expected.recognize.sheets.find((s) => s.name === sheet.name);
    const cells = new Map<string, number | string | null>();
    const forms = (layout?.tables ?? []).filter((t): t is FormTable => "items" in t);
    const rosters = (layout?.tables ?? []).filter((t): t is RosterTable => "people" in t);
    const formPeople = sheet.people.filter((p) => p.row === undefined);
    forms.forEach((table, i) => {
      const person = formPeople[i];
      if (!person) return;
      for (const item of person.items)
        if (item.row !== undefined)
          cells.set(`${table.columns.score}${item.row}`, round2(item.score) ?? null);
      if (table.total) cells.set(table.total.cell, person.total);
      if (table.grade) cells.set(table.grade.cell, person.grade);
      if (table.coefficient) cells.set(table.coefficient.cell, person.coefficient);
      if (table.pay) cells.set(table.pay.cell, person.pay ?? null);
      for (const section of table.sections) if (section.subtotal) cells.set(section.subtotal.cell, null);
    });
    for (const table of rosters)
      for (const person of sheet.people.filter((p) => p.row !== undefined)) {
        if (table.columns.total) cells.set(`${table.columns.total}${person.row}`, person.total);
        if (table.columns.grade) cells.set(`${table.columns.grade}${person.row}`, person.grade);
        if (table.columns.coefficient)
          cells.set(`${table.columns.coefficient}${person.row}`, person.coefficient);
        if (table.columns.pay) cells.set(`${table.columns.pay}${person.row}`, person.pay ?? null);
      }
    out.set(sheet.name, cells);
  }
  return out;
}

/** The formulas `kpi score` wrote (cells whose formula differs from the input's). */
function writtenFormulas(before: ExcelJS.Workbook, after: ExcelJS.Workbook): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const sheet of after.worksheets) {
    const old = before.getWorksheet(sheet.name);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula && old?.getCell(cell.address).formula !== cell.formula)
          out.push([cell.address, cell.formula]);
      }),
    );
  }
  return out;
}

/** The figures a report and a fixture's hand-worked score are compared on, rounded alike. */
function summary(sheets: ScoreReport["sheets"]) {
  return sheets.map((s) => ({
    name: s.name,
    people: s.people.map((p) => ({
      name: p.name,
      total: round2(p.total),
      grade: p.grade,
      coefficient: p.coefficient,
      ...(p.pay !== undefined ? { pay: p.pay } : {}),
      items: p.items.map((i) => ({ ...i, score: round2(i.score) })),
    })),
  }));
}

describe("kpi score", () => {
  describe.each(FIXTURES)("%s", (name) => {
    const input = join(DIR, `${name}.xlsx`);
    const expected = expectedOf(name);

    it("reports the hand-worked scores and writes only them, in the layout's cells (values)", async () => {
      const output = join(OUT, `${name}-values.xlsx`);
      const { status, stdout, stderr } = await kpi(
        "score",
        input,
        "-o",
        output,
        "--mode",
        "values",
        "--json",
      );
      expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
      const report = JSON.parse(stdout) as ScoreReport;
      expect(summary(report.sheets)).toEqual(summary(expected.score.sheets));

      const [before, after] = await Promise.all([load(input), load(output)]);
      const cells = writable(expected);
      // Grade cells get conditional formats (a fill per grade): the only sheet-level addition.
      const graded = (ref: string) =>
        [...cells.values()].some((m) => [...m.keys()].some((a) => ref.split(":").includes(a)));
      const was = snapshot(before);
      const now = snapshot(after, graded);
      expect([...now.keys()]).toEqual([...was.keys()]);
      for (const [sheet, old] of was) {
        const fresh = now.get(sheet) as Map<string, string>;
        const mayWrite = cells.get(sheet) ?? new Map<string, number | string | null>();
        const changed = [...new Set([...old.keys(), ...fresh.keys()])].filter(
          (a) => old.get(a) !== fresh.get(a) && !mayWrite.has(a),
        );
        expect({ sheet, changed }).toEqual({ sheet, changed: [] });
        // The written cells hold the expected numbers, keeping their style.
        const worksheet = after.getWorksheet(sheet) as ExcelJS.Worksheet;
        const oldSheet = before.getWorksheet(sheet) as ExcelJS.Worksheet;
        for (const [address, want] of mayWrite) {
          const cell = worksheet.getCell(address);
          if (want !== null) {
            const got = typeof cell.value === "number" ? round2(cell.value) : cell.value;
            expect({ sheet, address, value: got }).toEqual({ sheet, address, value: want });
          }
          expect({ sheet, address, style: cell.style }).toEqual({
            sheet,
            address,
            style: oldSheet.getCell(address).style,
          });
        }
      }
    });

    it("writes native formulas in portable mode and KPI functions in functions mode", async () => {
      const before = await load(input);
      for (const mode of ["portable", "functions"] as const) {
        const output = join(OUT, `${name}-${mode}.xlsx`);
        const { status, stderr } = await kpi("score", input, "-o", output, "--mode", mode, "--json");
        expect({ mode, status, stderr }).toEqual({ mode, status: 0, stderr: "" });
        const formulas = writtenFormulas(before, await load(output));
        // Native formulas read no text quantities (a roster of 120秒): those cells get numbers.
        if (mode === "functions") expect(formulas.length).toBeGreaterThan(0);
        const cells = writable(expected);
        const allowed = new Set([...cells.values()].flatMap((m) => [...m.keys()]));
        for (const [address] of formulas)
          expect({ mode, address, allowed: allowed.has(address) }).toEqual({
            mode,
            address,
            allowed: true,
          });
        if (mode === "portable") expect(formulas.filter(([, f]) => /KPI/i.test(f))).toEqual([]);
        else {
          // Form items are scored by KPI.SCORE over the row's own cells, stored as Excel stores a
          // JavaScript custom function.
          expect(formulas.filter(([, f]) => /(^|[^_])KPI\./.test(f))).toEqual([]);
          const items = formulas.filter(([, f]) => /^_xldudf_KPI_SCORE\(/.test(f));
          const forms = expected.recognize.sheets.flatMap((s) =>
            (s.tables ?? []).filter((t): t is FormTable => "items" in t),
          );
          if (forms.length > 0) expect(items.length).toBeGreaterThan(0);
          for (const [address, f] of items) {
            const row = /\d+$/.exec(address)?.[0] as string;
            expect(f).toMatch(new RegExp(`^_xldudf_KPI_SCORE\\([A-Z]+${row},`));
          }
        }
      }
    }, 30_000);
  });

  describe("never overwrites what it did not write, unless told", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-score-conflict-"));

    /** live-ops-manager with a hand-typed 99 in the first score cell and a formula in the total. */
    async function edited(): Promise<string> {
      const workbook = await load(join(DIR, "live-ops-manager.xlsx"));
      const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
      sheet.getCell("I5").value = 99;
      sheet.getCell("I12").value = { formula: "SUM(I5:I11)" } as ExcelJS.CellFormulaValue;
      const file = join(dir, "已填写.xlsx");
      await workbook.xlsx.writeFile(file);
      return file;
    }

    it("exits 2, names the cells in Chinese and writes nothing; as JSON with --json", async () => {
      const file = await edited();
      const output = join(dir, "out.xlsx");
      const { status, stdout, stderr } = await kpi("score", file, "-o", output, "--mode", "values", "--json");
      expect(status).toBe(2);
      expect(stderr).toContain("I5");
      expect(stderr).toContain("“99”");
      expect(stderr).toContain("I12");
      expect(stderr).toContain("--overwrite");
      expect(stderr).toContain("未写入任何单元格");
      expect(JSON.parse(stdout)).toEqual({ ok: false, code: "conflicts", error: stderr.slice(5, -1) });
      expect(existsSync(output)).toBe(false);
    });

    it("overwrites them with --overwrite", async () => {
      const file = await edited();
      const output = join(dir, "overwritten.xlsx");
      const { status } = await kpi("score", file, "-o", output, "--mode", "values", "--overwrite");
      expect(status).toBe(0);
      const sheet = (await load(output)).worksheets[0] as ExcelJS.Worksheet;
      expect(sheet.getCell("I5").value).toBe(25);
      expect(sheet.getCell("I12").value).toBe(73);
    });

    it("scores its own output again without conflicts, in every mode", async () => {
      for (const mode of ["values", "functions", "portable"] as const) {
        const first = join(dir, `first-${mode}.xlsx`);
        const second = join(dir, `second-${mode}.xlsx`);
        expect(
          (await kpi("score", join(DIR, "live-ops-manager.xlsx"), "-o", first, "--mode", mode)).status,
        ).toBe(0);
        const again = await kpi("score", first, "-o", second, "--mode", mode);
        expect({ mode, status: again.status, stderr: again.stderr }).toEqual({ mode, status: 0, stderr: "" });
      }
    });
  });

  describe("usage", () => {
    const input = join(DIR, "live-ops-manager.xlsx");
    it("needs -o", async () => {
      const { status, stderr } = await kpi("score", input);
      expect(status).toBe(2);
      expect(stderr).toContain("-o");
    });
    it("refuses an unknown mode", async () => {
      const { status, stderr } = await kpi("score", input, "-o", join(OUT, "x.xlsx"), "--mode", "live");
      expect(status).toBe(2);
      expect(stderr).toContain("live");
    });
    it("refuses a missing file with its name", async () => {
      const { status, stderr } = await kpi("score", join(DIR, "no-such.xlsx"), "-o", join(OUT, "y.xlsx"));
      expect(status).toBe(2);
      expect(stderr).toContain("no-such.xlsx");
    });
    it("prints a Chinese summary without --json", async () => {
      const { status, stdout } = await kpi("score", input, "-o", join(OUT, "summary.xlsx"));
      expect(status).toBe(0);
      expect(stdout).toContain("总分 73");
      expect(stdout).toContain("等级 C");
    });
    it("says so with exit 1 when no sheet is an appraisal sheet, writing nothing", async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("通讯录").addRow(["姓名", "电话"]);
      const file = join(OUT, "通讯录.xlsx");
      await workbook.xlsx.writeFile(file);
      const output = join(OUT, "通讯录-已评分.xlsx");
      const run = await kpi("score", file, "-o", output, "--json");
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code: "nothingToDo" });
      expect(existsSync(output)).toBe(false);
    });
  });

  describe("where the copy goes", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-score-output-"));
    const input = join(dir, "考核表.xlsx");
    const original = readFileSync(join(DIR, "live-ops-manager.xlsx"));
    writeFileSync(input, original);

    /** The run refuses with this code and message, writes nothing, and leaves the input as it was. */
    async function refused(output: string, code: string, text: string): Promise<void> {
      const before = readdirSync(dir).sort();
      const run = await kpi("score", input, "-o", output, "--json");
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(text);
      expect(run.stderr).not.toMatch(/\bat \w|Error:/);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code });
      expect(readFileSync(input).equals(original)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(before);
    }

    it("never writes over its input, by its name, a symbolic link or a hard link", async () => {
      await refused(input, "output.sameAsInput", "输出文件就是输入文件");
      const symbolic = join(dir, "链接.xlsx");
      symlinkSync(input, symbolic);
      await refused(symbolic, "output.sameAsInput", "输出文件就是输入文件");
      const hard = join(dir, "硬链接.xlsx");
      linkSync(input, hard);
      await refused(hard, "output.sameAsInput", "输出文件就是输入文件");
    });

    it("names a missing folder, in the user's language", async () => {
      await refused(join(dir, "没有的文件夹", "out.xlsx"), "output.folderMissing", "找不到输出文件夹");
      const english = await kpiWith(
        { KPI_LANG: "en-US" },
        "score",
        input,
        "-o",
        join(dir, "nowhere", "out.xlsx"),
      );
      expect(english.stderr).toContain("does not exist");
    });

    it("refuses a folder as the output", async () => {
      mkdirSync(join(dir, "folder.xlsx"));
      await refused(join(dir, "folder.xlsx"), "output.isFolder", "是一个文件夹");
    });

    it("keeps the workbook's kind: an .xlsx is not written as .xls or .xlsm", async () => {
      await refused(join(dir, "out.xls"), "output.extension", "扩展名应为 .xlsx");
      await refused(join(dir, "out.xlsm"), "output.extension", "扩展名应为 .xlsx");
    });

    it("keeps a macro-enabled workbook's macros, and its kind: .xlsm in, .xlsm out", async () => {
      const macros = join(dir, "带宏.xlsm");
      writeFileSync(macros, await macroWorkbook(new Uint8Array(original)));
      const wrong = await kpi("score", macros, "-o", join(dir, "带宏-已评分.xlsx"));
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toContain("扩展名应为 .xlsm");
      const output = join(dir, "带宏-已评分.xlsm");
      expect((await kpi("score", macros, "-o", output)).status).toBe(0);
      const [before, after] = await Promise.all([
        partsOf(readFileSync(macros)),
        partsOf(readFileSync(output)),
      ]);
      expect(after.get("xl/vbaProject.bin")).toEqual(before.get("xl/vbaProject.bin"));
    });

    it("replaces an existing output whole, through a temporary file", async () => {
      const output = join(dir, "已评分.xlsx");
      writeFileSync(output, "an older copy");
      expect((await kpi("score", input, "-o", output)).status).toBe(0);
      expect((await load(output)).worksheets).toHaveLength(1);
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });
  });

  describe("large rosters", () => {
    it("scores 40,000 people", async () => {
      const dir = mkdtempSync(join(tmpdir(), "kpi-score-large-"));
      const file = join(dir, "roster.xlsx");
      writeFileSync(file, await rosterPackage(40_000));
      const run = await kpi("score", file, "-o", join(dir, "scored.xlsx"), "--mode", "values", "--json");
      expect(run.stderr).toBe("");
      const report = JSON.parse(run.stdout) as ScoreReport;
      expect(report.sheets[0]?.people).toHaveLength(40_000);
    }, 120_000);
  });
});
