// Generates functions.json from the JSDoc of src/functions/functions.ts (custom-functions-metadata),
// the same way for the build and for the tests; the localized files are kept by hand beside it.
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export const SOURCE = "src/functions/functions.ts";

export async function writeMetadata(outfile) {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  if (result.errors.length > 0) throw new Error(`custom function metadata:\n${result.errors.join("\n")}`);
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, `${result.metadataJson}\n`);
}
