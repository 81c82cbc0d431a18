import type { RuleOf } from "../rule";

/**
 * Lists of penalties (and awards) the evaluator weighs case by case: 每次最多扣10分, 扣5-20分,
 * 加10-30分 among other clauses of one cell. However many things such a list counts, its cell
 * holds the points the evaluator arrived at (上级扣分需写明具体事项), so the rule takes them.
 */

/** A judged amount: a range (扣5-20分, 加10-30分), a ceiling per case (每次最多扣10分), or the
 * printed form of a judged rule. */
const JUDGED =
  /(?:加|扣除?|减)\s*\d+(?:\.\d+)?\s*-\s*\d+(?:\.\d+)?\s*分|最多\s*(?:扣除?|减)\s*\d|按所列事项评定/;
/** Clauses that take points off or give them (团队扣分则个人扣N分 names its points by a letter). */
const OFF = /(?:扣除?|减)\s*(?:\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?|N)\s*分/g;
const ON = /(?:加|奖励)\s*\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?\s*分/g;
const PRINTED = /按所列事项评定(扣分|加减分)/;
/** The base the deductions start from (以单项100分为基础, 基础分80分). */
const BASE = /以单项\s*(\d+(?:\.\d+)?)\s*分\s*为基础|基础分?\s*(\d+(?:\.\d+)?)\s*分|基本分\s*(\d+(?:\.\d+)?)/;

export function judgedList(text: string): RuleOf<"deduction"> | RuleOf<"bonus"> | null {
  // Every judged list takes points off (扣, 减; 加减分 when printed): most texts stop here.
  if (!/[扣减]/.test(text) || !JUDGED.test(text)) return null;
  const printed = PRINTED.exec(text);
  const off = text.match(OFF)?.length ?? 0;
  const on = text.match(ON)?.length ?? 0;
  // One judged clause alone (每次扣1-4分, 有重大贡献加5-10分) reads as it always has; a list of
  // awards only is not a penalty list.
  if (!printed && (off + on < 2 || off === 0)) return null;
  const mixed = printed ? printed[1] === "加减分" : on > 0;
  const base = BASE.exec(text);
  // A base with awards and penalties (基础分80分, 每项加10-50分, 每次扣10-100分) judges the
  // item as a whole: a manual score, not an amount.
  if (mixed && base) return null;
  if (mixed) return { kind: "bonus", unit: "points", clauses: [], judged: true };
  const rule: RuleOf<"deduction"> = { kind: "deduction", unit: "points", clauses: [], judged: true };
  if (base) rule.basePoints = Number(base[1] ?? base[2] ?? base[3]);
  return rule;
}
