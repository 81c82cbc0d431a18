import * as z from "zod/mini";
import { issue, type Issue } from "./issue";
import { normalizeText } from "./normalize";
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./numeral";
import { clean } from "./precision";

/**
 * What HR type into a cell, as a number with a unit: 95% → 0.95 percent, 3W → 30000,
 * 3分40秒 → 220 seconds, ¥20 → 20 money, 8条 → 8 count.
 */
export const Unit = z.enum(["number", "percent", "money", "seconds", "count", "points"]);
export type Unit = z.infer<typeof Unit>;

export const Quantity = z.object({ value: z.number(), unit: Unit });
export type Quantity = z.infer<typeof Quantity>;

export type QuantityResult = { ok: true; quantity: Quantity } | { ok: false; issue: Issue };

export interface QuantityOptions {
  /** The cell's number format shows a percent: an Excel number is then already the fraction. */
  percentFormat?: boolean;
  /** The cell's number format shows a time: an Excel number is then days (0.0025462… is 3分40秒). */
  durationFormat?: boolean;
}

/** A time cell's days as seconds. */
export const SECONDS_PER_DAY = 86400;

/** Multipliers as powers of ten, applied to the written digits (3.5万 → "3.5e4") so no float
 * noise appears (1.1 × 10000 is 11000.000000000002). */
const MULTIPLIERS: Record<string, number> = {
  万: 4,
  w: 4,
  W: 4,
  千: 3,
  k: 3,
  K: 3,
  百万: 6,
  千万: 7,
  亿: 8,
};

/** Units with their factor; a negative `exponent` divides by a power of ten (95% → 95e-2). */
const UNITS: Record<string, { unit: Unit; factor: number; exponent?: number }> = {
  "%": { unit: "percent", factor: 1, exponent: -2 },
  "‰": { unit: "percent", factor: 1, exponent: -3 },
  个百分点: { unit: "percent", factor: 1, exponent: -2 },
  百分点: { unit: "percent", factor: 1, exponent: -2 },
  元: { unit: "money", factor: 1 },
  块: { unit: "money", factor: 1 },
  块钱: { unit: "money", factor: 1 },
  元钱: { unit: "money", factor: 1 },
  秒: { unit: "seconds", factor: 1 },
  秒钟: { unit: "seconds", factor: 1 },
  s: { unit: "seconds", factor: 1 },
  S: { unit: "seconds", factor: 1 },
  sec: { unit: "seconds", factor: 1 },
  分钟: { unit: "seconds", factor: 60 },
  min: { unit: "seconds", factor: 60 },
  mins: { unit: "seconds", factor: 60 },
  小时: { unit: "seconds", factor: 3600 },
  个小时: { unit: "seconds", factor: 3600 },
  h: { unit: "seconds", factor: 3600 },
  分: { unit: "points", factor: 1 },
  points: { unit: "points", factor: 1 },
  pts: { unit: "points", factor: 1 },
};
const COUNT_WORDS = "条次个人单件篇家场位名项天日周笔户例台套份张部支年级星";
for (const word of COUNT_WORDS) UNITS[word] = { unit: "count", factor: 1 };
for (const word of ["课时", "个月", "人次"]) UNITS[word] = { unit: "count", factor: 1 };

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d+)?|\.\d+)|[${CHINESE_NUMERAL_CHARS}]+`;
const MULTIPLIER = Object.keys(MULTIPLIERS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const UNIT = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[%‰]/, "\\$&"))
  .join("|");

const SIMPLE = new RegExp(String.raw`^([¥$]|RMB)?\s*(${NUMBER})\s*(${MULTIPLIER})?\s*(元)?\s*(${UNIT})?$`);
const CLOCK =
  /^(?:(\d+(?:\.\d+)?)\s*(?:小时|h))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|min|'))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒|s|"))?$/;
/** Percents in words, each read into the fraction: 百分之九十五, 七成 (70%), 八成五 (85%). */
const PERCENT_FORMS: ReadonlyArray<readonly [RegExp, (parts: string[]) => number | null]> = [
  [/^百分之([\d.]+|[零〇一二两三四五六七八九十百千点]+)$/, ([n = ""]) => scaled(readNumber(n), 0.01)],
  [/^([\d.]+|[零〇一二两三四五六七八九十点]+)成$/, ([n = ""]) => scaled(readNumber(n), 0.1)],
  [
    /^([一二三四五六七八九])成([一二三四五六七八九])$/,
    ([tens = "", ones = ""]) => scaled(readNumber(`${tens}十${ones}`), 0.01),
  ],
];

function scaled(n: number | null, factor: number): number | null {
  return n === null ? null : clean(n * factor);
}

function readNumber(text: string): number | null {
  if (/^[-+]?(?:\d+(?:\.\d+)?|\.\d+)$/.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

/** The pieces of a written quantity: ¥ 3 万 元 / 3.5 W / 300 S. */
export interface QuantityParts {
  currency?: string;
  multiplier?: string;
  yuan?: string;
  unitWord?: string;
}

/** Written digits and the words around them as a quantity; null when they contradict (¥20秒). */
export function quantityOf(digits: string, parts: QuantityParts): Quantity | null {
  const unit = parts.unitWord ? UNITS[parts.unitWord] : undefined;
  const exponent = (parts.multiplier ? (MULTIPLIERS[parts.multiplier] as number) : 0) + (unit?.exponent ?? 0);
  const scaled = Number(exponent === 0 ? digits : `${digits}e${exponent}`);
  if (!Number.isFinite(scaled)) return null;
  if (parts.currency || parts.yuan) {
    if (unit && unit.unit !== "money") return null;
    return { value: scaled, unit: "money" };
  }
  if (unit) return { value: unit.factor === 1 ? scaled : clean(scaled * unit.factor), unit: unit.unit };
  return { value: scaled, unit: "number" };
}

/** Reads a quantity from a normalised fragment; null when the fragment is not one. */
export function readQuantity(text: string): Quantity | null {
  const t = text.trim();
  for (const [pattern, read] of PERCENT_FORMS) {
    const match = pattern.exec(t);
    if (!match) continue;
    const value = read(match.slice(1));
    return value === null ? null : { value, unit: "percent" };
  }
  const simple = SIMPLE.exec(t);
  if (simple) {
    const [, currency, digits, multiplier, yuan, unitWord] = simple;
    const n = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)$/.test(digits as string)
      ? (digits as string)
      : parseChineseNumeral(digits as string);
    return n === null ? null : quantityOf(String(n), { currency, multiplier, yuan, unitWord });
  }
  const clock = CLOCK.exec(t);
  if (clock && (clock[1] || clock[2]) && clock.slice(1).filter(Boolean).length >= 2) {
    const [h, m, s] = clock.slice(1).map((x) => (x ? Number(x) : 0)) as [number, number, number];
    return { value: clean(h * 3600 + m * 60 + s), unit: "seconds" };
  }
  return null;
}

/**
 * Parses what a person typed into a cell.
 * @example parseQuantity("3.5万") //=> { ok: true, quantity: { value: 35000, unit: "number" } }
 */
export function parseQuantity(input: unknown, options: QuantityOptions = {}): QuantityResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return { ok: false, issue: issue("quantity.unparseable", { input: String(input) }) };
    if (options.durationFormat)
      return { ok: true, quantity: { value: clean(input * SECONDS_PER_DAY), unit: "seconds" } };
    return { ok: true, quantity: { value: input, unit: options.percentFormat ? "percent" : "number" } };
  }
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) {
    return { ok: false, issue: issue("quantity.empty") };
  }
  const text = String(input);
  const quantity = text.length <= 64 ? readQuantity(normalizeText(text)) : null;
  if (!quantity) return { ok: false, issue: issue("quantity.unparseable", { input: text.slice(0, 40) }) };
  return { ok: true, quantity };
}
