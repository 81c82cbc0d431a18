// Jest's transform: ts-jest for TypeScript, and for every module (libraries too) the builtins it
// reads bound once at its top. Jest runs each module in a vm context whose every global lookup —
// Math.imul in a hash loop, isNaN in HyperFormula, Object.keys in ExcelJS — goes through the
// context's interceptor, 10–40× slower than in Node; a local binding reads the same objects
// directly. The binding shares the first line with a "use strict" directive, which must stay first.
const { TsJestTransformer } = require("ts-jest");

const BUILTINS = [
  "Object",
  "Array",
  "Math",
  "Number",
  "String",
  "Boolean",
  "JSON",
  "Symbol",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "RegExp",
  "Error",
  "TypeError",
  "isNaN",
  "isFinite",
  "parseInt",
  "parseFloat",
];
const DIRECTIVE = /^(\s*(?:(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*(["'])use strict\2;?)/;

/** The code with the builtins it does not declare itself bound after its directive, on the same
 * line (source maps hold). A name the module declares anywhere is left alone. */
const bound = (code) => {
  const names = BUILTINS.filter(
    (name) => !new RegExp(`\\b(?:var|let|const|function|class)\\s+${name}\\b`).test(code),
  );
  const bind = names.length > 0 ? `const { ${names.join(", ")} } = globalThis;` : "";
  const m = DIRECTIVE.exec(code);
  return m ? `${m[1]}${bind}${code.slice(m[1].length)}` : `${bind}${code}`;
};

const ts = new TsJestTransformer();

/** Libraries shipped as CommonJS that the tests drive hard: bound, not compiled. */
const LIBRARIES = /node_modules\/(?:exceljs|hyperformula|jszip)\//;

module.exports = {
  getCacheKey: (source, path, options) => `bound:${ts.getCacheKey(source, path, options)}`,
  process(source, path, options) {
    if (LIBRARIES.test(path)) return { code: bound(source) };
    const out = ts.process(source, path, options);
    return typeof out === "string" ? { code: bound(out) } : { ...out, code: bound(out.code) };
  },
};
