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
 * Text colours of the theme, read on the body background: every one must reach 4.5:1 (WCAG AA).
 * Left out: text on a brand, inverted or fixed ("Static") surface, such as a badge, not on the
 * body; and disabled text (exempt).
 */
export function textTokens(theme: Theme): string[] {
  return Object.keys(theme).filter(
    (k) =>
      /^color(Neutral|Brand|Palette\w+|Status\w+)Foreground/.test(k) &&
      !/OnBrand|Inverted|Disabled|Static|OnColor/.test(k) &&
      parseColour((theme as unknown as Record<string, string>)[k]) !== undefined
  );
}

/** `colour` moved toward white (on a dark background) or black until it reads at 4.5:1 on `bg`. */
export function readableOn(bg: string, colour: string): string {
  if (contrast(bg, colour) >= 4.5) return colour;
  const c = parseColour(colour)!;
  const target = luminance(parseColour(bg)!) < 0.18 ? 255 : 0;
  const mix = (t: number) =>
    `#${c
      .map((v) =>
        Math.round(v + (target - v) * t)
          .toString(16)
          .padStart(2, "0")
      )
      .join("")}`;
  // The least change that is enough, by bisection on the share of white (or black).
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (contrast(bg, mix(mid)) >= 4.5) hi = mid;
    else lo = mid;
  }
  return mix(hi);
}

/**
 * Fluent's web theme, light or dark as Office's body background is, with the background and text
 * colours of the Office theme. A foreground that would not be readable on the background
 * (contrast below 4.5:1) is left to Fluent; every text colour of the theme is then made to read
 * at 4.5:1 on that background (Office's Dark Gray theme: hints, unselected tabs and links read
 * at 1.9-3.7:1 with Fluent's dark colours as they are).
 */
export function themeFor(office: OfficeColours | undefined): Theme {
  const base = isDark(office) ? webDarkTheme : webLightTheme;
  const bg = hex(office?.bodyBackgroundColor);
  const fg = hex(office?.bodyForegroundColor);
  if (!bg) return base;
  const theme: Theme = { ...base, colorNeutralBackground1: bg };
  if (fg && contrast(bg, fg) >= 4.5) theme.colorNeutralForeground1 = fg;
  const tokens = theme as unknown as Record<string, string>;
  for (const k of textTokens(theme)) tokens[k] = readableOn(bg, tokens[k]);
  return theme;
}

export function contrast(a: string, b: string): number {
  const la = luminance(parseColour(a)!);
  const lb = luminance(parseColour(b)!);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
