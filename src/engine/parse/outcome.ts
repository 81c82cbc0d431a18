import type { Score } from "../rule";

/**
 * The score a clause ends with: `得30分`, `评4分`, `满分`, `不得分`, `得一半`, `得70%分值`,
 * `扣1分` (off the full score), `得8-10分`, `100-120`, `: 30 points`. Returns the score and the
 * condition text before it.
 */
export type Outcome = { score: Score; condition: string };

const NUM = String.raw`\d+(?:\.\d+)?`;
const MARK = String.raw`(?:的|者|(?<!小)时|则|即|可|计|记|得|评|给予?|获得|为|打|score[sd]?|gets?|earns?|=|:)*`;

/** 得70%分值: a percent of the item's points (a percent alone, ≥90%, is a condition instead). */
const SHARE_OF_POINTS = new RegExp(
  String.raw`(?:得|评|计|为)?\s*(?:分值的?|权重分的?)?(${NUM})\s*%\s*(?:的)?(?:分值|分数|权重分|得分|of (?:the )?points)?\s*$`,
);

const FORMS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Score]> = [
  // 不扣分: nothing off the full score — a deduction of 0, which is how deduction tables say it.
  [/(?:不扣分|不扣)\s*$/, () => ({ type: "deduct", points: 0 })],
  [
    /(?:得|评|给|计|获得|为|:|=)?\s*(?:满分|全分|全部分值|分值全得|full (?:marks|points|score))\s*$/i,
    () => ({ type: "share", share: 1 }),
  ],
  [
    /(?:不得分|不计分|不给分|无分|零分|(?<![\d.])0分|no points?|zero points?|(?<![\d.])0 points?|scores? 0)\s*$/i,
    () => ({ type: "points", points: 0 }),
  ],
  [
    /(?:得|评|计)?\s*(?:一半|半数?分|分值的一半|50%分值|half(?: the)? (?:points|marks))\s*$/i,
    () => ({ type: "share", share: 0.5 }),
  ],
  [SHARE_OF_POINTS, (m) => ({ type: "share", share: Number(m[1]) / 100 })],
  [
    new RegExp(String.raw`(?:扣|减|deduct)\s*(${NUM})\s*(?:分|points?)\s*$`, "i"),
    (m) => ({ type: "deduct", points: Number(m[1]) }),
  ],
  [
    new RegExp(String.raw`(?:得|评|计|为|:|=)?\s*(${NUM})\s*[-~]\s*(${NUM})\s*(?:分|points?)?\s*$`, "i"),
    (m) => ({ type: "range", min: Number(m[1]), max: Number(m[2]) }),
  ],
  [
    new RegExp(String.raw`(-?${NUM})\s*(?:分|points?|pts?|marks?)\s*$`, "i"),
    (m) => ({ type: "points", points: Number(m[1]) }),
  ],
  [
    new RegExp(String.raw`(?:奖励|奖金|发放|得)\s*(${NUM})\s*元\s*$`),
    (m) => ({ type: "points", points: Number(m[1]) }),
  ],
];

/** A bare number counts as the score only after a clear mark or right after a unit (80%20). */
const BARE = new RegExp(String.raw`(?:(?<=[%‰SsW万元秒条次个天])|(?:\s|:|=|得|评|计)+)(${NUM})\s*$`);

/** Outcomes are short: the forms are tried on the clause's end only, which keeps the end-anchored
 * searches from scanning long clauses position by position. */
const TAIL = 32;

export function parseOutcome(clause: string): Outcome | null {
  const text = clause.trim();
  const offset = Math.max(0, text.length - TAIL);
  const tail = text.slice(offset);
  for (const [pattern, build] of FORMS) {
    const found = pattern.exec(tail);
    if (!found) continue;
    const m = Object.assign(found, { index: found.index + offset });
    const score = build(m);
    if (pattern === SHARE_OF_POINTS && !/分值|分数|权重分|得分|得|of/.test(m[0])) {
      continue; // a percent alone (≥90%) is a condition, not a share of points
    }
    const before = text.slice(0, m.index);
    // ≥4.8分 or 不低于4.8分: the number belongs to a condition, the clause names no score.
    if (score.type !== "share" && /(?:[≥≤<>=]|低于|高于|超过|不足|达到)\s*$/.test(before)) return null;
    return { score, condition: stripMarks(before) };
  }
  const bare = BARE.exec(text);
  if (bare && /[\d%]/.test(text.slice(0, bare.index + 1))) {
    return {
      score: { type: "points", points: Number(bare[1]) },
      condition: stripMarks(text.slice(0, bare.index)),
    };
  }
  return null;
}

const TRAILING_MARKS = new RegExp(`${MARK}\\s*$`, "i");

function stripMarks(text: string): string {
  return text.replace(TRAILING_MARKS, "").trim();
}
