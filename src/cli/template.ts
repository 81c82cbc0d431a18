import { readFile } from "fs/promises";
import { extname } from "path";
import { openWorkbook } from "../host/xlsx";
import type { Issue } from "../engine/issue";
import { message, type Locale } from "../i18n";
import { applyProfile, profileOf, readProfile, type Profile } from "../layout/profile";
import { planTeach, type WorkbookSnapshot } from "../plan/operations";
import { CliError } from "./errors";
import { writeAtomically } from "./output";
import { cliStrings } from "./strings";

/**
 * Template profiles on the command line: `kpi template` writes the profile a workbook holds (the
 * sheets taught in the task pane, kept in its record); `kpi score --template` reads a workbook by a
 * profile, or refuses, saying where the workbook differs, before anything is written.
 */

export interface TemplateCommand {
  file: string;
  output: string;
}

/** `kpi template`: the profile of the sheets taught in a workbook, written as JSON. */
export async function runTemplate(command: TemplateCommand, locale: Locale = "zh-CN"): Promise<Profile> {
  const s = cliStrings(locale);
  if (extname(command.output).toLowerCase() !== ".json")
    throw new CliError("output.extension", s.outputExtension(command.output, ".json"));
  const read = await openWorkbook(command.file);
  if (!read.ok) throw new CliError(read.issue.code, message(read.issue, locale));
  const profile = profileOf(read.snapshot.record?.taught ?? [], read.snapshot.grids);
  if (!profile) throw new CliError("nothingToDo", s.nothingTaught, 1);
  await writeAtomically(command.output, new TextEncoder().encode(`${JSON.stringify(profile, null, 2)}\n`), s);
  return profile;
}

/** One cell where a workbook differs from a profile: sheet, cell, expected, found and the words. */
export type Difference = Issue["params"] & { message: string };

/** The snapshot with a profile's sheets taught in its record: what `kpi score --template` scores
 * (and so keeps in the copy it writes). */
export async function taughtByProfile(
  snapshot: WorkbookSnapshot,
  path: string,
  locale: Locale,
): Promise<WorkbookSnapshot> {
  const s = cliStrings(locale);
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null)
    throw new CliError("file.notFound", message({ code: "file.notFound", params: { file: path } }, locale));
  const read = readProfile(text);
  if (!read.ok) throw new CliError(read.issue.code, message(read.issue, locale));
  const applied = applyProfile(read.profile, snapshot.grids);
  if (!applied.ok) {
    const differences: Difference[] = applied.differences.map((i) => ({
      ...i.params,
      message: message(i, locale),
    }));
    throw new CliError(
      "profile.mismatch",
      `${s.profileDiffers(path)}\n${differences.map((d) => `  ${d.message}`).join("\n")}`,
      2,
      { differences },
    );
  }
  return { ...snapshot, record: planTeach(snapshot, applied.taught).record };
}
