/**
 * A function of a text remembered by its text: header and label texts repeat across the rows and
 * sheets of a workbook, and reading one costs far more than looking it up. Up to `size` texts are
 * kept, then the memo starts again, so a workbook of unique texts cannot grow it without bound.
 */
export function memoized<T>(size: number, read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) return memo.get(text) as T;
    if (memo.size >= size) memo.clear();
    const value = read(text);
    memo.set(text, value);
    return value;
  };
}
