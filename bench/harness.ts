import { rmSync } from "fs";

/**
 * Benchmarks report ratios against a baseline run in the same process, so the figures mean the
 * same on any machine; absolute times are printed beside them for the README.
 */
/** Results of the timed runs are kept here so the JIT cannot drop the work. */
export const sink = { value: 0 };

/** Median milliseconds of `run`, which returns a number computed from its work. */
export function timeIt(run: () => number, repeats = 5): number {
  for (let i = 0; i < 3; i++) sink.value += run(); // warm-up: let the JIT compile both sides alike
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    sink.value += run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export type Check = { name: string; value: number; unit: string; limit?: number; baseline?: string };

export function report(title: string, checks: Check[]): boolean {
  console.log(`\n## ${title}`);
  let ok = true;
  for (const c of checks) {
    const pass = c.limit === undefined || c.value <= c.limit;
    ok &&= pass;
    const limit = c.limit === undefined ? "" : ` (limit ${c.limit}${c.unit})`;
    const mark = c.limit === undefined ? "  " : pass ? "✓ " : "✗ ";
    console.log(
      `${mark}${c.name}: ${round(c.value)}${c.unit}${limit}${c.baseline ? ` — ${c.baseline}` : ""}`,
    );
  }
  return ok;
}

export function round(x: number): number {
  return Number(x.toPrecision(3));
}

/** A deterministic stream of numbers, so every run measures the same inputs. */
export function randoms(n: number, seed = 42): Float64Array {
  const out = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[i] = s / 2147483648;
  }
  return out;
}

/** Runs benches one after the other in a scratch directory removed at the end; the exit code
 * says whether every limit held. */
export async function runInScratch(
  dir: string,
  benches: ReadonlyArray<() => Promise<boolean>>,
): Promise<void> {
  try {
    let ok = true;
    for (const bench of benches) ok = (await bench()) && ok;
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
