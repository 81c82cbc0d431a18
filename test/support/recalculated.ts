import type { RawCellContent } from "hyperformula";
import { parseAddress } from "../../src/layout/a1";
import type { CellValue, Grid } from "../../src/layout/grid";
import type { CellWrite } from "../../src/plan/patch";
import { sheet as engineOf, valueAt } from "../functions/formulaEngine";

/** The grid's values as a person typed them (text stays text), with the patch's writes in,
 * recalculated by HyperFormula with the KPI functions registered as Excel registers them. */
export function recalculated(grid: Grid, writes: readonly CellWrite[]): (address: string) => unknown {
  const rows: RawCellContent[][] = grid.values.map((row) =>
    row.map((v: CellValue) =>
      v === null || typeof v === "object" ? null : typeof v === "string" ? `'${v}` : v,
    ),
  );
  for (const write of writes) {
    const at = parseAddress(write.cell);
    if (!at) throw new Error(write.cell);
    while (rows.length <= at.row) rows.push([]);
    const row = rows[at.row] as RawCellContent[];
    while (row.length <= at.column) row.push(null);
    row[at.column] = "formula" in write ? write.formula : write.value;
  }
  const engine = engineOf(rows);
  return (address) => valueAt(engine, address);
}
