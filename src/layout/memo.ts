/**
 * A function of a text remembered by its text: header and label texts repeat across the rows and
 * sheets of a workbook, and reading one costs far more than looking it up. Texts are kept in two
 * generations of up to `size` each: when the newer fills, the older is dropped and the newer takes
 * its place, and a text found in the older is kept again. So a workbook of unique texts cannot grow
 * the memo past twice `size`, and the texts a workbook repeats stay however many others pass by.
 */
export function memoized<T>(size: number, read: (text: string) => T): (text: string) => T {
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  return (text) => {
    const hit = recent.get(text);
    if (hit !== undefined || recent.has(text)) return hit as T;
    const value = older.has(text) ? (older.get(text) as T) : read(text);
    if (recent.size >= size) {
      older = recent;
      recent = new Map();
    }
    recent.set(text, value);
    return value;
  };
}
