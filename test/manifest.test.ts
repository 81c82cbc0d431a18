import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { ADDIN } from "../src/host/addin";
import { describeWith } from "./support/shared";

/**
 * The add-in manifest (manifest.xml).
 * 1. Schema validation with the official (2018/2019) XSDs through ../shared/tools/validate-manifest.sh (xmllint).
 * 2. What those schemas cannot see: the shared-runtime Runtimes block (stripped before validation), resid
 *    consistency, the KPI namespace, resources, icons and localization.
 */

const ROOT = path.join(__dirname, "..");
const SHARED = path.join(ROOT, "..", "shared");
const VALIDATOR_REL = "../shared/tools/validate-manifest.sh";
const MANIFEST = path.join(ROOT, "manifest.xml");
const ORIGIN = "https://localhost:3000/";

// ---------------------------------------------------------------------------------------------------
// Schema validation
// ---------------------------------------------------------------------------------------------------

function requireValidatorAndXmllint(): void {
  if (!existsSync(path.join(SHARED, "tools", "validate-manifest.sh"))) {
    throw new Error(`validator not found at ${path.join(SHARED, "tools", "validate-manifest.sh")}`);
  }
  const probe = spawnSync("sh", ["-c", "command -v xmllint"], { encoding: "utf8" });
  if (probe.status !== 0) {
    throw new Error(
      "xmllint is not installed, so the manifest cannot be validated. Install libxml2-utils " +
        "(Debian/Ubuntu: apt-get install -y libxml2-utils) and run the tests again.",
    );
  }
}

function validate(manifestPath: string): { status: number | null; output: string } {
  const r = spawnSync("bash", [VALIDATOR_REL, manifestPath], { cwd: ROOT, encoding: "utf8" });
  if (r.error) throw r.error;
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

describeWith(path.join(SHARED, "tools"), "manifest.xml: schema validation (offline XSDs)", () => {
  test("the manifest validates against the official schemas", () => {
    requireValidatorAndXmllint();
    const { status, output } = validate("manifest.xml");
    if (status !== 0) throw new Error(`validate-manifest.sh exited ${status}:\n${output}`);
    expect(output).toContain("validates");
  }, 30_000);

  const mutations: Array<[string, string, string]> = [
    ["the required <Permissions> element removed", "<Permissions>ReadWriteDocument</Permissions>", ""],
    ["the required <DefaultLocale> element removed", "<DefaultLocale>zh-CN</DefaultLocale>", ""],
    ["<Namespace> misspelled inside VersionOverrides", "<Namespace resid=", "<NameSpace resid="],
  ];

  test.each(mutations)(
    "a broken manifest is rejected: %s",
    (_label, from, to) => {
      requireValidatorAndXmllint();
      const original = readFileSync(MANIFEST, "utf8");
      expect(original).toContain(from);
      const broken = original.replace(from, to);
      expect(broken).not.toBe(original);
      const dir = mkdtempSync(path.join(tmpdir(), "kpi-manifest-"));
      try {
        const file = path.join(dir, "manifest.xml");
        writeFileSync(file, broken, "utf8");
        const { status, output } = validate(file);
        // xmllint exits 3 for "fails to validate"; any other code would mean the validator itself broke.
        expect({ status, failed: output.includes("fails to validate") }).toEqual({ status: 3, failed: true });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    30_000,
  );
});

// ---------------------------------------------------------------------------------------------------
// A tiny XML reader: a character scanner, enough for the manifest (elements, attributes, text,
// comments, processing instructions, CDATA, the five predefined entities and character references).
// ---------------------------------------------------------------------------------------------------

interface XmlElement {
  name: string; // qualified name as written, e.g. "bt:Image"
  local: string; // name without prefix, e.g. "Image"
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | null;
}

const isSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

function decodeEntities(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf("&", i);
    if (amp < 0) return out + s.slice(i);
    out += s.slice(i, amp);
    const semi = s.indexOf(";", amp);
    if (semi < 0) throw new Error(`unterminated entity in ${JSON.stringify(s)}`);
    const ent = s.slice(amp + 1, semi);
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (ent in named) out += named[ent];
    else if (ent.startsWith("#x")) out += String.fromCodePoint(parseInt(ent.slice(2), 16));
    else if (ent.startsWith("#")) out += String.fromCodePoint(parseInt(ent.slice(1), 10));
    else throw new Error(`unknown entity &${ent};`);
    i = semi + 1;
  }
  return out;
}

function parseXml(src: string): XmlElement {
  let i = 0;
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  const fail = (msg: string): never => {
    const line = src.slice(0, i).split("\n").length;
    throw new Error(`XML parse error at line ${line}: ${msg}`);
  };
  const skipPast = (end: string): void => {
    const j = src.indexOf(end, i);
    if (j < 0) fail(`missing ${end}`);
    i = j + end.length;
  };
  const readName = (): string => {
    const start = i;
    while (i < src.length && !isSpace(src[i]) && src[i] !== "=" && src[i] !== ">" && src[i] !== "/") i++;
    if (i === start) fail("expected a name");
    return src.slice(start, i);
  };
  const skipSpace = (): void => {
    while (isSpace(src[i])) i++;
  };

  while (i < src.length) {
    if (src[i] !== "<") {
      const next = src.indexOf("<", i);
      const raw = src.slice(i, next < 0 ? src.length : next);
      const top = stack[stack.length - 1];
      if (top) top.text += decodeEntities(raw);
      else if (raw.trim() !== "") fail("text outside the root element");
      i = next < 0 ? src.length : next;
    } else if (src.startsWith("<?", i)) {
      skipPast("?>");
    } else if (src.startsWith("<!--", i)) {
      skipPast("-->");
    } else if (src.startsWith("<![CDATA[", i)) {
      const start = i + 9;
      skipPast("]]>");
      const top = stack[stack.length - 1];
      if (!top) fail("CDATA outside the root element");
      else top.text += src.slice(start, i - 3);
    } else if (src.startsWith("<!", i)) {
      fail("DOCTYPE and other declarations are not supported");
    } else if (src.startsWith("</", i)) {
      i += 2;
      const name = readName();
      skipSpace();
      if (src[i] !== ">") fail(`expected > after </${name}`);
      i++;
      const top = stack.pop();
      if (!top || top.name !== name) fail(`</${name}> does not close <${top ? top.name : "(nothing)"}>`);
    } else {
      i++;
      const name = readName();
      const colon = name.indexOf(":");
      const el: XmlElement = {
        name,
        local: colon < 0 ? name : name.slice(colon + 1),
        attrs: {},
        children: [],
        text: "",
        parent: stack[stack.length - 1] ?? null,
      };
      if (el.parent) el.parent.children.push(el);
      else if (root) fail("more than one root element");
      else root = el;
      let selfClosing = false;
      for (;;) {
        skipSpace();
        if (src.startsWith("/>", i)) {
          i += 2;
          selfClosing = true;
          break;
        }
        if (src[i] === ">") {
          i++;
          break;
        }
        if (i >= src.length) fail(`unterminated <${name}`);
        const attr = readName();
        skipSpace();
        if (src[i] !== "=") fail(`expected = after ${attr}`);
        i++;
        skipSpace();
        const quote = src[i];
        if (quote !== '"' && quote !== "'") fail(`expected a quoted value for ${attr}`);
        const end = src.indexOf(quote as string, i + 1);
        if (end < 0) fail(`unterminated value for ${attr}`);
        if (attr in el.attrs) fail(`duplicate attribute ${attr} on <${name}>`);
        el.attrs[attr] = decodeEntities(src.slice(i + 1, end));
        i = end + 1;
      }
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name}> is not closed`);
  if (!root) fail("no root element");
  return root as XmlElement;
}

// --- query helpers -----------------------------------------------------------------------------------

const kids = (el: XmlElement, local: string): XmlElement[] => el.children.filter((c) => c.local === local);

function only(el: XmlElement, local: string): XmlElement {
  const found = kids(el, local);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${local}> children, expected 1`);
  return found[0] as XmlElement;
}

function descendants(el: XmlElement, pred: (e: XmlElement) => boolean = () => true): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (pred(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function attr(el: XmlElement, name: string): string {
  const v = el.attrs[name];
  if (v === undefined) throw new Error(`<${el.name}> has no ${name} attribute`);
  return v;
}

function pathOf(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) {
    const type = e.attrs["xsi:type"];
    parts.unshift(type ? `${e.local}[${type}]` : e.local);
  }
  return parts.join("/");
}

// ---------------------------------------------------------------------------------------------------
// The manifest model used by the structural tests
// ---------------------------------------------------------------------------------------------------

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
interface Resource {
  id: string;
  kind: ResourceKind;
  el: XmlElement;
  value: string;
  overrides: Array<{ locale: string; value: string }>;
}

const source = readFileSync(MANIFEST, "utf8");
const app = parseXml(source);
const versionOverrides = only(app, "VersionOverrides");
const workbookHost = only(only(versionOverrides, "Hosts"), "Host");
const resourcesEl = only(versionOverrides, "Resources");

const resources = new Map<string, Resource>();
const duplicateIds: string[] = [];
for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
  for (const group of kids(resourcesEl, kind)) {
    for (const el of group.children) {
      const id = attr(el, "id");
      if (resources.has(id)) duplicateIds.push(id);
      resources.set(id, {
        id,
        kind,
        el,
        value: attr(el, "DefaultValue"),
        overrides: kids(el, "Override").map((o) => ({ locale: attr(o, "Locale"), value: attr(o, "Value") })),
      });
    }
  }
}

function resolve(resid: string, kind?: ResourceKind): Resource {
  const r = resources.get(resid);
  if (!r) throw new Error(`resid "${resid}" is not defined in Resources`);
  if (kind && r.kind !== kind) throw new Error(`resid "${resid}" is a ${r.kind} resource, expected ${kind}`);
  return r;
}

const customFunctions = descendants(
  workbookHost,
  (e) => e.local === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions",
);

function cfUrl(part: "Script" | "Page" | "Metadata"): { resid: string; url: string } {
  const resid = attr(only(only(customFunctions[0] as XmlElement, part), "SourceLocation"), "resid");
  return { resid, url: resolve(resid, "Urls").value };
}

/** Which resource kind a resid on a given element must point at (elements not listed just need to exist). */
const EXPECTED_KIND: Record<string, ResourceKind> = {
  Runtime: "Urls",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Image: "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (buf.subarray(0, 8).toString("hex") !== signature || buf.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function assetFile(url: string): string {
  const prefix = `${ORIGIN}assets/`;
  if (!url.startsWith(prefix)) throw new Error(`image URL ${url} is not under ${prefix}`);
  return path.join(ROOT, "assets", url.slice(prefix.length));
}

describe("manifest.xml: what the old schemas cannot see", () => {
  test("its id and version are those a workbook names the add-in by (src/host/addin.ts)", () => {
    expect(only(app, "Id").text.trim()).toBe(ADDIN.id);
    expect(only(app, "Version").text.trim()).toBe(ADDIN.version);
  });

  test("the root is a TaskPaneApp for Excel (Workbook) with default locale zh-CN", () => {
    expect(app.local).toBe("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(only(app, "DefaultLocale").text.trim()).toBe("zh-CN");
    expect(kids(only(app, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(workbookHost.attrs["xsi:type"]).toBe("Workbook");
    expect(versionOverrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  test("the base manifest requires SharedRuntime 1.1, CustomFunctionsRuntime 1.2 (CustomFunctions.Error) and ExcelApi 1.8", () => {
    const sets = only(only(app, "Requirements"), "Sets");
    const fallback = sets.attrs.DefaultMinVersion ?? "1.1";
    const declared = Object.fromEntries(
      kids(sets, "Set").map((s) => [attr(s, "Name"), s.attrs.MinVersion ?? fallback]),
    );
    expect(declared).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2", ExcelApi: "1.8" });
  });

  test("Runtimes is the first child of the Workbook Host, with exactly one long-lived Runtime", () => {
    expect(workbookHost.children[0]?.local).toBe("Runtimes");
    expect(kids(workbookHost, "Runtimes")).toHaveLength(1);
    const runtimes = only(workbookHost, "Runtimes");
    expect(runtimes.children.map((c) => c.local)).toEqual(["Runtime"]);
    const runtime = runtimes.children[0] as XmlElement;
    expect(runtime.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(runtime.children).toEqual([]);
    // Nowhere else in the manifest may declare a runtime.
    expect(descendants(app, (e) => e.local === "Runtimes" || e.local === "Runtime")).toHaveLength(2);
  });

  test("validate-manifest.sh strips exactly the real Runtimes block (the tag appears nowhere else)", () => {
    // The validator removes the first literal "<Runtimes>" up to the next "</Runtimes>" with perl; a mention of
    // the tag in a comment would swallow real markup and hide it from the schema.
    expect(source.split("<Runtimes>")).toHaveLength(2);
    expect(source.split("</Runtimes>")).toHaveLength(2);
    const open = source.indexOf("<Runtimes>");
    const close = source.indexOf("</Runtimes>", open);
    const stripped = source.slice(0, open) + source.slice(close + "</Runtimes>".length);
    expect(() => parseXml(stripped)).not.toThrow();
    expect(descendants(parseXml(stripped)).length).toBe(descendants(app).length - 2);
  });

  test("the runtime, task pane page, functions Page, FunctionFile and ShowTaskpane share one resid and URL", () => {
    const runtimeResid = attr(only(only(workbookHost, "Runtimes"), "Runtime"), "resid");
    const runtimeUrl = resolve(runtimeResid, "Urls").value;
    const taskpaneUrl = attr(only(only(app, "DefaultSettings"), "SourceLocation"), "DefaultValue");
    expect(runtimeUrl).toBe(`${ORIGIN}taskpane.html`);
    expect(taskpaneUrl).toBe(runtimeUrl);

    expect(cfUrl("Page")).toEqual({ resid: runtimeResid, url: runtimeUrl });

    const functionFiles = descendants(workbookHost, (e) => e.local === "FunctionFile");
    expect(functionFiles.length).toBeGreaterThan(0);
    for (const f of functionFiles) expect(attr(f, "resid")).toBe(runtimeResid);

    const showTaskpane = descendants(
      workbookHost,
      (e) => e.local === "Action" && e.attrs["xsi:type"] === "ShowTaskpane",
    );
    expect(showTaskpane.length).toBeGreaterThan(0);
    for (const a of showTaskpane) expect(attr(only(a, "SourceLocation"), "resid")).toBe(runtimeResid);
    // A shared runtime supports one task pane: every ShowTaskpane action names the same TaskpaneId.
    expect(new Set(showTaskpane.map((a) => only(a, "TaskpaneId").text.trim())).size).toBe(1);
  });

  test("the CustomFunctions extension point loads functions.js / functions.json with namespace KPI", () => {
    expect(customFunctions).toHaveLength(1);
    const ep = customFunctions[0] as XmlElement;
    expect(ep.parent?.local).toBe("AllFormFactors");
    expect(ep.children.map((c) => c.local)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    expect(cfUrl("Script").url).toBe(`${ORIGIN}functions.js`);
    expect(cfUrl("Metadata").url).toBe(`${ORIGIN}functions.json`);

    const ns = resolve(attr(only(ep, "Namespace"), "resid"), "ShortStrings");
    expect(ns.value).toBe("KPI");
    for (const o of ns.overrides) expect(o).toEqual({ locale: o.locale, value: "KPI" });
  });

  test("localized custom-function metadata is chosen by bt:Override on the metadata URL", () => {
    const meta = resolve(cfUrl("Metadata").resid, "Urls");
    expect(Object.fromEntries(meta.overrides.map((o) => [o.locale, o.value]))).toEqual({
      "zh-CN": `${ORIGIN}functions-zh-CN.json`,
      "zh-TW": `${ORIGIN}functions-zh-TW.json`,
      "en-US": `${ORIGIN}functions.json`,
    });
  });

  test("every resid used anywhere resolves to a defined resource of the right kind", () => {
    expect(duplicateIds).toEqual([]);
    const users = descendants(app, (e) => "resid" in e.attrs);
    expect(users.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const el of users) {
      try {
        resolve(attr(el, "resid"), EXPECTED_KIND[el.local]);
      } catch (e) {
        problems.push(`${pathOf(el)}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("every image URL names an existing PNG in assets/ of the declared size", () => {
    const images: Array<{ where: string; url: string; size?: number }> = [
      { where: "IconUrl", url: attr(only(app, "IconUrl"), "DefaultValue"), size: 32 },
      {
        where: "HighResolutionIconUrl",
        url: attr(only(app, "HighResolutionIconUrl"), "DefaultValue"),
        size: 64,
      },
    ];
    for (const r of resources.values()) {
      if (r.kind !== "Images") continue;
      images.push({ where: r.id, url: r.value });
      for (const o of r.overrides) images.push({ where: `${r.id}@${o.locale}`, url: o.value });
    }
    // An icon referenced with size="N" must be N x N pixels.
    for (const use of descendants(versionOverrides, (e) => e.local === "Image" && "size" in e.attrs)) {
      const r = resolve(attr(use, "resid"), "Images");
      images.push({ where: `${pathOf(use)} -> ${r.id}`, url: r.value, size: Number(attr(use, "size")) });
    }
    expect(images.length).toBeGreaterThan(2);
    const problems: string[] = [];
    for (const img of images) {
      const file = assetFile(img.url);
      if (!existsSync(file)) {
        problems.push(
          `${img.where}: ${path.relative(ROOT, file)} does not exist (run node scripts/make-icons.mjs)`,
        );
        continue;
      }
      const { width, height } = pngSize(file);
      if (img.size !== undefined && (width !== img.size || height !== img.size)) {
        problems.push(
          `${img.where}: ${path.relative(ROOT, file)} is ${width}x${height}, expected ${img.size}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  test("every string resource has exactly one zh-TW and one en-US override", () => {
    const strings = [...resources.values()].filter(
      (r) => r.kind === "ShortStrings" || r.kind === "LongStrings",
    );
    expect(strings.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const r of strings) {
      for (const locale of ["zh-TW", "en-US"]) {
        const found = r.overrides.filter((o) => o.locale === locale);
        if (found.length !== 1) problems.push(`${r.id}: ${found.length} ${locale} overrides`);
        else if ((found[0] as { value: string }).value.trim() === "")
          problems.push(`${r.id}: empty ${locale}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("no resource overrides the same locale twice", () => {
    for (const r of resources.values()) {
      const locales = r.overrides.map((o) => o.locale.toLowerCase());
      expect({ id: r.id, locales: [...new Set(locales)] }).toEqual({ id: r.id, locales });
    }
  });

  test("DisplayName and Description are localized for zh-TW and en-US; the button reads 评分 / 評分 / Score", () => {
    const localized = (el: XmlElement) => ({
      default: attr(el, "DefaultValue"),
      ...Object.fromEntries(kids(el, "Override").map((o) => [attr(o, "Locale"), attr(o, "Value")])),
    });
    expect(localized(only(app, "DisplayName"))).toEqual({
      default: "KPI 绩效评分",
      "zh-TW": "KPI 績效評分",
      "en-US": "KPI Scoring",
    });
    expect(Object.keys(localized(only(app, "Description"))).sort()).toEqual(["default", "en-US", "zh-TW"]);

    const buttons = descendants(
      workbookHost,
      (e) => e.local === "Control" && e.attrs["xsi:type"] === "Button",
    );
    expect(buttons).toHaveLength(1);
    const label = resolve(attr(only(buttons[0] as XmlElement, "Label"), "resid"), "ShortStrings");
    expect([label.value, ...label.overrides.map((o) => `${o.locale}:${o.value}`)]).toEqual([
      "评分",
      "zh-TW:評分",
      "en-US:Score",
    ]);
  });

  test("every URL in the manifest is served from https://localhost:3000 (no external domains)", () => {
    const urls: string[] = [];
    for (const el of descendants(app)) {
      for (const [name, value] of Object.entries(el.attrs)) {
        if ((name === "DefaultValue" || name === "Value") && value.includes("://")) urls.push(value);
      }
      if (el.local === "AppDomain") urls.push(el.text.trim());
    }
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith(ORIGIN))).toEqual([]);
  });
});

describe("the tiny XML reader", () => {
  test("reads elements, attributes, entities, CDATA and comments, and rejects malformed input", () => {
    const doc = parseXml(
      `<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b:c y='&#x4e2d;'/>t&lt;<![CDATA[<raw>]]></a>`,
    );
    expect(doc.attrs).toEqual({ x: "1 & 2" });
    expect(doc.children[0]).toMatchObject({ name: "b:c", local: "c", attrs: { y: "中" } });
    expect(doc.text).toBe("t<<raw>");
    expect(() => parseXml("<a><b></a></b>")).toThrow(/does not close/);
    expect(() => parseXml("<a>")).toThrow(/not closed/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate attribute/);
    expect(() => parseXml("<a/><b/>")).toThrow(/more than one root/);
  });
});
