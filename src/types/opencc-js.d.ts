// opencc-js ships its types behind package "exports", which "moduleResolution": "node" cannot see.
declare module "opencc-js/t2cn" {
  type Locale = "cn" | "tw" | "twp" | "hk" | "jp" | "t";
  export function Converter(options: { from: Locale; to: Locale }): (text: string) => string;
  /** Groups of dictionaries, each a "from to|from to…" string. */
  type Dictionaries = unknown[];
  export const Locale: { from: Record<string, Dictionaries>; to: Record<string, Dictionaries> };
}
