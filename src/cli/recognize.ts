import { readWorkbook } from "../host/xlsx";
import { message, type Locale } from "../i18n";
import type { FormTable, Layout, RosterTable } from "../layout/layout";
import { recognize } from "../layout/recognize";
import { UsageError } from "./errors";

export interface RecognizeCommand {
  file: string;
  sheet?: string;
}

/** `kpi recognize`: reads a workbook through the xlsx adapter and recognises each sheet (or one). */
export async function runRecognize(command: RecognizeCommand, locale: Locale = "zh-CN"): Promise<Layout> {
  const read = await readWorkbook(command.file);
  // An unreadable file is the caller's input, not a sheet problem: exit 2 with the file's name.
  if (!read.ok) throw new UsageError(message(read.issue, locale));
  const grids = command.sheet === undefined ? read.grids : read.grids.filter((g) => g.name === command.sheet);
  if (grids.length === 0)
    throw new UsageError(
      `工作簿中没有名为“${command.sheet}”的工作表，现有：${read.grids.map((g) => g.name).join("、")}`,
    );
  return recognize(grids).layout;
}

const KIND_CN = { form: "考核表（每表一人）", roster: "名单（每行一人）", none: "非考核表" } as const;

/** A short summary in Chinese for people, one line per sheet and table. */
export function formatLayout(layout: Layout): string {
  const lines: string[] = [];
  for (const sheet of layout.sheets) {
    lines.push(`工作表“${sheet.name}”：${KIND_CN[sheet.kind]}${sheet.reason ? `（${sheet.reason}）` : ""}`);
    for (const table of sheet.tables ?? []) lines.push(`  ${describeTable(table)}`);
  }
  return `${lines.join("\n")}\n`;
}

function describeTable(table: FormTable | RosterTable): string {
  const columns = Object.entries(table.columns)
    .map(([role, letter]) => `${role}=${letter}`)
    .join(" ");
  if ("items" in table) {
    const understood = table.items.filter((i) => i.rule !== null).length;
    const total = table.total ? `，总分 ${table.total.cell}` : "";
    return `表头第${table.headerRow}行（${columns}）：${table.items.length}个考核项目，${understood}条评分标准可识别，${table.sections.length}个考核部分${total}`;
  }
  return `表头第${table.headerRow}行（${columns}）：${table.indicators.length}个指标，${table.people.length}人`;
}
