import { judge, loadPart, tally } from "./real";

/**
 * The real rule texts, as a new user meets them: right, unsure (asked or refused) or confidently
 * wrong, for the part the parser was tuned on and the part it is only measured on. The bars are the
 * figures reached (README, Status): a change that makes them worse fails here.
 */
const parts = {
  tune: loadPart("tune"),
  measure: loadPart("measure"),
  made: loadPart("made"),
  heldout: loadPart("heldout"),
};

describe("real rule texts never written by us, and made-up ones", () => {
  for (const [part, bar] of [
    ["tune", { right: 0.954, wrong: 0 }],
    ["measure", { right: 0.764, wrong: 4 }],
    ["made", { right: 0.87, wrong: 0 }],
    ["heldout", { right: 0.855, wrong: 3 }],
  ] as const) {
    it(`the ${part} part: at least ${bar.right * 100}% scored right, at most ${bar.wrong} confidently wrong`, () => {
      const t = tally(parts[part].map(judge));
      expect(t.wrong).toBeLessThanOrEqual(bar.wrong);
      expect(t.right / t.total).toBeGreaterThanOrEqual(bar.right);
    });
  }

  it("labels every text of the jsonl files once, by source part", () => {
    const ids = [...parts.tune, ...parts.measure].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parts.tune.length).toBe(174);
    expect(parts.measure.length).toBe(140);
  });
});
