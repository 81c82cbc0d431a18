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
