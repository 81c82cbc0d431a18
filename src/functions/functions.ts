/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes whatever the cells hold. */
import { excel } from "./excel";

// The KPI custom functions as Excel sees them. The JSDoc tags are the source of functions.json
// (custom-functions-metadata); each body hands its arguments to the shared runner. Parameter names
// are snake_case because Excel shows them as they are written here. (Line comments: a block
// comment here would become the first function's description.)

/**
 * Scores a value by tiers: at or above a threshold earns its score (or at or below, when lower is better).
 * @customfunction BAND
 * @helpurl https://localhost:3000/help.html#band
 * @param value The actual value, such as 0.95 or "95%".
 * @param thresholds The thresholds, as a range or an array constant such as {0.7,0.8,0.9}.
 * @param scores The score of each threshold, such as {10,20,30}; one extra score first is the score below every threshold.
 * @param [lower_is_better] TRUE when lower values are better (return rate, complaints).
 * @returns The score.
 */
export function band(value: any, thresholds: any[][], scores: any[][], lower_is_better?: any): any {
  return excel("BAND", [value, thresholds, scores, lower_is_better]);
}

/**
 * Scores a value by a scoring rule written in words, usually the sheet's own 评分标准 cell.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#score
 * @param value The actual value, as typed: 95%, 3.5万, 300秒, A, 优秀.
 * @param rule_text The scoring rule, such as "≥90%得30分，80%-90%得20分，低于80%不得分".
 * @param [points] The item's points (分值), for rules that give shares such as 满分 or 得一半.
 * @param [target] The item's target, for rules relative to it.
 * @returns The score.
 */
export function score(value: any, rule_text: any, points?: any, target?: any): any {
  return excel("SCORE", [value, rule_text, points, target]);
}

/**
 * Scores in proportion: points × actual / target, capped at 100% or at the cap given.
 * @customfunction RATIO
 * @helpurl https://localhost:3000/help.html#ratio
 * @param actual The actual value.
 * @param target The target value.
 * @param points The item's points.
 * @param [cap] The highest ratio paid, such as 1.2 or 120%.
 * @returns The score.
 */
export function ratio(actual: any, target: any, points: any, cap?: any): any {
  return excel("RATIO", [actual, target, points, cap]);
}

/**
 * Takes points off per occurrence, never below 0.
 * @customfunction DEDUCT
 * @helpurl https://localhost:3000/help.html#deduct
 * @param count How many times it happened.
 * @param each The points taken off each time.
 * @param points The item's points.
 * @returns The score.
 */
export function deduct(count: any, each: any, points: any): any {
  return excel("DEDUCT", [count, each, points]);
}

/**
 * Scores a level choice such as A/B/C or 优秀/良好/合格.
 * @customfunction LEVEL
 * @helpurl https://localhost:3000/help.html#level
 * @param choice The level chosen, or its score.
 * @param levels The levels: a rule text, a two-column range of level and score, or a list of levels scored from the points down to 0.
 * @param points The item's points.
 * @returns The score.
 */
export function level(choice: any, levels: any[][], points: any): any {
  return excel("LEVEL", [choice, levels, points]);
}

/**
 * Totals section scores (each out of 100) by their weights, plus adjustment points outside the 100.
 * @customfunction TOTAL
 * @helpurl https://localhost:3000/help.html#total
 * @param scores The section scores.
 * @param [weights] The section weights, such as {0.8,0.2}; without them the scores are added.
 * @param [adjustments] Adjustment points (加减分项) added to the total.
 * @returns The total.
 */
export function total(scores: any[][], weights?: any[][], adjustments?: any[][]): any {
  return excel("TOTAL", [scores, weights, adjustments]);
}

/**
 * The grade of a total score.
 * @customfunction GRADE
 * @helpurl https://localhost:3000/help.html#grade
 * @param score The total score.
 * @param [table] The grade table: a text such as "A(≥90分)、B(80-89分)、C(<80分)" or a two-column range of lowest score and grade; by default A+(>100)、A(81-100)、B(61-80)、C(≤60).
 * @returns The grade.
 */
export function grade(score: any, table?: any[][]): any {
  return excel("GRADE", [score, table]);
}

/**
 * The performance coefficient (绩效系数) of a total score.
 * @customfunction COEF
 * @helpurl https://localhost:3000/help.html#coef
 * @param score The total score.
 * @param [table] The coefficient table: a text or a two-column range of lowest score and coefficient; by default ≤59 → 0, 60-79 → 0.5, 80-99 → 0.8, ≥100 → 1.
 * @returns The coefficient.
 */
export function coef(score: any, table?: any[][]): any {
  return excel("COEF", [score, table]);
}

/**
 * The performance pay of a total score.
 * @customfunction PAY
 * @helpurl https://localhost:3000/help.html#pay
 * @param base The base pay (绩效工资基数).
 * @param score The total score.
 * @param [rule] The pay rule, such as "≥90分全额，<70分不发，70-90分按得分%发放", or a two-column range of lowest score and share; by default base × score%.
 * @returns The pay.
 */
export function pay(base: any, score: any, rule?: any[][]): any {
  return excel("PAY", [base, score, rule]);
}

/**
 * Reads a typed quantity as a number: 3W → 30000, 95% → 0.95, 3分40秒 → 220.
 * @customfunction NUM
 * @helpurl https://localhost:3000/help.html#num
 * @param text The text to read.
 * @returns The number.
 */
export function num(text: any): any {
  return excel("NUM", [text]);
}
