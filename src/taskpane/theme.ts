import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The Fluent theme matching Office's: dark when Office says so, or when its background is dark
 * (older hosts give the colours but not `isDarkTheme`). Light where Office gives no theme (Excel
 * on the web before the theme API, the demo). */
export function themeFor(
  office: Pick<Office.OfficeTheme, "bodyBackgroundColor" | "isDarkTheme"> | undefined,
): Theme {
  if (!office) return webLightTheme;
  if (office.isDarkTheme) return webDarkTheme;
  return luminance(office.bodyBackgroundColor) < 0.5 ? webDarkTheme : webLightTheme;
}

/** 0 (black) – 1 (white) for #rgb / #rrggbb; 1 for anything else. */
function luminance(color: string | undefined): number {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color ?? "")?.[1];
  if (!hex) return 1;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
