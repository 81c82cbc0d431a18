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

export const isMain = (uri: string): boolean => uri === MAIN_NS[0] || uri === MAIN_NS[1];

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

/** A tag, a comment, a CDATA section, a processing instruction or a doctype: attribute values
 * may hold `>`, so they are matched whole. */
const MARKUP =
  /<(?:!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|\?[\s\S]*?\?>|!DOCTYPE[^>]*>|(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>)/g;
const XMLNS = /\sxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const EMPTY_SCOPE: Scope = new Map();

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
  let depth = 0;
  let current = scope;
  MARKUP.lastIndex = from;
  for (let m = MARKUP.exec(xml); m !== null && m.index < to; m = MARKUP.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue; // comment, CDATA, processing instruction
    const close = m[1] === "/";
    const attrs = m[3] ?? "";
    const empty = m[4] === "/";
    const own = !close && attrs.includes("xmlns") ? declared(attrs, current) : current;
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const tag: Tag = {
      start: m.index,
      end: m.index + m[0].length,
      kind: close ? "close" : empty ? "empty" : "open",
      name,
      local: colon < 0 ? name : name.slice(colon + 1),
      uri: own.get(prefix) ?? "",
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
  for (let m = XMLNS.exec(` ${attrs}`); m !== null; m = XMLNS.exec(` ${attrs}`))
    scope.set(m[1] ?? "", decodeAttr(m[2] ?? m[3] ?? ""));
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
