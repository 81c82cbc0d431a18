import { EN } from "./en";
import type { Entry, Lexeme } from "./types";
import { ZH } from "./zh";

export type { Entry, Lexeme, LexemeKind, Op } from "./types";

/** One written form and its readings; English forms match whole words only. */
export interface Form {
  form: string;
  readings: readonly Lexeme[];
  latin: boolean;
}

/**
 * Forms by their first character, longest first, so the tokenizer tries only the few forms that
 * can start where it stands and takes the longest that fits.
 */
export type Lexicon = ReadonlyMap<string, readonly Form[]>;

export function buildLexicon(tables: ReadonlyArray<readonly Entry[]>): Lexicon {
  const byFirst = new Map<string, Form[]>();
  for (const table of tables) {
    for (const [form, ...readings] of table) {
      const lower = form.toLowerCase();
      const first = lower[0] as string;
      const forms = byFirst.get(first) ?? [];
      const same = forms.find((f) => f.form === lower);
      if (same) (same.readings as Lexeme[]).push(...readings);
      else forms.push({ form: lower, readings: [...readings], latin: /^[a-z]/.test(lower) });
      byFirst.set(first, forms);
    }
  }
  for (const forms of byFirst.values()) forms.sort((a, b) => b.form.length - a.form.length);
  return byFirst;
}

/** The lexicon of every language the parser reads. */
export const LEXICON: Lexicon = buildLexicon([ZH, EN]);
