import { readWorkbook } from "../host/xlsx";
import { message, type Locale } from "../i18n";
import type { FormTable, Layout, RosterTable } from "../layout/layout";
import { recognize } from "../layout/recognize";
import { CliError } from "./errors";
import { cliStrings } from "./strings";

export interface RecognizeCommand {
  file: string;
  sheet?: string;
}

/** `kpi recognize`: reads a workbook through the xlsx adapter and recognises each sheet (or one). */
export async function runRecognize(command: RecognizeCommand, locale: Locale = "zh-CN"): Promise<Layout> {
  const read = await readWorkbook(command.file);
  // An unreadable file is the caller's input, not a sheet problem: exit 2 with the file's name.
  if (!read.ok) throw new CliError(read.issue.code, message(read.issue, locale));
  const grids = command.sheet === undefined ? read.grids : read.grids.filter((g) => g.name === command.sheet);
  if (grids.length === 0)
    throw new CliError(
      "usage",
      cliStrings(locale).noSuchSheet(command.sheet ?? "", read.grids.map((g) => g.name).join("、")),
    );
  return recognize(grids).layout;
}

/** A short summary for people, one line per sheet and table, in the user's language. */
export function formatLayout(layout: Layout, locale: Locale = "zh-CN"): string {
  const s = cliStrings(locale);
  const lines: string[] = [];
  for (const sheet of layout.sheets) {
    lines.push(s.sheetKind(sheet.name, s.kinds[sheet.kind], sheet.reason));
    for (const table of sheet.tables ?? []) {
      lines.push(`  ${describeTable(table, locale)}`);
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
