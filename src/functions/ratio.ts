import { evaluate } from "../engine/evaluate";
import { isBlank, number } from "./args";
import { toOutcome } from "./evaluation";
import { isError, type CellValue, type Outcome } from "./outcome";

/** KPI.RATIO: points × actual / target, capped at 100% or at the given cap (1.2 or 120%). */
export function ratio(actual: CellValue, target: CellValue, points: CellValue, cap: CellValue): Outcome {
  const goal = number(target, "目标值");
  if (isError(goal)) return goal;
  const max = number(points, "分值");
  if (isError(max)) return max;
  const limit = isBlank(cap) ? undefined : number(cap, "封顶比例");
  if (isError(limit)) return limit;
  return toOutcome(
    evaluate(
      {
        kind: "linear",
        unit: "number",
        target: goal,
        uncapped: false,
        ...(limit !== undefined ? { cap: limit } : {}),
      },
      actual,
      { max },
    ),
  );
}
