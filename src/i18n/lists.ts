/** A list of keys sent as one parameter ("chart,note"), in a locale's words and separator. */
export function names(
  keys: string | number | undefined,
  words: Readonly<Record<string, string>>,
  separator: string,
): string {
  return String(keys ?? "")
    .split(",")
    .filter((key) => key !== "")
    .map((key) => words[key] ?? key)
    .join(separator);
}
