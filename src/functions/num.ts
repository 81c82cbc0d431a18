import { parseQuantity } from "../engine/quantity";
import { fromIssue } from "./evaluation";
import type { CellValue, Outcome } from "./outcome";

/** KPI.NUM: what a person typed as a number (3W → 30000, 95% → 0.95, 3分40秒 → 220). */
export function num(text: CellValue): Outcome {
  const q = parseQuantity(text);
  return q.ok ? q.quantity.value : fromIssue(q.issue);
}
