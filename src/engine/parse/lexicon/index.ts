import { EN, EN_TIME_MEASURES } from "./en";
import type { Entry, Lexeme, LexemeKind } from "./types";
import { ZH, ZH_TIME_MEASURES } from "./zh";

export type { Entry, Lexeme, LexemeKind, Op } from "./types";

/** One written form and its readings; English forms match whole words only. */
export interface Form {
  form: string;
  readings: readonly Lexeme[];
  /** The first reading of each kind: the grammar asks a token "can you be a …?" many times. */
  byKind: ReadonlyMap<LexemeKind, Lexeme>;
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
      else
        forms.push({ form: lower, readings: [...readings], byKind: new Map(), latin: /^[a-z]/.test(lower) });
      byFirst.set(first, forms);
    }
  }
  for (const forms of byFirst.values()) {
    forms.sort((a, b) => b.form.length - a.form.length);
    for (const f of forms) {
      const kinds = f.byKind as Map<LexemeKind, Lexeme>;
      for (const r of f.readings) if (!kinds.has(r.kind)) kinds.set(r.kind, r);
    }
  }
  return byFirst;
}

/** The lexicon of every language the parser reads. */
export const LEXICON: Lexicon = buildLexicon([ZH, EN]);

/** Words naming a measure of time, in every language (lower case). */
export const TIME_MEASURES: readonly string[] = [...ZH_TIME_MEASURES, ...EN_TIME_MEASURES];
