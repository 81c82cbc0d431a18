import JSZip from "jszip";
import { attr, eachTag, escapeAttr } from "./xml";

/**
 * An Office Open XML package (the zip inside an .xlsx or .xlsm) as parts by name, read on demand
 * and written back with only the parts given new content changed: every other part keeps its
 * bytes, even its compressed ones. Part names follow OPC: found whatever their case, reached
 * through relationships whose targets may be relative (`worksheets/sheet1.xml`, `../customXml/…`)
 * or absolute (`/xl/worksheets/sheet1.xml`, as openpyxl writes them).
 */
export interface Package {
  readonly zip: JSZip;
  /** Zip entry names by their lower-case form (OPC part names ignore case). */
  readonly names: Map<string, string>;
  /** Part texts read so far, by entry name. */
  readonly texts: Map<string, string>;
  /** Parts given new content (text or bytes) or removed (null), by entry name. */
  readonly changed: Map<string, string | Uint8Array | null>;
}

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, as a zip entry name (no leading slash), or the external address. */
  target: string;
  external: boolean;
}

/** Opens zip bytes; throws when they are not a zip. */
export async function openPackage(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const names = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]?.dir) names.set(name.toLowerCase(), name);
  return { zip, names, texts: new Map(), changed: new Map() };
}

/** The entry name of a part, as stored (case as the zip has it), or null when there is none. */
export function entryOf(pkg: Package, part: string): string | null {
  const name = part.replace(/^\//, "");
  if (pkg.changed.has(name)) return pkg.changed.get(name) === null ? null : name;
  return pkg.names.get(name.toLowerCase()) ?? null;
}

export const hasPart = (pkg: Package, part: string): boolean => entryOf(pkg, part) !== null;

/** A part's text (UTF-8, or UTF-16 with its byte-order mark), or null when there is no such part. */
export async function partText(pkg: Package, part: string): Promise<string | null> {
  const name = entryOf(pkg, part);
  if (name === null) return null;
  const changed = pkg.changed.get(name);
  if (typeof changed === "string") return changed;
  const cached = pkg.texts.get(name);
  if (cached !== undefined) return cached;
  const file = pkg.zip.file(name);
  if (file === null) return null;
  const text = decodeText(changed instanceof Uint8Array ? changed : await file.async("uint8array"));
  pkg.texts.set(name, text);
  return text;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

/** Gives a part new content (a new part keeps the name as given). Bytes are written as they are: a
 * text given as bytes is UTF-8 and says so (`withUtf8Declaration`). */
export function putPart(pkg: Package, part: string, content: string | Uint8Array): void {
  const name = entryOf(pkg, part) ?? part.replace(/^\//, "");
  pkg.changed.set(name, content);
  pkg.texts.delete(name);
}

export function removePart(pkg: Package, part: string): void {
  const name = entryOf(pkg, part);
  if (name !== null) pkg.changed.set(name, null);
}

/** The relationships part of a part (`xl/_rels/workbook.xml.rels`; `_rels/.rels` for the package). */
export function relsPartOf(part: string): string {
  const name = part.replace(/^\//, "");
  const slash = name.lastIndexOf("/");
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name, from the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  const path = safeDecode(target.split("#")[0] as string);
  const base = source.replace(/^\//, "").split("/").slice(0, -1);
  const parts = path.startsWith("/") ? [] : base;
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The relationships of a part (`""` for the package itself), targets resolved. */
export async function relationshipsOf(pkg: Package, part: string): Promise<Relationship[]> {
  const xml = await partText(pkg, part === "" ? "_rels/.rels" : relsPartOf(part));
  if (xml === null) return [];
  const out: Relationship[] = [];
  eachTag(xml, (tag) => {
    if (tag.kind === "close" || tag.local !== "Relationship") return;
    const target = attr(tag.attrs, "Target") ?? "";
    const external = attr(tag.attrs, "TargetMode") === "External";
    out.push({
      id: attr(tag.attrs, "Id") ?? "",
      type: attr(tag.attrs, "Type") ?? "",
      target: external ? target : resolveTarget(part, target),
      external,
    });
  });
  return out;
}

/** Relationship types are compared by their last segment, so transitional and strict agree. */
export const isType = (rel: Relationship, name: string): boolean => rel.type.endsWith(`/${name}`);

/** The target of a relationship as written from `source` (relative, as Excel writes them). */
export function relativeTarget(source: string, part: string): string {
  const from = source.replace(/^\//, "").split("/").slice(0, -1);
  const to = part.replace(/^\//, "").split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** A relationship element, ready to add to a relationships part. */
export const relationshipXml = (id: string, type: string, target: string): string =>
  `<Relationship Id="${escapeAttr(id)}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;

/** A part written as UTF-8 says so, whatever its declaration said when it was read (UTF-16). */
export const withUtf8Declaration = (xml: string): string =>
  /^<\?xml[^>]*encoding\s*=\s*["']utf-8["']/i.test(xml) || !/^<\?xml[^>]*encoding/.test(xml)
    ? xml
    : xml.replace(/^(<\?xml[^>]*encoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");

/** Deflate at its fastest level for the parts written: a file some 25% larger for a third less
 * time, and Excel compresses it its own way when the user saves it again. */
const FAST_DEFLATE = { compression: "DEFLATE", compressionOptions: { level: 1 } } as const;

/** What JSZip keeps of a loaded entry: its compressed data and how it was compressed. */
interface LoadedEntry {
  _data?: { compression?: { magic?: string } };
  options: { compression: string | null };
}

/** The package as zip bytes: changed parts written, removed ones left out, every other entry
 * copied with its compressed bytes as they were. */
export async function packageBytes(pkg: Package): Promise<Uint8Array> {
  for (const [name, content] of pkg.changed) {
    if (content === null) {
      pkg.zip.remove(name);
      pkg.names.delete(name.toLowerCase());
      pkg.texts.delete(name);
      continue;
    }
    // Encoded here (natively) rather than by JSZip; no folder entries: a package holds parts only.
    const data =
      typeof content === "string" ? new TextEncoder().encode(withUtf8Declaration(content)) : content;
    pkg.zip.file(name, data, { ...FAST_DEFLATE, binary: true, createFolders: false });
    pkg.names.set(name.toLowerCase(), name);
    if (typeof content === "string") pkg.texts.set(name, content);
  }
  pkg.changed.clear();
  for (const entry of Object.values(pkg.zip.files) as unknown as LoadedEntry[]) {
    // An entry stored without compression stays stored: copied, not compressed now.
    if (entry.options.compression === null && entry._data?.compression?.magic === "\x00\x00")
      entry.options.compression = "STORE";
  }
  return pkg.zip.generateAsync({ type: "uint8array", ...FAST_DEFLATE });
}
