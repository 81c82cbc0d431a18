/** Numbers inside messages: at most 12 significant digits, so no float noise reaches a person. */
export function num(v: string | number | undefined): string {
  return typeof v === "number" ? String(Number(v.toPrecision(12))) : String(v ?? "");
}

/** A fraction shown as a percent: 0.9 → 90%. */
export function pct(v: string | number | undefined): string {
  return typeof v === "number" ? `${Number((v * 100).toPrecision(12))}%` : String(v ?? "");
}
