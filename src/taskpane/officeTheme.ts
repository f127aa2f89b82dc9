/**
 * The pane's Fluent theme from Office's theme (Office.context.officeTheme): light or dark from the
 * body background, with Office's own body and control colours, so the pane matches Excel's
 * White, Colorful, Dark Gray and Black themes. Pure: the Office object is passed in.
 */
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** The part of Office.OfficeTheme used here. */
export interface OfficeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

/** "#RRGGBB" (or "RRGGBB", as some hosts give it) as [r, g, b] 0-255; undefined if not a colour. */
export function parseColour(text: string | undefined): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec((text ?? "").trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex(text: string | undefined): string | undefined {
  const c = parseColour(text);
  return c ? `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}` : undefined;
}

/** Relative luminance (WCAG) of a colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function isDark(office: OfficeColours | undefined): boolean {
  const bg = parseColour(office?.bodyBackgroundColor);
  return bg !== undefined && luminance(bg) < 0.2;
}

/**
 * Fluent's web theme, light or dark as Office's body background is, with the background and text
 * colours of the Office theme. A foreground that would not be readable on the background
 * (contrast below 4.5:1) is left to Fluent.
 */
export function themeFor(office: OfficeColours | undefined): Theme {
  const base = isDark(office) ? webDarkTheme : webLightTheme;
  const bg = hex(office?.bodyBackgroundColor);
  const fg = hex(office?.bodyForegroundColor);
  if (!bg) return base;
  const theme: Theme = { ...base, colorNeutralBackground1: bg };
  if (fg && contrast(bg, fg) >= 4.5) theme.colorNeutralForeground1 = fg;
  return theme;
}

export function contrast(a: string, b: string): number {
  const la = luminance(parseColour(a)!);
  const lb = luminance(parseColour(b)!);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
