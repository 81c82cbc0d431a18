import * as z from "zod/mini";
import { issue, type Issue, type IssueCode } from "../engine/issue";
import { type CellValue, type Grid } from "../layout/grid";
import type { WorkbookSnapshot } from "../plan/operations";
import { type CellWrite, type GradeTone, type PatchWarning, type WorkbookPatch } from "../plan/patch";
import { boxOf } from "../layout/a1";
import { recordedCell, recordFromXml, recordToXml, RECORD_NAMESPACE, type WriteRecord } from "../plan/record";
import { sharedRuns, type FormulaCell } from "./sharedFormula";
import { ADDIN } from "./addin";
import { EMPTY_STYLES, withGradeFills } from "./gradeFills";
import {
  entryOf,
  hasPart,
  isType,
  openPackage,
  packageBytes,
  partText,
  putPart,
  relationshipsOf,
  relativeTarget,
  relsPartOf,
  removePart,
  resolveTarget,
  withUtf8Declaration,
  type Package,
} from "./opc";
import {
  contentTypeOf,
  withDefault,
  withOverride,
  withoutOverride,
  withoutRelationships,
  withRelationship,
} from "./packageXml";
import { patchSheet, type CellChange, type Content, type SheetChanges } from "./sheetPatch";
import { columnOf, rowAt, scanSheet, type SheetScan } from "./sheetScan";
import { fingerprint, unsplice, type Reverse } from "./splice";
import { workbookParts, type WorkbookParts } from "./workbookParts";
import { attr, decode, eachTag, escapeText, findTag, isMain, rootOf } from "./xml";

/**
 * The xlsx side of the host layer. A workbook file (.xlsx, .xlsm and their templates) is read
 * straight from its package: one Grid per worksheet, the snapshot the layout recogniser reads,
 * the same as from the Office.js adapter. A WorkbookPatch is written by changing only what the
 * add-in writes (the touched cells of the touched sheets, the validations and grade formats it
 * adds, the grade fills among the styles, its record, and the content types and relationships
 * that name its parts); every other part keeps its bytes, every other element of a touched sheet
 * its text. What each change replaced is kept with the record, so undo gives back every part as it
 * was while the parts are as the add-in left them.
 */

export type FileIssueCode = Extract<IssueCode, `file.${string}`>;

export type WorkbookRead =
  { ok: true; grids: Grid[] } | { ok: false; issue: Issue & { code: FileIssueCode } };

/** A workbook opened from its package, ready to read, patch and save. */
export interface XlsxWorkbook {
  readonly pkg: Package;
  readonly parts: WorkbookParts;
  /** Each worksheet's text, where its cells are, and its Grid (rebuilt after a patch). */
  readonly sheets: Map<string, SheetState>;
  /** The add-in's record and what its writes replaced, part by part. */
  record: WriteRecord | null;
  restore: Restore;
  /** The custom XML part holding the record, when the workbook has one. */
  recordPart: string | null;
}

interface SheetState {
  part: string;
  scanned: { grid: Grid; scan: SheetScan; xml: string } | null;
}

export type WorkbookOpen =
  | {
      ok: true;
      workbook: XlsxWorkbook;
      snapshot: WorkbookSnapshot;
      /** The bytes read. */
      source: Uint8Array;
      /** The main part's content type says which extension the workbook takes. */
      extension: WorkbookExtension;
    }
  | { ok: false; issue: Issue & { code: FileIssueCode } };

/** What a package is, by its main part's content type: a workbook, a macro-enabled one, or either
 * as a template. A copy keeps its kind, so it must keep its extension. */
export type WorkbookExtension = ".xlsx" | ".xlsm" | ".xltx" | ".xltm";

const EXTENSIONS: Record<string, WorkbookExtension> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": ".xlsx",
  "application/vnd.ms-excel.sheet.macroenabled.main+xml": ".xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": ".xltx",
  "application/vnd.ms-excel.template.macroenabled.main+xml": ".xltm",
};

function failure(code: FileIssueCode, file: string): { ok: false; issue: Issue & { code: FileIssueCode } } {
  return { ok: false, issue: { ...issue(code, { file }), code } };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

/** The first bytes of an OLE compound file. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** An encrypted OOXML package is the compound file's EncryptedPackage stream; directory entry
 * names are UTF-16LE. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const sequence = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const first = sequence[0] as number;
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1))
    if (sequence.every((b, j) => bytes[i + j] === b)) return true;
  return false;
}

/** Reads a workbook file. A file that cannot be read gives an issue naming it, never a throw. */
export async function readWorkbook(path: string): Promise<WorkbookRead> {
  const open = await openWorkbook(path);
  return open.ok ? { ok: true, grids: open.snapshot.grids } : open;
}

/** Reads a workbook file as `readWorkbook` does, keeping the package to patch and save. */
export async function openWorkbook(path: string): Promise<WorkbookOpen> {
  const [{ readFile }, { basename }] = await Promise.all([import("fs/promises"), import("path")]);
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return failure(isMissing(error) ? "file.notFound" : "file.unreadable", file);
  }
  return loadWorkbook(bytes, file);
}

/** Reads workbook bytes (a file, or one picked in the browser): its Grids and the add-in's
 * record. Bytes that are not a readable workbook give an issue naming the file. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<WorkbookOpen> {
  if (isCompoundFile(bytes))
    return failure(isEncryptedPackage(bytes) ? "file.encrypted" : "file.legacyXls", file);
  let workbook: XlsxWorkbook;
  let extension: WorkbookExtension | undefined;
  try {
    const pkg = await openPackage(bytes);
    const parts = await workbookParts(pkg);
    if (parts === null || parts.sheets.length === 0) return failure("file.unreadable", file);
    const types = (await partText(pkg, "[Content_Types].xml")) ?? "";
    extension = EXTENSIONS[(contentTypeOf(types, parts.workbook) ?? "").toLowerCase()];
    if (extension === undefined) return failure("file.unreadable", file);
    workbook = {
      pkg,
      parts,
      sheets: new Map(parts.sheets.map((s) => [s.name, { part: s.part, scanned: null }])),
      record: null,
      restore: emptyRestore(),
      recordPart: null,
    };
    await readRecord(workbook);
    for (const name of workbook.sheets.keys())
      if ((await scanned(workbook, name)) === null) return failure("file.unreadable", file);
  } catch {
    return failure("file.unreadable", file);
  }
  return { ok: true, workbook, snapshot: await snapshotOf(workbook), source: bytes, extension };
}

/** A sheet's text, Grid and cell positions, read again when a patch has changed it. */
async function scanned(workbook: XlsxWorkbook, name: string): Promise<SheetState["scanned"]> {
  const state = workbook.sheets.get(name);
  if (!state) return null;
  if (state.scanned) return state.scanned;
  const xml = await partText(workbook.pkg, state.part);
  if (xml === null) return null;
  const read = scanSheet(xml, {
    name,
    strings: workbook.parts.strings,
    styles: workbook.parts.styles,
    date1904: workbook.parts.date1904,
  });
  state.scanned = read && { ...read, xml };
  return state.scanned;
}

/** The snapshot the operations read (src/plan/operations.ts). Files are never opened read-only. */
export async function snapshotOf(workbook: XlsxWorkbook): Promise<WorkbookSnapshot> {
  const grids: Grid[] = [];
  for (const name of workbook.sheets.keys()) {
    const read = await scanned(workbook, name);
    if (read) grids.push(read.grid);
  }
  return { grids, record: workbook.record, readOnly: false };
}

// ---------------------------------------------------------------------------------------------
// The record, and what the add-in's writes replaced

/** What each write replaced, part by part, in the order written (undo applies them backwards
 * while a part is exactly as the add-in left it), and the parts the add-in added. */
const Layer = z.object({
  part: z.string(),
  /** The fingerprint of the part's text after the write. */
  after: z.string(),
  edits: z.array(z.tuple([z.number(), z.number(), z.string()])),
});
const Restore = z.object({
  layers: z.array(Layer),
  added: z.array(z.object({ part: z.string(), after: z.string() })),
});
type Restore = z.infer<typeof Restore>;

const emptyRestore = (): Restore => ({ layers: [], added: [] });

/** The element holding what the writes replaced, inside the record part (not CDATA: the record's
 * reader takes every CDATA section as the record). */
const RESTORE_NAMESPACE = "urn:kpi-scoring-addin:restore";
const RESTORE = /<restore xmlns="urn:kpi-scoring-addin:restore">([\s\S]*?)<\/restore>/;

const CUSTOM_XML = /^customXml\/item(\d+)\.xml$/i;
const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const RECORD_ID = "{5E0C9F2A-6B4D-4C1E-9A7F-3D2B8E6C1A40}";

/** The add-in's record among the package's custom XML parts (found by its namespace). */
async function readRecord(workbook: XlsxWorkbook): Promise<void> {
  for (const entry of workbook.pkg.names.values()) {
    if (!CUSTOM_XML.test(entry)) continue;
    const xml = (await partText(workbook.pkg, entry)) ?? "";
    if (!xml.includes(RECORD_NAMESPACE)) continue;
    const record = recordFromXml(xml);
    if (!record) continue;
    workbook.record = record;
    workbook.recordPart = entry;
    workbook.restore = restoreIn(xml);
    return;
  }
}

function restoreIn(xml: string): Restore {
  const m = RESTORE.exec(xml);
  if (!m) return emptyRestore();
  try {
    const parsed = Restore.safeParse(JSON.parse(decode(m[1] as string)));
    return parsed.success ? parsed.data : emptyRestore();
  } catch {
    return emptyRestore();
  }
}

// ---------------------------------------------------------------------------------------------
// Applying a patch

/** What this adapter cannot write of a patch, said before anything is written: a cell inside an
 * array formula or a data table that fills several cells (Excel changes those only whole). Read
 * from the sheets as the last snapshot read them. */
export function refusals(workbook: XlsxWorkbook, patch: WorkbookPatch): PatchWarning[] {
  const out: PatchWarning[] = [];
  const bySheet = groupBy(patch.writes, (w) => w.sheet);
  for (const [sheet, writes] of bySheet) {
    const read = workbook.sheets.get(sheet)?.scanned;
    if (!read) continue;
    const areas = arrayAreas(read.scan);
    if (areas.length === 0) continue;
    for (const w of writes) {
      const at = boxOf(w.cell);
      const area =
        at &&
        areas.find((a) => at.top >= a.top && at.top <= a.bottom && at.left >= a.left && at.left <= a.right);
      if (area)
        out.push({
          code: "patch.arrayFormula",
          params: { sheet, cell: w.cell, range: area.ref },
          sheet,
          cell: w.cell,
        });
    }
  }
  return out;
}

/** Array formulas and data tables that fill more than one cell. */
function arrayAreas(scan: SheetScan) {
  const out: Array<{ top: number; left: number; bottom: number; right: number; ref: string }> = [];
  for (const row of scan.rows)
    for (const cell of row.cells) {
      const f = cell.formula;
      if (!f || f.type === "shared" || f.ref === undefined) continue;
      const box = boxOf(f.ref);
      if (box && (box.bottom > box.top || box.right > box.left)) out.push({ ...box, ref: f.ref });
    }
  return out;
}

/** An undo: cells put back, the add-in's validations and formats removed, nothing added. */
const isUndo = (patch: WorkbookPatch): boolean =>
  patch.writes.every((w) => w.role === "restore") &&
  patch.validations.length === 0 &&
  patch.formats.length === 0 &&
  (patch.writes.length > 0 || patch.removals.validations.length > 0 || patch.removals.formats.length > 0);

/** Changes made during one application, part by part: the text each part had first. */
interface Session {
  workbook: XlsxWorkbook;
  before: Map<string, string>;
  /** Precise undo edits of the parts patched cell by cell (worksheets). */
  reverse: Map<string, Reverse[]>;
  /** The fingerprints of the parts written as bytes (worksheets), taken as they were written. */
  after: Map<string, string>;
  added: Set<string>;
}

async function edit(
  session: Session,
  part: string,
  change: (text: string | null) => string | null,
): Promise<void> {
  const pkg = session.workbook.pkg;
  const text = await partText(pkg, part);
  const next = change(text);
  if (next === text) return;
  const name = entryOf(pkg, part) ?? part;
  if (text === null) session.added.add(name);
  else if (!session.before.has(name) && !session.added.has(name)) session.before.set(name, text);
  session.after.delete(name);
  if (next === null) removePart(pkg, name);
  else putPart(pkg, name, next);
}

/**
 * Applies a patch to the workbook: removals, cell writes (values as they are, null empties a
 * cell, formulas with the value they show from `results`, a run down a column as one shared
 * formula), validations and grade formats, then the record. Conflicts, blocks and `refusals` are
 * the caller's to settle before: everything given is applied. Says which validations it could not
 * write (a list longer than Excel reads).
 */
export async function applyPatch(workbook: XlsxWorkbook, patch: WorkbookPatch): Promise<PatchWarning[]> {
  const session: Session = {
    workbook,
    before: new Map(),
    reverse: new Map(),
    after: new Map(),
    added: new Set(),
  };
  const restored = isUndo(patch) ? await undoLayers(workbook, session) : new Set<string>();
  const warnings: PatchWarning[] = [];
  const tones = new Set<GradeTone>(patch.formats.flatMap((f) => f.grades.map((g) => g.tone)));
  const dxf = tones.size > 0 ? await gradeFills(session, [...tones]) : {};
  const sheets = new Set([
    ...patch.writes.map((w) => w.sheet),
    ...patch.validations.map((v) => v.sheet),
    ...patch.formats.map((f) => f.sheet),
    ...patch.removals.validations.map((r) => r.sheet),
    ...patch.removals.formats.map((r) => r.sheet),
  ]);
  const emptied: Array<{ sheet: string; cell: string }> = [];
  const writesBySheet = groupBy(patch.writes, (w) => w.sheet);
  let written = false;
  for (const sheet of sheets) {
    const state = workbook.sheets.get(sheet);
    if (!state) throw new Error(`no worksheet named ${sheet}`);
    if (restored.has(state.part)) continue;
    const read = await scanned(workbook, sheet);
    if (!read) throw new Error(`worksheet ${sheet} cannot be read`);
    const writes = writesBySheet.get(sheet) ?? [];
    const changes = sheetChanges(workbook, patch, sheet, writes, read.scan, dxf);
    for (const w of writes) if (w.before.formula !== undefined && !("formula" in w)) emptied.push(w);
    const { bytes, after, reverse, skipped } = patchSheet(read.xml, read.scan, changes, withUtf8Declaration);
    for (const v of skipped)
      warnings.push({ code: "patch.listTooLong", params: { sheet, range: v.range }, sheet, cell: v.range });
    written ||= changes.cells.length > 0;
    if (reverse.length === 0) continue;
    session.before.set(state.part, read.xml);
    session.reverse.set(state.part, reverse);
    putPart(workbook.pkg, state.part, bytes);
    session.after.set(state.part, after);
    state.scanned = null;
  }
  if (emptied.length > 0) await dropFromCalcChain(session, emptied);
  const functions = patch.writes.some((w) => "formula" in w && /KPI\./i.test(w.formula));
  if (written && !functions) await recalculateOnLoad(session);
  if (functions && patch.mode === "functions") await nameTheAddin(session);
  await writeRecord(session, patch.record);
  return warnings;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** One sheet's share of the patch (its writes given apart), as cell contents and ranges. */
function sheetChanges(
  workbook: XlsxWorkbook,
  patch: WorkbookPatch,
  sheet: string,
  writes: readonly CellWrite[],
  scan: SheetScan,
  dxf: Partial<Record<GradeTone, number>>,
): SheetChanges {
  // Cells in the order written (a roster's row by row, as the sheet holds them); a run of
  // formulas down a column is then marked as one shared formula in its cells' contents.
  const cells: CellChange[] = [];
  const formulas: Array<FormulaCell & { content: Extract<Content, { formula: string }> }> = [];
  for (const w of writes) {
    const digits = rowDigits(w.cell);
    if (digits < 0) continue;
    const row = Number(w.cell.slice(digits));
    const column = columnOf(w.cell);
    if ("formula" in w) {
      const content: Extract<Content, { formula: string }> = {
        formula: w.formula.startsWith("=") ? w.formula.slice(1) : w.formula,
      };
      const result = resultOf(workbook, w);
      if (result !== undefined) content.result = result;
      cells.push({ row, column, content });
      formulas.push({ column: w.cell.slice(0, digits), row, formula: content.formula, content });
    } else cells.push({ row, column, content: { value: valueOf(workbook, w) } });
  }
  let si = scan.maxShared + 1;
  for (const run of sharedRuns(formulas)) {
    if (run.length < 2) continue;
    const first = run[0] as (typeof run)[number];
    const last = run[run.length - 1] as (typeof run)[number];
    const ref = `${first.column}${first.row}:${last.column}${last.row}`;
    const group = sharedGroupAt(scan, first.row, columnOf(first.column), ref) ?? si++;
    const follower = { si: group };
    first.content.shared = { si: group, ref };
    for (let i = 1; i < run.length; i++) (run[i] as (typeof run)[number]).content.shared = follower;
  }
  return {
    cells,
    validations: patch.validations.filter((v) => v.sheet === sheet),
    formats: patch.formats
      .filter((f) => f.sheet === sheet)
      .map((f) => ({
        range: f.range,
        rules: f.grades.map((g) => ({ text: g.text, dxf: dxf[g.tone] ?? 0 })),
      })),
    removeValidations: patch.removals.validations.filter((r) => r.sheet === sheet).map((r) => r.range),
    removeFormats: patch.removals.formats.filter((r) => r.sheet === sheet).map((r) => r.range),
  };
}

/** Where the row's digits begin in an A1 address in capitals (`G5`), or -1 for anything else: read
 * by character codes, as /^([A-Z]+)(\d+)$/ would, for each of a roster's thousands of writes. */
function rowDigits(cell: string): number {
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) >= 65 && cell.charCodeAt(i) <= 90) i++;
  if (i === 0 || i === cell.length) return -1;
  for (let j = i; j < cell.length; j++) if (cell.charCodeAt(j) < 48 || cell.charCodeAt(j) > 57) return -1;
  return i;
}

/** The group id of the shared formula the sheet already has over exactly this range (written by
 * an earlier scoring), so scoring again writes the same text. */
function sharedGroupAt(scan: SheetScan, row: number, column: number, ref: string): number | null {
  const spot = rowAt(scan, row)?.cells.find((c) => c.column === column);
  const f = spot?.formula;
  return f?.type === "shared" && f.ref === ref && f.si !== undefined ? Number(f.si) : null;
}

/** A value write as the cell takes it: an error put back by undo is an error again. */
function valueOf(workbook: XlsxWorkbook, w: CellWrite & { value: CellValue }): CellValue {
  if (w.role === "restore" && typeof w.value === "string" && workbook.record) {
    const before = recordedCell(workbook.record, w.sheet, w.cell)?.before.value;
    if (before !== null && typeof before === "object") return before;
  }
  return w.value;
}

/** The value a written formula shows: what it held before, put back by undo, or the computed one. */
function resultOf(workbook: XlsxWorkbook, w: Extract<CellWrite, { formula: string }>): CellValue | undefined {
  if (w.role === "restore")
    return workbook.record ? recordedCell(workbook.record, w.sheet, w.cell)?.before.value : undefined;
  return w.shows;
}

/** The styles part with the grade fills, and the index of each tone's. */
async function gradeFills(session: Session, tones: GradeTone[]): Promise<Partial<Record<GradeTone, number>>> {
  const { workbook } = session;
  let part = workbook.parts.stylesPart;
  if (part === null) {
    part = "xl/styles.xml";
    await register(session, workbook.parts.workbook, part, STYLES_REL, STYLES_TYPE);
    workbook.parts.stylesPart = part;
  }
  let dxf: Partial<Record<GradeTone, number>> = {};
  await edit(session, part, (text) => {
    const filled = withGradeFills(text ?? EMPTY_STYLES, tones);
    dxf = filled.dxf;
    return filled.xml;
  });
  return dxf;
}

const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** Adds the relationship from `source` to `part` and its content type override, if missing. */
async function register(
  session: Session,
  source: string,
  part: string,
  type: string,
  contentType: string | null,
) {
  await edit(
    session,
    relsPartOf(source),
    (rels) =>
      withRelationship(rels, type, relativeTarget(source, part), (t) => resolveTarget(source, t) === part)
        .xml,
  );
  if (contentType !== null)
    await edit(session, "[Content_Types].xml", (types) => withOverride(types ?? "", part, contentType));
}

/**
 * Excel keeps the formula cells it last calculated in calcChain.xml and repairs a file whose
 * chain names a cell without a formula: cells whose formula the add-in replaced with a value leave
 * the chain (Excel adds the add-in's own formulas when it calculates).
 */
async function dropFromCalcChain(session: Session, cells: ReadonlyArray<{ sheet: string; cell: string }>) {
  const { workbook } = session;
  const rel = (await relationshipsOf(workbook.pkg, workbook.parts.workbook)).find(
    (r) => isType(r, "calcChain") && !r.external,
  );
  if (!rel) return;
  const ids = new Map(workbook.parts.sheets.map((s) => [s.name, s.id]));
  const gone = new Set(cells.map((c) => `${ids.get(c.sheet)}!${c.cell}`));
  await edit(session, rel.target, (text) => (text === null ? null : withoutChainCells(text, gone)));
}

/** The chain without the cells `gone` names ("sheetId!A1"); an entry that named its sheet only by
 * following a removed one names it again. */
function withoutChainCells(text: string, gone: ReadonlySet<string>): string {
  let sheet = "";
  let previous = "";
  let out = "";
  let from = 0;
  eachTag(text, (tag) => {
    if (tag.kind === "close" || tag.local !== "c" || !isMain(tag.uri)) return;
    const own = attr(tag.attrs, "i");
    if (own !== undefined) sheet = own;
    if (gone.has(`${sheet}!${attr(tag.attrs, "r") ?? ""}`)) {
      out += text.slice(from, tag.start);
      from = tag.end;
      return;
    }
    if (own === undefined && sheet !== previous) {
      out += `${text.slice(from, tag.start)}<${tag.name} i="${sheet}"${tag.attrs}${tag.kind === "empty" ? "/>" : ">"}`;
      from = tag.end;
    }
    previous = sheet;
  });
  return out + text.slice(from);
}

/** Other cells may read the cells written: the workbook asks Excel to calculate when opened
 * (not in functions mode, where a calculation without the add-in would show #NAME?). */
async function recalculateOnLoad(session: Session) {
  await edit(session, session.workbook.parts.workbook, (text) => {
    if (text === null) return null;
    const calc = findTag(text, (t) => t.kind !== "close" && t.local === "calcPr" && isMain(t.uri));
    if (calc) {
      if (attr(calc.attrs, "fullCalcOnLoad") === "1") return text;
      const attrs = calc.attrs.replace(/\sfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, "");
      return `${text.slice(0, calc.start)}<${calc.name}${attrs} fullCalcOnLoad="1"${text.slice(calc.end - (calc.kind === "empty" ? 2 : 1))}`;
    }
    const root = rootOf(text);
    if (!root) return text;
    const p = root.name.includes(":") ? `${root.name.split(":")[0]}:` : "";
    let at = text.lastIndexOf(`</${root.name}`);
    for (const name of AFTER_CALC) {
      const tag = findTag(text, (t) => t.kind !== "close" && t.local === name && isMain(t.uri));
      if (tag && tag.start < at) at = tag.start;
    }
    return `${text.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${text.slice(at)}`;
  });
}

/** Elements that follow calcPr in a workbook part, in schema order. */
const AFTER_CALC = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const TASKPANES_REL = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const WEBEXTENSION_REL = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const TASKPANES_TYPE = "application/vnd.ms-office.webextensiontaskpanes+xml";
const WEBEXTENSION_TYPE = "application/vnd.ms-office.webextension+xml";
const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A workbook holding KPI functions names the add-in in a web-extension part with a task pane
 * ([MS-OWEXML]), as Excel saves a workbook that uses an add-in: Excel then offers to load it, and
 * loading it binds the functions. Nothing is added when the workbook names the add-in already.
 */
async function nameTheAddin(session: Session) {
  const pkg = session.workbook.pkg;
  const panes = (await relationshipsOf(pkg, "")).find((r) => r.type === TASKPANES_REL && !r.external);
  if (panes)
    for (const rel of await relationshipsOf(pkg, panes.target))
      if (rel.type === WEBEXTENSION_REL && ((await partText(pkg, rel.target)) ?? "").includes(ADDIN.id))
        return;
  const panesPart = panes?.target ?? "xl/webextensions/taskpanes.xml";
  let n = 1;
  while (hasPart(pkg, `xl/webextensions/webextension${n}.xml`)) n++;
  const part = `xl/webextensions/webextension${n}.xml`;
  await edit(session, part, () => webExtensionXml());
  await edit(session, "[Content_Types].xml", (types) =>
    withOverride(withOverride(types ?? "", part, WEBEXTENSION_TYPE), panesPart, TASKPANES_TYPE),
  );
  let id = "";
  await edit(session, relsPartOf(panesPart), (rels) => {
    const added = withRelationship(
      rels,
      WEBEXTENSION_REL,
      relativeTarget(panesPart, part),
      (t) => resolveTarget(panesPart, t) === part,
    );
    id = added.id;
    return added.xml;
  });
  const pane = `<wetp:taskpane dockstate="right" visibility="1" width="350" row="0"><wetp:webextensionref xmlns:r="${R_NS}" r:id="${id}"/></wetp:taskpane>`;
  await edit(session, panesPart, (text) =>
    text === null
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${WETP_NS}">${pane}</wetp:taskpanes>`
      : text.replace(
          /(<\/(?:[\w.-]+:)?taskpanes>)\s*$/,
          (close) => `${pane.replace(/wetp:/g, prefixIn(text, WETP_NS))}${close}`,
        ),
  );
  await edit(
    session,
    "_rels/.rels",
    (rels) => withRelationship(rels, TASKPANES_REL, panesPart, (t) => resolveTarget("", t) === panesPart).xml,
  );
}

/** The prefix a part's root declares for a namespace ("wetp:" when it declares none). */
function prefixIn(text: string, namespace: string): string {
  const root = rootOf(text);
  if (!root) return "wetp:";
  for (const [prefix, uri] of root.scope) if (uri === namespace) return prefix === "" ? "" : `${prefix}:`;
  return "wetp:";
}

/** The web-extension part naming the add-in: by its manifest id, in the organisation's catalog
 * (centralized deployment) and, as the alternative, sideloaded. */
function webExtensionXml(): string {
  const reference = (store: string, type: string) =>
    `<we:reference id="${ADDIN.id}" version="${ADDIN.version}" store="${store}" storeType="${type}"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${WE_NS}" id="${ADDIN.instance}">${reference("EXCatalog", "EXCatalog")}<we:alternateReferences>${reference("developer", "Registry")}</we:alternateReferences><we:properties/><we:bindings/></we:webextension>`;
}

/**
 * Writes the record (with what this and earlier writes replaced) as a custom XML part, or removes
 * it when the patch says null. Then keeps what this application replaced, part by part.
 */
async function writeRecord(session: Session, record: WriteRecord | null) {
  const { workbook } = session;
  const pkg = workbook.pkg;
  if (record === null) {
    if (workbook.recordPart !== null) await removeRecord(session, workbook.recordPart);
    workbook.record = null;
    workbook.recordPart = null;
    workbook.restore = emptyRestore();
    return;
  }
  const part = workbook.recordPart ?? freeRecordPart(pkg);
  const number = CUSTOM_XML.exec(part)?.[1] ?? "1";
  const props = `customXml/itemProps${number}.xml`;
  if (workbook.recordPart === null) {
    await edit(session, props, () => itemPropsXml());
    await edit(
      session,
      relsPartOf(part),
      (rels) =>
        withRelationship(
          rels,
          CUSTOM_XML_PROPS_REL,
          `itemProps${number}.xml`,
          (t) => resolveTarget(part, t) === props,
        ).xml,
    );
    await edit(session, "[Content_Types].xml", (types) =>
      withOverride(withDefault(types ?? "", "xml", "application/xml"), props, CUSTOM_XML_PROPS_TYPE),
    );
    const book = workbook.parts.workbook;
    await edit(
      session,
      relsPartOf(book),
      (rels) =>
        withRelationship(
          rels,
          CUSTOM_XML_REL,
          relativeTarget(book, part),
          (t) => resolveTarget(book, t) === part,
        ).xml,
    );
  }
  const restore = withLayers(session);
  putPart(pkg, part, recordXml(record, restore));
  workbook.record = record;
  workbook.recordPart = part;
  workbook.restore = restore;
}

/** The restore data with this application's changes added as the newest layers. */
function withLayers(session: Session): Restore {
  const { workbook } = session;
  const restore: Restore = { layers: [...workbook.restore.layers], added: [...workbook.restore.added] };
  for (const [part, before] of session.before) {
    const now = workbook.pkg.changed.get(part);
    const after = session.after.get(part);
    const edits = session.reverse.get(part);
    if (after !== undefined && edits !== undefined) restore.layers.push({ part, after, edits });
    else if (typeof now === "string")
      restore.layers.push({ part, after: fingerprint(now), edits: edits ?? difference(before, now) });
  }
  for (const part of session.added) {
    const now = workbook.pkg.changed.get(part);
    if (typeof now === "string") restore.added.push({ part, after: fingerprint(now) });
  }
  return restore;
}

/** One undo edit that turns `after` back into `before`: what lies between their common start and
 * common end (the small parts change in one place or a few close ones). */
function difference(before: string, after: string): Reverse[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return [[start, after.length - start - end, before.slice(start, before.length - end)]];
}

function recordXml(record: WriteRecord, restore: Restore): string {
  const kept = restore.layers.length > 0 || restore.added.length > 0;
  if (!kept) return recordToXml(record);
  return recordToXml(
    record,
    `<restore xmlns="${RESTORE_NAMESPACE}">${escapeText(JSON.stringify(restore))}</restore>`,
  );
}

const itemPropsXml = (): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${RECORD_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${RECORD_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;

/** The first custom XML item number no part uses. */
function freeRecordPart(pkg: Package): string {
  let n = 1;
  while (hasPart(pkg, `customXml/item${n}.xml`) || hasPart(pkg, `customXml/itemProps${n}.xml`)) n++;
  return `customXml/item${n}.xml`;
}

/** Removes the record part, its properties part and what names them. */
async function removeRecord(session: Session, part: string) {
  const { workbook } = session;
  const pkg = workbook.pkg;
  const props = (await relationshipsOf(pkg, part)).filter((r) => isType(r, "customXmlProps") && !r.external);
  for (const rel of props) {
    await edit(session, rel.target, () => null);
    await edit(session, "[Content_Types].xml", (types) =>
      types === null ? null : withoutOverride(types, rel.target),
    );
  }
  await edit(session, relsPartOf(part), () => null);
  await edit(session, part, () => null);
  const book = workbook.parts.workbook;
  await edit(session, relsPartOf(book), (rels) =>
    rels === null ? null : withoutRelationships(rels, (t) => resolveTarget(book, t) === part),
  );
}

/**
 * Undo's first step: each part the add-in changed, while its text is exactly what the add-in
 * left, gets back the text it had, layer by layer; the parts it added go. Returns the parts given
 * back; the others (changed since, by a person or another program) are undone cell by cell.
 */
async function undoLayers(workbook: XlsxWorkbook, session: Session): Promise<Set<string>> {
  const pkg = workbook.pkg;
  const restored = new Set<string>();
  const diverged = new Set<string>();
  const texts = new Map<string, string>();
  for (const layer of [...workbook.restore.layers].reverse()) {
    if (diverged.has(layer.part)) continue;
    const text = texts.get(layer.part) ?? (await partText(pkg, layer.part));
    if (text === null || fingerprint(text) !== layer.after) {
      diverged.add(layer.part);
      texts.delete(layer.part);
      continue;
    }
    texts.set(layer.part, unsplice(text, layer.edits));
  }
  for (const [part, text] of texts) {
    await edit(session, part, () => text);
    restored.add(part);
    for (const state of workbook.sheets.values()) if (state.part === part) state.scanned = null;
  }
  // A part the add-in added goes while the content types no longer name it.
  if (!diverged.has("[Content_Types].xml"))
    for (const added of workbook.restore.added) {
      const text = await partText(pkg, added.part);
      if (text !== null && fingerprint(text) === added.after) await edit(session, added.part, () => null);
    }
  workbook.restore = emptyRestore();
  // Layers given back now are no change of this application.
  session.before.clear();
  session.reverse.clear();
  session.after.clear();
  session.added.clear();
  return restored;
}

/** The workbook as package bytes. */
export async function workbookBytes(workbook: XlsxWorkbook): Promise<Uint8Array> {
  return packageBytes(workbook.pkg);
}
