import JSZip from "jszip";

/**
 * The scored roster of test/libreoffice/roster.ts (its title, 权重 and 评分标准 rows, one row per
 * person, the grade text below), written straight as a package the way a streaming tool writes
 * one: inline strings, no shared strings, no ExcelJS. Fast enough for 100,000 people, for the
 * tests and benches of large rosters.
 */

const TEXT_EVERY = 50;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

const text = (ref: string, value: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${value.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`;
const num = (ref: string, value: number, style = 0): string =>
  `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${value}</v></c>`;

const HEADER = [
  "序号",
  "姓名",
  "岗位",
  "GMV完成率",
  "直播转化率",
  "退货率",
  "直播场次",
  "工作态度",
  "总分",
  "等级",
  "系数",
  "绩效基数",
  "绩效工资",
];
const RULES = [
  "≥100%得35分，90%-99%得28分，80%-89%得20分，低于80%不得分",
  "≥5%得25分，3%-5%得15分，低于3%不得分",
  "≤10%得15分，10%-15%得8分，超过15%不得分",
  "≥26场得15分，20-25场得10分，低于20场不得分",
  "上级评定，满分10分",
];
const COLUMNS = "ABCDEFGHIJKLM";

function sheetXml(people: number): string {
  const rows: string[] = [];
  rows.push(`<row r="1">${text("A1", "直播运营部2024年6月绩效考核汇总表")}</row>`);
  rows.push(`<row r="2">${HEADER.map((h, i) => text(`${COLUMNS[i]}2`, h)).join("")}</row>`);
  rows.push(
    `<row r="3">${text("A3", "权重")}${[35, 25, 15, 15, 10, 100].map((w, i) => num(`${COLUMNS[3 + i]}3`, w)).join("")}</row>`,
  );
  rows.push(
    `<row r="4">${text("A4", "评分标准")}${RULES.map((r, i) => text(`${COLUMNS[3 + i]}4`, r)).join("")}</row>`,
  );
  for (let i = 1; i <= people; i++) {
    const r = 4 + i;
    const conversion =
      i % TEXT_EVERY === 0 ? text(`E${r}`, "5.2%") : num(`E${r}`, 0.02 + ((i * 13) % 50) / 1000, 2);
    rows.push(
      `<row r="${r}">${num(`A${r}`, i)}${text(`B${r}`, `员工${i}`)}${text(`C${r}`, i % 3 ? "主播" : "主播助理")}${num(`D${r}`, 0.7 + ((i * 7) % 50) / 100, 1)}${conversion}${num(`F${r}`, 0.05 + ((i * 3) % 15) / 100, 1)}${num(`G${r}`, 15 + (i % 20))}${num(`H${r}`, 5 + (i % 6))}${num(`L${r}`, i % 3 ? 3000 : 2500)}</row>`,
    );
  }
  const notes = 6 + people;
  rows.push(
    `<row r="${notes}">${text(`A${notes}`, "等级：A(≥90分)、B(80-89分)、C(70-79分)、D(<70分)；系数：A 1.2、B 1.0、C 0.8、D 0.5")}</row>`,
  );
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
