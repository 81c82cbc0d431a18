import { lruCache } from "./cache";
import { parseRuleText, type ParseOptions, type ParseResult } from "./parse";

const cache = lruCache<ParseResult>(5000);

/**
 * Parses a rule text, remembering the last 5,000 texts. Results are shared: treat them as read-only.
 * @example parseRule("≥90%得30分，80%-90%得20分").ok //=> true
 */
export function parseRule(text: unknown, options: ParseOptions = {}): ParseResult {
  if (typeof text !== "string") return parseRuleText(text, options);
  const key = `${options.kind ?? ""}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = parseRuleText(text, options);
  cache.set(key, result);
  return result;
}
