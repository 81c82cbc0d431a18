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
  // 乘以: the multiplication sign written out.
  [/乘以/g, "×", "乘"],
  [/(?<=[\u4e00-\u9fa5](?<!分))\s+(?=[\u4e00-\u9fa5])/g, "", " "],
  // one = 5 marks; two or more = nought: a count written in words before its score or bound.
  [
    /\b(one|two|three|four|five|six|seven|eight|nine|ten)\b(?=\s*(?:[=:]|or more\b|or fewer\b|or less\b|or above\b))/gi,
    (word: string) => String(ENGLISH_COUNTS.indexOf(word.toLowerCase()) + 1),
    "oOtTfFsSeEnN",
  ],
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

export function prepare(text: string): string {
  const joined = text.replace(BROKEN_CLAUSE, "");
  const normalized = digitsForCounters(normalizeText(joined.replace(CIRCLED, ";")));
  return rewrite(gluedScores(gluedNumbering(bracketNumbering(returnRatios(normalized)))), PREPARE);
}
