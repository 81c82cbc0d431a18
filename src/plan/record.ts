import * as z from "zod/mini";
import { CellValue } from "../layout/grid";
import { Correction } from "../appraisal/corrections";
import { TaughtSheet } from "../layout/profile";

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

/** One cell the add-in wrote: what it held before the add-in's first write (absent when empty),
 * and a digest of what was written — enough to tell whether it still holds it, small enough that a
 * 10,000-row roster's record stays well under Excel on the web's 5 MB request limit. */
export const RecordedCell = z.object({ before: z.optional(CellContent), after: z.string() });
export type RecordedCell = z.infer<typeof RecordedCell>;

/** A recorded cell as the record keeps it: a cell that was empty before is its digest alone
 * (most of a roster's cells: a smaller record, read and written faster). */
export const KeptCell = z.union([z.string(), RecordedCell]);
export type KeptCell = z.infer<typeof KeptCell>;

export const WriteRecord = z.object({
  version: z.literal(1),
  /** By sheet name, then A1 address. */
  cells: z.record(z.string(), z.record(z.string(), KeptCell)),
  /** Data validation the add-in put on input cells. */
  validations: z.array(RangeRef),
  /** Conditional formats the add-in put on grade cells. */
  formats: z.array(RangeRef),
  /** The user's corrections of the recognised layout (src/appraisal/corrections.ts). */
  corrections: z.array(Correction),
  /** The sheets the user taught (src/layout/profile.ts): read as taught, not as recognised.
   * Absent in records written before teaching existed. */
  taught: z.optional(z.array(TaughtSheet)),
});
export type WriteRecord = z.infer<typeof WriteRecord>;

export const emptyRecord = (): WriteRecord => ({
  version: 1,
  cells: {},
  validations: [],
  formats: [],
  corrections: [],
});

export const isEmptyRecord = (r: WriteRecord): boolean =>
  Object.values(r.cells).every((cells) => Object.keys(cells).length === 0) &&
  r.validations.length === 0 &&
  r.formats.length === 0 &&
  r.corrections.length === 0 &&
  (r.taught ?? []).length === 0;

/** The record as the custom XML part's text: JSON in one CDATA section, then `after` (an adapter's
 * own element, kept beside the record), written in one go: a roster's record is never searched
 * again for where to put it. */
export function recordToXml(record: WriteRecord, after = ""): string {
  const json = JSON.stringify(record);
  // "]]>" cannot appear inside CDATA: split it across two sections (looked for first: it mostly
  // is not there, and a search finds that faster than a replacement).
  const data = json.includes("]]>") ? json.replace(/]]>/g, "]]]]><![CDATA[>") : json;
  return `<?xml version="1.0" encoding="UTF-8"?><kpiRecord xmlns="${RECORD_NAMESPACE}"><![CDATA[${data}]]>${after}</kpiRecord>`;
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

/** What a cell held before the add-in wrote it, and the digest of what it wrote. */
export interface Recorded {
  sheet: string;
  cell: string;
  before: CellContent;
  after: string;
}

const EMPTY: CellContent = { value: null };

/** The record's entry for one cell, if the add-in wrote it. */
export function recordedCell(record: WriteRecord, sheet: string, cell: string): Recorded | undefined {
  const entry = record.cells[sheet]?.[cell];
  return entry === undefined ? undefined : recorded(sheet, cell, entry);
}

const recorded = (sheet: string, cell: string, entry: KeptCell): Recorded =>
  typeof entry === "string"
    ? { sheet, cell, before: EMPTY, after: entry }
    : { sheet, cell, before: entry.before ?? EMPTY, after: entry.after };

/** Every cell the record holds, sheet by sheet. */
export function recordedCells(record: WriteRecord): Recorded[] {
  return Object.entries(record.cells).flatMap(([sheet, cells]) =>
    Object.entries(cells).map(([cell, entry]) => recorded(sheet, cell, entry)),
  );
}

/** The record with these cells written (each with what it held before, and its new content as a
 * formula or a value): a cell keeps the `before` of the add-in's first write. `digests` gives, by
 * index, the digest of a write where the planner built it from its formula's pieces. */
export function withWritten(
  record: WriteRecord,
  written: ReadonlyArray<{ sheet: string; cell: string; before: CellContent } & Written>,
  digests: ReadonlyArray<string | undefined> = [],
): WriteRecord {
  const cells: WriteRecord["cells"] = { ...record.cells };
  const copied = new Set<string>();
  for (let i = 0; i < written.length; i++) {
    const w = written[i] as (typeof written)[number];
    if (!copied.has(w.sheet)) {
      cells[w.sheet] = { ...cells[w.sheet] };
      copied.add(w.sheet);
    }
    const sheet = cells[w.sheet] as Record<string, KeptCell>;
    const empty = w.before.formula === undefined && w.before.value === null;
    const after = digests[i] ?? writtenDigest(w);
    sheet[w.cell] = empty ? after : { before: w.before, after };
  }
  return { ...record, cells };
}

/** What a cell holds or is given: a formula, or a value (a cell write has one of the two). */
type Written = { value?: CellContent["value"]; formula?: string };

/** A short fingerprint of a cell's content (FNV-1a, 32 bits): formulas compared without case or
 * blanks (Excel may give them back respelled), numbers to 15 significant digits. What the record
 * keeps of a value written, and of a formula in records written before formula digests
 * (`formulaDigest`). */
export function digest(content: Written): string {
  const f = content.formula;
  // A formula without its = reads as with it: the = is hashed first.
  const h =
    f !== undefined
      ? formulaHash(f, f.startsWith("=") ? OFFSET : Math.imul(OFFSET ^ 61, PRIME))
      : textHash(valueText(content.value ?? null));
  return hex32(h);
}

/** Two hex digits of each byte: a roster's thousands of digests are spelled by table, not by
 * `toString(16)` (many times slower). */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** A 32-bit hash as 8 lower-case hex digits. */
const hex32 = (h: number): string =>
  `${HEX[h >>> 24] as string}${HEX[(h >>> 16) & 255] as string}${HEX[(h >>> 8) & 255] as string}${HEX[h & 255] as string}`;

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function valueText(v: CellContent["value"]): string {
  // An integer reads the same at 15 digits: the common case, without the rounding's cost.
  if (typeof v === "number")
    return `n${Number.isInteger(v) && Math.abs(v) < 1e15 ? v : Number(v.toPrecision(15))}`;
  return v !== null && typeof v === "object" ? `e${v.error}` : `${typeof v}${String(v)}`;
}

function textHash(text: string): number {
  let h = OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}

/** A formula's hash without blanks or case, in one pass of its own (a roster has thousands). */
function formulaHash(formula: string, from: number): number {
  let h = from;
  for (let i = 0; i < formula.length; i++) {
    let c = formula.charCodeAt(i);
    if (c <= 32) continue;
    if (c >= 97 && c <= 122) c -= 32;
    h = Math.imul(h ^ c, PRIME);
  }
  return h;
}

/** The digest the record keeps of what is written: a formula's `formulaDigest`, a value's `digest`. */
export const writtenDigest = (content: Written): string =>
  content.formula !== undefined ? formulaDigest(content.formula) : digest(content);

/** A cell still holds what the add-in wrote: compared by the digest's own kind (records written
 * before formula digests keep `digest`'s of formulas too). */
export const holdsWritten = (now: CellContent, after: string): boolean =>
  after.startsWith(FORMULA_TAG)
    ? now.formula !== undefined && formulaDigest(now.formula) === after
    : digest(now) === after;

// ---------------------------------------------------------------------------------------------
// Formula digests

/**
 * A formula's digest, told from `digest`'s by its tag: a polynomial hash (modulo 2^32) of its
 * characters without blanks and in upper case, the = first (as `digest` reads them), mixed at the
 * end. Unlike FNV-1a it composes: the hash of a text joined from pieces follows from each piece's
 * hash and length, so a roster's totals — one formula of a thousand characters but for each row's
 * number — are digested from their pieces (`joinedDigest`) and never read again character by
 * character. A changed character always changes the hash (the multiplier is odd).
 */
export function formulaDigest(formula: string): string {
  const start = formula.startsWith("=") ? EMPTY_HASH : appended(EMPTY_HASH, "=");
  return spelled(appended(start, formula));
}

/** The digest of `pieces.join(joint)` for any joint (a row's number), as `formulaDigest` gives it:
 * the pieces are hashed once, each joint in a few steps. */
export function joinedDigest(pieces: readonly string[]): (joint: string) => string {
  const [first = "", ...rest] = pieces;
  // Whether the text starts with its = is then the joint's to say.
  if (first === "" && rest.length > 0) return (joint) => formulaDigest(pieces.join(joint));
  const start = appended(first.startsWith("=") ? EMPTY_HASH : appended(EMPTY_HASH, "="), first);
  const hashed = rest.map((piece) => appended(EMPTY_HASH, piece));
  const powers = hashed.map((piece) => power(piece.length));
  return (joint) => {
    const between = appended(EMPTY_HASH, joint);
    const step = power(between.length);
    let { h, length } = start;
    for (let i = 0; i < hashed.length; i++) {
      const piece = hashed[i] as Hash;
      h = (Math.imul(Math.imul(h, step) + between.h, powers[i] as number) + piece.h) | 0;
      length += between.length + piece.length;
    }
    return spelled({ h, length });
  };
}

const FORMULA_TAG = "p";

/** A text's polynomial hash and how many characters went into it (blanks are left out). */
type Hash = { h: number; length: number };

const EMPTY_HASH: Hash = { h: 0, length: 0 };
const MULTIPLIER = 0x9e3779b1;

/** The hash continued over `text`, without blanks, letters in upper case. */
function appended(from: Hash, text: string): Hash {
  let h = from.h;
  let length = from.length;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c <= 32) continue;
    if (c >= 97 && c <= 122) c -= 32;
    h = (Math.imul(h, MULTIPLIER) + c) | 0;
    length++;
  }
  return { h, length };
}

/** MULTIPLIER to the power of n, modulo 2^32. */
function power(n: number): number {
  let result = 1;
  let base = MULTIPLIER | 0;
  for (let e = n; e > 0; e >>>= 1) {
    if (e & 1) result = Math.imul(result, base);
    base = Math.imul(base, base);
  }
  return result;
}

/** The hash and its length mixed (MurmurHash3's finaliser), tagged, in hex. */
function spelled({ h, length }: Hash): string {
  let x = Math.imul(h ^ length, PRIME);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return `${FORMULA_TAG}${hex32(x)}`;
}
