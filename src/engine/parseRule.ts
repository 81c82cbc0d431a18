import { lruCache } from "./cache";
import { parseRuleText, type ParseOptions, type ParseResult } from "./parse";

// One cache per kind of cell, keyed by the text itself: a key built on each call would be a new
// string to hash every time.
const caches = { rule: lruCache<ParseResult>(5000), table: lruCache<ParseResult>(5000) };

/**
 * Parses a rule text, remembering the last 5,000 texts. Results are shared: treat them as read-only.
 * @example parseRule("≥90%得30分，80%-90%得20分").ok //=> true
 */
export function parseRule(text: unknown, options: ParseOptions = {}): ParseResult {
  if (typeof text !== "string") return parseRuleText(text, options);
  const cache = caches[options.kind ?? "rule"];
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parseRuleText(text, options);
  cache.set(text, result);
  return result;
}
