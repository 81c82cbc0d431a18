/**
 * Excel's limits, as its specifications state them, for every layer that builds something Excel
 * reads: sheet size, formula length, text in a formula, validation prompts. Kept in the engine, the
 * lowest layer, because the native formulas it compiles meet them first.
 */
export const EXCEL = {
  /** Rows and columns of a worksheet (A1:XFD1048576). */
  rows: 1_048_576,
  columns: 16_384,
  /** Characters of one formula, its = included. */
  formulaLength: 8_192,
  /** Characters of one text constant inside a formula ("…"). */
  literalLength: 255,
  /** Characters of a data validation's prompt or alert title, and of its message. */
  validationTitle: 32,
  validationMessage: 255,
} as const;
