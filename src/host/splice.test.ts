import { fingerprint, splice, spliceToBytes, unsplice } from "./splice";

describe("edits of a part's text", () => {
  it("apply in order, several at one offset in the order given, and undo exactly", () => {
    const text = '<row><c r="A1"/></row>';
    const edits = [
      { start: 16, end: 16, insert: '<c r="C1"/>' },
      { start: 5, end: 16, insert: '<c r="A1"><v>1</v></c>' },
      { start: 16, end: 16, insert: '<c r="D1"/>' },
    ];
    const { text: edited, reverse } = splice(text, edits);
    expect(edited).toBe('<row><c r="A1"><v>1</v></c><c r="C1"/><c r="D1"/></row>');
    expect(unsplice(edited, reverse)).toBe(text);
  });

  it("give the edited text as UTF-8 with its fingerprint, its start respelled only in the bytes", () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><row><c r="A1"><v>员工</v></c></row>';
    const edits = [
      { start: 61, end: 61, insert: '<c r="B1" t="inlineStr"><is><t>主播😀</t></is></c>' },
      { start: 43, end: 61, insert: '<c r="A1"><v>2</v></c>' },
    ];
    const head = (start: string) => start.replace("UTF-16", "UTF-8");
    const { text: edited, reverse } = splice(text, edits);
    const bytes = spliceToBytes(text, edits, head);
    expect(new TextDecoder().decode(bytes.bytes)).toBe(head(edited));
    expect(bytes.after).toBe(fingerprint(edited));
    expect(bytes.reverse).toEqual(reverse);
  });

  it("size the bytes exactly, a lone surrogate written as TextEncoder writes it", () => {
    const text = "<t>a\u00e9\u4e2d\ud83d\ude00\ud800x\udc00</t>";
    const edits = [{ start: 3, end: 3, insert: "\ud83d" }];
    const { bytes } = spliceToBytes(text, edits);
    expect(bytes).toEqual(new TextEncoder().encode(splice(text, edits).text));
  });

  it("refuse overlapping edits", () => {
    expect(() =>
      splice("abcdef", [
        { start: 1, end: 4, insert: "" },
        { start: 2, end: 3, insert: "x" },
      ]),
    ).toThrow();
  });

  it("tell texts apart by their fingerprint", () => {
    expect(fingerprint('<c r="A1"/>')).not.toBe(fingerprint('<c r="A2"/>'));
    expect(fingerprint("")).toMatch(/^[0-9a-f]{16}$/);
  });
});
