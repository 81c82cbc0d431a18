import { readFileSync } from "fs";
import { join } from "path";
import { CATALOG } from "../../src/functions/catalog";
import { CustomFunctionsMetadata } from "../../src/functions/metadata";
import { IDS } from "../../src/functions/register";
import { metadata } from "./formulaEngine";

const localized = (locale: string) =>
  CustomFunctionsMetadata.parse(
    JSON.parse(
      readFileSync(join(__dirname, "..", "..", "src", "functions", `functions-${locale}.json`), "utf8"),
    ),
  );

describe("the custom functions' metadata", () => {
  it("is generated from the functions' JSDoc and valid against the metadata schema", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(Object.keys(CATALOG));
    for (const fn of metadata.functions) {
      expect(fn.description?.length).toBeGreaterThan(10);
      expect(fn.helpUrl).toMatch(/^https:\/\/localhost:3000\/help\.html#/);
      for (const p of fn.parameters) expect(p.description?.length).toBeGreaterThan(3);
    }
  });

  it("declares each parameter as the runner reads it: a cell or a range, required or optional", () => {
    for (const fn of metadata.functions) {
      const entry = CATALOG[fn.id as keyof typeof CATALOG];
      expect(fn.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual(
        entry.params.map((p) => [p.name, p.shape, p.optional ?? false]),
      );
    }
  });

  it("associates every id with a function in functions.js", () => {
    expect(Object.keys(IDS).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it.each(["zh-CN", "zh-TW"])("keeps the %s translation in step, function by function", (locale) => {
    const translated = localized(locale);
    expect(translated.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const [i, fn] of metadata.functions.entries()) {
      const t = translated.functions[i];
      expect(t?.name).toBe(fn.name);
      expect(t?.result).toEqual(fn.result);
      expect(t?.options).toEqual(fn.options);
      expect(t?.helpUrl).toBe(`https://localhost:3000/help.html?lang=${locale}#${fn.id.toLowerCase()}`);
      expect(t?.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
        fn.parameters.map((p) => [p.type, p.dimensionality, p.optional]),
      );
      expect(t?.description).toMatch(/[\u4e00-\u9fa5]/);
      for (const p of t?.parameters ?? []) expect(p.name + (p.description ?? "")).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it("rejects metadata that breaks Excel's naming rules", () => {
    const broken = { functions: [{ id: "AB", name: "AB", parameters: [], result: {} }] };
    expect(CustomFunctionsMetadata.safeParse(broken).success).toBe(false);
    const unknown = {
      functions: [{ id: "ABC", name: "ABC", parameters: [{ name: "x", colour: "red" }], result: {} }],
    };
    expect(CustomFunctionsMetadata.safeParse(unknown).success).toBe(false);
  });
});
