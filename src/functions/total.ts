import { issue } from "../engine/issue";
import { compare, roundHalfAway } from "../engine/precision";
import { aggregate } from "../engine/scheme";
import { isBlank, number } from "./args";
import { unavailable, isError, invalid, type Arg, type CellValue, type Outcome } from "./outcome";

const cells = (arg: Arg): CellValue[] => (Array.isArray(arg) ? arg.flat() : [arg]);

/**
 * KPI.TOTAL: section scores (each out of 100) weighted by their weights (0.8 / 80% / 80), plus
 * adjustment points (加减分项) outside the 100. Without weights, the plain sum. A blank score is
 * "not scored yet": no total, never a silent 0. Rounded to two decimals, as the figures HR see.
 */
export function total(scores: Arg, weights: Arg, adjustments: Arg): Outcome {
  const s = cells(scores);
  const pending = s.filter(isBlank).length;
  if (pending > 0) return unavailable(issue("function.pending", { count: pending }));
  const w = isBlank(weights as CellValue) ? [] : cells(weights).filter((v) => !isBlank(v));
  if (w.length > 0 && w.length !== s.length) {
    return invalid(
      issue("function.lengthMismatch", {
        first: "得分",
        second: "权重",
        firstCount: s.length,
        secondCount: w.length,
      }),
    );
  }
  const sections = [];
  const weightNumbers = [];
  for (const v of w) {
    const n = number(v, "权重");
    if (isError(n)) return n;
    weightNumbers.push(n);
  }
  // Weights written as 80 and 20 are percent points.
  const sum = weightNumbers.reduce((a, b) => a + b, 0);
  const scale = sum > 2 ? 100 : 1;
  // Section scores out of 100 make a total out of 100 only with weights making the whole: 0.3 × 3
  // gave 72 for three sections at 80, and 1 + 1 gave 170.
  if (weightNumbers.length > 0 && compare(sum / scale, 1) !== 0)
    return invalid(issue("function.weightSum", { sum: `${roundHalfAway((sum / scale) * 100, 2)}%` }));
  for (const [i, v] of s.entries()) {
    const n = number(v, "得分");
    if (isError(n)) return n;
    const weight = weightNumbers[i];
    sections.push({
      name: String(i + 1),
      ...(weight !== undefined ? { weight: weight / scale } : {}),
      items: [{ name: String(i + 1), points: 100, score: n }],
    });
  }
  const extra = isBlank(adjustments as CellValue) ? [] : cells(adjustments).filter((v) => !isBlank(v));
  const items = [];
  for (const [i, v] of extra.entries()) {
    const n = number(v, "加减分");
    if (isError(n)) return n;
    items.push({ name: `加减分${i + 1}`, points: 0, score: n });
  }
  if (items.length > 0) sections.push({ name: "加减分项", adjustment: true, items });
  const result = aggregate({ sections });
  return result.total ?? unavailable(issue("function.pending", { count: result.pending.length }));
}
