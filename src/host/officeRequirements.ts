import * as z from "zod/mini";
import { Issue } from "../engine/issue";

/**
 * The Excel JavaScript API requirement sets the adapter uses, per feature, and the check the task
 * pane runs before offering anything: an Excel too old for a feature is told so in words, instead
 * of failing half-way. Sets are those of the `[Api set: …]` tags in @types/office-js 1.0.612.
 */

export const REQUIREMENTS = {
  /** Hidden rows and columns (Range.getRowProperties / getColumnProperties) and the cells that
   * carry validation or conditional formats (Range.getSpecialCellsOrNullObject). */
  read: "1.9",
  /** Workbook.readOnly; Range.dataValidation. */
  validation: "1.8",
  /** Range.conditionalFormats; Application.suspendApiCalculationUntilNextSync. */
  formats: "1.6",
  /** Workbook.customXmlParts: the add-in's record. */
  record: "1.5",
  /** Range.getMergedAreasOrNullObject. Optional: without it merged cells read as empty. */
  merges: "1.13",
} as const;
export type Feature = keyof typeof REQUIREMENTS;

/** Features the add-in works without, less well. */
const OPTIONAL: ReadonlySet<Feature> = new Set<Feature>(["merges"]);

/** What the adapter may use on this Excel. */
export interface Capabilities {
  merges: boolean;
}

export const RequirementCheck = z.object({
  /** Every required set is supported: the add-in can read, score, validate and undo. */
  ok: z.boolean(),
  /** `host.excelTooOld`: a feature the add-in needs is missing; `host.noMerges`: merged cells
   * are read as empty, so a layout may be recognised less well. */
  issues: z.array(Issue),
  capabilities: z.object({ merges: z.boolean() }),
});
export type RequirementCheck = z.infer<typeof RequirementCheck>;

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * Which requirement sets this Excel supports. The default asks Office; tests pass their own.
 * One `host.excelTooOld` names the highest set missing (the one to upgrade for).
 */
export function checkRequirements(
  isSetSupported: IsSetSupported = (name, version) =>
    Office.context.requirements.isSetSupported(name, version),
): RequirementCheck {
  const missing = (Object.keys(REQUIREMENTS) as Feature[]).filter(
    (f) => !isSetSupported("ExcelApi", REQUIREMENTS[f]),
  );
  const required = missing.filter((f) => !OPTIONAL.has(f));
  const highest = required
    .map((f) => REQUIREMENTS[f])
    .sort(byVersion)
    .pop();
  const issues: Issue[] = [
    ...(highest !== undefined
      ? [{ code: "host.excelTooOld" as const, params: { set: `ExcelApi ${highest}` } }]
      : []),
    ...(missing.includes("merges")
      ? [{ code: "host.noMerges" as const, params: { set: `ExcelApi ${REQUIREMENTS.merges}` } }]
      : []),
  ];
  return { ok: required.length === 0, issues, capabilities: { merges: !missing.includes("merges") } };
}

/** "1.13" after "1.9": versions compare by their numbers, not as text. */
function byVersion(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}
