import { openWorkbook } from "../host/xlsx";
import { message, type Locale } from "../i18n";
import type { FormTable, Layout, RosterTable } from "../layout/layout";
import { withTaughtSheets } from "../layout/profileTeach";
import { recognize } from "../layout/recognize";
import { CliError } from "./errors";
import { cliStrings } from "./strings";

export interface RecognizeCommand {
  file: string;
  sheet?: string;
}

/** A workbook's layout, and the sheets of it read as the user taught them (kept in its record). */
export interface Recognized {
  layout: Layout;
  taught: string[];
}

/** `kpi recognize`: reads a workbook through the xlsx adapter and recognises each sheet (or one),
 * a sheet taught in the task pane as taught. */
export async function runRecognize(command: RecognizeCommand, locale: Locale = "zh-CN"): Promise<Recognized> {
  const read = await openWorkbook(command.file);
  // An unreadable file is the caller's input, not a sheet problem: exit 2 with the file's name.
  if (!read.ok) throw new CliError(read.issue.code, message(read.issue, locale));
  const all = read.snapshot.grids;
  const grids = command.sheet === undefined ? all : all.filter((g) => g.name === command.sheet);
  if (grids.length === 0)
    throw new CliError(
      "usage",
      cliStrings(locale).noSuchSheet(command.sheet ?? "", all.map((g) => g.name).join("、")),
    );
  const recognition = withTaughtSheets(recognize(grids), grids, read.snapshot.record?.taught ?? []);
  const taught = recognition.readings
    .filter((r) => /^sheets\.\d+$/.test(r.path) && r.sure && r.reasons[0]?.code === "teach.taught")
    .map((r) => grids[Number(r.path.slice("sheets.".length))]?.name ?? "");
  return { layout: recognition.layout, taught };
}

/** The layout as `kpi recognize --json` prints it (docs/kpi.md): a `none` sheet's reason in words,
 * in the user's language. */
export function layoutJson(layout: Layout, locale: Locale): unknown {
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) =>
      sheet.reason === undefined ? sheet : { ...sheet, reason: message(sheet.reason, locale) },
    ),
  };
}

/** A short summary for people, one line per sheet and table, in the user's language. */
export function formatLayout(
  layout: Layout,
  locale: Locale = "zh-CN",
  taught: readonly string[] = [],
): string {
  const s = cliStrings(locale);
  const lines: string[] = [];
  for (const sheet of layout.sheets) {
    lines.push(
      s.sheetKind(
        sheet.name,
        s.kinds[sheet.kind],
        taught.includes(sheet.name) ? s.taught : sheet.reason && message(sheet.reason, locale),
      ),
    );
    if (sheet.doubt && !sheet.tables?.length) lines.push(`  ${s.doubt(message(sheet.doubt, locale))}`);
    for (const table of sheet.tables ?? []) {
      lines.push(`  ${describeTable(table, locale)}`);
      // a part of the form above is totalled with it: one person, one total
      if ("items" in table && table.partOf !== undefined) lines.push(`    ${s.partOf(table.partOf + 1)}`);
      // an unsure reading is shown as such, with why: nothing is scored from it
      if (table.doubt) lines.push(`    ${s.doubt(message(table.doubt, locale))}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function describeTable(table: FormTable | RosterTable, locale: Locale): string {
  const s = cliStrings(locale);
  const columns = Object.entries(table.columns)
    .map(([role, letter]) => `${role}=${letter}`)
    .join(" ");
  if ("items" in table) {
    const understood = table.items.filter((i) => i.rule !== null).length;
    return s.formTable(
      table.headerRow,
      columns,
      table.items.length,
      understood,
      table.sections.length,
      table.total?.cell,
    );
  }
  return s.rosterTable(table.headerRow, columns, table.indicators.length, table.people.length);
}
