import { readdirSync } from "fs";
import { join } from "path";
import { IssueCode } from "../../src/engine/issue";
import { message } from "../../src/i18n";
import { readWorkbook } from "../../src/host/xlsx";
import type { Grid } from "../../src/layout/grid";
import { gridOf } from "../support/grid";
import { Layout } from "../../src/layout/layout";
import { recognize } from "../../src/layout/recognize";

const DIR = join(__dirname, "..", "fixtures");

const bare = (name: string, values: Grid["values"]): Grid => gridOf(name, values);

describe("evidence of the recogniser", () => {
  it("emits every layout reason code (no dead codes), each worded", async () => {
    const grids: Grid[] = [
      bare("empty", []),
      bare("data", [
        ["MONTH", "TARGET"],
        ["Jan", 100],
      ]),
    ];
    for (const f of readdirSync(DIR).filter((n) => n.endsWith(".xlsx"))) {
      const read = await readWorkbook(join(DIR, f));
      if (read.ok) grids.push(...read.grids);
    }
    const { layout, evidence } = recognize(grids);
    // every key the recogniser writes is in the schema (parsing would drop or refuse the others)
    expect(Layout.parse(layout)).toEqual(layout);
    const emitted = new Set(evidence.map((e) => e.reason.code));
    const codes = IssueCode.options.filter((c) => c.startsWith("layout."));
    expect(codes.filter((c) => !emitted.has(c))).toEqual([]);
    for (const e of evidence) expect(message(e.reason)).not.toMatch(/undefined/);
  });
});
