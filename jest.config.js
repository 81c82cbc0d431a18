/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/globalSetup.js",
  // opencc-js's dictionaries are ES modules: transpile them like our own code.
  transform: { "^.+\\.[tj]s$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  transformIgnorePatterns: ["node_modules/(?!opencc-js/)"],
};
