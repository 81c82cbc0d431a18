import { tableFromRows } from "./build";
import { normalizeText } from "./normalize";
import { parseRule } from "./parseRule";
import type { RuleOf, TableRow } from "./rule";

/**
 * Grade and coefficient tables as sheets write them beside the grade list: the coefficients of each
 * grade after it (`等级：A(≥90分)、B(80-89分)…；系数：A 1.2、B 1.0…`, `对应绩效系数1.2/1.0/0.8/0.5`), and
 * tables in cells whose score column holds conditions (`60≤分值≤79`) or lowest scores.
 */

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const COEFFICIENT_WORD = /系数|coefficients?/i;
const LIST = new RegExp(String.raw`^[\s:=]*(${NUMBER}(?:\s*[/、,，;]\s*${NUMBER})+)`);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The coefficient table a grade text states after its grades, over the same score intervals:
 * pairs (`系数：A 1.2、B 1.0`, `A=1.2`, `coefficient A 1.2, B 1.0`) or one number per grade in the
 * order the grades are written (`对应绩效系数1.2/1.0/0.8/0.5`). Null when the text states none or
 * not one for every grade.
 * @example coefficientsByGrade("A(≥90分)、B(<90分)；系数：A 1.2、B 1.0", grades) // ≥90 → 1.2, <90 → 1
 */
export function coefficientsByGrade(text: string, grades: RuleOf<"table">): RuleOf<"table"> | null {
  const normalized = normalizeText(text);
  const word = COEFFICIENT_WORD.exec(normalized);
  if (!word) return null;
  const after = normalized.slice(word.index + word[0].length);
  const labels = grades.rows.flatMap((r) => (r.value.type === "label" ? [r.value.label] : []));
  if (labels.length < 2 || labels.length !== grades.rows.length) return null;
  const found = new Map<string, number>();
  const alternatives = [...labels]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  const pair = new RegExp(String.raw`(${alternatives})\s*(?:[:=为是→]|->)?\s*(${NUMBER})`, "gi");
  for (const m of after.matchAll(pair)) {
    const label = labels.find((l) => l.toUpperCase() === (m[1] as string).toUpperCase());
    if (label !== undefined && !found.has(label)) found.set(label, Number(m[2]));
  }
  if (found.size < labels.length) {
    const list = LIST.exec(after)?.[1]
      ?.split(/[/、,，;]/)
      .map((s) => Number(s.trim()));
    if (!list || list.length !== labels.length) return null;
    labels.forEach((label, i) => found.set(label, list[i] as number));
  }
  const rows: TableRow[] = grades.rows.map((row) => ({
    ...row,
    value: { type: "number", value: row.value.type === "label" ? (found.get(row.value.label) ?? 0) : 0 },
  }));
  return { kind: "table", output: "coefficient", rows };
}

/** The grades of a text that states coefficients after them (`A(≥90分)、B(<90分)；系数：A 1.2…`),
 * the coefficient words and numbers left out: what the grade table is read from when it is
 * checked, since the coefficients' numbers are no grade's. */
export function gradesBeforeCoefficients(text: string): string {
  const normalized = normalizeText(text);
  const word = COEFFICIENT_WORD.exec(normalized);
  return word ? normalized.slice(0, word.index) : normalized;
}

/**
 * A grade or coefficient table from rows of cells [score, value], where the score cell holds the
 * lowest score of the row (a number) or its condition (`分值≤59`, `60≤分值≤79`, `90分以上`).
 * Null when a row cannot be read, or the conditions are read only with a doubt.
 * @example tableFromCells([["分值≤59", "D"], ["60≤分值≤79", "C"], ["分值≥80", "B"]], "grade")
 */
export function tableFromCells(
  rows: ReadonlyArray<readonly [string | number, string | number]>,
  output: "grade" | "coefficient",
): RuleOf<"table"> | null {
  if (rows.length < 2) return null;
  if (rows.every(([score]) => typeof score === "number"))
    return tableFromRows(
      rows.map(([score, value]) => [score as number, value]),
      output,
    );
  const text = rows
    .map(([score, value]) => (output === "grade" ? `${score}为${value}` : `${score} 系数${value}`))
    .join("；");
  const parsed = parseRule(text, { kind: "table" });
  // A doubted reading of the conditions is no table to grade by: the sheet's table is then unread.
  if (!parsed.ok || parsed.doubt || parsed.rule.kind !== "table" || parsed.rule.output !== output)
    return null;
  return parsed.rule.rows.length === rows.length ? parsed.rule : null;
}

/** Why a grade, coefficient or pay table cannot be used as the sheet writes it: bands that leave a
 * gap (`C(60-69分)` then `B(80-89分)`: where does 75 go?) or overlap beyond a shared end
 * (`A(85-100分)`, `B(80-90分)`), or numbers that fall as the score rises (A 0.5 and D 1.2: a
 * coefficient listed in the other order). Null when the table is consistent. */
export type TableDoubt = "gap" | "overlap" | "order";

export function tableDoubt(table: RuleOf<"table">): TableDoubt | null {
  const rows = [...table.rows].sort(
    (a, b) =>
      (a.min?.value ?? -Infinity) - (b.min?.value ?? -Infinity) ||
      (a.max?.value ?? Infinity) - (b.max?.value ?? Infinity),
  );
  for (let i = 1; i < rows.length; i++) {
    const top = (rows[i - 1] as TableRow).max;
    const bottom = (rows[i] as TableRow).min;
    // Only two written ends meet: a band open above runs up to the next one's lowest score.
    if (top === undefined || bottom === undefined) continue;
    if (top.value > bottom.value) return "overlap";
    if (bottom.value - top.value > step(top.value, bottom.value)) return "gap";
  }
  const numbers = rows.map((r) =>
    r.value.type === "number" ? r.value.value : r.value.type === "share" ? r.value.share : null,
  );
  for (let i = 1; i < numbers.length; i++) {
    const [a, b] = [numbers[i - 1], numbers[i]];
    if (typeof a === "number" && typeof b === "number" && b < a) return "order";
  }
  return null;
}

/** The gap two ends written to this precision leave between neighbouring bands (79 and 80,
 * 4.49 and 4.5): one unit of the last digit written. */
function step(a: number, b: number): number {
  const decimals = Math.max(decimalsOf(a), decimalsOf(b));
  return 10 ** -decimals;
}

const decimalsOf = (x: number): number => {
  const text = String(x);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
};
