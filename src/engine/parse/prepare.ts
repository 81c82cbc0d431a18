import { normalizeText, rewrite, type Rewrite } from "../normalize";
import { parseChineseNumeral } from "../numeral";

/**
 * A rule text made ready for the tokenizer: normalised (full-width forms, Traditional →
 * Simplified, one sign per comparison, OCR slips), Chinese numerals before counters as digits
 * (一次 → 1次), and the punctuation of lists and ranges in one form.
 */
/** A row of a one-line table: a bound or a range (≥95%, 90%-100%) or a level's name (优, Good). */
const ROW = String.raw`(?:[≥≤<>]?\s*\d+(?:\.\d+)?\s*%?(?:\s*-\s*\d+(?:\.\d+)?\s*%?)?|(?!分)[A-Za-z\u4e00-\u9fa5]+)`;
const POINTS = String.raw`\d+(?:\.\d+)?`;
const SLASH_TABLE = new RegExp(
  String.raw`\s*(${ROW}(?:\s*\/\s*${ROW})+)\s*(?:[:=]|对应|分别得|分别为|分别|各得)\s*(${POINTS}(?:\s*\/\s*${POINTS})+)(?![\d.]|\s*[%‰\-:\/])\s*分?`,
  "gi",
);

/**
 * 优/良/中/差：10/8/5/0: the rows and their points each joined by slashes, read row by row
 * (`;优:10分;良:8分…`). A bare bound after the first takes its sign (≥95%/90% is ≥95%, ≥90%); a
 * grade word after the last row (A/B/C/D级) names them all. Lists of different lengths stay as
 * written, and are asked about.
 */
function slashTable(match: string, rows: string, points: string): string {
  const keys = rows.split("/").map((k) => k.trim());
  const scores = points.split("/").map((p) => p.trim());
  if (keys.length !== scores.length) return match;
  const last = keys.length - 1;
  keys[last] = (keys[last] as string).replace(/(?<=^[A-Za-z])[级档等]$/, "");
  const sign = /^[≥≤<>]/.exec(keys[0] as string)?.[0] ?? "";
  const signed = keys.map((k, i) => (i > 0 && sign && /^\d[\d.]*\s*%?$/.test(k) ? `${sign}${k}` : k));
  return signed.map((k, i) => `;${k}:${scores[i]}分`).join("");
}

const ENGLISH_COUNTS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

const PREPARE: readonly Rewrite[] = [
  // 优/良/中/差：10/8/5/0, A/B/C/D级分别得20/15/10/0分, ≥95%/90%/85%：10/6/3分: a table in one line.
  [SLASH_TABLE, slashTable, "/"],
  [/between\s+(\S+)\s+and\s+(\S+)/gi, "$1-$2", "bB"],
  [/(\d\s*%?)\s+to\s+(?=[¥$]?\d)/gi, "$1-", "tT"],
  [/(?:在)?([\d.]+\s*[%万W元秒S]?)\s*(?:和|与|到)\s*([\d.]+\s*[%万W元秒S]?)\s*之间/g, "$1-$2", "间"],
  // 千分之三至千分之五: a range between rates written out (read as 3‰至5‰ after normalising).
  [/(?<=\d\s*[%‰])\s*(?:至|到)(?=\s*\d)/g, "-", "至到"],
  [/^\s*(?:评分标准|评分规则|打分标准|考核标准|评分细则|评判标准|scoring|rule)\s*[:]\s*/i, "", ":"],
  // 指标1：, Q4回款率：, KPI2: a number inside the name an item is labelled with before a colon is
  // no bound (a quantity keeps its unit: 前3名：, 连续2个月：).
  [
    /(^|;)(\s*[A-Za-z\u4e00-\u9fa5]+)\d+(?![\d.%‰次个天条人家件篇单项名位周月年时分秒万千元倍级星])([A-Za-z\u4e00-\u9fa5 ]*):(?!\s*\d{1,2}(?![\d%‰.]))/g,
    "$1$2$3:",
    ":",
  ],
  // 1、 1. 1) 一、 where a line begins: a list marker.
  [/(?:^|;)\s*\d+\s*[、.)](?!\d)/g, ";", "、.)"],
  [/(?:^|;)\s*[一二三四五六七八九十]{1,2}\s*、/g, ";", "、"],
  // (不含3%), (含80分): the bracket restates its number.
  [/\((不?含)\s*\d+(?:\.\d+)?\s*(?:[%‰分万元次个条天人]|分钟|小时|秒)?\)/g, "($1)", "含"],
  // 3年至未满5年: a range whose upper end is excluded.
  [
    /(\d+(?:\.\d+)?\s*(?:[%‰万元次个条天人年月]|分钟|小时|秒)?)\s*(?:至|到|-)\s*(?:未满|不满|不足|低于|小于)\s*(\d+(?:\.\d+)?\s*(?:[%‰万元次个条天人年月]|分钟|小时|秒)?)/g,
    "$1-$2(不含)",
    "满足低小",
  ],
  // 25分 / 90%-100%, = 1 point / Poor (…): a slash between spaces divides clauses, as a page lays a
  // table out in one line.
  [/(?<=[\d%分)])\s+\/\s+(?=[\d≥≤<>A-Ea-e(\u4e00-\u9fa5])/g, ";", "/"],
  // After points, only a row that opens as one (a capital, a bracket, a number): 2 points / incident
  // is a step per incident.
  [/(?<=\bpoints?|\bpts)\s+\/\s+(?=[\dA-Z(])/g, ";", "/"],
  // per percentage point, for each full percentage point: a step of one point.
  [
    /\b(per|each|every|for each|for every)\s+(?:full\s+)?percentage\s+point\b/gi,
    "$1 1 percentage point",
    "pP",
  ],
  // each point below 50, every percent above 95%: a step of one unit from the standard after it;
  // per unit above, at the clause's end: from the standard another clause states.
  [
    /\b(?:per|each|every|for each|for every)\s+(point|unit|percent)\s+(?=(?:below|under|above|over|short of)(?:\s+[¥$]?\d|\s*(?:[,;.]|$)))/gi,
    (_m, unit: string) => `for every 1${unit.toLowerCase() === "percent" ? "%" : ""} `,
    "pP",
  ],
  // 20 points. Not met: 0.: an English sentence's full stop ends a clause, as 。 does.
  [/(?<=[A-Za-z0-9%)])\.(?:\s+(?=[A-Z(])|\s*$)/g, ";", "."],
  // -5%~+5%: the plus of a range's upper end is its sign, not points added.
  [/(?<=\d\s*[%‰]?\s*-)\s*\+(?=\s*\d)/g, "", "+"],
  // 迟到每次-2分, 最多不超过-6分: a minus before points, right after what is counted (每次, 1次), is
  // points off each time; after a limit word, the limit's points.
  [/(?<=(?:每\s*\d*|\d)\s*[次个条项天人单件处例起])\s*-\s*(?=\d+(?:\.\d+)?\s*分)/g, "扣", "-"],
  [/(?<=扣[^;,]*[,;]?\s*(?:最多|最高|不超过|上限为?|封顶)\s*)-\s*(?=\d+(?:\.\d+)?\s*分)/g, "", "-"],
  // 每完成1个为25分: points a step is worth, written with 为, are points given.
  // (每月 names a period, not a step.)
  [/(?<=每(?![月周年季])[^,;为]{0,8})为(?=\s*\d+(?:\.\d+)?\s*分)/g, "得", "为"],
  // 乘以: the multiplication sign written out.
  [/乘以/g, "×", "乘"],
  [/(?<=[\u4e00-\u9fa5](?<!分))\s+(?=[\u4e00-\u9fa5])/g, "", " "],
  // one = 5 marks; two or more = nought: a count written in words before its score or bound.
  [
    /\b(one|two|three|four|five|six|seven|eight|nine|ten)\b(?=\s*(?:[=:]|or more\b|or fewer\b|or less\b|or above\b))/gi,
    (word: string) => String(ENGLISH_COUNTS.indexOf(word.toLowerCase()) + 1),
    "oOtTfFsSeEnN",
  ],
  // 得满分 每降低10人扣1分: points then a space then words, as a page that lost its commas writes
  // clauses, ends the clause (≥ 4.5分 得10分: not before the points a bound earns).
  [/(?<=分)[ \t]+(?=[\u4e00-\u9fa5])(?![得扣加减计记给为不可])/g, ",", " "],
  // 1st, 2nd–3rd: English ordinals are the places' numbers.
  [/\b(\d+)(?:st|nd|rd|th)\b/g, "$1", "snrt"],
  // 100k+ = 15 pts, 20+: a number and every one above it.
  [
    /(\d+(?:\.\d+)?\s*(?:[kKwW万千%]|元)?)\s*\+(?=\s*(?:[=:：,;，；]|得|$|(?:earns?|scores?|gets?)\b))/g,
    "≥$1",
    "+",
  ],
  // 2 per thousand, 5 per ten thousand: rates written out in English (2‰, 0.05%).
  [/(\d+(?:\.\d+)?)\s*per\s+thousand\b/gi, "$1‰", "pP"],
  [
    /(\d+(?:\.\d+)?)\s*per\s+ten\s+thousand\b/gi,
    (_m, n = "0") => `${Number((Number(n) / 100).toPrecision(12))}%`,
    "pP",
  ],
  // 第 3 页 共 8 页, Page 3 of 8: a page's footer copied with the text.
  [/第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页|\bpage\s+\d+\s+of\s+\d+\b/gi, "", "页pP"],
  // Rank percentiles: 前40% is the top 40% (≤40%), 后20% the bottom 20% (>80%).
  [/前\s*(\d+(?:\.\d+)?)\s*%/g, "≤$1%", "前"],
  // 前3名: the top three places (rank ≤ 3), not the third alone.
  [/前\s*(\d+)\s*(?=名)/g, "≤$1", "前"],
  [/后\s*(\d+(?:\.\d+)?)\s*%/g, (_m, n = "0") => `>${100 - Number(n)}%`, "后"],
  [/\btop\s+(\d+(?:\.\d+)?)\s*%/gi, "≤$1%", "tT"],
  [/\bbottom\s+(\d+(?:\.\d+)?)\s*%/gi, (_m, n = "0") => `>${100 - Number(n)}%`, "bB"],
  [/\btop\s+(?=\d+(?:\.\d+)?\s*%?\s*-)/gi, "", "tT"],
];

const COUNTERS = "次个天条人家件篇单项名位周月年小时分钟秒星级";
const NUMERAL_BEFORE_COUNTER = new RegExp(`([零〇一二两三四五六七八九十百千]+)(?=[${COUNTERS}])`, "g");
const NUMERAL_DIGITS: Record<string, string> = {
  零: "0",
  〇: "0",
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** 百分之九十五 / 百分之95 / 千分之三 / 万分之五: a rate written out, as its number and sign. */
const WRITTEN_RATE = /([百千万])分之([\d.]+|[零〇一二两三四五六七八九十百点]+)/g;

function writtenRate(match: string, scale: string, n: string): string {
  const value = /\d/.test(n) ? Number(n) : parseChineseNumeral(n);
  if (value === null || Number.isNaN(value)) return match;
  // No sign for parts per ten thousand: 万分之五 is 0.05%.
  if (scale === "万") return `${Number((value / 100).toPrecision(12))}%`;
  return `${value}${scale === "百" ? "%" : "‰"}`;
}

/** 九成 (90%), 八成五 (85%), 十成: tenths, where 成 is not the start of a word (成交, 成本, 成绩…). */
const TENTHS =
  /([一二三四五六七八九十]|\d)成([一二三四五六七八九](?![成十百千万]))?(?![交功本员果绩立长熟型品])/g;

function tenths(match: string, n: string, next: string | undefined): string {
  const whole = /\d/.test(n) ? Number(n) : parseChineseNumeral(n);
  const part = next === undefined ? 0 : parseChineseNumeral(next);
  return whole === null || part === null ? match : `${whole * 10 + part}%`;
}

/** 每延迟半天, 每半小时: half of a period or a time (上半年, 一个半小时 name no half alone). */
const HALF = /(?<![上下前后多大个\d])半(?=个?(?:天|日|工作日|小时|钟头|周|月|年))/g;

/** 一次扣5分 → 1次扣5分; 百分之五 → 5%; 半天 → 0.5天. Other Chinese numerals stay words (一般违纪 is
 * no number). */
function digitsForCounters(text: string): string {
  return text
    .replace(HALF, "0.5")
    .replace(WRITTEN_RATE, writtenRate)
    .replace(TENTHS, tenths)
    .replace(NUMERAL_BEFORE_COUNTER, (match) => {
      if (match.length === 1) return NUMERAL_DIGITS[match] ?? match;
      if (match === "十") return "10";
      const n = parseChineseNumeral(match);
      return n === null ? match : String(n);
    });
}

/** Units and counters a number may carry: a digit before one is a quantity, not a list number. */
const UNIT_AFTER = "次个天条人家件篇单项名位周月年时分秒万千元倍级星课款种批轮处门辆%‰点";
const GLUED = new RegExp(
  `(^|分|;)(\\d)(?:[.、](?=[\\d\\u4e00-\\u9fa5])|(?=[\\u4e00-\\u9fa5])(?![${UNIT_AFTER}]))`,
  "g",
);

/**
 * 1按要求完成30分2不按要求…扣5分: list numbers glued to the text, as PDFs copy them. Read as
 * list markers only when they count 1, 2, 3… in order, so a quantity is never taken for one.
 */
function gluedNumbering(text: string): string {
  const found = [...text.matchAll(GLUED)];
  const counts = found.length >= 2 && found.every((m, i) => Number(m[2]) === i + 1);
  return counts ? text.replace(GLUED, (_m, before: string) => `${before};`) : text;
}

const BRACKETED = /\s*\((\d{1,2})\)\s*/g;

/** (1)…(2)…(3)…: bracketed list numbers wherever they stand, when they count 1, 2, 3… in order. */
function bracketNumbering(text: string): string {
  if (!text.includes("(")) return text;
  const found = [...text.matchAll(BRACKETED)];
  const counts = found.length >= 2 && found.every((m, i) => Number(m[1]) === i + 1);
  return counts ? text.replace(BRACKETED, ";") : text;
}

/** ①②③: list markers, taken before NFKC would turn them into digits. */
const CIRCLED = /\s*[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*/g;

const NUMBERS = /\d+(?:\.\d+)?/g;
const GLUED_SCORE = new RegExp(`(?<=[\\u4e00-\\u9fa5])(\\d+)(?=[\\u4e00-\\u9fa5])(?![${UNIT_AFTER}])`, "g");

/**
 * 回报在后20视承当的工作…15言行尚规范…10自我意识重: described levels scraped with every separator
 * lost, each followed by its score. Read so only when every number of the text stands glued between
 * words, with no unit: a quantity is never taken for a score.
 */
function gluedScores(text: string): string {
  const all = text.match(NUMBERS) ?? [];
  const glued = text.match(GLUED_SCORE) ?? [];
  if (glued.length < 2 || glued.length !== all.length) return text;
  return text.replace(GLUED_SCORE, " $1;");
}

/**
 * A line break inside a clause, as text copied out of a PDF keeps them (`90%(含)-100%\n得24分`,
 * `100%及以上得\n30分`): a line that ends on a word needing what follows, or a line that begins with
 * 得 or with points taken or given (`扣5分`), continues the clause before. Every other line break
 * divides clauses (a line ending on a comma, or beginning with 加分项, keeps its break).
 */
const BROKEN_CLAUSE = /(?<=[得扣加减为至到\-~–])[ \t]*\r?\n\s*|[ \t]*\r?\n\s*(?=得|[扣加减]\s*\d)/g;

/** Words naming a return on spend, whose 1:N is the ratio N (not a split such as 按7:3比例分配). */
const RETURN_RATIO = /ROI|投产比|投入产出比|产出比|return on/i;
const TO_ONE = /(?<![\d.])1\s*:\s*(\d+(?:\.\d+)?)(?![\d:])/g;
const OVER_ONE = /(?<![\d.:])(\d+(?:\.\d+)?)\s*:\s*1(?![\d.:])/g;

/** ROI 1:3, 投产比达到1:4, ROI 3:1以上: a return written as a ratio to 1 is the number a cell holds
 * (3, 4, 3). */
function returnRatios(text: string): string {
  return RETURN_RATIO.test(text) ? text.replace(TO_ONE, "$1").replace(OVER_ONE, "$1") : text;
}

/** A count of kinds a list names before its scores (三档, 4个等级). */
const KINDS_COUNTED = /,?\s*([一二三四五六七八九十]|\d+)\s*个?(?:等级|档次|档|级|类|种)\s*,?$/;
/** What opens a list of keys (考核结果分为…): said before its first key. */
const LIST_OPENER = /^.*(?:分为|分成|划分为|包括|:)/;
const SCORE_LIST =
  /^\s*(可得|得|为|计|记|给|扣|加)?\s*((?:\d+(?:\.\d+)?\s*分?\s*、\s*)+\d+(?:\.\d+)?\s*分?)\s*(?=,|$)/;
const LISTED_NUMBER =
  /^(.*?)(\d+(?:\.\d+)?\s*(?:[%‰万元次个天条人家件]|分钟|小时)?(?:\s*(?:\(含\)|及)?\s*(?:以上|以下|以内))?)的?$/;

/**
 * 优秀、良好、合格分别得10分、8分、6分 / 分为超额完成、达标、未达标三档，分别得15分、10分、0分 /
 * 完成率达到100%、90%、80%分别得10分、8分、6分: keys listed, then their scores in the same order.
 * Each key is written with its own score, the first key's words before its number carried to bare
 * numbers after it. Read so only when both lists are as long (and as long as a count the text
 * names); otherwise the clause is left as written, for the reader to refuse.
 */
function respectively(clause: string): string {
  const at = clause.indexOf("分别");
  if (at < 0) return clause;
  const scored = SCORE_LIST.exec(clause.slice(at + 2));
  if (!scored) return clause;
  const verb = scored[1] === "扣" || scored[1] === "加" ? scored[1] : "得";
  const scores = (scored[2] as string).split("、").map((s) => s.trim().replace(/分$/, ""));
  let left = clause.slice(0, at).replace(/[,\s]+$/, "");
  const counted = KINDS_COUNTED.exec(left);
  if (counted) left = left.slice(0, counted.index);
  const before = left.lastIndexOf(",");
  const lead = left.slice(0, before + 1);
  const opener = LIST_OPENER.exec(left.slice(before + 1))?.[0] ?? "";
  const keys = left
    .slice(before + 1 + opener.length)
    .split("、")
    .map((k) => k.trim());
  const named = counted?.[1];
  const count =
    named === undefined ? keys.length : /\d/.test(named) ? Number(named) : parseChineseNumeral(named);
  if (
    keys.length < 2 ||
    keys.length !== scores.length ||
    count !== keys.length ||
    keys.some((k) => k === "" || k.length > 16) ||
    // 迟到、早退每次分别扣: words after the last key (每次) belong to every key.
    (keys[keys.length - 1] as string).includes("每")
  )
    return clause;
  // 完成率达到100%、90%: the first key's words (完成率达到) go with each bare number after it.
  const first = LISTED_NUMBER.exec(keys[0] as string);
  const words =
    first && keys.slice(1).every((k) => /^\d/.test(k) && LISTED_NUMBER.exec(k)?.[1] === "") ? first[1] : "";
  if (!words && keys.some((k) => /\d/.test(k))) return clause;
  const rows = keys.map((k, i) => `${i > 0 ? words : ""}${k.replace(/的$/, "")}${verb}${scores[i]}分`);
  // 分别得10分、6分、3分，低于90%不得分: what follows the scores is a clause of its own.
  return `${lead}${rows.join(";")}${clause.slice(at + 2 + scored[0].length)}`;
}

const WHOLE_NUMBER = /(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g;

/** The ways a run of digits splits into a range that lost its dash (510 → 5-10): both ends without
 * a leading zero, the upper above the lower and at most ten times it (tiers step by 5 → 10, not 1 →
 * 530). */
function dashless(digits: string): Array<[number, number]> {
  if (!/^\d{3,}$/.test(digits)) return [];
  const splits: Array<[number, number]> = [];
  for (let i = 1; i < digits.length; i++) {
    const [lo, hi] = [digits.slice(0, i), digits.slice(i)];
    if (lo.startsWith("0") || hi.startsWith("0")) continue;
    const [a, b] = [Number(lo), Number(hi)];
    if (a < b && b <= 10 * a) splits.push([a, b]);
  }
  return splits;
}

/**
 * 迟到510分钟扣3分，1530分钟扣5分 / 良:8090分: ranges scraped from a page with their dashes lost.
 * Offered only as a second reading of a text whose first reading was doubted (parse/index.ts), and
 * only for a run that splits one way with an end meeting another number of the text (5 in
 * 5分钟以内, 80 beside 79): a quantity is never taken for a range. Undefined when no run splits so.
 */
export function ungluedRanges(prepared: string): string | undefined {
  const found = [...prepared.matchAll(WHOLE_NUMBER)];
  // ≥1530, 1530分钟以上: a bound on one side is a number, not a range.
  const oneSided = (m: RegExpMatchArray) =>
    /[≥≤<>]\s*$/.test(prepared.slice(0, m.index)) ||
    /^\s*[^\d;,]{0,3}?(?:及?以[上下内]|\(不?含)/.test(prepared.slice((m.index as number) + m[0].length));
  const splits = found.map((m) => (oneSided(m) ? [] : dashless(m[0])));
  const plain = found.filter((_m, i) => splits[i]?.length === 0).map((m) => Number(m[0]));
  const meets = (n: number, others: readonly number[]) => others.some((o) => Math.abs(o - n) <= 1);
  let out = "";
  let from = 0;
  found.forEach((m, i) => {
    const others = [...plain, ...splits.flatMap((s, j) => (j !== i && s.length === 1 ? (s[0] ?? []) : []))];
    const fits = (splits[i] ?? []).filter(([a, b]) => meets(a, others) || meets(b, others));
    if (fits.length !== 1) return;
    const [a, b] = fits[0] as [number, number];
    out += `${prepared.slice(from, m.index)}${a}-${b}`;
    from = (m.index as number) + m[0].length;
  });
  return from === 0 ? undefined : out + prepared.slice(from);
}

/**
 * 1、90分以上为优秀: a list number before a number, which the first reading took for one of the
 * text's numbers. Offered, as ungluedRanges is, only as a second reading of a doubted text.
 */
export function unmarked(prepared: string): string | undefined {
  const marker = /^\s*\d{1,2}\s*、\s*(?=\d)/.exec(prepared);
  return marker ? prepared.slice(marker[0].length) : undefined;
}

export function prepare(text: string): string {
  const joined = text.replace(BROKEN_CLAUSE, "");
  const normalized = digitsForCounters(normalizeText(joined.replace(CIRCLED, ";")));
  const listed = normalized.includes("分别") ? normalized.split(";").map(respectively).join(";") : normalized;
  return rewrite(gluedScores(gluedNumbering(bracketNumbering(returnRatios(listed)))), PREPARE);
}
