import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/host/xlsx";
import type { Layout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";
import { withoutRuleKinds } from "./compare";

const DIR = join(__dirname, "..", "fixtures");
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => f.replace(/\.xlsx$/, ""));

async function layoutOf(name: string): Promise<{ got: Layout; expected: Layout }> {
  const read = await readWorkbook(join(DIR, `${name}.xlsx`));
  if (!read.ok) throw new Error(`${name}: ${read.issue.code}`);
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")).recognize as Layout;
  return { got: recognize(read.grids).layout, expected };
}

describe("recognising the fixture workbooks", () => {
  it("pairs every fixture workbook with its expected layout, and each expects a sheet", () => {
    const expectations = readdirSync(DIR)
      .filter((f) => f.endsWith(".expected.json"))
      .map((f) => f.replace(/\.expected\.json$/, ""));
    expect([...FIXTURES].sort()).toEqual([...expectations].sort());
    for (const name of FIXTURES) {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8"))
        .recognize as Layout;
      expect({ name, sheets: expected.sheets.length > 0 }).toEqual({ name, sheets: true });
    }
  });

  describe.each(FIXTURES)("%s", (name) => {
    it("finds the layout written next to it, apart from the engine's rule kinds", async () => {
      const { got, expected } = await layoutOf(name);
      expect(withoutRuleKinds(got)).toEqual(withoutRuleKinds(expected));
    });

    it("finds the layout written next to it, rule kinds included", async () => {
      const { got, expected } = await layoutOf(name);
      expect(got).toEqual(expected);
    });
  });
});
