import type { CellWrite, GradeFormat, PatchWarning, ValidationWrite, WorkbookPatch } from "../plan/patch";
import { recordToXml } from "../plan/record";
import { parseAddress, rangeOfRun, runsOf } from "../layout/a1";
import { TONE_FILL } from "./tones";

/**
 * A WorkbookPatch's writes in the shapes Office.js takes, computed before anything is queued:
 * cells grouped into blocks (one `formulas` assignment each), validation rules and grade formats.
 * Pure, so the grouping and the rules are tested without Excel.
 */

/** What one cell of a `formulas` assignment holds: a formula with =, or a constant. */
export type FormulaEntry = string | number | boolean;

/** Contiguous cells of one column or one row, written with one 2-D assignment. */
export interface CellBlock {
  sheet: string;
  /** A1 range: "H5:H9", "E7:G7" or "H5". */
  range: string;
  formulas: FormulaEntry[][];
}

/** Text Excel would read as something else when written (a number, date, percent, formula, error,
 * TRUE): written with Excel's leading apostrophe, which keeps it text and is not part of the value. */
const READ_AS_OTHER = /^[=+\-@#']|\d|^(true|false)$/i;

/** The entry of one write. `formulas` takes constants too, so one assignment covers both kinds;
 * null there would leave the cell as it is, so an emptied cell is "". */
export function entryOf(write: CellWrite): FormulaEntry {
  if ("formula" in write) return write.formula;
  const v = write.value;
  if (v === null) return "";
  if (typeof v === "string" && READ_AS_OTHER.test(v) && !isErrorText(v)) return `'${v}`;
  return v;
}

/** Excel's error values: undo writes them back as their text, which Excel reads as the error. */
const ERRORS = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
]);
const isErrorText = (v: string): boolean => ERRORS.has(v);

interface Placed {
  row: number;
  column: number;
  entry: FormulaEntry;
}

function blockOf(sheet: string, run: Placed[], vertical: boolean): CellBlock {
  return {
    sheet,
    range: rangeOfRun(run),
    formulas: vertical ? run.map((p) => [p.entry]) : [run.map((p) => p.entry)],
  };
}

/**
 * The writes as blocks: runs down a column first (score, total and grade columns), then what is
 * left alone in its column joined along rows. A cell written twice keeps its last write, as it
 * would written one by one.
 */
export function cellBlocks(writes: readonly CellWrite[]): CellBlock[] {
  const bySheet = new Map<string, Map<string, Placed>>();
  for (const write of writes) {
    const at = parseAddress(write.cell);
    if (!at) throw new Error(`not a cell address: ${write.sheet}!${write.cell}`);
    const cells = bySheet.get(write.sheet) ?? new Map<string, Placed>();
    bySheet.set(write.sheet, cells);
    cells.set(`${at.row},${at.column}`, { ...at, entry: entryOf(write) });
  }
  return [...bySheet].flatMap(([sheet, cells]) => {
    const down = runsOf(
      [...cells.values()],
      (p) => p.column,
      (p) => p.row,
    );
    const alone = down.filter((r) => r.length === 1).flat();
    return [
      ...down.filter((r) => r.length > 1).map((r) => blockOf(sheet, r, true)),
      ...runsOf(
        alone,
        (p) => p.row,
        (p) => p.column,
      ).map((r) => blockOf(sheet, r, false)),
    ];
  });
}

/** The validation as Office.js sets it (Excel.DataValidationRule, prompt, error alert). */
export function validationOf(v: ValidationWrite): {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
} {
  return {
    rule:
      v.rule.kind === "list"
        ? { list: { inCellDropDown: true, source: v.rule.items.join(",") } }
        : { decimal: bounds(v.rule.min, v.rule.max) },
    prompt: { showPrompt: true, title: v.prompt.title, message: v.prompt.message },
    errorAlert: {
      showAlert: true,
      style: v.alert.style === "stop" ? "Stop" : "Warning",
      title: v.alert.title,
      message: v.alert.message,
    },
  };
}

/** Percent bounds are fractions already (0.95 is 95%), which is what Excel compares with. */
function bounds(min: number | undefined, max: number | undefined): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: "Between" };
  if (max !== undefined) return { formula1: max, operator: "LessThanOrEqualTo" };
  // Any number at all when neither bound is given: Excel's smallest number as the floor.
  return { formula1: min ?? -9.99e307, operator: "GreaterThanOrEqualTo" };
}

/** One conditional format per grade: the cell equal to the grade's text (not "contains": A would
 * colour A+ too), filled with its tone's colours. */
export function gradeRules(f: GradeFormat): Array<{ formula1: string; fill: string; font: string }> {
  return f.grades.map((g) => ({ formula1: `="${g.text.replace(/"/g, '""')}"`, ...TONE_FILL[g.tone] }));
}

/** What the add-in sends Excel on the web in one request at most, in MB: the web's cap is 5 MB
 * (resource limits of Office add-ins), less a margin for what the estimate leaves out. */
const WEB_REQUEST_MB = 4.5;

const utf8 = new TextEncoder();
const sent = (x: unknown): number => utf8.encode(JSON.stringify(x)).length;

/**
 * About the bytes of the request that applies a patch: its cells as blocks, its record, its
 * validations and formats, as JSON. Tested against the recording fake's count (test/host).
 */
export function requestBytes(patch: WorkbookPatch): number {
  return (
    cellBlocks(patch.writes).reduce((n, b) => n + sent(b.range) + sent(b.formulas), 0) +
    (patch.record ? sent(recordToXml(patch.record)) : 0) +
    sent(patch.validations.map(validationOf)) +
    sent(patch.formats.map(gradeRules)) +
    sent(patch.removals)
  );
}

/** A patch too large for one request of Excel on the web, as a block; none otherwise. One request
 * whatever the rows (DESIGN.md): the user is told before anything is written, and how to go on —
 * with values where the patch writes formulas (far smaller), else in desktop Excel. */
export function webRefusals(patch: WorkbookPatch): PatchWarning[] {
  const bytes = requestBytes(patch);
  if (bytes <= WEB_REQUEST_MB * 1e6) return [];
  const size = Math.ceil(bytes / 1e5) / 10;
  const advice = patch.writes.some((w) => "formula" in w && w.role !== "restore") ? "values" : "desktop";
  return [{ code: "host.requestTooLarge", params: { size, limit: WEB_REQUEST_MB, advice }, sheet: "" }];
}
