import { attributes, decode, decodeOoxml, eachTag, encodeOoxml, escapeAttr, MAIN_NS, type Tag } from "./xml";

/** The XML the package adapter reads and writes: tags by offset, names through any prefix,
 * entities, SpreadsheetML's `_xHHHH_` escapes. */

const tags = (xml: string): Array<Pick<Tag, "kind" | "local" | "uri" | "attrs">> => {
  const out: Array<Pick<Tag, "kind" | "local" | "uri" | "attrs">> = [];
  eachTag(xml, ({ kind, local, uri, attrs }) => void out.push({ kind, local, uri, attrs }));
  return out;
};

describe("tags", () => {
  it("steps over comments, CDATA, processing instructions, and reads > inside attribute values", () => {
    const xml = `<?xml version="1.0"?><!-- <c> --><a x="1>0"><![CDATA[<b/>]]><b y='2'/></a>`;
    expect(tags(xml).map((t) => [t.kind, t.local, t.attrs])).toEqual([
      ["open", "a", ' x="1>0"'],
      ["empty", "b", " y='2'"],
      ["close", "a", ""],
    ]);
  });

  it("resolves names through the prefixes declared, and their redeclarations", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN_NS[0]}"><x:c/><y:c xmlns:y="urn:other"/><x:d xmlns:x="urn:inner"/><x:e/></x:worksheet>`;
    expect(tags(xml).map((t) => [t.local, t.uri === MAIN_NS[0]])).toEqual([
      ["worksheet", true],
      ["c", true],
      ["c", false],
      ["d", false],
      ["e", true],
      ["worksheet", true],
    ]);
  });
});

describe("text", () => {
  it("decodes entities and character references, and normalises line ends as a parser does", () => {
    expect(decode("a&lt;b&amp;c&#x41;&#66;\r\nd&#13;")).toBe("a<b&cAB\nd\r");
    expect(attributes(` r="A1" t='s' v="a\tb"`)).toEqual(
      new Map([
        ["r", "A1"],
        ["t", "s"],
        ["v", "a b"],
      ]),
    );
  });

  it("writes what XML cannot hold as _xHHHH_, and a literal _x0041_ so that it reads back as written", () => {
    const text = "A_x0041_\u0001\uFFFF";
    expect(encodeOoxml(text)).toBe("A_x005F_x0041__x0001__xFFFF_");
    expect(decodeOoxml(encodeOoxml(text))).toBe(text);
    expect(escapeAttr('"<&>\n')).toBe("&quot;&lt;&amp;&gt;&#10;");
  });
});
