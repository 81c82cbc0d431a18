// opencc-js ships its types behind package "exports", which "moduleResolution": "node" cannot see.
declare module "opencc-js/t2cn" {
  type Locale = "cn" | "tw" | "twp" | "hk" | "jp" | "t";
  export function Converter(options: { from: Locale; to: Locale }): (text: string) => string;
}
