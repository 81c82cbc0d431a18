import { ConverterFactory } from "opencc-js/core";
import fromTaiwan from "opencc-js/from/tw";
import toSimplifiedChinese from "opencc-js/to/cn";

/**
 * Brings a rule or cell text to one spelling before any parsing: full-width forms to ASCII (NFKC),
 * Traditional to Simplified Chinese, one sign per comparison, and the OCR slips seen in real
 * scraped templates (`W` for `≤`, `O` for `0`, `->=` for `≥`, pinyin glosses such as `機(jī)`).
 */

// Only the dictionaries of Taiwan and standard Traditional → Simplified: the full t2cn preset also
// bundles Hong Kong and Japanese tables, three times the size, for texts our users do not write.
const toSimplified = ConverterFactory(fromTaiwan, toSimplifiedChinese);

/**
 * The characters the converter would change, read from its own dictionaries: a text holding none
 * of them (most Simplified texts) skips the conversion, which is the costliest step of a parse.
 * Asked of every text parsed, by code unit in a table (1: changed; 2: a surrogate, which the
 * expression decides), not by a pass of an expression over thousands of characters.
 */
let changing: { expression: RegExp; units: Uint8Array } | undefined;

function changingCharacters(): { expression: RegExp; units: Uint8Array } {
  if (changing) return changing;
  const chars = new Set<string>();
  for (const dictionary of [...fromTaiwan, ...toSimplifiedChinese].flat()) {
    const entries =
      typeof dictionary === "string" ? dictionary.split("|") : dictionary.map((pair) => pair.join(" "));
    for (const entry of entries) {
      const [from = "", to = ""] = entry.split(" ");
      const a = [...from];
      const b = [...to];
      a.forEach((char, i) => {
        if (a.length !== b.length || char !== b[i]) chars.add(char);
      });
    }
  }
  const escaped = [...chars].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("");
  const units = new Uint8Array(65_536);
  for (const char of chars) {
    const unit = char.charCodeAt(0);
    units[unit] = unit >= 0xd800 && unit < 0xe000 ? 2 : 1;
  }
  changing = { expression: new RegExp(`[${escaped}]`, "u"), units };
  return changing;
}

export function needsConversion(text: string): boolean {
  const { expression, units } = changingCharacters();
  for (let i = 0; i < text.length; i++) {
    const unit = units[text.charCodeAt(i)];
    if (unit === 1) return true;
    if (unit === 2) return expression.test(text);
  }
  return false;
}

type Replacer = string | ((match: string, ...groups: string[]) => string);

/** A rewrite: the pattern, its replacement, and the characters that must be present for it to
 * apply. Most texts hold few of them, and one look-up per character of the text is far cheaper
 * than a regular-expression pass per rewrite. */
export type Rewrite = readonly [RegExp, Replacer, string];

export function rewrite(text: string, rewrites: readonly Rewrite[]): string {
  const triggered = triggersOf(rewrites);
  let out = text;
  // Which rewrites a character of the text triggers, found in one pass, and again after a rewrite
  // changed the text: each asks its flag, not the text once per trigger.
  let present = presentIn(out, triggered, rewrites.length);
  for (let i = 0; i < rewrites.length; i++) {
    if (present[i] === 0) continue;
    const [pattern, replacement] = rewrites[i] as Rewrite;
    const next = out.replace(pattern, replacement as string);
    if (next !== out) present = presentIn(next, triggered, rewrites.length);
    out = next;
  }
  return out;
}

/** For each code unit that triggers a rewrite of the list, the rewrites it triggers (by index). */
type Triggers = ReadonlyMap<number, readonly number[]>;

const TRIGGERS = new WeakMap<readonly Rewrite[], Triggers>();

function triggersOf(rewrites: readonly Rewrite[]): Triggers {
  let made = TRIGGERS.get(rewrites);
  if (made) return made;
  const byUnit = new Map<number, number[]>();
  rewrites.forEach(([, , triggers], i) => {
    for (let j = 0; j < triggers.length; j++) {
      const list = byUnit.get(triggers.charCodeAt(j)) ?? [];
      if (!list.includes(i)) list.push(i);
      byUnit.set(triggers.charCodeAt(j), list);
    }
  });
  TRIGGERS.set(rewrites, (made = byUnit));
  return made;
}

/** A flag per rewrite: set when the text holds one of its triggers. */
function presentIn(text: string, triggers: Triggers, count: number): Uint8Array {
  const present = new Uint8Array(count);
  for (let i = 0; i < text.length; i++) {
    const list = triggers.get(text.charCodeAt(i));
    if (list) for (const r of list) present[r] = 1;
  }
  return present;
}

const REPLACEMENTS: readonly Rewrite[] = [
  [/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, "", "("], // pinyin glosses left by scraped pages
  [/[\u200b-\u200f\ufeff]/g, "", "\u200b\u200c\u200d\u200e\u200f\ufeff"],
  [/≧|>\s*=|=>|大于或等于|大于等于|不小于|不低于|不少于/g, "≥", "≧=于低少"],
  [/≦|<\s*=|=<|小于或等于|小于等于|不大于|不高于|不超过|不多于/g, "≤", "≦=于高过多"],
  [/《(?=\s*\d)/g, "≤", "《"], // OCR: 分值《59
  [/(?<=分值|得分|[NXx])\s*W(?=\s*\d)/g, "≤", "W"], // OCR: 分值W79
  [/(?<=\d)\s*W(?=\s*(?:分值|得分|[NXx]))/g, "≤", "W"], // OCR: 80W分值
  [/(?<=[\d.评得扣为])O(?=[\d分%次])|(?<=\d)O(?=\d)/g, "0", "O"], // OCR: 评O分
  [/(?<=[≥≤<>=\-~至到,，;；]\s*|^\s*)l(?=\s*[%‰])|(?<=\d)l(?=\d*\s*[%‰分])/g, "1", "l"], // OCR: ≤l%, l%-3%
  [/(?<![\d.]|\d,)0,(?=\d+\s*[%‰分])/g, "0.", ","], // OCR or a decimal comma: ≤0,5%
  [/-+≥/g, "≥", "-"], // OCR: 分值->=80%, 90%>->=80%
  [/(?<![A-Za-z])[lI](?=\d+(?:\.\d+)?\s*%)|(?<=\d)[lI](?=\d*(?:\.\d+)?\s*%)/g, "1", "lI"], // OCR: l00%
  // OCR: 90%一100%, 80一90分: 一 between two numbers is the range's dash (一次 is no number after).
  [/(?<=\d\s*[%分]?\s*)一(?=\s*\d)/g, "-", "一"],
  [/<\/≤/g, "<≤", "/"], // 35</≤45 means 35 < x ≤ 45
  [/-=/g, "-", "="], // 180S-=120S: a range written with a stray '='
  [
    /[–—―−~]|(?<=\d\s*(?:分钟|小时|秒钟|[%万千W元秒S条次个分天])?\s*(?:\((?:含|不含)\))?\s*)(?:至|到)(?=\s*\d)/g,
    "-",
    "–—―−~至到",
  ],
  [/×|\*|(?<=[\u4e00-\u9fa5)%])\s*[Xx](?=\s*[\d(\u4e00-\u9fa5])/g, "×", "×*Xx"],
  [/(?<![\d≥≤<>=.])\d{1,3}(?:,\d{3})+(?![\d.])/g, (m) => m.replace(/,/g, ""), ","], // 30,000 → 30000
  [/(?<=\d)[。．](?=\d)(?![\d]*\s*[、.])/g, ".", "。．"], // 0。5分: a decimal point typed as a full stop
  [/[；;。\n\r]+/g, ";", "；;。\n\r"],
  [/[ \t\u3000]+/g, " ", " \t\u3000"],
];

/**
 * The spans of `original` that Simplified words read from it were written as: a grade or level
 * named in Traditional Chinese keeps its spelling in what the sheet shows (優等, not 优等). A word
 * not found as one span comes back as read.
 */
export function asWrittenIn(original: string): (word: string) => string {
  if (!needsConversion(original)) return (word) => word;
  const text = original.normalize("NFKC");
  const converted = toSimplified(text);
  // Converted once: where the conversion keeps every position (no astral characters, no phrase of
  // another length), a span is looked at only where the converted text holds the word.
  if (converted.length !== text.length || [...text].length !== text.length)
    return (word) => spanOf(word, text);
  return (word) => {
    for (let i = 0; i + word.length <= text.length; i++) {
      if (text.startsWith(word, i)) return word;
      const span = converted.startsWith(word, i) ? text.slice(i, i + word.length) : "";
      if (span && toSimplified(span) === word) return span;
    }
    return word;
  };
}

function spanOf(word: string, text: string): string {
  const chars = [...text];
  const length = [...word].length;
  for (let i = 0; i + length <= chars.length; i++) {
    const span = chars.slice(i, i + length).join("");
    if (span === word || toSimplified(span) === word) return span;
  }
  return word;
}

/** Normalises a rule text; clause separators become `;` (commas stay commas). */
export function normalizeText(text: string): string {
  let out = text.normalize("NFKC");
  if (needsConversion(out)) out = toSimplified(out);
  out = rewrite(out, REPLACEMENTS);
  return out.trim();
}
