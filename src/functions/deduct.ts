import { evaluate } from "../engine/evaluate";
import { number } from "./args";
import { toOutcome } from "./evaluation";
import { isError, type CellValue, type Outcome } from "./outcome";

/** KPI.DEDUCT: the item's points less `each` per occurrence, never below 0 (扣完为止). */
export function deduct(count: CellValue, each: CellValue, points: CellValue): Outcome {
  const per = number(each, "每次扣分");
  if (isError(per)) return per;
  const max = number(points, "分值");
  if (isError(max)) return max;
  return toOutcome(
    evaluate(
      { kind: "deduction", unit: "count", clauses: [{ measure: "count", per: 1, points: -Math.abs(per) }] },
      count,
      { max },
    ),
  );
}
