// How every page's script is bundled for the browser (the add-in's, the demo's, the bench's
// measure of them): one setting, so what is measured is what ships.
export const BROWSER_BUNDLE = {
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  platform: "browser",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "none",
  logLevel: "warning",
};

// The task pane's (and the demo's) setting: an ES module whose `import()`s become chunks of their
// own under chunks/ (a locale's words, a dialog, the planning of writes), fetched from the same
// origin when first needed — native modules, no eval, so the pages' strict CSP holds.
export const PANE_BUNDLE = {
  ...BROWSER_BUNDLE,
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
};
