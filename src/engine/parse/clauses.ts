import type { Unit } from "../quantity";
import type { StepClause } from "../rule";
import { QTY, quantityIn } from "./quantityToken";

/**
 * Small parsers for the clauses that are not bands: per-step deductions and bonuses, limits,
 * targets, and the markers of proportional, judgement and met / not met rules.
 */

const NUM = String.raw`\d+(?:\.\d+)?`;

/** Clause separators, plus a new condition glued to the previous score (30分80%-90%20分). */
export function splitClauses(text: string): string[] {
  const pieces = text
    .replace(
      /(?<=分|满分)\s*(?=[≥≤<>]|\d+(?:\.\d+)?\s*[%万W元秒S]|达到|超过|低于|未达|不足|高于|未完成|未达标|否则)(?!\d+\s*秒)/g,
      ";",
    )
    .replace(/(?<=分)\s+(?=\S)|(?<=分)\s*(?:且|并且|同时|and)\s*/g, ";")
    .split(/[;,]/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  // 若N≥13,则此项0分 / 使用winform,扣5分: a clause opening with 则 or a bare score completes the one before.
  return pieces.reduce<string[]>((out, piece) => {
    if (/^(?:则|就|即|得\s*\d|(?:扣|减)\s*\d)/.test(piece) && out.length > 0) out[out.length - 1] += piece;
    else out.push(piece);
    return out;
  }, []);
}

export type Per = StepClause & { text: string };

const BELOW = "少于|少|低于|低|下降|减少|不足|未达|降低|短缺|缺";
const ABOVE = "超额|超过|超出|高于|多于|多|增加|提高|提升|上升|增长|超";
const SIGN = String.raw`额外加|额外\+|奖励|加|\+|扣除|扣|减|-`;
const PER_STEP = new RegExp(
  String.raw`每\s*(?<dir>${BELOW}|${ABOVE})?\s*(?:计划值|目标值|目标|标准)?\s*(?<q>${QTY})?.{0,16}?(?:则|就|的)?\s*(?<sign>${SIGN})\s*(?<pts>${NUM})\s*分`,
);
// The label is the text before the match, taken after matching: a lazy label group in front
// would make the search quadratic in the clause's length.
const PER_SUFFIX = new RegExp(
  String.raw`(?<sign>${SIGN})\s*(?<pts>${NUM})\s*分\s*/\s*(?<counter>次|个|家|人|天|项|处|单|条|篇|件|例)`,
);
const PER_COUNT = new RegExp(
  String.raw`(?<n>\d+)?\s*(?<counter>次|个|天|人|家|件|单|处|项|条|篇|例)\s*(?:则|就|的|,)?\s*(?<sign>${SIGN})\s*(?<pts>${NUM})\s*(?:分|$)`,
);
/** 质量差扣8分, 使用winform,扣5分: a fault named in words costs its points once per occurrence. */
const FAULT = new RegExp(
  String.raw`^(?<label>[^\d≥≤<>%]{2,}?)\s*(?:的|时|者|则|,)?\s*(?<sign>扣除|扣|减)\s*(?<pts>${NUM})\s*分$`,
);

function signed(sign: string, points: number): number {
  return /扣|减|^-$/.test(sign) ? -points : points;
}

/** 每低100次扣2分, 一次扣5分 (after digitsForCounters: 1次扣5分), 违反扣1分/次, 奖励加3分/次. */
const SIGN_CHARS = /[扣减加+\-奖]/;

export function parsePer(clause: string): Per | null {
  if (!SIGN_CHARS.test(clause)) return null;
  const step = PER_STEP.exec(clause);
  if (step?.groups) {
    const { dir, q, sign, pts } = step.groups as Record<string, string | undefined>;
    const quantity = q ? quantityIn(q) : null;
    const points = signed(sign as string, Number(pts));
    if (dir && quantity && !/^(?:超时|多次)/.test(clause.slice((step.index ?? 0) + 1))) {
      const measure = new RegExp(`^(?:${BELOW})$`).test(dir) ? "below" : "above";
      return { measure, per: quantity.value || 1, perUnit: quantity.unit, points, text: clause };
    }
    return { measure: "count", per: (!dir && quantity?.value) || 1, points, text: clause };
  }
  const suffix = PER_SUFFIX.exec(clause);
  if (suffix?.groups) {
    const { sign, pts } = suffix.groups as Record<string, string>;
    return withLabel(
      { measure: "count", per: 1, points: signed(sign as string, Number(pts)), text: clause },
      clause.slice(0, suffix.index),
    );
  }
  const count = PER_COUNT.exec(clause);
  const countLabel = count ? clause.slice(0, count.index) : "";
  const threshold =
    /[≥≤<>]\s*$|(?:以上|以下|以内|及)\s*$/.test(countLabel) ||
    (/超过\s*$/.test(countLabel) && count?.groups?.n !== "1");
  if (count?.groups && !threshold && !/最高|最多|累计|上限/.test(countLabel)) {
    const { n, sign, pts } = count.groups as Record<string, string | undefined>;
    return withLabel(
      {
        measure: "count",
        per: Number(n ?? 1) || 1,
        points: signed(sign as string, Number(pts)),
        text: clause,
      },
      countLabel,
    );
  }
  const fault = FAULT.exec(clause);
  if (fault?.groups && !/不扣|未|无|最高|最多|累计|上限/.test(fault.groups.label ?? "")) {
    const { label, sign, pts } = fault.groups as { label: string; sign: string; pts: string };
    return withLabel({ measure: "count", per: 1, points: signed(sign, Number(pts)), text: clause }, label);
  }
  return null;
}

function withLabel(per: Per, label: string | undefined): Per {
  const clean = (label ?? "").replace(/^[\s\d.、)]+|每|出现|发生|则$/g, "").trim();
  return clean ? { ...per, label: clean } : per;
}

export type Limit =
  | { kind: "maxDeduction" | "maxBonus" | "floor" | "ceiling"; value: number }
  | { kind: "cap"; ratio: number }
  | { kind: "uncapped" };

const LIMITS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Limit]> = [
  [/不封顶|上不封顶|no cap|uncapped/i, () => ({ kind: "uncapped" })],
  [
    new RegExp(
      String.raw`(?:最高|最多|累计最多|累计最高|上限)\s*(?:可)?(?:扣|扣除|减)\s*(?:至|到)?\s*(${NUM})\s*分`,
    ),
    (m) => ({ kind: "maxDeduction", value: Number(m[1]) }),
  ],
  [
    new RegExp(
      String.raw`(?:最高|最多|累计最多|累计最高|上限)\s*(?:可)?(?:加|奖励|加分)\s*(?:至|到)?\s*(${NUM})\s*分`,
    ),
    (m) => ({ kind: "maxBonus", value: Number(m[1]) }),
  ],
  [
    new RegExp(
      String.raw`(?:最高|封顶|上限|最多|capped at|cap(?:ped)? at|up to a maximum of)[^;,\d]{0,12}?(${NUM})\s*%`,
      "i",
    ),
    (m) => ({ kind: "cap", ratio: Number(m[1]) / 100 }),
  ],
  [
    new RegExp(String.raw`(${NUM})\s*%\s*(?:封顶|为上限)`),
    (m) => ({ kind: "cap", ratio: Number(m[1]) / 100 }),
  ],
  [
    new RegExp(String.raw`(?:最高|封顶|上限|最多)\s*(?:为|≤|得|是)?\s*(-?${NUM})\s*分`),
    (m) => ({ kind: "ceiling", value: Number(m[1]) }),
  ],
  [
    new RegExp(String.raw`最低\s*(?:扣至|扣到|至|为|≥|得|是)?\s*(-?${NUM})\s*分`),
    (m) => ({ kind: "floor", value: Number(m[1]) }),
  ],
  [
    /扣完为止|扣完即止|扣至0分为止|扣完本项分|扣完该项分|扣光为止|down to 0|not below 0/i,
    () => ({ kind: "floor", value: 0 }),
  ],
];

const LIMIT_WORDS = /最|封顶|上限|扣完|扣光|扣至|cap|down to|not below/i;

export function parseLimit(clause: string): Limit | null {
  if (!LIMIT_WORDS.test(clause)) return null;
  for (const [pattern, build] of LIMITS) {
    const m = pattern.exec(clause);
    if (m) return build(m);
  }
  return null;
}

const TARGET = new RegExp(
  String.raw`(?:目标值|目标数|目标量|目标|计划|target)\s*(?:为|是|:|=|of)?\s*(${QTY})`,
  "i",
);

export function parseTarget(clause: string): { value: number; unit: Unit } | null {
  if (!clause.includes("目标") && !clause.includes("计划") && !/target/i.test(clause)) return null;
  const m = TARGET.exec(clause);
  const q = m ? quantityIn(m[1] as string) : null;
  return q ? { value: q.value, unit: q.unit } : null;
}

const STRONG_LINEAR =
  /按(?:完成|实际)?(?:的)?比例|计划比例|完成比例|\d+\s*×\s*(?:actual|实际)|按完成率|按实际完成|所占分值\s*×|×\s*\(?\s*实际|实际[^;,]{0,10}[/÷][^;,]{0,10}(?:目标|计划)[^;,]{0,6}×|[/÷]\s*(?:总数|目标值?|计划值?)\s*×\s*\d|[/÷]\s*(?:总数|目标值?|计划值?)\s*×\s*分值|分值\s*×|proportional|pro rata|×\s*actual\s*\/\s*target|actual\s*\/\s*target/i;

export function isLinear(text: string): boolean {
  return STRONG_LINEAR.test(text);
}

/** Points written into a proportional formula (通过数量/总数×50分). */
export function linearPoints(text: string): number | undefined {
  const m =
    /×\s*(\d+(?:\.\d+)?)\s*(?:分|points?)|(?:=|得分|points)\s*(\d+(?:\.\d+)?)\s*×\s*(?:actual|实际)/i.exec(
      text,
    );
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** Judgement words; or a text that only names what is assessed (主要考核面向对象的使用), which
 * leaves the points to the assessor. */
const MANUAL =
  /^(?:主要|重点)(?:考核|考察)[^;,\d%]{2,24}$|酌情|视情况|视情节|根据实际情况|上级(?:综合)?(?:评定|评分|打分|评价|评估)|直接上级|主管(?:评定|评分|打分)|领导(?:评定|评分|打分)|综合评定|综合评价|主观评|根据[^;,]{0,16}(?:评定|评分|打分|给分)|由[^;,]{0,10}(?:评定|打分|评分)|discretion|judg(?:e)?ment|rated by|assessed by/i;

export function isManual(text: string): boolean {
  return MANUAL.test(text);
}

const PASS_NO =
  /^(?:如|若)?(?:未完成|没有完成|没完成|未达标|不达标|未达成|未达到要求|不合格|未通过|未按时完成|未按要求完成|否则|反之|not (?:achieved|met|completed|done)|otherwise|else)/i;
const PASS_YES =
  /^(?:如|若)?(?:按时|按要求|全部|全面|足额)?(?:完成|达标|达成|合格|通过|做到|达到要求|达到标准|achieved|met|completed|done|pass(?:ed)?)(?:目标|任务|要求|标准)?(?:的|者)?$/i;

export function passWord(condition: string): boolean | null {
  const c = condition.replace(/\s+/g, "");
  if (PASS_NO.test(c)) return false;
  if (PASS_YES.test(c)) return true;
  return null;
}
