import { parseArgs } from "node:util";
import { toLocale, type Locale } from "../i18n";
import { PatchMode } from "../plan/patch";
import { CliError, usage } from "./errors";
import type { Io } from "./io";
import { formatLayout, layoutJson, runRecognize } from "./recognize";
import { formatRuleOutput, runRule } from "./rule";
import { formatScore, formatUndo, runScore, runUndo } from "./score";
import { cliStrings } from "./strings";
import { runTemplate } from "./template";

/**
 * The command line is a shell: flags become the engine's options, results go to stdout (JSON with
 * --json), messages to stderr. Returns the exit code of DESIGN.md's contract: 0 done, 1 nothing to
 * do, 2 bad usage or input, 3 an internal error. With --json an error is also written to stdout as
 * `{"ok": false, "code", "error"}`.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const locale = toLocale(io.env.KPI_LANG ?? "zh-CN");
  const s = cliStrings(locale);
  const json = argv.includes("--json");
  try {
    await run(argv, io, locale);
    return 0;
  } catch (error) {
    const known = error instanceof CliError;
    const code = known ? error.code : "internal";
    const text = known ? error.message : s.internal(error instanceof Error ? error.message : String(error));
    io.stderr(`kpi: ${text}\n${code === "usage" ? `${s.seeHelp}\n` : ""}`);
    if (!known && io.env.KPI_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    const details = known ? error.details : undefined;
    if (json) io.stdout(`${JSON.stringify({ ok: false, code, error: text, ...details })}\n`);
    return known ? error.exit : 3;
  }
}

async function run(argv: readonly string[], io: Io, locale: Locale): Promise<void> {
  const s = cliStrings(locale);
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(s.help);
    return;
  }
  if (command === "rule") {
    const { values, positionals } = parse(rest, RULE_OPTIONS);
    if (positionals.length !== 1) throw usage(s.ruleNeedsText);
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
    io.stdout(values.json ? `${JSON.stringify(output)}\n` : formatRuleOutput(output, locale));
    return;
  }
  if (command === "recognize") {
    const { values, positionals } = parse(rest, RECOGNIZE_OPTIONS);
    if (positionals.length !== 1) throw usage(s.needsOneFile("recognize"));
    const read = await runRecognize({ file: positionals[0] as string, sheet: values.sheet }, locale);
    io.stdout(
      values.json
        ? `${JSON.stringify(layoutJson(read.layout, locale))}\n`
        : formatLayout(read.layout, locale, read.taught),
    );
    return;
  }
  if (command === "score") {
    const { values, positionals } = parse(rest, SCORE_OPTIONS);
    if (positionals.length !== 1) throw usage(s.needsOneFile("score"));
    if (values.output === undefined) throw usage(s.needsOutput("score"));
    const mode = PatchMode.safeParse(values.mode ?? "portable");
    if (!mode.success) throw usage(s.unknownMode(values.mode ?? ""));
    const score = {
      file: positionals[0] as string,
      output: values.output,
      mode: mode.data,
      overwrite: values.overwrite === true,
      validate: values.validate === true,
      ...(values.template !== undefined ? { template: values.template } : {}),
    };
    const output = await runScore(score, locale);
    io.stdout(values.json ? `${JSON.stringify(output.report)}\n` : formatScore(output, score, locale));
    return;
  }
  if (command === "template") {
    const { values, positionals } = parse(rest, TEMPLATE_OPTIONS);
    if (positionals.length !== 1) throw usage(s.needsOneFile("template"));
    if (values.output === undefined) throw usage(s.needsOutput("template"));
    const template = { file: positionals[0] as string, output: values.output };
    const profile = await runTemplate(template, locale);
    io.stdout(
      values.json
        ? `${JSON.stringify(profile)}\n`
        : `${s.templateWritten(
            profile.tables.map((t) => t.sheet),
            template.output,
          )}\n`,
    );
    return;
  }
  if (command === "undo") {
    const { values, positionals } = parse(rest, UNDO_OPTIONS);
    if (positionals.length !== 1) throw usage(s.needsOneFile("undo"));
    if (values.output === undefined) throw usage(s.needsOutput("undo"));
    const undo = {
      file: positionals[0] as string,
      output: values.output,
      overwrite: values.overwrite === true,
    };
    const undone = await runUndo(undo, locale);
    io.stdout(
      values.json
        ? `${JSON.stringify({ restored: undone.patch.writes.length })}\n`
        : formatUndo(undone, undo, locale),
    );
    return;
  }
  throw usage(s.unknownCommand(command));
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
  template: { type: "string" },
  json: { type: "boolean" },
} as const;

const TEMPLATE_OPTIONS = {
  output: { type: "string", short: "o" },
  json: { type: "boolean" },
} as const;

const UNDO_OPTIONS = {
  output: { type: "string", short: "o" },
  overwrite: { type: "boolean" },
  json: { type: "boolean" },
} as const;

type Options = Parameters<typeof parseArgs>[0] & object;

/** parseArgs reports bad flags by throwing; they are usage errors. */
function parse<const O extends NonNullable<Options["options"]>>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
}
