import JSZip from "jszip";
import type { Issue } from "../engine/issue";
import { RECORD_NAMESPACE } from "../plan/record";

/**
 * What an .xlsx package may hold that ExcelJS does not write back when it saves a workbook, by the
 * parts that hold it. `kpi score` and `kpi undo` write a copy through ExcelJS: the input is never
 * changed, and the user is told what the copy lacks. Counted, not named, since ExcelJS renames the
 * parts it does keep (drawing3.xml may come back as drawing1.xml).
 */
export const PART_KINDS = [
  ["chart", /^xl\/charts\/chart[^/]*\.xml$/],
  ["pivotTable", /^xl\/pivotTables\/[^/]+\.xml$/],
  ["slicer", /^xl\/(?:slicers|timelines)\/[^/]+\.xml$/],
  ["externalLink", /^xl\/externalLinks\/[^/]+\.xml$/],
  ["embedding", /^xl\/embeddings\/[^/]+$/],
  ["control", /^xl\/(?:ctrlProps|activeX)\/[^/]+\.(?:xml|bin)$/],
  ["threadedComment", /^xl\/threadedComments\/[^/]+\.xml$/],
  ["note", /^xl\/comments[^/]*\.xml$/],
  ["drawing", /^xl\/drawings\/drawing[^/]*\.xml$/],
  ["image", /^xl\/media\/[^/]+$/],
  ["printerSettings", /^xl\/printerSettings\/[^/]+$/],
  ["dynamicArray", /^xl\/metadata\.xml$/],
  ["customXml", /^customXml\/item\d+\.xml$/],
  ["webExtension", /^xl\/webextensions\/webextension[^/]*\.xml$/],
  ["customProperties", /^docProps\/custom\.xml$/],
] as const;

export type PartKind = (typeof PART_KINDS)[number][0];

/** Parts by kind, the add-in's own record (a custom XML part in its namespace) left out. */
async function counts(bytes: Uint8Array): Promise<Map<PartKind, number>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<PartKind, number>();
  for (const name of Object.keys(zip.files))
    for (const [kind, pattern] of PART_KINDS) {
      if (!pattern.test(name)) continue;
      if (kind === "customXml" && (await zip.file(name)?.async("string"))?.includes(RECORD_NAMESPACE))
        continue;
      out.set(kind, (out.get(kind) ?? 0) + 1);
    }
  return out;
}

/**
 * What the input held that the copy does not, kind by kind. A chart's drawing goes with the
 * chart, so it is not named again.
 */
export async function droppedParts(input: Uint8Array, copy: Uint8Array): Promise<PartKind[]> {
  const before = await counts(input);
  const after = await counts(copy);
  const dropped = PART_KINDS.map(([kind]) => kind).filter(
    (kind) => (before.get(kind) ?? 0) > (after.get(kind) ?? 0),
  );
  return dropped.includes("chart") ? dropped.filter((kind) => kind !== "drawing") : dropped;
}

/** What a copy lacks, as the issue the user is shown (`file` is the copy's name). */
export const partsIssue = (kinds: readonly PartKind[], file: string): Issue => ({
  code: "file.partsDropped",
  params: { file, kinds: kinds.join(",") },
});
