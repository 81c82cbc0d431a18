import { HyperFormula } from "hyperformula";
import { toFormula } from "../src/engine/formula";
import { parseRule } from "../src/engine/parseRule";
import { randoms, report, timeIt } from "./harness";
// Registers the KPI functions in HyperFormula from the generated metadata, as the tests do.
import "../test/functions/formulaEngine";

const RULE = "≥90%得30分，80%-90%得20分，70%-80%得10分，低于70%不得分";
const ROWS = 10_000;

/** A 10,000-row sheet (actual in A, rule text in B) recalculated after every actual changes. */
function recalculation(formulaOf: (row: number) => string): number {
  const xs = randoms(ROWS).map((r) => r * 1.2);
  const sheet = Array.from({ length: ROWS }, (_, i) => [xs[i] as number, RULE, formulaOf(i + 1)]);
  const engine = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  const fresh = Array.from({ length: ROWS }, (_, i) => [((xs[i] as number) + 0.05) % 1.2]);
  let flip = false;
  return timeIt(() => {
    flip = !flip;
    engine.setCellContents({ sheet: 0, row: 0, col: 0 }, flip ? fresh : Array.from(xs, (x) => [x]));
    return Number(engine.getCellValue({ sheet: 0, row: 0, col: 2 }));
  }, 5);
}

const parsed = parseRule(RULE);
if (!parsed.ok) throw new Error("bench rule does not parse");
const native = (row: number) => {
  const f = toFormula(parsed.rule, `A${row}`, { max: 30 });
  if (!f.ok) throw new Error("no native formula");
  return f.formula;
};
const nativeTime = recalculation(native);
const kpiTime = recalculation((row) => `=KPI.SCORE(A${row},B${row},30)`);

const ok = report(
  "A 10,000-row sheet of =KPI.SCORE(...) with a shared rule text, recalculated in HyperFormula",
  [
    {
      name: "native formula from the engine (baseline)",
      value: nativeTime,
      unit: " ms",
      baseline: native(1).slice(0, 60),
    },
    { name: "=KPI.SCORE(A1,B1,30)", value: kpiTime, unit: " ms" },
    { name: "ratio KPI.SCORE / native", value: kpiTime / nativeTime, unit: "×", limit: 3 },
  ],
);
process.exitCode = ok ? 0 : 1;
