import { attr, eachTag, escapeAttr, findTag, prefixOf, rootOf, type Tag } from "./xml";

/**
 * The package-level XML the add-in touches when it adds a part of its own (its record, the
 * web-extension parts): content types and relationships. Each change is made only when needed
 * (adding what is there already, or removing what is not, leaves the text as it was), so that
 * scoring again changes nothing and undo gives the original text back.
 */

const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export const EMPTY_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;

/** The content type of a part: its override, else its extension's default. */
export function contentTypeOf(types: string, part: string): string | null {
  const name = `/${part.replace(/^\//, "")}`.toLowerCase();
  const extension = name.slice(name.lastIndexOf(".") + 1);
  let override: string | null = null;
  let fallback: string | null = null;
  eachTag(types, (tag) => {
    if (tag.kind === "close") return;
    if (tag.local === "Override" && (attr(tag.attrs, "PartName") ?? "").toLowerCase() === name)
      override = attr(tag.attrs, "ContentType") ?? null;
    else if (tag.local === "Default" && (attr(tag.attrs, "Extension") ?? "").toLowerCase() === extension)
      fallback = attr(tag.attrs, "ContentType") ?? null;
  });
  return override ?? fallback;
}

/** Inserts `xml` just before the root element's closing tag (opening it if it is empty). */
function beforeRootClose(text: string, xml: string): string {
  const root = rootOf(text);
  if (!root) return text;
  if (root.kind === "empty") {
    const open = text.slice(root.start, root.end - 2).trimEnd();
    return `${text.slice(0, root.start)}${open}>${xml}</${root.name}>${text.slice(root.end)}`;
  }
  const close = text.lastIndexOf(`</${root.name}`);
  return close < 0 ? text : `${text.slice(0, close)}${xml}${text.slice(close)}`;
}

/** The prefix the root element's namespace is written with. */
function rootPrefix(text: string, namespace: string): string {
  const root = rootOf(text);
  return (root && prefixOf(root.scope, [namespace])) ?? "";
}

/** Content types with an override for a part (unless it has one already). */
export function withOverride(types: string, part: string, contentType: string): string {
  const name = `/${part.replace(/^\//, "")}`;
  if (
    findTag(
      types,
      (t) => t.local === "Override" && (attr(t.attrs, "PartName") ?? "").toLowerCase() === name.toLowerCase(),
    )
  )
    return types;
  const p = rootPrefix(types, CONTENT_TYPES_NS);
  return beforeRootClose(
    types,
    `<${p}Override PartName="${escapeAttr(name)}" ContentType="${escapeAttr(contentType)}"/>`,
  );
}

/** Content types with a default for an extension (unless it has one already). */
export function withDefault(types: string, extension: string, contentType: string): string {
  if (
    findTag(
      types,
      (t) => t.local === "Default" && (attr(t.attrs, "Extension") ?? "").toLowerCase() === extension,
    )
  )
    return types;
  const p = rootPrefix(types, CONTENT_TYPES_NS);
  return beforeRootClose(
    types,
    `<${p}Default Extension="${extension}" ContentType="${escapeAttr(contentType)}"/>`,
  );
}

/** Content types without the override of a part. */
export function withoutOverride(types: string, part: string): string {
  const name = `/${part.replace(/^\//, "")}`.toLowerCase();
  return removeTags(
    types,
    (t) => t.local === "Override" && (attr(t.attrs, "PartName") ?? "").toLowerCase() === name,
  );
}

/** Removes every empty element `test` accepts. */
function removeTags(text: string, test: (tag: Tag) => boolean): string {
  const cuts: Array<[number, number]> = [];
  eachTag(text, (tag) => {
    if (tag.kind === "empty" && test(tag)) cuts.push([tag.start, tag.end]);
  });
  if (cuts.length === 0) return text;
  let out = "";
  let from = 0;
  for (const [start, end] of cuts) {
    out += text.slice(from, start);
    from = end;
  }
  return out + text.slice(from);
}

/** Relationships with one of this type to this target (its written form), and its id; an
 * existing one is reused. */
export function withRelationship(
  rels: string | null,
  type: string,
  target: string,
  resolves: (target: string) => boolean,
): { xml: string; id: string } {
  const text = rels ?? EMPTY_RELATIONSHIPS;
  const ids = new Set<string>();
  let found: string | null = null;
  eachTag(text, (tag) => {
    if (tag.kind === "close" || tag.local !== "Relationship") return;
    const id = attr(tag.attrs, "Id") ?? "";
    ids.add(id);
    if (attr(tag.attrs, "Type") === type && resolves(attr(tag.attrs, "Target") ?? "")) found ??= id;
  });
  if (found !== null) return { xml: text, id: found };
  let n = 1;
  while (ids.has(`rIdKpi${n}`)) n++;
  const id = `rIdKpi${n}`;
  const p = rootPrefix(text, RELATIONSHIPS_NS);
  const xml = beforeRootClose(
    text,
    `<${p}Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`,
  );
  return { xml, id };
}

/** Relationships without those whose target `resolves` to a part being removed. */
export function withoutRelationships(rels: string, resolves: (target: string) => boolean): string {
  return removeTags(rels, (t) => t.local === "Relationship" && resolves(attr(t.attrs, "Target") ?? ""));
}
