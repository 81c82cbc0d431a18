import { address } from "./a1";
import type { HeaderBlock, HeaderField } from "./layout";
import { matchKey, type Sheet } from "./sheet";

/**
 * Header-block labels, longest first so that 被考核人 is read before 考核人. A label either stands
 * alone with its value in the next filled cell (`姓名 | 张三`), or shares its cell with the value
 * (`姓名：张三`), whose address is then the label's own cell.
 */
const LABELS: readonly (readonly [string, HeaderField])[] = (
  [
    ["被考核人姓名", "name"],
    ["部门责任人", "name"],
    ["被考核人", "name"],
    ["考核对象", "name"],
    ["被评估人", "name"],
    ["被评价人", "name"],
    ["被考评人", "name"],
    ["员工姓名", "name"],
    ["姓名", "name"],
    ["employeename", "name"],
    ["nameofemployee", "name"],
    ["employee", "name"],
    ["appraisee", "name"],
    ["staffname", "name"],
    ["name", "name"],
    ["被考核人部门", "department"],
    ["所属部门", "department"],
    ["所属单位", "department"],
    ["单位", "department"],
    ["所在部门", "department"],
    ["部门", "department"],
    ["department", "department"],
    ["dept", "department"],
    ["小组", "department"],
    ["所属门店", "department"],
    ["门店", "department"],
    ["门市", "department"],
    ["所属团队", "department"],
    ["团队", "department"],
    ["team", "department"],
    ["岗位名称", "position"],
    ["岗位", "position"],
    ["职位", "position"],
    ["职务", "position"],
    ["职称", "position"],
    ["position", "position"],
    ["designation", "position"],
    ["jobtitle", "position"],
    ["role", "position"],
    ["考核人姓名", "evaluator"],
    ["汇报对象", "evaluator"],
    ["考核人", "evaluator"],
    ["考评人", "evaluator"],
    ["评估人", "evaluator"],
    ["直接上级", "evaluator"],
    ["负责人", "evaluator"],
    ["reviewer", "evaluator"],
    ["appraiser", "evaluator"],
    ["考评期", "period"],
    ["考核月份", "period"],
    ["评核月份", "period"],
    ["评核期间", "period"],
    ["reviewperiod", "period"],
    ["评估月份", "period"],
    ["月份", "period"],
    ["考核期间", "period"],
    ["考核周期", "period"],
    ["考核时间", "period"],
    ["考核期", "period"],
    ["评估周期", "period"],
    ["评价时间", "period"],
    ["period", "period"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

// Blanks or separators between `label：value` pairs written in one cell.
const PAIR_GAP = /\s{2,}|[\t;；|]/;

// `姓    名：`, `部  门：` at the start of a cell or of a `label：value` pair.
const SPACED_LABEL = /(^|\s{2,})([\u4e00-\u9fa5])\s+([\u4e00-\u9fa5][:：])/g;

export interface FoundField {
  field: HeaderField;
  cell: string;
  label: string;
  row: number;
  column: number;
}

type Label = { fields: HeaderField[]; label: string; rest: string };

// Two labels joined in one cell (`部门-姓名 | 研发部-张三`): the value cell holds both fields.
const JOINED = /^([^-—/／、]+)[-—/／、]([^-—/／、]+)$/;

/** The label of the same field in another language starting `after`, right before a colon, with
 * the full stop of an abbreviation (`Dept.：`). */
function translationAfter(after: string, field: HeaderField): string | undefined {
  for (const [label, f] of LABELS) {
    if (f !== field || !after.startsWith(label)) continue;
    const stop = /^\.?(?=[:：])/.exec(after.slice(label.length));
    if (stop) return label + stop[0];
  }
  return undefined;
}

/** Another name of the same field in brackets right after a label (`(职位)` after 岗位), or "". */
function alsoNamed(after: string, field: HeaderField): string {
  const m = /^[(（]([^)）]{1,12})[)）]/.exec(after);
  return m && LABELS.some(([label, f]) => f === field && label === m[1]) ? m[0] : "";
}

function labelOf(key: string): Label | null {
  for (const [found, field] of LABELS) {
    if (!key.startsWith(found)) continue;
    // a bilingual label, the word then its translation (`姓名 Name：`, `部門 Dept：`), is one label,
    // and so is the word with another name of the field in brackets (`岗位(职位)`)
    const label =
      found + (translationAfter(key.slice(found.length), field) ?? alsoNamed(key.slice(found.length), field));
    const rest = key.slice(label.length).replace(/^[:：]/, "");
    // `考核人签字`, `部门负责人：` and similar words that only start like a label are not labels
    if (rest !== "" && !/^[:：]/.test(key.slice(label.length))) break;
    return { fields: [field], label, rest };
  }
  const joined = JOINED.exec(key);
  if (!joined) return null;
  const parts = [joined[1] ?? "", joined[2] ?? ""].map((p) => LABELS.find(([label]) => label === p));
  if (!parts[0] || !parts[1] || parts[0][1] === parts[1][1]) return null;
  return { fields: [parts[0][1], parts[1][1]], label: key, rest: "" };
}

/** Whether a token starts a `label：value` pair: a header label right before a colon. */
function startsPair(token: string): boolean {
  const colon = token.search(/[:：]/);
  if (colon <= 0) return false;
  const key = matchKey(token.slice(0, colon));
  return LABELS.some(([label]) => label === key);
}

/**
 * `label：value` pairs written in one cell: apart by wide blanks or separators
 * (`员工姓名：张三    工号：1`), or by single blanks before each label (`岗位：场控 部门：直播部`).
 */
function splitPairs(raw: string): string[] {
  const pairs = raw.split(PAIR_GAP);
  if (pairs.length > 1) return pairs;
  const out: string[] = [];
  for (const token of raw.split(/\s+/)) {
    if (out.length === 0 || startsPair(token)) out.push(token);
    else out[out.length - 1] = `${out[out.length - 1] as string} ${token}`;
  }
  return out.length > 1 && out.every(startsPair) ? out : pairs;
}

/** Header fields in rows [top, bottom) and columns [from, to]; the first of each field wins. */
export function findHeaderFields(
  sheet: Sheet,
  top: number,
  bottom: number,
  from: number,
  to: number,
): FoundField[] {
  const found: FoundField[] = [];
  const seen = new Set<HeaderField>();
  for (let r = top; r < bottom; r++) {
    if (sheet.hiddenRow(r)) continue;
    for (let c = from; c <= to; c++) {
      const area = sheet.areaAt(r, c);
      if (area && (area.left !== c || area.top !== r)) continue;
      const text = sheet.text(r, c);
      if (text === "" || text.length > 80) continue;
      // a two-character label spaced out to the width of longer ones: `姓    名：张三`
      const raw = text.includes(" ") ? text.replace(SPACED_LABEL, "$1$2$3") : text;
      // several `label：value` pairs in one cell (`员工姓名：张三    工号：1    评估月份：2026年01月`)
      const pairs = splitPairs(raw);
      if (pairs.length > 1) {
        for (const pair of pairs) {
          const label = labelOf(matchKey(pair));
          if (!label || label.rest === "") continue;
          for (const field of label.fields) {
            if (seen.has(field)) continue;
            seen.add(field);
            found.push({ field, cell: address(r, c), label: pair, row: r, column: c });
          }
        }
        continue;
      }
      if (raw.length > 40) continue;
      // a period alone on its row under the title (2024年5月, 2024年第二季度, May 2024): the period
      if (!seen.has("period") && PERIOD_ALONE.test(raw.trim()) && aloneOnRow(sheet, r, c, from, to)) {
        seen.add("period");
        found.push({ field: "period", cell: address(r, c), label: raw, row: r, column: c });
        continue;
      }
      const label = labelOf(sheet.key(r, c));
      if (!label || label.fields.every((f) => seen.has(f))) continue;
      let cell: string | null = null;
      if (label.rest !== "") cell = address(r, c);
      else {
        const next = (area ? area.right : c) + 1;
        if (next <= to && sheet.text(r, next) !== "" && !labelOf(sheet.key(r, next))) cell = address(r, next);
        // `小组： | (B2:D2 merged, empty)`: the room beside the label is where the value goes
        else if (next <= to && sheet.text(r, next) === "" && /[:：]$/.test(raw) && isRoom(sheet, r, next))
          cell = address(r, next);
        // `部门：` merged over room to write in, with no value beside it: the value goes in that cell
        else if (area && area.right > area.left && /[:：]$/.test(raw)) cell = address(r, c);
      }
      if (cell === null) continue;
      for (const field of label.fields) {
        if (seen.has(field)) continue;
        seen.add(field);
        found.push({ field, cell, label: raw, row: r, column: c });
      }
    }
  }
  return found;
}

// A month, quarter, half or year written alone: 2024年5月, 2024年第二季度, 2024年度, 2024-05, May 2024, Q2 2024.
const PERIOD_ALONE =
  /^(\d{4}\s*年\s*(\d{1,2}\s*月份?|第?[一二三四1-4]\s*季度|[上下]半年|度)?|\d{4}[-/.]\d{1,2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|q[1-4]\s+\d{4})$/i;

/** Whether a cell is the only filled one of its row within the table's columns. */
function aloneOnRow(sheet: Sheet, row: number, column: number, from: number, to: number): boolean {
  const area = sheet.areaAt(row, column);
  for (let c = from; c <= to; c++) {
    if (c === column || (area && c >= area.left && c <= area.right)) continue;
    if (sheet.text(row, c) !== "") return false;
  }
  return true;
}

/** Whether a cell starts a merged area across columns (a blank to write a value in). */
function isRoom(sheet: Sheet, row: number, column: number): boolean {
  const area = sheet.areaAt(row, column);
  return area !== undefined && area.left === column && area.top === row && area.right > area.left;
}

export function toHeaderBlock(fields: readonly FoundField[]): HeaderBlock {
  const out: HeaderBlock = {};
  for (const f of fields) out[f.field] = f.cell;
  return out;
}
