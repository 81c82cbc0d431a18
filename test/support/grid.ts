import type { CellValue, Grid } from "../../src/layout/grid";

/** A Grid from values alone (no formats, formulas, merges or hidden rows unless given): for grids
 * built in code, such as tests of the recogniser and the scorer. */
export function gridOf(name: string, values: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return {
    name,
    rows: values.length,
    columns: values.reduce((most, r) => Math.max(most, r.length), 0),
    values,
    formats: {},
    formulas: {},
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    ...extra,
  };
}
