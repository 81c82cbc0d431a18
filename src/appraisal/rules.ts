import { levelsFromRows } from "../engine/build";
import { issue } from "../engine/issue";
import { parseRule } from "../engine/parseRule";
import { parseQuantity } from "../engine/quantity";
import { printRule } from "../engine/print";
import type { Rule, RuleOf } from "../engine/rule";
import { columnIndex } from "../layout/a1";
import { valueAt, type Grid } from "../layout/grid";
import type { FormTable } from "../layout/layout";
import type { RuleReading } from "./appraisal";
import type { PickedKind, ReadingCorrections } from "./corrections";

/**
 * An item's rule as the appraisal holds it: read from its text with the parser's certainty, or
 * built from level columns, then with what the user said of it (a doubt confirmed, a kind picked).
 */

/** A rule text read: the rule, why there is none, or the doubt of a tentative reading. `inCell`:
 * the cell holds exactly this text. Grade, coefficient and pay tables score no item. */
export function readRule(text: string, cell: string, inCell: boolean): RuleReading {
  const parsed = parseRule(text);
  const read = { source: "text" as const, text, cell, inCell };
  if (!parsed.ok) return { ...read, rule: null, issue: parsed.issue };
  if (parsed.rule.kind === "table")
    return { ...read, rule: null, issue: issue("rule.notUnderstood", { text }) };
  const reading: RuleReading = { ...read, rule: parsed.rule };
  if (parsed.doubt) reading.doubt = parsed.doubt;
  return reading;
}

/** Levels whose points sit in level columns (A | B | C), in the item's row or a 等级得分 row; null
 * where those cells give no points. */
export function levelColumnRule(grid: Grid, table: FormTable, row: number): RuleOf<"levels"> | null {
  const columns = Object.entries(table.levelColumns ?? {});
  const scoreRow = table.levelScoreRow ?? row;
  return levelsFromRows(
    columns.map(([letters, level]) => {
      const v = valueAt(grid, scoreRow - 1, columnIndex(letters));
      const q = typeof v === "string" ? parseQuantity(v) : null;
      return [level, typeof v === "number" ? v : q?.ok ? q.quantity.value : null];
    }),
  );
}

/** A rule built from level columns: sure; `text` is what the sheet shows of it. */
export function cellsRule(rule: Rule, text: string, cell: string): RuleReading {
  return { rule, source: "cells", text, cell, inCell: false };
}

/** The rule of a kind the user picked, scored from the item's own points. */
function pickedRule(kind: PickedKind): Rule {
  return kind === "manual"
    ? { kind: "manual" }
    : {
        kind: "pass",
        pass: { type: "share", share: 1 },
        fail: { type: "points", points: 0 },
        unit: "number",
      };
}

/** The reading with what the user said of the item (`key`, see `itemKey`): a picked kind replaces
 * it; a confirmation of the very doubt it has makes it sure. */
export function withUserWord(reading: RuleReading, key: string, said: ReadingCorrections): RuleReading {
  const kind = said.picked(key);
  if (kind !== undefined) {
    const rule = pickedRule(kind);
    return {
      rule,
      source: "picked",
      text: printRule(rule),
      cell: reading.cell,
      inCell: false,
      confirmed: true,
    };
  }
  if (reading.doubt === undefined || !said.confirmed(key, reading.doubt)) return reading;
  const { doubt: _doubt, ...sure } = reading;
  return { ...sure, confirmed: true };
}
