import { parseArgs } from "node:util";
import { toLocale } from "../i18n";
import { UsageError } from "./errors";
import { formatLayout, runRecognize } from "./recognize";
import { formatRuleOutput, runRule } from "./rule";
import { formatScore, formatUndo, runScore, runUndo } from "./score";
import { PatchMode } from "../plan/patch";

const HELP = `kpi: 绩效考核表评分工具

用法:
  kpi rule "<评分标准>" [--max 分值] [--target 目标值] [--actual 实际值]... [--table] [--json]
  kpi recognize <文件.xlsx> [--sheet 工作表名] [--json]
  kpi score <文件.xlsx> -o <输出.xlsx> [--mode portable|functions|values] [--validate] [--overwrite] [--json]
      portable（默认）写 Excel 原生公式，functions 写 =KPI.* 公式，values 写数值；
      只写得分、小计、总分、等级、系数单元格，已有内容的单元格须加 --overwrite 才覆盖；
      --validate 同时为实际值单元格加上数据验证（下拉列表、数值范围、输入提示）
  kpi undo <已评分.xlsx> -o <输出.xlsx> [--overwrite]
      按工作簿中的写入记录恢复评分前的内容，并移除本工具加上的数据验证和条件格式

示例:
  kpi rule "≥90%得30分，80%-90%得20分，低于80%不得分" --max 30 --actual 95% --actual 0.85 --json
  kpi recognize 绩效考核表.xlsx --json
  kpi score 绩效考核表.xlsx -o 绩效考核表-已评分.xlsx --validate --json
  kpi undo 绩效考核表-已评分.xlsx -o 绩效考核表-已恢复.xlsx
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
  if (command === "score") {
    const { values, positionals } = parse(() =>
      parseArgs({ args: rest, options: SCORE_OPTIONS, allowPositionals: true }),
    );
    if (positionals.length !== 1) throw new UsageError("kpi score 需要且只需要一个 .xlsx 文件");
    if (values.output === undefined) throw new UsageError("kpi score 需要用 -o 指定输出文件");
    const mode = PatchMode.safeParse(values.mode ?? "portable");
    if (!mode.success)
      throw new UsageError(`未知的写入方式“${values.mode}”：可选 portable、functions、values`);
    const command = {
      file: positionals[0] as string,
      output: values.output,
      mode: mode.data,
      overwrite: values.overwrite === true,
      validate: values.validate === true,
    };
    const output = await runScore(command, locale);
    process.stdout.write(
      values.json ? `${JSON.stringify(output.report)}\n` : formatScore(output, command, locale),
    );
    return;
  }
  if (command === "undo") {
    const { values, positionals } = parse(() =>
      parseArgs({ args: rest, options: UNDO_OPTIONS, allowPositionals: true }),
    );
    if (positionals.length !== 1) throw new UsageError("kpi undo 需要且只需要一个 .xlsx 文件");
    if (values.output === undefined) throw new UsageError("kpi undo 需要用 -o 指定输出文件");
    const command = {
      file: positionals[0] as string,
      output: values.output,
      overwrite: values.overwrite === true,
    };
    const undone = await runUndo(command, locale);
    const restored = { restored: undone.patch.writes.length };
    process.stdout.write(
      values.json
        ? `${JSON.stringify(undone.warnings.length > 0 ? { ...restored, warnings: undone.warnings } : restored)}\n`
        : formatUndo(undone, command, locale),
    );
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

const SCORE_OPTIONS = {
  output: { type: "string", short: "o" },
  mode: { type: "string" },
  overwrite: { type: "boolean" },
  validate: { type: "boolean" },
  json: { type: "boolean" },
} as const;

const UNDO_OPTIONS = {
  output: { type: "string", short: "o" },
  overwrite: { type: "boolean" },
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
