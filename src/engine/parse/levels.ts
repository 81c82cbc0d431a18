import type { Level, TableRow } from "../rule";
import { parseCondition } from "./condition";

/**
 * Level lists: `A:按要求完成 B:低于要求 C:没有完成`, `甲等(10分)、乙等(8分)`, `优秀(20分)…`,
 * `A、网站独立访客高于500; B、访客数200-500`. A list whose entries carry score intervals
 * (`A+(100+分)、A(81-100分)…`) is a grade table instead.
 */

const KEYS = String.raw`[A-E][+-]?|S|M[+-]?|[甲乙丙丁戊](?:等|级)?|优秀|良好|基本合格|不合格|合格|一般|较差|中等|不及格|及格|基本称职|不称职|称职|待改进|需改进|excellent|good|fair|average|poor|差`;
const MARKER = new RegExp(
  String.raw`(?:^|(?<=[;,、:\s()\u4e00-\u9fa5]))(${KEYS})\s*(?:等|级|档|类)?\s*(?=[:、.)(=]|\s|$|[\u4e00-\u9fa5\d≥≤<>])`,
  "gi",
);

export type Entry = { key: string; body: string };

/** Splits a text at level markers; fewer than two markers is no level list. */
/** Characters every level key contains one of: a text with none of them has no level list, and
 * skips the marker search. */
const KEY_CHARS = /[A-Ea-eSsMm甲乙丙丁戊优良合格般较差中及称待需]/;

export function levelEntries(text: string): Entry[] {
  if (!KEY_CHARS.test(text)) return [];
  const marks = [...text.matchAll(MARKER)].filter((m) => isRealMarker(text, m));
  if (marks.length < 2) return [];
  return marks.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    return {
      key: (m[1] as string).toUpperCase(),
      body: text.slice(start, end).replace(/^[\s:、.)]+|[\s;,、(]+$/g, ""),
    };
  });
}

/** A letter or a one-character word counts only where it stands as a label (A:…, A、…, A级30分,
 * 差(0-3分)), not inside a word (质量差扣8分, 300S). */
function isRealMarker(text: string, m: RegExpMatchArray): boolean {
  const key = m[1] as string;
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const before = text.slice(start - 1, start);
  const after = text.slice(end, end + 1);
  const suffixed = /[等级档类]\s*$/.test(m[0]);
  const punctuated = /[:、.)(=]/.test(after) || after === "";
  if (/[\u4e00-\u9fa5]/.test(before) && ((!punctuated && !suffixed) || /[\u4e00-\u9fa5]{2}/.test(key)))
    return false;
  if (key.length === 1 && /[\u4e00-\u9fa5]/.test(key)) return punctuated || suffixed;
  if (/^[A-Za-z]{1,2}[+-]?$/.test(key))
    return punctuated || suffixed || /\s/.test(after) || /[\u4e00-\u9fa5]/.test(after);
  return true;
}

const POINTS =
  /\(?\s*(\d+(?:\.\d+)?)\s*(?:分|points?|pts?)\s*\)?\s*$|^\(?\s*(\d+(?:\.\d+)?)\s*分\s*\)?|^[=:\s]*(\d+(?:\.\d+)?)\s*$/i;
const RANGE = /\(?\s*(?:得)?(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*分\s*\)?/;

export function parseLevels(entries: Entry[]): Level[] {
  return entries.map(({ key, body }) => {
    const range = RANGE.exec(body);
    if (range)
      return {
        key,
        description: body.replace(RANGE, "").trim() || undefined,
        score: { type: "range", min: Number(range[1]), max: Number(range[2]) },
      };
    const points = POINTS.exec(body);
    if (points) {
      return {
        key,
        description: body.replace(POINTS, "").trim() || undefined,
        score: { type: "points", points: Number(points[1] ?? points[2] ?? points[3]) },
      };
    }
    const condition = parseCondition(body);
    const when = condition && !condition.bare ? condition.interval : undefined;
    return { key, description: body || undefined, ...(when ? { when } : {}) };
  });
}

/** Entries whose bodies are score intervals (A(81-100分), C(≤60分), A+(100+分)) form a grade table. */
export function gradeRows(entries: Entry[], hinted: boolean): TableRow[] | null {
  const rows: TableRow[] = [];
  let oneSided = false;
  for (const { key, body } of entries) {
    // A remark after the table (C级需制定改进计划) names a grade again; it is no row.
    if (rows.some((r) => r.value.type === "label" && r.value.label === key)) continue;
    const inner = (/^\(([^)]*)\)/.exec(body)?.[1] ?? body).replace(/分/g, "");
    if (
      !/^[\s\d.%+\-≥≤<>=]*(?:以上|以下|及以上|及以下|低于|高于|不足|超过|未达到|below|under|above|over|or more|or less)?[\s\d.%+\-≥≤<>=]*$/i.test(
        inner,
      )
    )
      return null;
    const condition = parseCondition(inner);
    if (!condition || condition.bare) return null;
    if (!condition.interval.min || !condition.interval.max) oneSided = true;
    rows.push({ ...condition.interval, value: { type: "label", label: key } });
  }
  if (rows.length < 2) return null;
  const top = Math.max(...rows.map((r) => r.max?.value ?? r.min?.value ?? 0));
  return hinted || oneSided || top >= 50 ? rows : null;
}
