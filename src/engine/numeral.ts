/**
 * Chinese numerals as HR type them: 九十五, 两千五 (2500), 三万五 (35000), 一百二 (120), 零点五.
 * Written by hand because the npm converters mis-read these (两千五 → 5, 百分之九十 → 190).
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear in a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿点";

/**
 * Reads a Chinese numeral, or returns null when the text is not one.
 * @example parseChineseNumeral("两千五") //=> 2500
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const [whole, fraction, extra] = text.split("点");
  if (extra !== undefined || whole === undefined) return null;
  const integer = whole === "" ? 0 : parseInteger(whole);
  if (integer === null) return null;
  if (fraction === undefined) return integer;
  if (fraction === "" || ![...fraction].every((c) => c in DIGITS)) return null;
  return Number(`${integer}.${[...fraction].map((c) => DIGITS[c]).join("")}`);
}

function parseInteger(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  for (const char of text) {
    if (char in DIGITS) {
      if (DIGITS[char] === 0) zeroSinceUnit = true;
      if (digit !== null && digit !== 0) return null; // two digits in a row: not a numeral
      digit = DIGITS[char] as number;
    } else if (char in SMALL_UNITS) {
      const unit = SMALL_UNITS[char] as number;
      // 十五 starts with the unit: an implicit one.
      section += (digit ?? (section === 0 && total === 0 ? 1 : null) ?? NaN) * unit;
      if (Number.isNaN(section)) return null;
      digit = null;
      lastUnit = unit;
      zeroSinceUnit = false;
    } else if (char in BIG_UNITS) {
      const unit = BIG_UNITS[char] as number;
      total = (total + section + (digit ?? 0)) * unit;
      section = 0;
      digit = null;
      lastUnit = unit;
      zeroSinceUnit = false;
    } else {
      return null;
    }
  }
  if (digit !== null && digit !== 0 && lastUnit >= 100 && !zeroSinceUnit) {
    // 两千五 = 2500, 三万五 = 35000: a trailing digit counts in the next lower unit.
    return total + section + digit * (lastUnit / 10);
  }
  return total + section + (digit ?? 0);
}
