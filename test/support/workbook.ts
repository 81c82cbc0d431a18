import * as ExcelJS from "exceljs";

/** Loads an .xlsx file with ExcelJS, as tests compare workbooks. */
export async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/**
 * Every cell's content and look, by sheet and address: value (formulas with their text), style;
 * and each sheet's merges, validations, conditional formats (but those on ranges `skipFormat`
 * accepts), column widths and row heights; the workbook's defined names.
 */
export function snapshot(
  workbook: ExcelJS.Workbook,
  skipFormat: (ref: string) => boolean = () => false,
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const sheet of workbook.worksheets) {
    const cells = new Map<string, string>();
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // A cell covered by a merge reads as its master cell: what it is, is that master.
        const covered = cell.isMerged && cell.master.address !== cell.address;
        cells.set(
          cell.address,
          JSON.stringify(
            covered
              ? { master: cell.master.address, style: cell.style }
              : { value: cell.value, formula: cell.formula, numFmt: cell.numFmt, style: cell.style },
          ),
        );
      }),
    );
    cells.set("!merges", JSON.stringify([...(sheet.model.merges ?? [])].sort()));
    // Sheet-level parts: validations, conditional formats, column widths and hidden columns.
    // (ExcelJS keeps both on the worksheet without declaring them.)
    const parts = sheet as unknown as {
      dataValidations: { model: Record<string, unknown> };
      conditionalFormattings: Array<{ ref: string }>;
    };
    const validations = Object.entries(parts.dataValidations.model).filter(([, v]) => v !== undefined);
    cells.set("!validations", JSON.stringify(Object.fromEntries(validations)));
    cells.set("!conditional", JSON.stringify(parts.conditionalFormattings.filter((f) => !skipFormat(f.ref))));
    const columns = (sheet.columns as ExcelJS.Column[] | null) ?? [];
    cells.set("!columns", JSON.stringify(columns.map((c) => [c.width, c.hidden])));
    cells.set("!rows", JSON.stringify(sheet.getRows(1, sheet.rowCount)?.map((r) => [r.height, r.hidden])));
    out.set(sheet.name, cells);
  }
  out.set("!workbook", new Map([["!names", JSON.stringify(workbook.definedNames.model)]]));
  return out;
}
