/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/globalSetup.js",
  setupFiles: ["<rootDir>/test/support/messages.ts"],
  // TypeScript through ts-jest, with the builtins each module reads bound once at its top (see
  // test/support/transform.cjs); opencc-js's dictionaries are ES modules, compiled like our own
  // code; the libraries the tests drive hardest are bound too.
  transform: { "^.+\\.[tj]s$": ["<rootDir>/test/support/transform.cjs", { tsconfig: "tsconfig.json" }] },
  transformIgnorePatterns: ["node_modules/(?!(opencc-js|exceljs|hyperformula|jszip)/)"],
};
