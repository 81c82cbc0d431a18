// The layers of src/ (docs/architecture.md) as lint rules: `layers/order` forbids importing a
// higher layer, or a peer, by relative path, and a package a pure layer must not load;
// `layers/no-cycle` forbids import loops between the modules of src/.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/** Each directory of src/ and its rank: a module may import only from a lower rank (or its own
 * directory). Peers share a rank and do not import each other. */
const RANKS = {
  engine: 0,
  i18n: 1,
  layout: 2,
  functions: 2,
  appraisal: 3,
  plan: 4,
  host: 5,
  taskpane: 6,
  cli: 6,
  runtime: 6,
  demo: 7,
};

/** Layers that run in Excel's JavaScript runtime, the browser and Node alike: no Node built-ins,
 * no host or UI packages. */
const PURE = new Set(["engine", "i18n", "layout", "functions", "appraisal", "plan"]);
const IMPURE_PACKAGES = [
  /^node:/,
  /^(fs|path|os|child_process|util)(\/|$)/,
  /^react(-|\/|$)/,
  /^exceljs$/,
  /^@fluentui\//,
  /^office-/,
];

const SOURCES = /\.(ts|tsx)$/;
const TESTS = /\.test\.tsx?$/;

/** The layers in order, peers together: "engine < i18n < layout, functions < …". */
const ORDER = Object.entries(RANKS)
  .reduce((groups, [name, rank]) => {
    (groups[rank] ??= []).push(name);
    return groups;
  }, [])
  .map((names) => names.join(", "))
  .join(" < ");

/** The layer of a file under src/, or null. */
function layerOf(root, file) {
  const rel = relative(join(root, "src"), file);
  if (rel.startsWith("..")) return null;
  const top = rel.split(sep)[0];
  return top in RANKS ? top : null;
}

/** A relative specifier resolved to a file, as TypeScript and esbuild resolve it. */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Every specifier a module's text imports: static imports and re-exports (type-only ones too,
 * since a loop of types is still a loop of ideas), dynamic import(). */
function specifiersOf(text) {
  const out = [];
  const patterns = [
    /\b(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s*["']([^"']+)["']/gm,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) out.push(m[1]);
  return out;
}

/** The import graph of src/, read once per lint run. */
const graphs = new Map();

function graphOf(root) {
  let graph = graphs.get(root);
  if (graph) return graph;
  graph = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCES.test(entry.name) && !TESTS.test(entry.name)) {
        const targets = specifiersOf(readFileSync(path, "utf8"))
          .filter((s) => s.startsWith("."))
          .map((s) => resolveImport(path, s))
          .filter((t) => t !== null && SOURCES.test(t));
        graph.set(path, targets);
      }
    }
  };
  walk(join(root, "src"));
  graphs.set(root, graph);
  return graph;
}

/** A loop through `file`, as the files along it, or null. */
function loopThrough(graph, file) {
  const path = [];
  const seen = new Set();
  const visit = (node) => {
    for (const next of graph.get(node) ?? []) {
      if (next === file) return [...path, node, next];
      if (seen.has(next)) continue;
      seen.add(next);
      path.push(node);
      const found = visit(next);
      if (found) return found;
      path.pop();
    }
    return null;
  };
  return visit(file);
}

const rootOf = (context) => context.cwd ?? context.getCwd();

const order = {
  meta: {
    type: "problem",
    docs: { description: "imports point down the layers of src/ (docs/architecture.md)" },
    schema: [],
  },
  create(context) {
    const root = rootOf(context);
    const file = context.filename ?? context.getFilename();
    const layer = layerOf(root, file);
    // Tests sit beside what they pin and may read any layer.
    if (layer === null || TESTS.test(file)) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== "string") return;
      if (!specifier.startsWith(".")) {
        if (PURE.has(layer) && IMPURE_PACKAGES.some((p) => p.test(specifier)))
          context.report({
            node,
            message: `src/${layer} runs in Excel, the browser and Node alike: it may not import "${specifier}"`,
          });
        return;
      }
      const target = layerOf(root, resolve(dirname(file), specifier));
      if (target === null || target === layer) return;
      if (RANKS[target] >= RANKS[layer])
        context.report({
          node,
          message: `src/${layer} may not import src/${target} ("${specifier}"): layers import only the ones below them (${ORDER})`,
        });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
    };
  },
};

const noCycle = {
  meta: {
    type: "problem",
    docs: { description: "no import loops between the modules of src/" },
    schema: [],
  },
  create(context) {
    const root = rootOf(context);
    const file = resolve(context.filename ?? context.getFilename());
    if (layerOf(root, file) === null || !SOURCES.test(file) || TESTS.test(file)) return {};
    return {
      Program(node) {
        const loop = loopThrough(graphOf(root), file);
        if (loop)
          context.report({
            node,
            message: `import loop: ${loop.map((f) => relative(root, f)).join(" → ")}`,
          });
      },
    };
  },
};

export default { rules: { order, "no-cycle": noCycle } };
