import { issue } from "../engine/issue";
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
  const scale = weightNumbers.reduce((a, b) => a + b, 0) > 2 ? 100 : 1;
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
