import type { WorkbookSnapshot } from "../plan/operations";
import type { PatchConflict, PatchWarning, WorkbookPatch } from "../plan/patch";
import { RECORD_NAMESPACE, recordFromXml, recordToXml, type WriteRecord } from "../plan/record";
import type { Host } from "./host";
import { gridFromSheet, rangesOf, type SheetData } from "./officeGrid";
import { checkRequirements, type Capabilities } from "./officeRequirements";
import { cellBlocks, gradeRules, validationOf, webRefusals } from "./officeWrites";

/**
 * The Office.js side of the host layer: a live workbook read as the same snapshot the xlsx adapter
 * gives, and a WorkbookPatch applied to it. Every operation takes a constant number of
 * `context.sync` calls whatever the number of rows or sheets (DESIGN.md): read in 2, apply in 2,
 * because each round trip to Excel costs far more than the data it carries.
 *
 * Payload: Excel on the web limits one request or response to 5 MB. Splitting a batch into chunks
 * would cost a sync per chunk, a count growing with the rows, so nothing is split: on the web, a
 * 10,000-person roster reads within the limit (≈3.4 MB), but its portable formulas and their record
 * (≈8 MB) do not. Such a patch is refused before anything is written, saying how to go on
 * (`webRefusals`); desktop Excel has no such limit (figures: bench/office.bench.ts).
 */

/** A patch the adapter will not apply: it still has blocks (a protected sheet, a read-only
 * workbook, found in the patch or at the time of writing), conflicts the user has not settled, or
 * sheets renamed or deleted since it was planned (`sheets`: read again and plan again). Nothing has
 * been written when it is thrown. */
export class PatchRefusedError extends Error {
  constructor(
    readonly reason: "blocks" | "conflicts" | "sheetMissing",
    readonly issues: ReadonlyArray<PatchWarning | PatchConflict>,
    readonly sheets: readonly string[] = [],
  ) {
    super(`patch refused (${reason}): ${[...issues.map((i) => i.code), ...sheets].join(", ")}`);
    this.name = "PatchRefusedError";
  }
}

/** What the second sync brings back of one worksheet. */
interface SheetRead {
  name: string;
  range: Excel.Range;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  protection: Excel.WorksheetProtection;
  merges: Excel.RangeAreas | null;
  validations: Excel.RangeAreas;
  formats: Excel.RangeAreas;
}

/** Queues the loads of one worksheet: A1 to the used range's end (the Grid counts rows and columns
 * from A1), hidden rows and columns, protection, merges, validated and formatted cells. */
function queueSheet(sheet: Excel.Worksheet, capabilities: Capabilities): SheetRead {
  // getUsedRange gives A1 on a blank sheet rather than throwing, so this needs no sync first.
  const range = sheet.getRange("A1").getBoundingRect(sheet.getUsedRange());
  range.load("values,valueTypes,formulas,numberFormat");
  const whole = sheet.getRange();
  return {
    name: sheet.name,
    range,
    rows: range.getRowProperties({ rowHidden: true }),
    columns: range.getColumnProperties({ columnHidden: true }),
    protection: sheet.protection.load("protected"),
    // More than 512 merged areas make Excel fail this call (and the sync): no form has that many.
    merges: capabilities.merges ? range.getMergedAreasOrNullObject().load("address") : null,
    validations: whole.getSpecialCellsOrNullObject("DataValidations").load("address"),
    formats: whole.getSpecialCellsOrNullObject("ConditionalFormats").load("address"),
  };
}

const addressesOf = (areas: Excel.RangeAreas | null): string[] =>
  areas === null || areas.isNullObject ? [] : rangesOf(areas.address);

function sheetData(read: SheetRead): SheetData {
  return {
    name: read.name,
    values: read.range.values,
    valueTypes: read.range.valueTypes,
    formulas: read.range.formulas,
    numberFormat: read.range.numberFormat,
    hiddenRows: read.rows.value.map((r) => r.rowHidden === true),
    hiddenColumns: read.columns.value.map((c) => c.columnHidden === true),
    merges: addressesOf(read.merges),
    protected: read.protection.protected,
    validations: addressesOf(read.validations),
    conditionalFormats: addressesOf(read.formats),
  };
}

/** The first part of the add-in's namespace that parses as its record. */
function recordOf(xmls: ReadonlyArray<OfficeExtension.ClientResult<string>>): WriteRecord | null {
  for (const xml of xmls) {
    const record = recordFromXml(xml.value);
    if (record) return record;
  }
  return null;
}

/**
 * Every worksheet as a Grid, the add-in's record and the read-only state, in two syncs: the first
 * learns the sheets and record parts, the second loads everything of each at once.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  capabilities: Capabilities,
): Promise<WorkbookSnapshot> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  workbook.load("readOnly");
  const parts = workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE).load("items/id");
  await context.sync();
  const reads = sheets.items.map((sheet) => queueSheet(sheet, capabilities));
  const xmls = parts.items.map((part) => part.getXml());
  await context.sync();
  const record = recordOf(xmls);
  const own = { validations: record?.validations ?? [], formats: record?.formats ?? [] };
  return {
    grids: reads.map((read) => gridFromSheet(sheetData(read), own)),
    record,
    readOnly: workbook.readOnly,
  };
}

/** Sheets a patch changes, each once. */
function sheetsOf(patch: WorkbookPatch): string[] {
  return [
    ...new Set([
      ...patch.writes.map((w) => w.sheet),
      ...patch.validations.map((v) => v.sheet),
      ...patch.formats.map((f) => f.sheet),
      ...patch.removals.validations.map((r) => r.sheet),
      ...patch.removals.formats.map((r) => r.sheet),
    ]),
  ];
}

type Target = { name: string; sheet: Excel.Worksheet };

/** Refuses, at the time of writing, what changed since the read: the workbook made read-only, a
 * sheet protected, renamed or deleted. */
function refuseLive(readOnly: boolean, targets: readonly Target[]): void {
  if (readOnly) throw new PatchRefusedError("blocks", [{ code: "patch.readOnly", params: {}, sheet: "" }]);
  const missing = targets.filter((t) => t.sheet.isNullObject).map((t) => t.name);
  if (missing.length > 0) throw new PatchRefusedError("sheetMissing", [], missing);
  const locked = targets.filter((t) => t.sheet.protection.protected);
  if (locked.length > 0)
    throw new PatchRefusedError(
      "blocks",
      locked.map(({ name }) => ({ code: "patch.protected", params: { sheet: name }, sheet: name })),
    );
}

/** Queues the whole patch, in the order that keeps it right: the add-in's old validations and
 * formats are removed before the new ones are added on the same cells. */
function queuePatch(
  context: Excel.RequestContext,
  patch: WorkbookPatch,
  oldParts: Excel.CustomXmlPart[],
): void {
  const sheetOf = (name: string) => context.workbook.worksheets.getItem(name);
  // One recalculation after the whole batch rather than one per block of formulas.
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const r of patch.removals.validations) sheetOf(r.sheet).getRange(r.range).dataValidation.clear();
  for (const r of patch.removals.formats) sheetOf(r.sheet).getRange(r.range).conditionalFormats.clearAll();
  for (const block of cellBlocks(patch.writes))
    sheetOf(block.sheet).getRange(block.range).formulas = block.formulas;
  for (const v of patch.validations) {
    const validation = sheetOf(v.sheet).getRange(v.range).dataValidation;
    const { rule, prompt, errorAlert } = validationOf(v);
    // Excel refuses a rule on cells that already carry one; the planner keeps the template's.
    validation.clear();
    validation.rule = rule;
    validation.prompt = prompt;
    validation.errorAlert = errorAlert;
  }
  for (const f of patch.formats) {
    const formats = sheetOf(f.sheet).getRange(f.range).conditionalFormats;
    for (const g of gradeRules(f)) {
      const cellValue = formats.add("CellValue").cellValue;
      cellValue.rule = { formula1: g.formula1, operator: "EqualTo" };
      cellValue.format.fill.color = g.fill;
      cellValue.format.font.color = g.font;
    }
  }
  for (const part of oldParts) part.delete();
  if (patch.record) context.workbook.customXmlParts.add(recordToXml(patch.record));
}

/**
 * Applies a whole patch in two syncs, or nothing: a patch with blocks or unsettled conflicts is
 * refused before anything is read (the caller passes `conflicts: []` once the user has agreed),
 * and so is one whose workbook is read-only, or whose sheets are protected or gone, by now.
 */
export async function applyPatch(context: Excel.RequestContext, patch: WorkbookPatch): Promise<void> {
  if (patch.blocks.length > 0) throw new PatchRefusedError("blocks", patch.blocks);
  if (patch.conflicts.length > 0) throw new PatchRefusedError("conflicts", patch.conflicts);
  const workbook = context.workbook;
  workbook.load("readOnly");
  const sheets = sheetsOf(patch).map((name) => {
    const sheet = workbook.worksheets.getItemOrNullObject(name);
    sheet.protection.load("protected");
    return { name, sheet };
  });
  const parts = workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE).load("items/id");
  await context.sync();
  refuseLive(workbook.readOnly, sheets);
  queuePatch(context, patch, parts.items);
  await context.sync();
}

/** The name of the sheet the user is looking at. */
export async function activeSheetName(context: Excel.RequestContext): Promise<string> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  await context.sync();
  return sheet.name;
}

/** Shows a cell: its sheet activated, the cell selected. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

/** The range the user selected, its sheet and A1 address, in one sync. */
export async function selectedRange(
  context: Excel.RequestContext,
): Promise<{ sheet: string; range: string }> {
  const range = context.workbook.getSelectedRange().load("address");
  await context.sync();
  return splitAddress(range.address);
}

/** `'Sheet 1'!$A$4:$F$8` → the sheet and `A4:F8`; a range of one cell is that cell (`F9`); a whole
 * row or column stays one (`4:4`, `A:A`), not a cell address it is not. */
export function splitAddress(full: string): { sheet: string; range: string } {
  const at = full.lastIndexOf("!");
  const quoted = /^'(.*)'$/.exec(full.slice(0, at));
  const sheet = quoted ? (quoted[1] as string).replace(/''/g, "'") : full.slice(0, at);
  const [from, to = from] = full
    .slice(at + 1)
    .replace(/\$/g, "")
    .split(":");
  const cell = /^[A-Z]+\d+$/.test(from as string);
  return { sheet, range: from === to && cell ? (from as string) : `${from}:${to}` };
}

/** The Host of the task pane, in Excel. Requirement sets are checked once, when it is made; what
 * this Excel lacks is the host's `problems`, which the task pane shows. On the web, a patch too
 * large for one request is refused before anything is written. */
export function officeHost(): Host {
  const { capabilities, issues } = checkRequirements();
  const web = Office.context.platform === Office.PlatformType.OfficeOnline;
  return {
    problems: issues,
    refusals: (patch) => (web ? webRefusals(patch) : []),
    read: () => Excel.run((context) => readSnapshot(context, capabilities)),
    apply: (patch) => Excel.run((context) => applyPatch(context, patch)),
    activeSheet: () => Excel.run(activeSheetName),
    select: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
    selection: () => Excel.run(selectedRange),
  };
}
