import type { Level, TableRow } from "../rule";
import { parseCondition } from "./condition";

/**
 * Level lists: `A:按要求完成 B:低于要求 C:没有完成`, `甲等(10分)、乙等(8分)`, `优秀(20分)…`,
 * `A、网站独立访客高于500; B、访客数200-500`. A list whose entries carry score intervals
 * (`A+(100+分)、A(81-100分)…`) is a grade table instead.
 */

const KEYS = String.raw`[A-E][+-]?|S|M[+-]?|[甲乙丙丁戊](?:等|级)?|优秀|良好|合格|不合格|一般|较差|中等|及格|不及格|称职|基本称职|不称职|待改进|需改进|excellent|good|fair|average|poor`;
const MARKER = new RegExp(String.raw`(?:^|(?<=[;,、:\s()]))(${KEYS})\s*(?:等|级|档|类)?\s*(?=[:、.)(]|\s|$|[\u4e00-\u9fa5\d≥≤<>])`, "gi");

export type Entry = { key: string; body: string };

/** Splits a text at level markers; fewer than two markers is no level list. */
export function levelEntries(text: string): Entry[] {
  const marks = [...text.matchAll(MARKER)].filter((m) => isRealMarker(text, m));
  if (marks.length < 2) return [];
  return marks.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    return { key: (m[1] as string).toUpperCase(), body: text.slice(start, end).replace(/^[\s:、.)]+|[\s;,、(]+$/g, "") };
  });
}

/** A Latin letter counts only when it stands alone (A:…, A、…), not inside a word. */
function isRealMarker(text: string, m: RegExpMatchArray): boolean {
  const key = m[1] as string;
  if (!/^[A-Za-z]/.test(key) || key.length > 2) return true;
  const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1);
  return /[:、.)(\s\u4e00-\u9fa5]|^$/.test(after) && !/[a-z]/.test(after);
}

const POINTS = /\(?\s*(\d+(?:\.\d+)?)\s*分\s*\)?\s*$|^\(?\s*(\d+(?:\.\d+)?)\s*分\s*\)?/;
const RANGE = /\(?\s*(?:得)?(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*分\s*\)?/;

export function parseLevels(entries: Entry[]): Level[] {
  return entries.map(({ key, body }) => {
    const range = RANGE.exec(body);
    if (range) return { key, description: body.replace(RANGE, "").trim() || undefined, score: { type: "range", min: Number(range[1]), max: Number(range[2]) } };
    const points = POINTS.exec(body);
    if (points) {
      return { key, description: body.replace(POINTS, "").trim() || undefined, score: { type: "points", points: Number(points[1] ?? points[2]) } };
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
    const inner = body.replace(/[()]/g, "").replace(/分/g, "");
    const condition = parseCondition(inner);
    if (!condition || condition.bare) return null;
    if (!condition.interval.min || !condition.interval.max) oneSided = true;
    rows.push({ ...condition.interval, value: { type: "label", label: key } });
  }
  const top = Math.max(...rows.map((r) => r.max?.value ?? r.min?.value ?? 0));
  return hinted || oneSided || top >= 50 ? rows : null;
}
