import type { Layout, SheetLayout } from "../../src/layout/layout";

/** An expected sheet as written in test/corpus-real: `index` names the sheet, `name` may be left
 * out (sheets named after real people) and `reason` is free text for people. */
export type ExpectedSheet = Partial<SheetLayout> & { index?: number };

/** The recognised sheet shaped like the expected one: same identification keys, no reason text. */
export function comparable(
  got: SheetLayout | undefined,
  expected: ExpectedSheet,
): Record<string, unknown> | undefined {
  if (!got) return undefined;
  const { reason: _reason, ...rest } = got;
  const out: Record<string, unknown> = { ...rest };
  if (expected.name === undefined) delete out.name;
  // people of the real corpus are identified by row only: their names are not copied
  if (rest.tables && expected.tables)
    out.tables = rest.tables.map((table, i) => {
      const wanted = expected.tables?.[i];
      if (!("people" in table) || !wanted || !("people" in wanted)) return table;
      if (wanted.people.some((p) => "name" in p)) return table;
      return { ...table, people: table.people.map((p) => ({ row: p.row })) };
    });
  return out;
}

export function expectedComparable(expected: ExpectedSheet): Record<string, unknown> {
  const { index: _index, reason: _reason, ...rest } = expected;
  return rest;
}

/** A layout without rule kinds: what the recogniser itself decides, apart from the engine's parse. */
export function withoutRuleKinds<T = Layout>(layout: T): T {
  if (layout === undefined) return layout;
  return JSON.parse(JSON.stringify(layout), (k, v) => (k === "rule" ? undefined : v)) as T;
}
