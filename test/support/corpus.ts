import { existsSync, readdirSync } from "fs";
import { join } from "path";

/**
 * The real public workbooks, read in place from ../shared beside the repo (they hold real names and
 * are never copied into it). A fresh clone has none: tests that need them skip, saying why.
 */
export const REAL = join(__dirname, "..", "..", "..", "shared", "corpus", "real");

/** The real workbooks' .xlsx files (a legacy .xls is no workbook the add-in scores); none when
 * ../shared is absent. */
export const realWorkbooks = (): string[] =>
  existsSync(REAL)
    ? readdirSync(REAL)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f) => join(REAL, f))
    : [];

/** `describe` over the real workbooks, or one skipped test saying why there are none. */
export function describeReal(name: string, body: (files: string[]) => void): void {
  const files = realWorkbooks();
  if (files.length > 0) describe(name, () => body(files));
  else describe(name, () => it.skip(`needs the real workbooks of ${REAL}, absent here`, () => undefined));
}
