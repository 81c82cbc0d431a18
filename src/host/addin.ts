/**
 * How a workbook names this add-in (the web-extension part of a workbook holding KPI functions):
 * the manifest's id and version (test/manifest.test.ts keeps them equal to manifest.xml's), and
 * the id of the add-in's instance in the workbook.
 */
export const ADDIN = {
  id: "b33175ee-94b4-4150-853c-a498c33ffbee",
  version: "1.0.0.0",
  instance: "{7D3F9C1E-2B4A-4E8D-9F6C-5A1B3C8E2D40}",
} as const;
