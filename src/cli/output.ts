import { randomBytes } from "crypto";
import { access, constants, rename, stat, unlink, writeFile } from "fs/promises";
import { basename, dirname, extname, join, resolve } from "path";
import type { WorkbookExtension } from "../host/xlsx";
import { CliError } from "./errors";
import type { CliStrings } from "./strings";

/**
 * Where `kpi score` and `kpi undo` write their copy. The copy never replaces its input, whatever
 * path leads to it (the same name, a symbolic or hard link); it keeps the input's kind and so its
 * extension; it is written to a temporary file beside the output and renamed into place, so that
 * a failure leaves no half-written file and an existing output whole.
 */

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** Refuses an output that cannot or must not be written, before any work. */
export async function checkOutput(
  input: string,
  output: string,
  extension: WorkbookExtension,
  s: CliStrings,
): Promise<void> {
  if (extname(output).toLowerCase() !== extension)
    throw new CliError("output.extension", s.outputExtension(output, extension));
  const [source, target] = await Promise.all([stat(input), stat(output).catch(() => null)]);
  if (target?.isDirectory()) throw new CliError("output.isFolder", s.outputIsFolder(output));
  if (target && target.dev === source.dev && target.ino === source.ino)
    throw new CliError("output.sameAsInput", s.sameAsInput);
  const folder = dirname(resolve(output));
  const parent = await stat(folder).catch(() => null);
  if (!parent?.isDirectory()) throw new CliError("output.folderMissing", s.folderMissing(dirname(output)));
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new CliError("output.denied", s.outputDenied(output));
  }
}

/** Writes the bytes to a temporary file beside the output, then renames it over the output. */
export async function writeAtomically(output: string, bytes: Uint8Array, s: CliStrings): Promise<void> {
  const temporary = join(
    dirname(resolve(output)),
    `.${basename(output)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, output);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const why = code(error);
    if (why === "EACCES" || why === "EPERM" || why === "EROFS")
      throw new CliError("output.denied", s.outputDenied(output));
    if (why === "EISDIR") throw new CliError("output.isFolder", s.outputIsFolder(output));
    if (why === "ENOENT" || why === "ENOTDIR")
      throw new CliError("output.folderMissing", s.folderMissing(dirname(output)));
    throw new CliError(
      "output.failed",
      s.outputFailed(output, why ?? (error instanceof Error ? error.message : String(error))),
    );
  }
}
