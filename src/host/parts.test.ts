import JSZip from "jszip";
import { RECORD_NAMESPACE } from "../plan/record";
import { droppedParts } from "./parts";

/** A package holding these parts, with their content where it matters. */
async function zipOf(parts: Readonly<Record<string, string>>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array" });
}

const SHEET = {
  "[Content_Types].xml": "<Types/>",
  "xl/workbook.xml": "<w/>",
  "xl/worksheets/sheet1.xml": "<s/>",
};
const RECORD = {
  "customXml/item1.xml": `<kpiRecord xmlns="${RECORD_NAMESPACE}"/>`,
  "customXml/itemProps1.xml": "<p/>",
};
const OTHERS = {
  "customXml/item2.xml": '<properties xmlns="http://schemas.microsoft.com/office/2006/metadata/properties"/>',
};

describe("what a copy saved through ExcelJS lacks of its input", () => {
  it("names printer settings, custom properties and charts the copy does not have, a chart's drawing with it", async () => {
    const input = await zipOf({
      ...SHEET,
      "xl/charts/chart1.xml": "<c/>",
      "xl/drawings/drawing1.xml": "<d/>",
      "xl/printerSettings/printerSettings1.bin": "x",
      "docProps/custom.xml": "<p/>",
      "xl/media/image3.png": "x",
    });
    const copy = await zipOf({ ...SHEET, "xl/media/image1.png": "x" });
    expect(await droppedParts(input, copy)).toEqual(["chart", "printerSettings", "customProperties"]);
  });

  it("says nothing when the copy keeps as many, under other names", async () => {
    const input = await zipOf({ ...SHEET, "xl/drawings/drawing3.xml": "<d/>", "xl/comments2.xml": "<c/>" });
    const copy = await zipOf({ ...SHEET, "xl/drawings/drawing1.xml": "<d/>", "xl/comments1.xml": "<c/>" });
    expect(await droppedParts(input, copy)).toEqual([]);
  });

  it("does not count the add-in's own record as the user's custom XML, even one it cannot read", async () => {
    const scored = await zipOf({ ...SHEET, ...RECORD });
    expect(await droppedParts(await zipOf(SHEET), scored)).toEqual([]);
    expect(await droppedParts(scored, await zipOf(SHEET))).toEqual([]);
    const unreadable = await zipOf({
      ...SHEET,
      "customXml/item1.xml": `<kpiRecord xmlns="${RECORD_NAMESPACE}">{`,
    });
    expect(await droppedParts(unreadable, scored)).toEqual([]);
  });

  it("names another add-in's custom XML the copy has lost beside the record", async () => {
    const input = await zipOf({ ...SHEET, ...RECORD, ...OTHERS });
    expect(await droppedParts(input, await zipOf({ ...SHEET, ...RECORD }))).toEqual(["customXml"]);
  });
});
