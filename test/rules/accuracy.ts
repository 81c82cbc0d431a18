import { formatTally, judge, loadPart, tally } from "./real";

/** `npm run accuracy`: the real rule texts, by part (see test/rules/real/README.md), then the
 * made-up ones. */
export function rulesReport(): string {
  return (["tune", "measure", "made", "heldout"] as const)
    .map((part) => formatTally(part, tally(loadPart(part).map(judge))))
    .join("\n");
}
