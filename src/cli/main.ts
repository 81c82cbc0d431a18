import { parseArgs } from "node:util";
import { toLocale } from "../i18n";
import { UsageError } from "./errors";
import { formatLayout, runRecognize } from "./recognize";
import { formatRuleOutput, runRule } from "./rule";

const HELP = `kpi: 绩效考核表评分工具

用法:
  kpi rule "<评分标准>" [--max 分值] [--target 目标值] [--actual 实际值]... [--table] [--json]
  kpi recognize <文件.xlsx> [--sheet 工作表名] [--json]

示例:
  kpi rule "≥90%得30分，80%-90%得20分，低于80%不得分" --max 30 --actual 95% --actual 0.85 --json
  kpi recognize 绩效考核表.xlsx --json
`;

/** The command line is a shell: flags become the engine's options, results go to stdout as JSON. */
export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(HELP);
    return;
  }
  const locale = toLocale(process.env.KPI_LANG ?? "zh-CN");
  if (command === "rule") {
    const { values, positionals } = parse(() =>
      parseArgs({ args: rest, options: RULE_OPTIONS, allowPositionals: true }),
    );
    if (positionals.length !== 1)
      throw new UsageError("kpi rule 需要且只需要一段评分标准文字（用引号括起来）");
    const output = runRule(
      {
        text: positionals[0] as string,
        max: values.max,
        target: values.target,
        actuals: values.actual ?? [],
        ...(values.table ? { kind: "table" as const } : {}),
      },
      locale,
    );
    process.stdout.write(values.json ? `${JSON.stringify(output)}\n` : formatRuleOutput(output));
    return;
  }
  if (command === "recognize") {
    const { values, positionals } = parse(() =>
      parseArgs({ args: rest, options: RECOGNIZE_OPTIONS, allowPositionals: true }),
    );
    if (positionals.length !== 1) throw new UsageError("kpi recognize 需要且只需要一个 .xlsx 文件");
    const layout = await runRecognize({ file: positionals[0] as string, sheet: values.sheet }, locale);
    process.stdout.write(values.json ? `${JSON.stringify(layout)}\n` : formatLayout(layout));
    return;
  }
  throw new UsageError(`未知命令“${command}”`);
}

const RULE_OPTIONS = {
  max: { type: "string" },
  target: { type: "string" },
  actual: { type: "string", multiple: true },
  table: { type: "boolean" },
  json: { type: "boolean" },
} as const;

const RECOGNIZE_OPTIONS = {
  sheet: { type: "string" },
  json: { type: "boolean" },
} as const;

/** parseArgs reports bad flags by throwing; they are usage errors. */
function parse<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
