import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { pathToFileURL } from "url";

/**
 * Recalculates formulas in LibreOffice, as a workbook saved by the add-in would be opened without
 * it: the inputs go to column A and the formulas to column B of an .xlsx written by ExcelJS with
 * no cached results, LibreOffice (headless) loads it, recalculates and saves it as .xlsx again,
 * and column B's results are read back with their types (numbers, text, errors).
 */

export type Row = { input: number | string | boolean | null; formula: string };
/** A result as ExcelJS reads it: a number, text, TRUE/FALSE, an error such as { error: "#N/A" }. */
export type Result = number | string | boolean | { error: string } | null;

/** LibreOffice's command; `.ci/run` installs it (libreoffice-calc-nogui). */
export function soffice(): string {
  const found = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const path = found.stdout.trim().split("\n")[0];
  if (!path) {
    throw new Error(
      "LibreOffice is not installed: this test needs `soffice` (apt-get install -y libreoffice-calc-nogui)",
    );
  }
  return path;
}

/**
 * A user profile that recalculates every formula of an .xlsx on load. By default LibreOffice
 * trusts the results cached in the file ("never recalculate") and computes only formulas that have
 * none: fine for ExcelJS's files, but this makes sure no stale value is ever read.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recalculates .xlsx files in one LibreOffice run (one start-up, a few seconds, for them all) and
 * gives the recalculated copies, saved as .xlsx in `outDir` under the same names, in input order.
 * Input names must differ but for their extension.
 */
export function recalcFiles(inputs: readonly string[], outDir: string): string[] {
  const command = soffice();
  const scratch = mkdtempSync(join(tmpdir(), "kpi-recalc-profile-"));
  try {
    // A profile of its own: no clash with a running LibreOffice, and the setting above.
    const profile = join(scratch, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    const run = spawnSync(
      command,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        ...inputs,
      ],
      { encoding: "utf8", timeout: 300_000 },
    );
    // LibreOffice names each copy after its input, as an .xlsx (an .xlsm comes back as .xlsx).
    const outputs = inputs.map((input) => join(outDir, basename(input).replace(/\.\w+$/, ".xlsx")));
    const missing = outputs.filter((output) => !existsSync(output));
    if (run.status !== 0 || missing.length > 0) {
      throw new Error(
        `LibreOffice did not convert ${missing.map((m) => basename(m)).join(", ") || "the workbooks"}: ${run.error?.message ?? run.stderr}`,
      );
    }
    return outputs;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Column B's results, one per row, from one LibreOffice run. */
export async function recalc(rows: readonly Row[]): Promise<Result[]> {
  const dir = mkdtempSync(join(tmpdir(), "kpi-recalc-"));
  try {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Formulas");
    rows.forEach((row, i) => {
      sheet.getCell(i + 1, 1).value = row.input;
      sheet.getCell(i + 1, 2).value = { formula: row.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    });
    const input = join(dir, "formulas.xlsx");
    await workbook.xlsx.writeFile(input);
    const out = join(dir, "out");
    mkdirSync(out);
    const [output] = recalcFiles([input], out);

    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(output as string);
    const results = recalculated.worksheets[0];
    if (!results) throw new Error("LibreOffice wrote no worksheet");
    // `cell.result`: ExcelJS's `cell.value.result` drops a result of 0.
    return rows.map((_, i) => (results.getCell(i + 1, 2).result ?? null) as Result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
