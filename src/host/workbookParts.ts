import { isType, partText, relationshipsOf, type Package } from "./opc";
import { attr, cellText, eachTag, elementEnd, findTag, isMain, nsAttr, REL_NS } from "./xml";

/**
 * Where a workbook's parts are and what the sheets need of them: the workbook part (found from
 * the package's relationships, wherever a tool put it), its worksheets in order, the shared
 * strings, and each cell style's number format.
 */
export interface WorkbookParts {
  workbook: string;
  sheets: SheetPart[];
  date1904: boolean;
  strings: string[];
  styles: CellStyles;
  stylesPart: string | null;
}

export interface SheetPart {
  name: string;
  part: string;
  /** The sheet's id in the workbook (calcChain.xml names sheets by it). */
  id: string;
}

/** Number formats by cell style index (`s`), and whether each reads as a date. */
export interface CellStyles {
  formats: Array<string | undefined>;
  dates: boolean[];
}

/** The workbook's parts, or null when the package holds no workbook. */
export async function workbookParts(pkg: Package): Promise<WorkbookParts | null> {
  const root = (await relationshipsOf(pkg, "")).find((r) => isType(r, "officeDocument") && !r.external);
  if (!root) return null;
  const workbook = root.target;
  const xml = await partText(pkg, workbook);
  if (xml === null) return null;
  const rels = await relationshipsOf(pkg, workbook);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  let date1904 = false;
  eachTag(xml, (tag) => {
    if (tag.kind === "close" || !isMain(tag.uri)) return;
    if (tag.local === "workbookPr") date1904 = isTrue(attr(tag.attrs, "date1904"));
    if (tag.local !== "sheet") return;
    const rel = byId.get(nsAttr(tag, REL_NS, "id") ?? "");
    // Chart sheets, macro and dialog sheets have no cells to score.
    if (rel && !rel.external && isType(rel, "worksheet"))
      sheets.push({
        name: attr(tag.attrs, "name") ?? "",
        part: rel.target,
        id: attr(tag.attrs, "sheetId") ?? "",
      });
  });
  const strings = rels.find((r) => isType(r, "sharedStrings") && !r.external);
  const styles = rels.find((r) => isType(r, "styles") && !r.external);
  return {
    workbook,
    sheets,
    date1904,
    strings: strings ? sharedStrings((await partText(pkg, strings.target)) ?? "") : [],
    styles: cellStyles(styles ? ((await partText(pkg, styles.target)) ?? "") : ""),
    stylesPart: styles?.target ?? null,
  };
}

export const isTrue = (value: string | undefined): boolean => value === "1" || value === "true";

/** The shared strings, rich text joined into plain text, phonetic guides left out. */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let text: string[] | null = null;
  let phonetic = 0;
  let open = -1;
  eachTag(xml, (tag) => {
    if (!isMain(tag.uri)) return;
    const { local, kind } = tag;
    if (local === "si") {
      if (kind === "open") text = [];
      else {
        out.push(text?.join("") ?? "");
        text = null;
      }
    } else if (local === "rPh") {
      if (kind === "open") phonetic++;
      else if (kind === "close") phonetic--;
    } else if (local === "t" && phonetic === 0 && text !== null) {
      if (kind === "open") open = tag.end;
      else if (kind === "close" && open >= 0) {
        text.push(cellText(xml.slice(open, tag.start)));
        open = -1;
      }
    }
  });
  return out;
}

/** Built-in number formats by id, as ExcelJS names them (ids it leaves to the locale have none). */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A number format shows a date or a time: it has date letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Each cell style's number format (`cellXfs`, in order): a custom one, else a built-in one. */
export function cellStyles(xml: string): CellStyles {
  const custom = new Map<number, string>();
  const formats: Array<string | undefined> = [];
  const xfs = findTag(xml, (t) => t.kind === "open" && t.local === "cellXfs" && isMain(t.uri));
  const xfsEnd = xfs ? elementEnd(xml, xfs) : -1;
  eachTag(xml, (tag) => {
    if (tag.kind === "close" || !isMain(tag.uri)) return;
    if (tag.local === "numFmt")
      // Backslash escapes dropped, as ExcelJS gave them (`\(` is a literal bracket either way).
      custom.set(
        Number(attr(tag.attrs, "numFmtId")),
        (attr(tag.attrs, "formatCode") ?? "").replace(/\\(.)/g, "$1"),
      );
    else if (tag.local === "xf" && xfs && tag.start > xfs.start && tag.start < xfsEnd) {
      const id = Number(attr(tag.attrs, "numFmtId") ?? 0);
      formats.push(id ? (custom.get(id) ?? BUILT_IN[id]) : undefined);
    }
  });
  return { formats, dates: formats.map(isDateFormat) };
}
