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

/** The edits in the order of their offsets. Mostly given in order already (a sheet's cells are):
 * sorted only when not, keeping the order of edits at one offset. */
function inOrder(edits: readonly Edit[]): readonly Edit[] {
  let ordered = true;
  for (let i = 1; i < edits.length && ordered; i++) {
    const a = edits[i - 1] as Edit;
    const b = edits[i] as Edit;
    ordered = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  return ordered
    ? edits
    : edits
        .map((edit, order) => ({ edit, order }))
        .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
        .map(({ edit }) => edit);
}

/** The pieces of the edited text, in order, each given to `piece` (kept text and inserts, never
 * joined here), and the edits that give the text back. Edits must not overlap; those that change
 * nothing are dropped. */
function spliced(text: string, edits: readonly Edit[], piece: (s: string) => void): Reverse[] {
  const reverse: Reverse[] = [];
  let from = 0;
  let length = 0;
  for (const edit of inOrder(edits)) {
    if (edit.end === edit.start && edit.insert === "") continue;
    if (edit.start < from) throw new Error(`overlapping edits at ${edit.start}`);
    const kept = text.slice(from, edit.start);
    piece(kept);
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
    piece(edit.insert);
    length += edit.insert.length;
    from = edit.end;
  }
  piece(text.slice(from));
  return reverse;
}

/** The text with the edits applied, and the edits that give the text back from it. Edits must not
 * overlap; those that change nothing are dropped. */
export function splice(text: string, edits: readonly Edit[]): { text: string; reverse: Reverse[] } {
  const out: string[] = [];
  const reverse = spliced(text, edits, (s) => out.push(s));
  return { text: out.join(""), reverse };
}

/**
 * The edited text as UTF-8 bytes, with its fingerprint: its pieces are hashed and measured in one
 * pass, then encoded once into a buffer of their exact size. A large part (a roster's sheet) is
 * never joined into one string of its own only to be encoded and hashed after. `head` may respell
 * the start of the text as it is encoded (its XML declaration); the fingerprint is the text's, as
 * `fingerprint` gives it.
 */
export function spliceToBytes(
  text: string,
  edits: readonly Edit[],
  head: (start: string) => string = (start) => start,
): { bytes: Uint8Array; after: string; reverse: Reverse[] } {
  const pieces: string[] = [];
  const reverse = spliced(text, edits, (s) => pieces.push(s));
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const hash = hasher(length);
  let size = 0;
  for (const piece of pieces) size += hash.add(piece);
  const first = pieces[0] ?? "";
  const shown = head(first);
  if (shown !== first) {
    size += utf8Length(shown) - utf8Length(first);
    pieces[0] = shown;
  }
  const bytes = new Uint8Array(size);
  const encoder = new TextEncoder();
  let at = 0;
  for (const piece of pieces) at += encoder.encodeInto(piece, bytes.subarray(at)).written;
  return { bytes, after: hash.done(), reverse };
}

/** The length of a text in UTF-8, as TextEncoder writes it (a lone surrogate as U+FFFD). */
function utf8Length(text: string): number {
  return hasher(text.length).add(text);
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
  const hash = hasher(text.length);
  hash.add(text);
  return hash.done();
}

/** The fingerprint of a text of `length` units fed piece by piece, in order; each piece's length
 * in UTF-8 is measured in the same pass (the bytes it is written in are sized by it). */
function hasher(length: number): { add: (piece: string) => number; done: () => string } {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ length;
  return {
    add(piece) {
      // In locals while hashing: a sheet's text runs to millions of characters.
      let x = a;
      let y = b;
      let bytes = 0;
      let low = false;
      for (let i = 0; i < piece.length; i++) {
        const c = piece.charCodeAt(i);
        x = Math.imul(x ^ c, 0x01000193);
        y = Math.imul(y ^ c, 0x5bd1e995);
        y ^= y >>> 15;
        if (c < 0x80) bytes += 1;
        else if (c < 0x800) bytes += 2;
        else if (low)
          low = false; // the second half of a pair, counted with the first
        else if (
          c >= 0xd800 &&
          c < 0xdc00 &&
          i + 1 < piece.length &&
          isLowSurrogate(piece.charCodeAt(i + 1))
        ) {
          bytes += 4;
          low = true;
        } else bytes += 3;
      }
      a = x;
      b = y;
      return bytes;
    },
    done: () => (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0"),
  };
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c < 0xe000;
