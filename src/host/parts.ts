import JSZip from "jszip";

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

function counts(names: readonly string[]): Map<PartKind, number> {
  const out = new Map<PartKind, number>();
  for (const name of names)
    for (const [kind, pattern] of PART_KINDS) if (pattern.test(name)) out.set(kind, (out.get(kind) ?? 0) + 1);
  return out;
}

async function partNames(bytes: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

/**
 * What the input held that the copy does not, kind by kind. The add-in's record, a custom XML part
 * of the input or the copy, is none of the user's.
 */
export async function droppedParts(
  input: Uint8Array,
  copy: Uint8Array,
  records: { input: boolean; copy: boolean },
): Promise<PartKind[]> {
  const before = counts(await partNames(input));
  const after = counts(await partNames(copy));
  const own = (kind: PartKind, has: boolean) => (kind === "customXml" && has ? 1 : 0);
  return PART_KINDS.map(([kind]) => kind).filter(
    (kind) =>
      (before.get(kind) ?? 0) - own(kind, records.input) > (after.get(kind) ?? 0) - own(kind, records.copy),
  );
}
