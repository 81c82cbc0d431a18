/**
 * Just enough XML for patching an .xlsx package in place: tags found by offset (so everything
 * between them stays byte for byte), their names resolved through whatever namespace prefixes
 * the file declares, attributes, entities, and SpreadsheetML's own `_xHHHH_` escapes. No DOM: a
 * 100,000-row sheet is read in one pass over its text.
 */

/** SpreadsheetML's main namespace, transitional and strict. */
export const MAIN_NS = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
] as const;

/** The namespace of relationship ids (`r:id`), transitional and strict. */
export const REL_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
] as const;

const [TRANSITIONAL, STRICT] = MAIN_NS;
export const isMain = (uri: string): boolean => uri === TRANSITIONAL || uri === STRICT;

export interface Tag {
  /** Offset of its `<` and just after its `>`. */
  start: number;
  end: number;
  kind: "open" | "close" | "empty";
  /** The name as written (`x:c`), its local part (`c`) and its namespace. */
  name: string;
  local: string;
  uri: string;
  /** The attributes as written, between the name and the closing `>` or `/>`. */
  attrs: string;
  /** Prefix → namespace in force at this tag ("" is the default namespace). */
  scope: Scope;
}

export type Scope = ReadonlyMap<string, string>;

const XMLNS = /\sxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const EMPTY_SCOPE: Scope = new Map();

/** The namespaces compared on every tag, each as one string: a declared namespace is replaced by
 * its constant, so comparing a tag's with one is comparing references. */
const KNOWN = new Map<string, string>([...MAIN_NS, ...REL_NS].map((uri) => [uri, uri]));

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const QUOTE = 34;
const APOSTROPHE = 39;

/** Where the next tag lies: its `<`, its name, just after its `>`; comments, CDATA sections,
 * processing instructions and doctypes stepped over; an attribute value may hold `>`. Filled by
 * `nextTag`, one object for a whole pass. */
export interface Cursor {
  start: number;
  nameStart: number;
  nameEnd: number;
  end: number;
  close: boolean;
  empty: boolean;
}

export const cursor = (): Cursor => ({
  start: 0,
  nameStart: 0,
  nameEnd: 0,
  end: 0,
  close: false,
  empty: false,
});

/** Moves `at` to the next tag from `from`; false when there is none. Hand-written rather than one
 * regular expression: a 100,000-row sheet has millions of tags. */
export function nextTag(xml: string, from: number, at: Cursor): boolean {
  const length = xml.length;
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return false;
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION) {
      const close = xml.startsWith("<!--", lt)
        ? "-->"
        : xml.startsWith("<![CDATA[", lt)
          ? "]]>"
          : next === QUESTION
            ? "?>"
            : ">";
      const end = xml.indexOf(close, lt + 2);
      if (end < 0) return false;
      i = end + close.length;
      continue;
    }
    const close = next === SLASH;
    let j = close ? lt + 2 : lt + 1;
    const nameStart = j;
    for (; j < length; j++) {
      const c = xml.charCodeAt(j);
      if (c === GT || c === SLASH || c <= 32) break;
    }
    let k = j;
    for (let quote = 0; k < length; k++) {
      const c = xml.charCodeAt(k);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) quote = c;
      else if (c === GT) break;
    }
    if (k >= length) return false;
    if (j === nameStart) {
      i = k + 1;
      continue;
    }
    at.start = lt;
    at.nameStart = nameStart;
    at.nameEnd = j;
    at.end = k + 1;
    at.close = close;
    at.empty = !close && xml.charCodeAt(k - 1) === SLASH;
    return true;
  }
}

/** The attributes of the tag at the cursor, as written (leading blank kept, no trailing one). */
export const attrsAt = (xml: string, at: Cursor): string =>
  at.nameEnd < at.end - 1 ? xml.slice(at.nameEnd, at.empty ? at.end - 2 : at.end - 1).trimEnd() : "";

/**
 * Calls `visit` with each tag from `from` to `to`, in order; `visit` returns true to stop.
 * `scope` is what is declared around `from` (the root's declarations when starting inside it).
 */
export function eachTag(
  xml: string,
  visit: (tag: Tag) => boolean | void,
  from = 0,
  to = xml.length,
  scope: Scope = EMPTY_SCOPE,
): void {
  const stack: Array<{ depth: number; scope: Scope }> = [];
  const at = cursor();
  let depth = 0;
  let current = scope;
  for (let i = from; nextTag(xml, i, at) && at.start < to; i = at.end) {
    const { close, empty } = at;
    const name = xml.slice(at.nameStart, at.nameEnd);
    const attrs = attrsAt(xml, at);
    const own = !close && attrs.includes("xmlns") ? declared(attrs, current) : current;
    const colon = name.indexOf(":");
    const tag: Tag = {
      start: at.start,
      end: at.end,
      kind: close ? "close" : empty ? "empty" : "open",
      name,
      local: colon < 0 ? name : name.slice(colon + 1),
      uri: own.get(colon < 0 ? "" : name.slice(0, colon)) ?? "",
      attrs,
      scope: own,
    };
    if (close) {
      // The close tag is named in its element's scope: leave that scope after it.
      depth--;
      const top = stack[stack.length - 1];
      if (top !== undefined && top.depth > depth) {
        stack.pop();
        current = stack[stack.length - 1]?.scope ?? scope;
      }
    } else if (!empty) {
      depth++;
      if (own !== current) {
        stack.push({ depth, scope: own });
        current = own;
      }
    }
    if (visit(tag) === true) return;
  }
}

/** The scope with an element's own namespace declarations added. */
function declared(attrs: string, outer: Scope): Scope {
  const scope = new Map(outer);
  XMLNS.lastIndex = 0;
  const text = ` ${attrs}`;
  for (let m = XMLNS.exec(text); m !== null; m = XMLNS.exec(text)) {
    const uri = decodeAttr(m[2] ?? m[3] ?? "");
    scope.set(m[1] ?? "", KNOWN.get(uri) ?? uri);
  }
  return scope;
}

/** The first tag (of any kind) that `test` accepts, from `from`. */
export function findTag(xml: string, test: (tag: Tag) => boolean, from = 0, scope?: Scope): Tag | null {
  let found: Tag | null = null;
  eachTag(
    xml,
    (tag) => {
      if (!test(tag)) return false;
      found = tag;
      return true;
    },
    from,
    xml.length,
    scope,
  );
  return found;
}

/** The root element's tag, with the namespaces it declares. */
export function rootOf(xml: string): Tag | null {
  return findTag(xml, (tag) => tag.kind !== "close");
}

/** The offset just after an element that opens with `open`: after its matching close tag, or the
 * tag itself when it is empty. */
export function elementEnd(xml: string, open: Tag): number {
  if (open.kind === "empty") return open.end;
  let depth = 0;
  let end = xml.length;
  eachTag(
    xml,
    (tag) => {
      if (tag.kind === "open") depth++;
      else if (tag.kind === "close") {
        if (depth === 0) {
          end = tag.end;
          return true;
        }
        depth--;
      }
      return false;
    },
    open.end,
  );
  return end;
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by their name as written (`r`, `s`, `r:id`), values decoded. */
export function attributes(attrs: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(attrs); m !== null; m = ATTRIBUTE.exec(attrs))
    out.set(m[1] as string, decodeAttr(m[2] ?? m[3] ?? ""));
  return out;
}

const ONE_ATTRIBUTE = new Map<string, RegExp>();

/** One unprefixed attribute's value, decoded; undefined when absent. */
export function attr(attrs: string, name: string): string | undefined {
  let re = ONE_ATTRIBUTE.get(name);
  if (re === undefined) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ONE_ATTRIBUTE.set(name, re);
  }
  const m = re.exec(attrs);
  if (m === null) return undefined;
  const value = m[1] ?? m[2] ?? "";
  return /[&\t\n\r]/.test(value) ? decodeAttr(value) : value;
}

/** An attribute value as a parser reads it: literal tabs and line ends become spaces (`&#10;`
 * stays a line end). */
const decodeAttr = (value: string): string => decode(value.replace(/\r\n|[\t\n\r]/g, " "));

/** An attribute in one of `namespaces` (`r:id` under any prefix), decoded. */
export function nsAttr(tag: Tag, namespaces: readonly string[], local: string): string | undefined {
  for (const [name, value] of attributes(tag.attrs)) {
    const colon = name.indexOf(":");
    if (colon < 0 || name.slice(colon + 1) !== local) continue;
    const uri = tag.scope.get(name.slice(0, colon));
    if (uri !== undefined && namespaces.includes(uri)) return value;
  }
  return undefined;
}

/** The prefix (with its colon, or "") under which `namespaces` is declared in `scope`. */
export function prefixOf(scope: Scope, namespaces: readonly string[]): string | null {
  if (namespaces.includes(scope.get("") ?? "")) return "";
  for (const [prefix, uri] of scope) if (prefix !== "" && namespaces.includes(uri)) return `${prefix}:`;
  return null;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text as an XML parser reads it: line ends normalised to \n (a parser does it before anything
 * else: `&#13;` stays a carriage return), character and entity references replaced. */
export function decode(text: string): string {
  const lines = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  if (!lines.includes("&")) return lines;
  return lines.replace(ENTITY, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] as string;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text as element content. */
export const escapeText = (text: string): string =>
  text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));

/** Text as a double-quoted attribute value (line breaks kept as references, or a parser would
 * read them as spaces). */
export const escapeAttr = (text: string): string =>
  text.replace(/[&<>"\n\r\t]/g, (c) => `&${ATTR_ESCAPES[c] as string};`);
const ATTR_ESCAPES: Record<string, string> = {
  "&": "amp",
  "<": "lt",
  ">": "gt",
  '"': "quot",
  "\n": "#10",
  "\r": "#13",
  "\t": "#9",
};

/** SpreadsheetML writes characters XML cannot hold as `_xHHHH_`, and so a literal `_x0041_` as
 * `_x005F_x0041_`: text is encoded before it is escaped, decoded after. */
export function encodeOoxml(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

export const decodeOoxml = (text: string): string =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/** Element text as a cell or a shared string holds it: entities and `_xHHHH_` decoded. */
export const cellText = (raw: string): string => decodeOoxml(decode(raw));
