import { normalizeText } from "../engine/normalize";
import { clean } from "../engine/precision";
import { address } from "./a1";
import { headerText, type ColumnMatch, type Columns } from "./columns";
import { valueAt } from "./grid";
import { evaluatorOf, WEIGHT_HEADER } from "./evaluatorHeader";
import type { HeaderRow } from "./header";
import { matchRole } from "./roles";
import { matchKey, type Sheet } from "./sheet";
import { readWeight, shareOf } from "./weight";

/**
 * Evaluator columns: where several people score each item (自评, 上级评分, 间接上级, 复核, 360 …),
 * each in a column of their own, with the weight the sheet gives them — in the header
 * (`自评(20%)`), in a weight cell merged down beside their column (`自评权重 | 30%`), or in a note
 * (`得分＝员工自评×20%＋直接上级×50%＋复核×30%`, `④=③×60%+②×40%` by the circled numbers over
 * the columns). The item's result goes in a column of its own (结果, 得分 …) when the sheet has one.
 */

export interface EvaluatorColumn {
  column: number;
  label: string;
  /** A fraction (0.2 for 20%); null while the sheet states none. */
  weight: number | null;
  /** The circled number over the column (①), which notes refer to. */
  marker?: string;
  /** The evaluator's weighted result beside their score (实得). */
  result?: number;
  /** The column beside their score holding their weight on each item's row (自评权重). */
  weightColumn?: number;
  /** The weight the header states, where a weight column beside says it again on each row. */
  headerWeight?: number;
}

// The weighted result under an evaluator's group: 评分 | 实得.
const RESULT = /^(实得|实得分|加权得分|得分)$/;
const MARKER = /^[①-⑳]$/;

/** The circled number in a header row between the top and the lowest, over a column. */
function markerOf(sheet: Sheet, header: HeaderRow, column: number): string | undefined {
  for (let r = header.row + 1; r < header.row + header.rows; r++) {
    const text = sheet.text(r, column);
    if (MARKER.test(text)) return text;
  }
  return undefined;
}

/** Circled numbers as a note is compared: NFKC would turn ③ into 3, so each becomes a word first. */
const uncircle = (text: string): string =>
  text.replace(/[①-⑳]/g, (c) => `ǂ${String.fromCharCode(97 + c.charCodeAt(0) - 0x2460)}`);

// A quick look for the words evaluator headers start with, before reading a header whole.
const EVALUATOR_WORD =
  /自|他评|上级|主管|领导|经理|总监|负责人|考核人|人力|人资|人事|复核|复评|审核|360|同事|同级|互评|self|manager|supervisor|review|peer|hr/;

/** Whether any header row over a column holds an evaluator's word (or its group does). */
function namesAnEvaluator(sheet: Sheet, header: HeaderRow, column: number): boolean {
  for (let r = header.row; r < header.row + header.rows; r++)
    if (EVALUATOR_WORD.test(sheet.key(r, column))) return true;
  return false;
}

/** Evaluator columns named in a table's header, left to right. */
export function evaluatorColumns(
  sheet: Sheet,
  header: HeaderRow,
  from: number,
  to: number,
): EvaluatorColumn[] {
  const out: EvaluatorColumn[] = [];
  let groupLeft = -1;
  for (let c = from; c <= to; c++) {
    if (sheet.hiddenColumn(c) || !namesAnEvaluator(sheet, header, c)) continue;
    const h = headerText(sheet, header.row, header.rows, c);
    if (h.text === "") continue;
    const group = h.groupText !== "" ? evaluatorOf(h.groupText) : null;
    if (group) {
      const left = sheet.areaAt(header.row, c)?.left ?? c;
      const last = out[out.length - 1];
      // a second sub-column under the same evaluator: their weighted result
      if (last && left === groupLeft) {
        if (RESULT.test(h.key)) last.result = c;
        continue;
      }
      groupLeft = left;
      const marker = markerOf(sheet, header, c);
      out.push({ column: c, label: group.label, weight: group.weight, ...(marker ? { marker } : {}) });
      continue;
    }
    const own = evaluatorOf(h.text);
    if (!own) continue;
    const marker = markerOf(sheet, header, c);
    out.push({ column: c, label: own.label, weight: own.weight, ...(marker ? { marker } : {}) });
  }
  return out;
}

/**
 * Settles a form's evaluators and its score column: evaluators are listed when there are at least
 * two and the sheet either has a result column of its own (结果, 得分, 考核实得分 …) or states all
 * their weights; then the score column is that result column (or none). Otherwise the sheet's
 * score column stays as its header words chose it (上级评分 over a 自评 kept for reference).
 */
/** Shares that add up to 1 within rounding (33.3% × 3). */
const SHARE_TOLERANCE = 0.005;

export function settleEvaluators(
  sheet: Sheet,
  header: HeaderRow,
  columns: Columns,
  segment: { from: number; to: number },
): EvaluatorColumn[] {
  const found = evaluatorColumns(sheet, header, segment.from, segment.to);
  if (found.length < 2) return [];
  const taken = new Set(found.flatMap((e) => (e.result === undefined ? [e.column] : [e.column, e.result])));
  const candidates = [columns.byRole.get("score"), ...columns.losers.filter((l) => l.role === "score")];
  const result = candidates.find((m): m is ColumnMatch => m !== undefined && !taken.has(m.column));
  for (const e of found) weightColumnBeside(sheet, header, columns, e);
  weightRowUnder(sheet, header, found);
  // without a result column, evaluators stand only on weights the sheet states (a note will do)
  if (!result && found.some((e) => e.weight === null))
    weighFromNote(sheet, found, header.row, header.row + header.rows + NOTE_ROWS_BELOW);
  let settled = found;
  if (!result && found.some((e) => e.weight === null)) {
    const weighed = found.filter((e) => e.weight !== null);
    const sum = weighed.reduce((s, e) => s + (e.weight as number), 0);
    // 自评（仅供参考）| 上级评（70%）| 人事评（30%）: the weighted ones make the whole, the other is aside
    if (weighed.length >= 2 && Math.abs(sum - 1) < SHARE_TOLERANCE) settled = weighed;
    // 自评（30%）| 上级评（70%）| 人资评: asked (layout.evaluatorWeights), never one column's figures
    else if (weighed.length === 0) return [];
  }
  if (result) columns.byRole.set("score", { ...result, role: "score" });
  else columns.byRole.delete("score");
  return settled;
}

/**
 * Whether a form's own result column holds a typed number on every item row (终评 | Final after
 * 自评 | 上级评): the final word is then written, and the evaluators' columns before it are opinions
 * it settles, which need no weights. Rows are 1-based, as items give them.
 */
export function resultTyped(sheet: Sheet, column: number, rows: readonly number[]): boolean {
  return (
    column >= 0 &&
    rows.length > 0 &&
    rows.every((r) => typeof valueAt(sheet.grid, r - 1, column) === "number")
  );
}

/**
 * A weight column right of an evaluator's column (`自评权重`, merged down over the items, or
 * written on each item's row): the first item's weight stands for the table, and each row's
 * weight is read on its row when scoring, since rows may weigh their evaluators differently.
 */
function weightColumnBeside(sheet: Sheet, header: HeaderRow, columns: Columns, e: EvaluatorColumn): void {
  const next = (e.result ?? e.column) + 1;
  const key = headerText(sheet, header.row, header.rows, next).key;
  if (!WEIGHT_HEADER.test(key) || matchRole(key, "form")?.synonym === key) return;
  const written = readWeight(sheet, header.row + header.rows, next);
  if (!written) return;
  // Said in the header and on each row: each row's is read, and checked against the header's.
  if (e.weight === null) e.weight = shareOf(written);
  else e.headerWeight = e.weight;
  e.weightColumn = next;
  columns.losers = columns.losers.filter((l) => l.column !== next);
}

// The label of a row right under a header giving weights (评分权重 | | 20% | 80%).
export const WEIGHT_ROW_LABEL = /^(评分权重|评分人权重|权重|占比|权重占比|weight|weights|weighting)$/;

/** Evaluator weights in the row right under the header, or right above it, labelled as weights in
 * its first cell. */
function weightRowUnder(sheet: Sheet, header: HeaderRow, evaluators: EvaluatorColumn[]): void {
  for (const row of [header.row + header.rows, header.row - 1]) {
    if (row < 0) continue;
    const width = sheet.grid.values[row]?.length ?? 0;
    let label = "";
    for (let c = 0; c < width && label === ""; c++) label = sheet.key(row, c);
    if (!WEIGHT_ROW_LABEL.test(label)) continue;
    // 评分权重 | 40% | 60% | (人资评 blank): the weights it gives, the rest settled by the caller
    const weights = evaluators.map((e) => readWeight(sheet, row, e.column));
    if (weights.filter((w) => w !== null).length < 2) continue;
    evaluators.forEach((e, i) => {
      const w = weights[i];
      if (e.weight === null && w) e.weight = shareOf(w);
    });
    return;
  }
}

// A weighted term of a note: `员工自评×20%`, `self 10%`, `③x60%`.
const TERM = /([^\d+=,，;；、。:：()（）%]+?)\s*(?:得分|评分)?\s*[×x*]?\s*(\d+(?:\.\d+)?)\s*%/g;

/** Which evaluator a note's term names: by its circled number, else by its label. */
function termOwner(term: string, evaluators: readonly EvaluatorColumn[]): EvaluatorColumn | undefined {
  const byMarker = evaluators.find((e) => e.marker !== undefined && term.endsWith(uncircle(e.marker)));
  if (byMarker) return byMarker;
  const keyOf = (text: string) => matchKey(text).replace(/[(（][^)）]*[)）]/g, "");
  return evaluators.find((e) => {
    const label = keyOf(e.label);
    return (
      term.endsWith(label) || label.startsWith(term) || (term.length >= 2 && label.startsWith(term.slice(-2)))
    );
  });
}

/** The weights a note states, when it names at least two of the evaluators; null otherwise. */
export function noteWeights(
  text: string,
  evaluators: readonly EvaluatorColumn[],
): Map<EvaluatorColumn, number> | null {
  if (!text.includes("%") && !text.includes("％")) return null;
  const key = normalizeText(uncircle(text)).toLowerCase().replace(/\s+/g, "");
  const weights = new Map<EvaluatorColumn, number>();
  for (const m of key.matchAll(TERM)) {
    const owner = termOwner(m[1] ?? "", evaluators);
    if (owner && !weights.has(owner)) weights.set(owner, clean(Number(m[2]) / 100));
  }
  return weights.size >= 2 ? weights : null;
}

// Rows around a table looked through for a note on how its evaluators combine.
const NOTE_ROWS_ABOVE = 4;
const NOTE_ROWS_BELOW = 15;

/**
 * Gives the evaluators whose weight is not written beside them the weights of a note near the
 * table; those the note leaves out weigh 0 when the others add up to 100%. Returns the note's cell.
 */
export function weighFromNote(
  sheet: Sheet,
  evaluators: EvaluatorColumn[],
  top: number,
  bottom: number,
): string | null {
  if (evaluators.length === 0 || evaluators.every((e) => e.weight !== null)) return null;
  const last = Math.min(sheet.grid.rows - 1, bottom + NOTE_ROWS_BELOW);
  for (let r = Math.max(0, top - NOTE_ROWS_ABOVE); r <= last; r++) {
    const values = sheet.grid.values[r] ?? [];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (typeof v !== "string" || !/[%％]/.test(v)) continue;
      const weights = noteWeights(v, evaluators);
      if (!weights) continue;
      const sum = [...weights.values()].reduce((s, w) => s + w, 0);
      for (const e of evaluators) e.weight = weights.get(e) ?? (Math.abs(sum - 1) < 1e-9 ? 0 : e.weight);
      return address(r, c);
    }
  }
  return null;
}
