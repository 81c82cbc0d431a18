/**
 * A workbook whose KPI formulas were written by another program (`kpi score --mode functions`, or
 * Excel without the add-in) shows #NAME? in them until each is entered again: Excel binds a
 * JavaScript custom function to the cells it is typed into, not to cells it finds in a file
 * (OfficeDev/office-js issues 2051, 3558, 6611). When the add-in starts, it enters those formulas
 * again, in three `context.sync` calls whatever the workbook's size: the sheets, their formulas
 * and values, the writes.
 */

/** A formula calling a KPI function, as Excel shows it with or without the add-in loaded. */
const KPI_CALL = /(^|[^A-Za-z0-9_.])(?:KPI\.|_xldudf_KPI_)[A-Za-z]+\s*\(/i;

/** The formula as the add-in's functions are named when it is loaded. */
const bound = (formula: string): string => formula.replace(/_xldudf_KPI_([A-Za-z]+)\s*\(/gi, "KPI.$1(");

/** Enters again every KPI formula that shows #NAME?; returns how many. */
export async function rebindFunctions(context: Excel.RequestContext): Promise<number> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((sheet) => {
    // From A1, as the adapter reads a sheet: offsets in the arrays are the cells' own.
    const range = sheet.getRange("A1").getBoundingRect(sheet.getUsedRange());
    range.load("formulas,valueTypes,values");
    return { range };
  });
  await context.sync();
  let count = 0;
  for (const { range } of used) {
    const { formulas, valueTypes, values } = range;
    formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (typeof formula !== "string" || !formula.startsWith("=") || !KPI_CALL.test(formula)) return;
        if (valueTypes[r]?.[c] !== "Error" || values[r]?.[c] !== "#NAME?") return;
        range.getCell(r, c).formulas = [[bound(formula)]];
        count++;
      }),
    );
  }
  if (count > 0) await context.sync();
  return count;
}
