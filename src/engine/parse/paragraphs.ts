import type { RuleOf } from "../rule";

/**
 * Described levels written as paragraphs, each followed by its score on the same line (工作从不出错,
 * 对工作内容理解清晰透彻。工作量高出组内平均水平… 4): after normalisation a paragraph's sentences
 * and its score are separate clauses, so the clauses up to each bare score are one level.
 */

const BARE_SCORE = /^\d{1,3}(?:\.\d+)?$/;
/** A paragraph is words; a condition (≥90%, 80-90) before a bare number makes a band matrix. */
const TRAILING_SCORE = /^(.*[\u4e00-\u9fa5)])\s+(\d{1,3}(?:\.\d+)?)$/;
const CONDITION = /[≥≤<>]|\d\s*-\s*\d/;

export function paragraphLevels(text: string): RuleOf<"levels"> | null {
  if (!/\d\s*$/.test(text)) return null;
  const clauses = text
    .split(/[;,]/)
    .flatMap((c) => {
      // (需要有客户表扬邮件) 5: a last sentence the score follows on the same line.
      const tail = TRAILING_SCORE.exec(c.trim());
      return tail ? [tail[1] as string, tail[2] as string] : [c.trim()];
    })
    .filter(Boolean);
  if (!BARE_SCORE.test(clauses[clauses.length - 1] ?? "")) return null;
  const levels: RuleOf<"levels">["levels"] = [];
  let words: string[] = [];
  for (const clause of clauses) {
    if (!BARE_SCORE.test(clause)) {
      words.push(clause);
      continue;
    }
    const description = words.join(",");
    if (!/[\u4e00-\u9fa5]{4}/.test(description) || CONDITION.test(description)) return null;
    // The score is the level's name too: the sheet writes it where a letter would stand.
    levels.push({ key: clause, description, score: { type: "points", points: Number(clause) } });
    words = [];
  }
  const keys = new Set(levels.map((l) => l.key));
  return levels.length >= 2 && keys.size === levels.length
    ? { kind: "levels", levels, unit: "number" }
    : null;
}
