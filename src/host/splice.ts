/**
 * Edits of a part's text as replacements of ranges of the text it had, and the edits that undo
 * them: what the add-in writes into a part is applied this way, and what it replaced is kept
 * (in the record) so that undo gives the part back byte for byte.
 */

/** Replace `text[start, end)` with `insert`; several edits at one offset apply in their order. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** An undo edit in the edited text's coordinates: at `at`, `length` characters go, `text` comes. */
export type Reverse = [at: number, length: number, text: string];

/** The text with the edits applied, and the edits that give the text back from it. Edits must not
 * overlap; those that change nothing are dropped. */
export function splice(text: string, edits: readonly Edit[]): { text: string; reverse: Reverse[] } {
  // Mostly given in order already (a sheet's cells are): sorted only when not, keeping the order
  // of edits at one offset.
  let ordered = true;
  for (let i = 1; i < edits.length && ordered; i++) {
    const a = edits[i - 1] as Edit;
    const b = edits[i] as Edit;
    ordered = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  const sorted = ordered
    ? edits
    : edits
        .map((edit, order) => ({ edit, order }))
        .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
        .map(({ edit }) => edit);
  const out: string[] = [];
  const reverse: Reverse[] = [];
  let from = 0;
  let length = 0;
  for (const edit of sorted) {
    if (edit.end === edit.start && edit.insert === "") continue;
    if (edit.start < from) throw new Error(`overlapping edits at ${edit.start}`);
    const kept = text.slice(from, edit.start);
    out.push(kept);
    length += kept.length;
    const replaced = text.slice(edit.start, edit.end);
    if (replaced !== edit.insert) {
      // Edits side by side (a row's new cells) are undone as one: a smaller record.
      const last = reverse[reverse.length - 1];
      if (last !== undefined && last[0] + last[1] === length) {
        last[1] += edit.insert.length;
        last[2] += replaced;
      } else reverse.push([length, edit.insert.length, replaced]);
    }
    out.push(edit.insert);
    length += edit.insert.length;
    from = edit.end;
  }
  out.push(text.slice(from));
  return { text: out.join(""), reverse };
}

/** The text before the edits whose undo edits these are. */
export function unsplice(text: string, reverse: readonly Reverse[]): string {
  const out: string[] = [];
  let from = 0;
  for (const [at, length, original] of reverse) {
    out.push(text.slice(from, at), original);
    from = at + length;
  }
  out.push(text.slice(from));
  return out.join("");
}

/** A 64-bit fingerprint of a text (two FNV-1a hashes), to tell whether a part is still exactly
 * what the add-in wrote. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
