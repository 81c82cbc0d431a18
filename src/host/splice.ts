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
 * The edited text as UTF-8 bytes, with its fingerprint, built in one pass over its pieces: a large
 * part (a roster's sheet) is never joined into one string of its own only to be encoded and
 * hashed after. `head` may respell the start of the text as it is encoded (its XML declaration);
 * the fingerprint is the text's, as `fingerprint` gives it.
 */
export function spliceToBytes(
  text: string,
  edits: readonly Edit[],
  head: (start: string) => string = (start) => start,
): { bytes: Uint8Array; after: string; reverse: Reverse[] } {
  const ordered = inOrder(edits);
  let size = text.length;
  for (const edit of ordered) size += edit.insert.length - (edit.end - edit.start);
  const hash = hasher(size);
  // Each UTF-16 unit takes at most 3 bytes of UTF-8 (a pair of them 4); a respelled head is short.
  let bytes = new Uint8Array(3 * size + 64);
  let at = 0;
  const encoder = new TextEncoder();
  let first = true;
  const reverse = spliced(text, ordered, (s) => {
    hash.add(s);
    const shown = first ? head(s) : s;
    first = false;
    if (at + 3 * shown.length > bytes.length) {
      const wider = new Uint8Array(2 * (at + 3 * shown.length));
      wider.set(bytes.subarray(0, at));
      bytes = wider;
    }
    at += encoder.encodeInto(shown, bytes.subarray(at)).written;
  });
  return { bytes: bytes.subarray(0, at), after: hash.done(), reverse };
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

/** The fingerprint of a text of `length` units fed piece by piece, in order. */
function hasher(length: number): { add: (piece: string) => void; done: () => string } {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ length;
  return {
    add(piece) {
      // In locals while hashing: a sheet's text runs to millions of characters.
      let x = a;
      let y = b;
      for (let i = 0; i < piece.length; i++) {
        const c = piece.charCodeAt(i);
        x = Math.imul(x ^ c, 0x01000193);
        y = Math.imul(y ^ c, 0x5bd1e995);
        y ^= y >>> 15;
      }
      a = x;
      b = y;
    },
    done: () => (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0"),
  };
}
