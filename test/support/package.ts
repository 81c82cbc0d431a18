import JSZip from "jszip";

/**
 * Workbook packages as other programs write them, built from a fixture by adding parts: the
 * things HR files carry that a copy must keep (a chart and its drawing, a cell comment, another
 * program's custom XML, custom document properties, page setup with printer settings, a print
 * area, a frozen pane, macros) and the layouts other writers use (absolute relationship targets and
 * unprefixed drawings as openpyxl writes them, a prefixed SpreadsheetML namespace). And a
 * comparison of two packages part by part.
 */

type Parts = Map<string, string | Uint8Array>;

/** Every part of a package by name (folder entries left out). */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, await file.async("uint8array"));
  return out;
}

/** The names of the parts that are not byte for byte the same in both packages (or only in one). */
export async function differingParts(
  a: Uint8Array,
  b: Uint8Array,
  except: readonly string[] = [],
): Promise<string[]> {
  const [x, y] = await Promise.all([partsOf(a), partsOf(b)]);
  const names = new Set([...x.keys(), ...y.keys()]);
  const same = (p?: Uint8Array, q?: Uint8Array) =>
    p !== undefined && q !== undefined && Buffer.from(p).equals(Buffer.from(q));
  return [...names].filter((n) => !except.includes(n) && !same(x.get(n), y.get(n))).sort();
}

/** The package with its parts edited (texts as strings, others as bytes). */
export async function edited(bytes: Uint8Array, edit: (parts: Parts) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir)
      parts.set(
        name,
        /\.(xml|rels|vml)$/.test(name) ? await file.async("string") : await file.async("uint8array"),
      );
  edit(parts);
  const out = new JSZip();
  for (const [name, content] of parts)
    out.file(name, content, { createFolders: false, date: new Date(Date.UTC(2024, 6, 1)) });
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const text = (parts: Parts, name: string): string => {
  const part = parts.get(name);
  if (typeof part !== "string") throw new Error(`no text part ${name}`);
  return part;
};

const replace = (parts: Parts, name: string, from: string | RegExp, to: string): void => {
  const before = text(parts, name);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${name}: ${String(from)} not found`);
  parts.set(name, after);
};

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const relationships = (items: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${items}</Relationships>`;
const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;

/** A bar chart of the item weights, anchored beside the table. */
function chart(sheet: string): string {
  const ref = (col: string) => `'${sheet}'!$${col}$5:$${col}$11`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>${ref("C")}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref("E")}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

/** A drawing holding the chart; `prefix` "xdr:" as Excel writes it, "" with a default namespace
 * as openpyxl does. */
function drawing(prefix: string): string {
  const x = (name: string) => `${prefix}${name}`;
  const ns = prefix === "" ? "xmlns" : `xmlns:${prefix.slice(0, -1)}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x("wsDr")} ${ns}="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><${x("twoCellAnchor")}><${x("from")}><${x("col")}>11</${x("col")}><${x("colOff")}>0</${x("colOff")}><${x("row")}>3</${x("row")}><${x("rowOff")}>0</${x("rowOff")}></${x("from")}><${x("to")}><${x("col")}>18</${x("col")}><${x("colOff")}>0</${x("colOff")}><${x("row")}>18</${x("row")}><${x("rowOff")}>0</${x("rowOff")}></${x("to")}><${x("graphicFrame")} macro=""><${x("nvGraphicFramePr")}><${x("cNvPr")} id="2" name="权重图"/><${x("cNvGraphicFramePr")}/></${x("nvGraphicFramePr")}><${x("xfrm")}><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></${x("xfrm")}><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></${x("graphicFrame")}><${x("clientData")}/></${x("twoCellAnchor")}></${x("wsDr")}>`;
}

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>人事部</author></authors><commentList><comment ref="H5" authorId="0"><text><r><t>本月数据来自直播后台</t></r></text></comment></commentList></comments>`;
const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:400pt;margin-top:60pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>8, 15, 3, 10, 10, 15, 7, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>4</x:Row><x:Column>7</x:Column></x:ClientData></v:shape></xml>`;
const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<approval xmlns="urn:example:hr-approval"><approvedBy>王经理</approvedBy><date>2024-07-01</date></approval>`;
const ITEM_PROPS = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:example:hr-approval"/></ds:schemaRefs></ds:datastoreItem>`;
const CUSTOM_PROPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="考核周期"><vt:lpwstr>2024年6月</vt:lpwstr></property></Properties>`;
/** Printer settings are a printer driver's bytes: any bytes do for keeping them. */
const PRINTER = new Uint8Array(Array.from({ length: 220 }, (_, i) => (i * 37) % 256));
/** A macro project is an OLE compound file Excel writes; its bytes are kept untouched. */
const VBA = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...Array.from({ length: 504 }, (_, i) => i % 251),
]);

const SHEET = "xl/worksheets/sheet1.xml";

/**
 * live-ops-manager with what HR files carry beside the table: a chart, a comment, another
 * program's custom XML, custom document properties, landscape A4 page setup with printer settings,
 * a print area, a frozen header.
 */
export async function richWorkbook(fixture: Uint8Array): Promise<Uint8Array> {
  return edited(fixture, (parts) => {
    replace(
      parts,
      SHEET,
      /(<dimension [^>]*\/>)/,
      `$1<sheetViews><sheetView workbookViewId="0"><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="H5" sqref="H5"/></sheetView></sheetViews>`,
    );
    replace(
      parts,
      SHEET,
      /<pageSetup [^>]*\/>/,
      `<pageSetup paperSize="9" orientation="landscape" r:id="rIdPs"/><headerFooter><oddHeader>&amp;C直播运营经理绩效考核表</oddHeader></headerFooter><drawing r:id="rIdDr"/><legacyDrawing r:id="rIdVml"/>`,
    );
    parts.set(
      "xl/worksheets/_rels/sheet1.xml.rels",
      relationships(
        `<Relationship Id="rIdDr" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rIdVml" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rIdCm" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rIdPs" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>`,
      ),
    );
    parts.set("xl/drawings/drawing1.xml", drawing("xdr:"));
    parts.set(
      "xl/drawings/_rels/drawing1.xml.rels",
      relationships(`<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>`),
    );
    parts.set("xl/charts/chart1.xml", chart("直播运营经理"));
    parts.set("xl/comments1.xml", COMMENTS);
    parts.set("xl/drawings/vmlDrawing1.vml", VML);
    parts.set("xl/printerSettings/printerSettings1.bin", PRINTER);
    parts.set("customXml/item1.xml", CUSTOM_XML);
    parts.set("customXml/itemProps1.xml", ITEM_PROPS);
    parts.set(
      "customXml/_rels/item1.xml.rels",
      relationships(`<Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/>`),
    );
    parts.set("docProps/custom.xml", CUSTOM_PROPS);
    replace(
      parts,
      "xl/_rels/workbook.xml.rels",
      "</Relationships>",
      `<Relationship Id="rId9" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`,
    );
    replace(
      parts,
      "_rels/.rels",
      "</Relationships>",
      `<Relationship Id="rId9" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
    );
    replace(
      parts,
      "xl/workbook.xml",
      "</sheets>",
      `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'直播运营经理'!$A$1:$J$17</definedName></definedNames>`,
    );
    replace(
      parts,
      "[Content_Types].xml",
      "</Types>",
      `<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>${override("/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml")}${override("/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")}${override("/xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml")}${override("/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")}${override("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")}</Types>`,
    );
  });
}

/** The rich workbook as a macro-enabled one (.xlsm): a VBA project beside it. */
export async function macroWorkbook(fixture: Uint8Array): Promise<Uint8Array> {
  return edited(await richWorkbook(fixture), (parts) => {
    parts.set("xl/vbaProject.bin", VBA);
    replace(
      parts,
      "xl/_rels/workbook.xml.rels",
      "</Relationships>",
      `<Relationship Id="rId10" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
    );
    replace(
      parts,
      "[Content_Types].xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    replace(
      parts,
      "[Content_Types].xml",
      "</Types>",
      `${override("/xl/vbaProject.bin", "application/vnd.ms-office.vbaProject")}</Types>`,
    );
  });
}

/** The rich workbook laid out as openpyxl writes packages: every relationship target absolute
 * (`/xl/worksheets/sheet1.xml`), the drawing in a default namespace without `xdr:`. */
export async function openpyxlWorkbook(fixture: Uint8Array): Promise<Uint8Array> {
  return edited(await richWorkbook(fixture), (parts) => {
    for (const [name, part] of parts) {
      if (!name.endsWith(".rels") || typeof part !== "string") continue;
      const base = name.replace(/_rels\/[^/]*\.rels$/, "");
      parts.set(
        name,
        part.replace(/Target="([^"]+)"/g, (_, target: string) => {
          const segments = `${base}${target}`.split("/");
          const resolved: string[] = [];
          for (const s of segments) {
            if (s === "..") resolved.pop();
            else if (s !== ".") resolved.push(s);
          }
          return `Target="/${resolved.join("/")}"`;
        }),
      );
    }
    parts.set("xl/drawings/drawing1.xml", drawing(""));
  });
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The fixture with SpreadsheetML written under an `x:` prefix in every part, as some writers do. */
export async function prefixedWorkbook(fixture: Uint8Array): Promise<Uint8Array> {
  return edited(fixture, (parts) => {
    for (const name of ["xl/workbook.xml", SHEET, "xl/styles.xml", "xl/sharedStrings.xml"]) {
      const part = text(parts, name);
      parts.set(
        name,
        part
          .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
          .replace(/<(\/?)(?![\w.-]+:)([A-Za-z][\w.-]*)/g, "<$1x:$2"),
      );
    }
  });
}
