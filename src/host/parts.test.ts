import JSZip from "jszip";
import { droppedParts } from "./parts";

/** A package holding these parts (their content does not matter here). */
async function zipOf(names: readonly string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const name of names) zip.file(name, "<x/>");
  return zip.generateAsync({ type: "uint8array" });
}

const SHEET = ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"];

describe("what a copy saved through ExcelJS lacks of its input", () => {
  it("names charts, printer settings and custom properties the copy does not have", async () => {
    const input = await zipOf([
      ...SHEET,
      "xl/charts/chart1.xml",
      "xl/printerSettings/printerSettings1.bin",
      "docProps/custom.xml",
      "xl/media/image3.png",
    ]);
    const copy = await zipOf([...SHEET, "xl/media/image1.png"]);
    expect(await droppedParts(input, copy, { input: false, copy: false })).toEqual([
      "chart",
      "printerSettings",
      "customProperties",
    ]);
  });

  it("says nothing when the copy keeps as many, under other names", async () => {
    const input = await zipOf([...SHEET, "xl/drawings/drawing3.xml", "xl/comments2.xml"]);
    const copy = await zipOf([...SHEET, "xl/drawings/drawing1.xml", "xl/comments1.xml"]);
    expect(await droppedParts(input, copy, { input: false, copy: false })).toEqual([]);
  });

  it("does not count the add-in's own record as the user's custom XML", async () => {
    const scored = await zipOf([...SHEET, "customXml/item1.xml", "customXml/itemProps1.xml"]);
    expect(await droppedParts(await zipOf(SHEET), scored, { input: false, copy: true })).toEqual([]);
    expect(await droppedParts(scored, scored, { input: true, copy: true })).toEqual([]);
    expect(await droppedParts(scored, await zipOf(SHEET), { input: true, copy: false })).toEqual([]);
  });

  it("names another add-in's custom XML the copy has lost beside the record", async () => {
    const input = await zipOf([...SHEET, "customXml/item1.xml", "customXml/item2.xml"]);
    const copy = await zipOf([...SHEET, "customXml/item1.xml"]);
    expect(await droppedParts(input, copy, { input: true, copy: true })).toEqual(["customXml"]);
  });
});
