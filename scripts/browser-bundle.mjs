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
