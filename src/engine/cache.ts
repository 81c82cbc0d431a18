/**
 * A bounded least-recently-used cache: a sheet with 10,000 cells sharing one rule text parses it
 * once, while a workbook of many distinct texts cannot grow memory without bound.
 */
export function lruCache<V>(capacity: number) {
  const entries = new Map<string, V>();
  // The most recent key: asked again (a column of cells with one rule text), it is already where
  // it belongs, and moving it would only churn the map.
  let newest: string | undefined;
  return {
    get(key: string): V | undefined {
      const value = entries.get(key);
      if (value !== undefined && key !== newest) {
        entries.delete(key);
        entries.set(key, value);
        newest = key;
      }
      return value;
    },
    set(key: string, value: V): void {
      entries.delete(key);
      entries.set(key, value);
      newest = key;
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    },
    get size(): number {
      return entries.size;
    },
  };
}
