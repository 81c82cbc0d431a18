/** A mistake in how the command was called: printed as its message alone, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function handleError(error: unknown): void {
  if (error instanceof UsageError) {
    process.stderr.write(`kpi: ${error.message}\n用法见 kpi --help\n`);
  } else {
    process.stderr.write(`kpi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 2;
}
