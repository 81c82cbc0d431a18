// opencc-js ships its entry points as ES modules behind package "exports"; only the pieces the
// engine uses are declared: the converter factory and the Taiwan → Simplified dictionaries.
declare module "opencc-js/core" {
  /** A dictionary: "from to|from to…", or [from, to] pairs. */
  type DictLike = string | string[][];
  export function ConverterFactory(...groups: DictLike[][][]): (text: string) => string;
}
declare module "opencc-js/from/tw" {
  const groups: (string | string[][])[][];
  export default groups;
}
declare module "opencc-js/to/cn" {
  const groups: (string | string[][])[][];
  export default groups;
}
