import { existsSync } from "fs";
import { join } from "path";

/**
 * The team's shared folder beside the clone (`../shared`): the public workbooks of the real corpus
 * and the official manifest schemas. A fresh clone has none; the tests that need it are then
 * skipped, each saying what and why in its name (and test/globalSetup.js says it once).
 */
export const SHARED = join(__dirname, "..", "..", "..", "shared");
export const REAL_CORPUS = join(SHARED, "corpus", "real");

/** `describe` when the folder exists; else, without running `body` (which may read the folder),
 * one skipped test that says what is skipped and why. */
export function describeWith(path: string, name: string, body: () => void): void {
  if (existsSync(path)) describe(name, body);
  else it.skip(`${name}: skipped, ${path} is not beside this clone`, () => undefined);
}
