import { fingerprint, splice, unsplice } from "./splice";

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
