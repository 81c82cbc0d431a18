import JSZip from "jszip";
import { HEADER, NOTES, person, RULES, TITLE, WEIGHTS } from "../libreoffice/roster";

/**
 * The scored roster of test/libreoffice/roster.ts (its title, 权重 and 评分标准 rows, one row per
 * person, the grade text below), written straight as a package the way a streaming tool writes
 * one: inline strings, no shared strings, no ExcelJS. Fast enough for 100,000 people, for the
 * tests and benches of large rosters.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

const text = (ref: string, value: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${value.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`;
const num = (ref: string, value: number, style = 0): string =>
  `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${value}</v></c>`;

const COLUMNS = "ABCDEFGHIJKLM";

/** A cell for each value of a person's row: numbers (percent-formatted where the roster formats
 * them), text inline, nothing for null. */
function rowXml(r: number, values: ReadonlyArray<string | number | null>): string {
  const PERCENT = new Map([
    [3, 1],
    [4, 2],
    [5, 1],
  ]);
  return values
    .map((value, i) => {
      const ref = `${COLUMNS[i]}${r}`;
      if (value === null) return "";
      return typeof value === "number" ? num(ref, value, PERCENT.get(i) ?? 0) : text(ref, value);
    })
    .join("");
}

function sheetXml(people: number): string {
  const rows: string[] = [];
  rows.push(`<row r="1">${text("A1", TITLE)}</row>`);
  rows.push(`<row r="2">${HEADER.map((h, i) => text(`${COLUMNS[i]}2`, h)).join("")}</row>`);
  rows.push(
    `<row r="3">${text("A3", "权重")}${WEIGHTS.map((w, i) => num(`${COLUMNS[3 + i]}3`, w)).join("")}</row>`,
  );
  rows.push(
    `<row r="4">${text("A4", "评分标准")}${RULES.map((r, i) => text(`${COLUMNS[3 + i]}4`, r)).join("")}</row>`,
  );
  for (let i = 1; i <= people; i++) rows.push(`<row r="${4 + i}">${rowXml(4 + i, person(i).values)}</row>`);
  const notes = 6 + people;
  rows.push(`<row r="${notes}">${text(`A${notes}`, NOTES)}</row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join("")}</sheetData><mergeCells count="4"><mergeCell ref="A1:M1"/><mergeCell ref="A3:C3"/><mergeCell ref="A4:C4"/><mergeCell ref="A${notes}:M${notes}"/></mergeCells></worksheet>`;
}

export async function rosterPackage(people: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="6月绩效汇总" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  zip.file("xl/worksheets/sheet1.xml", sheetXml(people));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}
