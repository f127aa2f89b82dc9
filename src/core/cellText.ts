/**
 * Text written into a cell through Office.js is read by Excel as if typed: "=..." becomes a
 * formula (=WEBSERVICE(...) would call out), "+..." "-..." "@..." too, and a leading apostrophe is
 * swallowed as the text prefix. Text that comes from a catalogue (which a user can load from any
 * file), from a template or a quick fix is therefore written with the apostrophe prefix when it
 * starts with one of those characters: Excel then shows exactly the text, as text.
 * (The .xlsx writer of iki-cek stores strings as strings and needs no prefix.)
 */
const READ_AS_FORMULA = /^[=+\-@']/;

/** `text` as a value Excel keeps as the same text. */
export function asCellText(text: string): string {
  return READ_AS_FORMULA.test(text) ? `'${text}` : text;
}

/** A cell to write: text (always kept as text) or a formula the add-in itself built. */
export type CellInput = string | { formula: string };

/** The value for Range.formulas: formulas as they are, every text through asCellText. */
export function cellInput(cell: CellInput): string {
  return typeof cell === "string" ? asCellText(cell) : cell.formula;
}
