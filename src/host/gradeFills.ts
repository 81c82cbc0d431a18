import type { GradeTone } from "../plan/patch";
import { TONE_FILL } from "./tones";
import { attr, eachTag, elementEnd, findTag, isMain, prefixOf, rootOf, MAIN_NS } from "./xml";

/**
 * The grade fills as differential formats (`dxf`) in the styles part, which conditional formats
 * point at by index. A fill already there (from an earlier scoring) is used again, so scoring
 * twice leaves the styles part as the first scoring left it.
 */

/** A colour as SpreadsheetML writes it: 8 hex digits, alpha first (`#C6EFCE` → `FFC6EFCE`). */
export function argb(hex: string): string {
  const digits = hex.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(digits)) return `FF${digits}`;
  if (/^[0-9A-F]{8}$/.test(digits)) return digits;
  throw new Error(`not a colour: ${hex}`);
}

const dxfXml = (p: string, tone: GradeTone): string =>
  `<${p}dxf><${p}font><${p}color rgb="${argb(TONE_FILL[tone].font)}"/></${p}font><${p}fill><${p}patternFill><${p}bgColor rgb="${argb(TONE_FILL[tone].fill)}"/></${p}patternFill></${p}fill></${p}dxf>`;

/** Elements that follow `dxfs` in a styles part, in schema order. */
const AFTER_DXFS = ["tableStyles", "colors", "extLst"];

/** A minimal styles part, for a package that has none. */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS[0]}"><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

/** The styles part with a differential format for each tone, and the index of each. */
export function withGradeFills(
  styles: string,
  tones: readonly GradeTone[],
): { xml: string; dxf: Partial<Record<GradeTone, number>> } {
  const root = rootOf(styles);
  if (!root) return { xml: styles, dxf: {} };
  const p = prefixOf(root.scope, MAIN_NS) ?? "";
  const container = findTag(
    styles,
    (t) => t.kind !== "close" && t.local === "dxfs" && isMain(t.uri),
    root.end,
    root.scope,
  );
  const existing: string[] = [];
  const containerEnd = container ? elementEnd(styles, container) : -1;
  if (container && container.kind === "open")
    eachTag(
      styles,
      (tag) => {
        if (tag.start >= containerEnd) return true;
        if (tag.local === "dxf" && tag.kind !== "close" && isMain(tag.uri))
          existing.push(styles.slice(tag.start, elementEnd(styles, tag)));
        return false;
      },
      container.end,
      styles.length,
      container.scope,
    );
  const dxf: Partial<Record<GradeTone, number>> = {};
  const added: string[] = [];
  for (const tone of new Set(tones)) {
    const text = dxfXml(p, tone);
    const at = existing.indexOf(text);
    if (at >= 0) dxf[tone] = at;
    else {
      dxf[tone] = existing.length + added.length;
      added.push(text);
    }
  }
  if (added.length === 0) return { xml: styles, dxf };
  const count = existing.length + added.length;
  if (!container) {
    let at = styles.lastIndexOf(`</${root.name}`);
    for (const name of AFTER_DXFS) {
      const tag = findTag(
        styles,
        (t) => t.kind !== "close" && t.local === name && isMain(t.uri),
        root.end,
        root.scope,
      );
      if (tag && tag.start < at) at = tag.start;
    }
    return {
      xml: `${styles.slice(0, at)}<${p}dxfs count="${count}">${added.join("")}</${p}dxfs>${styles.slice(at)}`,
      dxf,
    };
  }
  if (container.kind === "empty")
    return {
      xml: `${styles.slice(0, container.start)}<${container.name} count="${count}">${added.join("")}</${container.name}>${styles.slice(container.end)}`,
      dxf,
    };
  const close = styles.lastIndexOf("</", containerEnd - 1);
  const open = styles.slice(container.start, container.end);
  const counted =
    attr(container.attrs, "count") !== undefined
      ? open.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`)
      : open;
  return {
    xml: `${styles.slice(0, container.start)}${counted}${styles.slice(container.end, close)}${added.join("")}${styles.slice(close)}`,
    dxf,
  };
}
