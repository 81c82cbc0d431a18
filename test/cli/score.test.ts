import * as ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { roundHalfAway } from "../../src/engine/precision";
import type { FormTable, Layout, RosterTable } from "../../src/layout/layout";
import type { ScoreReport } from "../../src/appraisal/report";
import { load, snapshot } from "../support/workbook";
import { kpi, ROOT } from "./kpi";

/**
 * `kpi score` run as a user would, on every fixture: the reported numbers are the hand-worked ones,
 * the output file holds them in the layout's own cells, and every other cell of every sheet is as it
 * was (value, formula, style with its number format, merges).
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
      const { status, stdout, stderr } = kpi("score", input, "-o", output, "--mode", "values", "--json");
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
        const { status, stderr } = kpi("score", input, "-o", output, "--mode", mode, "--json");
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
        if (mode === "portable") expect(formulas.filter(([, f]) => /KPI\./i.test(f))).toEqual([]);
        else {
          // Form items are scored by KPI.SCORE over the row's own cells.
          const items = formulas.filter(([, f]) => /^KPI\.SCORE\(/.test(f));
          const forms = expected.recognize.sheets.flatMap((s) =>
            (s.tables ?? []).filter((t): t is FormTable => "items" in t),
          );
          if (forms.length > 0) expect(items.length).toBeGreaterThan(0);
          for (const [address, f] of items) {
            const row = /\d+$/.exec(address)?.[0] as string;
            expect(f).toMatch(new RegExp(`^KPI\\.SCORE\\([A-Z]+${row},`));
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

    it("exits 2, names the cells in Chinese and writes nothing", async () => {
      const file = await edited();
      const output = join(dir, "out.xlsx");
      const { status, stdout, stderr } = kpi("score", file, "-o", output, "--mode", "values", "--json");
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("I5");
      expect(stderr).toContain("“99”");
      expect(stderr).toContain("I12");
      expect(stderr).toContain("--overwrite");
      expect(stderr).toContain("未写入任何单元格");
      expect(existsSync(output)).toBe(false);
    });

    it("overwrites them with --overwrite", async () => {
      const file = await edited();
      const output = join(dir, "overwritten.xlsx");
      const { status } = kpi("score", file, "-o", output, "--mode", "values", "--overwrite");
      expect(status).toBe(0);
      const sheet = (await load(output)).worksheets[0] as ExcelJS.Worksheet;
      expect(sheet.getCell("I5").value).toBe(25);
      expect(sheet.getCell("I12").value).toBe(73);
    });

    it("scores its own output again without conflicts, in every mode", () => {
      for (const mode of ["values", "functions", "portable"] as const) {
        const first = join(dir, `first-${mode}.xlsx`);
        const second = join(dir, `second-${mode}.xlsx`);
        expect(kpi("score", join(DIR, "live-ops-manager.xlsx"), "-o", first, "--mode", mode).status).toBe(0);
        const again = kpi("score", first, "-o", second, "--mode", mode);
        expect({ mode, status: again.status, stderr: again.stderr }).toEqual({ mode, status: 0, stderr: "" });
      }
    });
  });

  describe("usage", () => {
    const input = join(DIR, "live-ops-manager.xlsx");
    it("needs -o", () => {
      const { status, stderr } = kpi("score", input);
      expect(status).toBe(2);
      expect(stderr).toContain("-o");
    });
    it("refuses to write over its input", () => {
      expect(kpi("score", input, "-o", input).status).toBe(2);
    });
    it("refuses an unknown mode", () => {
      const { status, stderr } = kpi("score", input, "-o", join(OUT, "x.xlsx"), "--mode", "live");
      expect(status).toBe(2);
      expect(stderr).toContain("live");
    });
    it("refuses a missing file with its name", () => {
      const { status, stderr } = kpi("score", join(DIR, "no-such.xlsx"), "-o", join(OUT, "y.xlsx"));
      expect(status).toBe(2);
      expect(stderr).toContain("no-such.xlsx");
    });
    it("prints a Chinese summary without --json", () => {
      const { status, stdout } = kpi("score", input, "-o", join(OUT, "summary.xlsx"));
      expect(status).toBe(0);
      expect(stdout).toContain("总分 73");
      expect(stdout).toContain("等级 C");
      expect(stdout).not.toContain("未保留");
    });
  });

  describe("says what the copy lacks of a real workbook", () => {
    // A public roster template whose page setup keeps printer settings, which ExcelJS drops.
    const input = join(ROOT, "..", "shared", "corpus", "real", "ecom_wechat_editor_bonus_roster.xlsx");
    it("in the summary and in the JSON, leaving the input as it was", () => {
      const before = readFileSync(input);
      const summary = kpi("score", input, "-o", join(OUT, "printer.xlsx"));
      expect(summary.status).toBe(0);
      expect(summary.stdout).toContain(
        "注意：副本「printer.xlsx」未保留原文件中的打印机设置（原文件未改动）",
      );
      const json = kpi("score", input, "-o", join(OUT, "printer-json.xlsx"), "--json");
      expect(JSON.parse(json.stdout).warnings).toEqual([
        { code: "file.partsDropped", params: { file: "printer-json.xlsx", kinds: "printerSettings" } },
      ]);
      expect(readFileSync(input).equals(before)).toBe(true);
    });
  });
});
