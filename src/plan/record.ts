import * as z from "zod/mini";
import { CellValue } from "../layout/grid";
import { Correction } from "./corrections";

/**
 * The add-in's record of what it wrote into a workbook, kept in the workbook itself as a custom
 * XML part (the same part from Office.js and from .xlsx files). With it, scoring again recognises
 * its own cells (idempotent, no conflict), and undo puts back exactly what each cell held before
 * the first write. Read back through zod: a record that does not parse is ignored, never trusted.
 */

/** The custom XML part's namespace: how both adapters find the part among others. */
export const RECORD_NAMESPACE = "urn:kpi-scoring-addin:record";

/** A cell's content: its value and, where it has one, its formula (with the leading =). */
export const CellContent = z.object({ value: CellValue, formula: z.optional(z.string()) });
export type CellContent = z.infer<typeof CellContent>;

/** A range of one sheet, A1 style (`G5`, `G5:G12`). */
export const RangeRef = z.object({ sheet: z.string(), range: z.string() });
export type RangeRef = z.infer<typeof RangeRef>;

/** One cell the add-in wrote: what it held before the add-in's first write, and what was written. */
export const RecordedCell = z.object({
  sheet: z.string(),
  cell: z.string(),
  before: CellContent,
  after: CellContent,
});
export type RecordedCell = z.infer<typeof RecordedCell>;

export const WriteRecord = z.object({
  version: z.literal(1),
  cells: z.array(RecordedCell),
  /** Data validation the add-in put on input cells. */
  validations: z.array(RangeRef),
  /** Conditional formats the add-in put on grade cells. */
  formats: z.array(RangeRef),
  /** The user's corrections of the recognised layout (src/plan/corrections.ts). */
  corrections: z.array(Correction),
});
export type WriteRecord = z.infer<typeof WriteRecord>;

export const emptyRecord = (): WriteRecord => ({
  version: 1,
  cells: [],
  validations: [],
  formats: [],
  corrections: [],
});

export const isEmptyRecord = (r: WriteRecord): boolean =>
  r.cells.length === 0 && r.validations.length === 0 && r.formats.length === 0 && r.corrections.length === 0;

/** The record as the custom XML part's text: JSON in one CDATA section. */
export function recordToXml(record: WriteRecord): string {
  // "]]>" cannot appear inside CDATA: split it across two sections.
  const json = JSON.stringify(record).replace(/]]>/g, "]]]]><![CDATA[>");
  return `<?xml version="1.0" encoding="UTF-8"?><kpiRecord xmlns="${RECORD_NAMESPACE}"><![CDATA[${json}]]></kpiRecord>`;
}

/** The record in a custom XML part's text, or null when the text is not a record of this add-in
 * (another part, another version, or damaged). */
export function recordFromXml(xml: string): WriteRecord | null {
  if (!xml.includes(RECORD_NAMESPACE)) return null;
  const sections = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]);
  if (sections.length === 0) return null;
  let data: unknown;
  try {
    data = JSON.parse(sections.join(""));
  } catch {
    return null;
  }
  const parsed = WriteRecord.safeParse(data);
  return parsed.success ? parsed.data : null;
}

const sameValue = (a: CellValue, b: CellValue): boolean =>
  typeof a === "number" && typeof b === "number"
    ? Math.abs(a - b) < 1e-9
    : typeof a === "object" && a !== null && typeof b === "object" && b !== null
      ? a.error === b.error
      : a === b;

/** A cell still holds what the add-in wrote: the same formula, or the same value. */
export function holdsWritten(now: CellContent, after: CellContent): boolean {
  if (after.formula !== undefined)
    return now.formula !== undefined && sameFormula(now.formula, after.formula);
  return now.formula === undefined && sameValue(now.value, after.value);
}

/** Excel may give a formula back with different case or spacing than it was written. */
const sameFormula = (a: string, b: string): boolean =>
  a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();
