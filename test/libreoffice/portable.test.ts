import { formulaFor } from "../../src/engine/formula";
import {
  QUANTITY_TEXTS,
  SHAPES,
  boundariesOf,
  edgesOf,
  mismatches,
  randomCells,
  ruleOf,
  shown,
  wordsFor,
  type Cell,
} from "../support/formulaShapes";
import { recalc, type Result, type Row } from "./recalc";

/**
 * The formulas of every rule shape, recalculated by LibreOffice in one run: a workbook scored by
 * the add-in shows the engine's scores in LibreOffice too.
 */

/** n of the cells, spread evenly over them. */
function sample(cells: readonly number[], n: number): number[] {
  if (cells.length <= n) return [...cells];
  return Array.from({ length: n }, (_, i) => cells[Math.floor((i * cells.length) / n)] as number);
}

function seen(result: Result): string {
  if (result === null || typeof result === "boolean") return String(result);
  return typeof result === "object" ? "#N/A" : shown(result);
}

/** About 50 cells per shape: every boundary and a sample of the values around them, a few random
 * numbers, the rule's words, TRUE/FALSE, a blank cell and text quantities. */
const shapes = SHAPES.map((shape, i) => {
  const rule = ruleOf(shape);
  const cells: Cell[] = [
    ...new Set([...boundariesOf(rule, shape.options), ...sample(edgesOf(rule, shape.options), 30)]),
    ...randomCells(rule, shape.options, 5, 7 + i),
    ...wordsFor(rule),
    true,
    false,
    null,
    ...QUANTITY_TEXTS,
  ];
  return { shape, rule, cells };
});

describe("a scored workbook opened in LibreOffice", () => {
  it("shows the engine's score for every rule shape, on its boundaries and around them", async () => {
    // First a formula whose result only a real recalculation gives (the file caches none).
    const rows: Row[] = [{ input: 21, formula: "=A1*2" }];
    for (const { shape, rule, cells } of shapes) {
      const formulaOf = formulaFor(rule, shape.options);
      for (const cell of cells) {
        const formula = formulaOf(`A${rows.length + 1}`);
        if (!formula.ok) throw new Error(`${shape.name}: no formula (${formula.issue.code})`);
        rows.push({ input: cell, formula: formula.formula });
      }
    }
    const [recalculated, ...results] = (await recalc(rows)).map(seen);
    expect(recalculated).toBe("42");
    let offset = 0;
    for (const { shape, rule, cells } of shapes) {
      const sheet = results.slice(offset, offset + cells.length);
      offset += cells.length;
      expect({ shape: shape.name, mismatches: mismatches(rule, shape.options, cells, sheet) }).toEqual({
        shape: shape.name,
        mismatches: [],
      });
    }
    expect(offset).toBeGreaterThanOrEqual(50 * shapes.length);
  }, 300_000);
});
