import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import layers from "./eslint/layers.mjs";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "lib", "coverage", "test-artifacts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ["**/*.mjs", "**/*.js", "**/*.cjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        URL: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      // Leaving out a field by destructuring it into an underscore name is the idiom here.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
    },
  },
  {
    // Layers (docs/architecture.md): imports point down, by package or relative path, and never loop.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { layers },
    rules: { "layers/order": "error", "layers/no-cycle": "error" },
  },
  {
    // The outputs read the appraisal (src/appraisal/appraisal.ts) and compute nothing of their own:
    // no parsing, scoring or totalling, and none of the appraisal's own workings.
    files: ["src/plan/**", "src/host/**", "src/taskpane/**", "src/demo/**", "src/cli/**"],
    ignores: ["**/*.test.ts", "src/cli/rule.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/engine/parseRule", "**/engine/evaluate", "**/engine/quick", "**/engine/scheme"],
              message: "Outputs read each item's rule and score from the appraisal (src/appraisal).",
            },
            {
              group: ["cells", "items", "rules", "score", "grading"].map((m) => `**/appraisal/${m}`),
              message: "Outputs read the appraisal's data (appraisal.ts), not its workings.",
            },
          ],
        },
      ],
    },
  },
  {
    // The pure layers run in Excel, the browser and Node alike: no host or UI globals.
    files: ["src/engine/**", "src/layout/**", "src/appraisal/**", "src/plan/**", "src/i18n/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "window",
        "document",
        "process",
      ],
    },
  },
);
