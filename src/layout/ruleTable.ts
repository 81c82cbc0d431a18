import { kindOf } from "../engine/kind";
import { parseRule } from "../engine/parseRule";
import { address, columnIndex } from "./a1";
import type { Item } from "./layout";
import type { Sheet } from "./sheet";

/**
 * Rules read through a lookup: a rule cell `=VLOOKUP(K6,$B$24:$E$27,3,0)` shows the score range of
 * the level its row's input picks from a legend table on the same sheet (完成进度 → 评分范围). The
 * item's rule is that legend, joined as `level points`, one level a line; the cell shows only the
 * result for the level chosen (or 0 for none), not the rule.
 */

// VLOOKUP(input, legend, column[, 0 | FALSE]) into a range of the same sheet.
const VLOOKUP =
  /^=?VLOOKUP\(\s*\$?[A-Z]{1,3}\$?\d+\s*,\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*,\s*(\d+)\s*(?:,\s*(?:0|FALSE)\s*)?\)$/i;

export interface LookupLegend {
  /** The legend's range with its header row, as the layout names it (`B23:E27`). */
  range: string;
  /** The legend as one rule text: `超预期完成 90-100分⏎完成 75-90分⏎…`. */
  text: string;
}

/** The legend a rule cell's formula looks its value up in, or null. */
function legendOf(sheet: Sheet, formula: string): (LookupLegend & { key: string }) | null {
  const m = VLOOKUP.exec(formula.trim());
  if (!m) return null;
  const left = columnIndex(m[1] as string);
  const right = columnIndex(m[3] as string);
  const top = Number(m[2]) - 1;
  const bottom = Number(m[4]) - 1;
  const value = left + Number(m[5]) - 1;
  if (value > right || bottom < top || bottom - top > 50) return null;
  const lines: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const level = sheet.text(r, left);
    const points = sheet.text(r, value);
    if (level !== "" && points !== "") lines.push(`${level} ${points}`);
  }
  if (lines.length < 2) return null;
  // the legend's header row (完成进度 | 评分范围) belongs to the table the sheet shows
  const headed = top > 0 && sheet.text(top - 1, left) !== "" && sheet.text(top - 1, value) !== "";
  const first = headed ? top - 1 : top;
  return {
    key: `${left},${top},${right},${bottom},${value}`,
    range: `${address(first, left)}:${address(bottom, right)}`,
    text: lines.join("\n"),
  };
}

/**
 * Gives the items whose rule cell looks their value up in a legend table that legend as rule text.
 * Returns the legend's range when every such item reads the same one, else null.
 */
export function lookupRules(sheet: Sheet, items: Item[], ruleColumn: number): { range: string } | null {
  if (ruleColumn < 0) return null;
  let found: (LookupLegend & { key: string }) | null = null;
  for (const item of items) {
    const formula = sheet.grid.formulas[`${item.row - 1},${ruleColumn}`];
    if (formula === undefined || !/vlookup/i.test(formula)) continue;
    const legend = legendOf(sheet, formula);
    if (!legend) continue;
    if (found && found.key !== legend.key) return null;
    found = legend;
    item.ruleText = legend.text;
    const parsed = parseRule(legend.text);
    item.rule = parsed.ok ? { kind: kindOf(parsed.rule) } : null;
  }
  return found ? { range: found.range } : null;
}
