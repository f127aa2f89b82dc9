/**
 * Text from a workbook (a sheet name, a cell, a file name) shown to a person: control characters
 * and the invisible marks that reorder text are shown as escapes, never acted upon. A shared
 * string "_x001B_]52;c;..._x0007_" decodes to a real ESC; printed raw it writes the clipboard
 * (OSC 52) or clears the screen, and a sheet name ending in U+202E mirrors the rest of a line.
 *
 * The escape is written "\u001B": readable in a text report, and itself a valid JSON escape, so
 * the same function keeps a JSON document valid (JSON.stringify already escapes C0 that way).
 */

/**
 * C0 controls except tab and newline, DEL, C1 controls, the Arabic letter mark, the left-to-right
 * and right-to-left marks, embeddings, overrides and isolates, and the line and paragraph
 * separators.
 */
// The control characters are what this pattern is for.
/* eslint-disable no-control-regex */
const UNPRINTABLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;
/* eslint-enable no-control-regex */

/** Whether a text holds anything `printable` would escape. */
export function hasUnprintable(text: string): boolean {
  UNPRINTABLE.lastIndex = 0;
  const found = UNPRINTABLE.test(text);
  UNPRINTABLE.lastIndex = 0;
  return found;
}

/** The text with every unprintable character written as "\uXXXX". */
export function printable(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`
  );
}

/** Escaped for HTML or SVG text and attributes, after printable() shows hidden characters. */
export function escapeMarkup(text: string): string {
  return printable(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
