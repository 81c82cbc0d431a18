/**
 * How `kpi` stops: every refusal is a CliError with a code (an issue code such as
 * `file.notFound`, or the command's own: `usage`, `output.*`, `conflicts`, `blocked`,
 * `nothingToDo`), its exit code and its message in the user's language. Anything else thrown is an
 * internal error (exit 3).
 */

/** Exit codes of DESIGN.md's `kpi` contract: 1 nothing to do, 2 bad usage or input. */
export type ExitCode = 1 | 2;

export class CliError extends Error {
  override name = "CliError";
  constructor(
    readonly code: string,
    message: string,
    readonly exit: ExitCode = 2,
    /** What `--json` gives besides the message (the cells a template profile found different). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** A mistake in how the command was called (the message is followed by where to find help). */
export const usage = (message: string): CliError => new CliError("usage", message);
