import { DetailedCellError, HyperFormula } from "hyperformula";
import corpus from "../../test/rules/corpus.json";
import { formulaFor, toFormula, type FormulaOptions } from "./formula";
import {
  QUANTITY_TEXTS,
  SHAPES,
  edgesOf,
  mismatches,
  randomCells,
  ruleOf,
  shown,
  wordsFor,
  type Cell,
} from "../../test/support/formulaShapes";
import { parseRule } from "./parseRule";
import type { Rule } from "./rule";

/** What HyperFormula, a real spreadsheet engine, shows for each cell: the cell in column A, the
 * rule's formula of it in column B. Text is entered as text ('1 stays the word "1"). */
function spreadsheet(rule: Rule, options: FormulaOptions, cells: readonly Cell[]): string[] {
  const formulaOf = formulaFor(rule, options);
  const sheet = cells.map((cell, i) => {
    const formula = formulaOf(`A${i + 1}`);
    if (!formula.ok) throw new Error(`no formula: ${formula.issue.code}`);
    return [typeof cell === "string" ? `'${cell}` : cell, formula.formula];
  });
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  try {
    return sheet.map((_, row) => {
      const value = hf.getCellValue({ sheet: 0, row, col: 1 });
      return value instanceof DetailedCellError ? "#N/A" : shown(value as number | string);
    });
  } finally {
    hf.destroy();
  }
}

/** Boundaries and the values around them, random numbers, the rule's words, TRUE/FALSE, a blank
 * cell, and text quantities. */
function cellsOf(rule: Rule, options: FormulaOptions, random: number, seed: number): Cell[] {
  return [
    ...edgesOf(rule, options),
    ...randomCells(rule, options, random, seed),
    ...wordsFor(rule),
    true,
    false,
    null,
    ...QUANTITY_TEXTS,
  ];
}

/** Where HyperFormula's results differ from the engine's. */
function disagreements(rule: Rule, options: FormulaOptions, cells: readonly Cell[]) {
  return mismatches(rule, options, cells, spreadsheet(rule, options, cells));
}

const corpusRule = (id: string): Rule => {
  const parsed = parseRule(corpus.find((e) => e.id === id)?.text);
  if (!parsed.ok) throw new Error(`not understood: ${id}`);
  return parsed.rule;
};

describe("a scored workbook keeps its scores without the add-in", () => {
  describe.each(SHAPES.map((shape, i) => [shape.name, shape, i] as const))("%s", (_, shape, i) => {
    it("scores every boundary, the values just around it, gaps, far-off values and 1,000 random values as the engine does", () => {
      const rule = ruleOf(shape);
      const cells = cellsOf(rule, shape.options, 1000, 20_241_123 + i);
      expect(cells.filter((c) => typeof c === "number").length).toBeGreaterThanOrEqual(1000);
      expect(disagreements(rule, shape.options, cells)).toEqual([]);
    });
  });

  it("scores every rule of the corpus as the engine does on its boundaries", () => {
    let checked = 0;
    for (const entry of corpus) {
      const parsed = parseRule(entry.text);
      if (!parsed.ok) continue;
      const options = { max: entry.max ?? undefined, target: entry.target ?? undefined };
      if (!toFormula(parsed.rule, "A1", options).ok) continue;
      expect({
        id: entry.id,
        mismatches: disagreements(parsed.rule, options, cellsOf(parsed.rule, options, 0, 0)),
      }).toEqual({
        id: entry.id,
        mismatches: [],
      });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(160);
  });

  it("asks where the engine asks: a value two bands both hold, points per unit past the item's, a rate typed beside amounts, a plain number beside a met standard", () => {
    for (const [text, options] of [
      ["完成率≥100%得30分，90%-100%(含)得20分", { max: 30 }],
      ["每完成1个得3分", { max: 30 }],
      ["完成率≥100%得40分，90%-99%得30分，低于90%不得分", { max: 40, target: 30 }],
      ["完成率≥100%得40分，90%-99%得30分，低于90%不得分", { max: 40, target: 1_000_000 }],
      ["目标销售额50万元，完成率每低1%扣0.5分", { max: 10 }],
      ["准确率≥95%达标得10分，未达标0分", { max: 10 }],
      ["完成率≥100%得40分，90%-99%得30分，低于90%不得分", { max: 40, target: 500000 }],
      ["完成率×10分", { max: 10, target: 200 }],
      ["完成率≥100得10分，90≤完成率<100得8分，完成率<90得0分", { max: 10 }],
      ["出勤率低于95扣5分", { max: 10 }],
      ["目标：200单；得分=实际单量/200×15", { max: 15 }],
    ] as const) {
      const parsed = parseRule(text);
      if (!parsed.ok) throw new Error(`not understood: ${text}`);
      const typed = [0.05, 0.09, 0.9, 0.95, 2, 2.5, 3, 9, 95, 450, 500, 501, 4500, 475000, 480000];
      expect(
        disagreements(parsed.rule, options, [...typed, ...cellsOf(parsed.rule, options, 200, 7)]),
      ).toEqual([]);
    }
  });

  it("writes a band rule as nested IFs of the input cell, keeping its $ reference, and asks about 2 to 4.5 (3%, or 300%?) and about more than 1000 (no rate is 100,000%)", () => {
    const parsed = parseRule("≥90%得30分，80%-90%得20分，低于80%不得分");
    if (!parsed.ok) throw new Error("rule");
    expect(toFormula(parsed.rule, "$G5", { max: 30 })).toEqual({
      ok: true,
      formula:
        "=IF(ISLOGICAL($G5),NA(),IF(ISNUMBER($G5),IF(IF(OR(AND($G5-2>0.000000002,$G5-4.5<=0.0000000045),$G5-1000>0.000001),NA(),$G5/IF(ABS($G5)>2,100,1))-0.9>=-0.000000001,30,IF(IF(OR(AND($G5-2>0.000000002,$G5-4.5<=0.0000000045),$G5-1000>0.000001),NA(),$G5/IF(ABS($G5)>2,100,1))-0.8>=-0.000000001,20,0)),NA()))",
    });
  });

  it("says why when no formula can score a rule", () => {
    expect(toFormula(corpusRule("d095"), "G5", { max: 10 })).toEqual({
      ok: false,
      issue: { code: "formula.unsupported", params: { reason: "scoreRange" } },
    });
    expect(toFormula(corpusRule("d079"), "G5", {})).toEqual({
      ok: false,
      issue: { code: "formula.unsupported", params: { reason: "countList" } },
    });
    expect(toFormula(corpusRule("d103"), "G5", {})).toMatchObject({ issue: { code: "rule.needsMax" } });
    expect(toFormula(corpusRule("d100"), "G5", { max: 5 })).toMatchObject({
      issue: { code: "rule.needsTarget" },
    });
  });
});

describe("formulas every spreadsheet reads", () => {
  const formulas = [
    ...corpus.map((e) => ({
      text: e.text,
      options: { max: e.max ?? undefined, target: e.target ?? undefined },
    })),
    ...SHAPES,
  ].flatMap(({ text, options }) => {
    const parsed = parseRule(text);
    const f = parsed.ok ? toFormula(parsed.rule, "G5", options) : undefined;
    return f?.ok ? [f.formula] : [];
  });
  /** Functions of Excel 2007 that WPS and LibreOffice read as they are. */
  const EXCEL_2007 = new Set([
    "IF",
    "AND",
    "OR",
    "NOT",
    "MIN",
    "MAX",
    "ABS",
    "ROUND",
    "ROUNDDOWN",
    "ISNUMBER",
    "ISLOGICAL",
    "TRIM",
    "NA",
  ]);
  const outsideStrings = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');

  it("uses only functions of Excel 2007, never IFS, SWITCH, XLOOKUP, LET or other later ones", () => {
    expect(formulas.length).toBeGreaterThanOrEqual(160);
    for (const formula of formulas) {
      const code = outsideStrings(formula);
      expect(code).not.toMatch(
        /\b(IFS|SWITCH|XLOOKUP|XMATCH|LET|LAMBDA|CONCAT|TEXTJOIN|MAXIFS|MINIFS|FILTER)\(|_xlfn/i,
      );
      const used = [...code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      expect(used.filter((name) => !EXCEL_2007.has(name as string))).toEqual([]);
    }
  });

  it("writes numbers with at most 15 significant digits and never in exponent form", () => {
    for (const formula of formulas) {
      const numbers = outsideStrings(formula)
        .replace(/\$?[A-Z]+\$?\d+/g, "")
        .match(/\d+(?:\.\d+)?(?:E[-+]?\d+)?/gi);
      for (const n of numbers ?? []) {
        expect(n).not.toMatch(/E/i);
        expect(n.replace(".", "").replace(/^0+|0+$/g, "").length).toBeLessThanOrEqual(15);
      }
    }
  });
});
