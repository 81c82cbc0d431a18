import { quantityOf, readQuantity, type Quantity } from "../quantity";

/**
 * Quantities inside rule texts. Unlike a cell, a rule has no sign on numbers (`80-90` is a range)
 * and reads Chinese numerals only before a counter (一次, 两天), so 一般违纪 is no number.
 */
const ALPHA_UNITS = String.raw`(?:S|s|sec|min|mins|h|points|pts)(?![a-zA-Z])`;
const CJK_UNITS = String.raw`个百分点|百分点|个小时|小时|分钟|秒钟|秒|元|块|分(?!钟)|[条次个人单件篇家场位名项天日周笔户例台套份张部支]`;
export const QTY = String.raw`(?:[¥$]\s*)?\d+(?:\.\d+)?\s*(?:万|W|w|千|K|k|亿)?\s*(?:元)?\s*(?:%|‰|${CJK_UNITS}|${ALPHA_UNITS})?`;
/** The same quantity with its pieces captured: currency, digits, multiplier, 元, unit. */
export const QTY_PARTS = String.raw`(?:([¥$])\s*)?(\d+(?:\.\d+)?)\s*(万|W|w|千|K|k|亿)?\s*(元)?\s*(%|‰|${CJK_UNITS}|${ALPHA_UNITS})?`;
export const CLOCK = String.raw`\d+(?:\.\d+)?\s*(?:小时)\s*\d+\s*分钟?|\d+\s*分\s*\d+\s*秒`;

const COUNTERS = "次个天条人家件篇单项名位周月年小时分钟秒";
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

/** 一次扣5分 → 1次扣5分; 百分之五 → 5%. Other Chinese numerals stay words. */
export function digitsForCounters(text: string): string {
  return text.replace(/百分之([\d.]+)/g, "$1%").replace(NUMERAL_BEFORE_COUNTER, (match) => {
    if (match.length === 1) return NUMERAL_DIGITS[match] ?? match;
    if (match === "十") return "10";
    return match.startsWith("十") && match.length === 2
      ? `1${NUMERAL_DIGITS[match[1] as string] ?? "0"}`
      : match;
  });
}

export function quantityIn(raw: string): Quantity | null {
  return readQuantity(raw.replace(/\s+/g, ""));
}

/** A quantity from the groups captured by QTY_PARTS, without reading the text again. */
export function quantityFromGroups(
  groups: ReadonlyArray<string | undefined>,
  offset: number,
): Quantity | null {
  const [currency, digits, multiplier, yuan, unitWord] = groups.slice(offset, offset + 5);
  return quantityOf(digits ?? "", { currency, multiplier, yuan, unitWord });
}
