/**
 * What every template shares: a draft of cells, merges and styles, the letterhead, the identity
 * block and the signature block. The IKI/IKU table, the quarterly measurement sheet and the
 * satisfaction survey are each built on it, so they look like one family when printed.
 */
import { asCellText } from "../cellText";
import type { Unit } from "../catalogue/types";
import type { CellStyle, TemplateCell, TemplateModel, TemplateStyle } from "./templateModel";

export const PLACEHOLDER = {
  nama: "[NAMA LENGKAP]",
  nip: "NIP. [NIP]",
  tanggal: "[tanggal] [bulan]",
  unit: "[NAMA KECAMATAN]",
};

export class Draft {
  readonly cells: TemplateCell[] = [];
  readonly merges: TemplateModel["merges"] = [];
  readonly styles: TemplateStyle[] = [];

  constructor(readonly cols: number) {}

  put(row: number, col: number, value: string | number, style?: CellStyle): void {
    this.cells.push({ row, col, value });
    if (style) this.style(row, col, row, col, style);
  }

  formula(row: number, col: number, formula: string, style?: CellStyle): void {
    this.cells.push({ row, col, formula });
    if (style) this.style(row, col, row, col, style);
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    this.styles.push({ top, left, bottom, right, style });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  /**
   * The model of the drawn sheet: its cells, merges, styles and size, with what only the
   * template knows (widths, header and body rows, print setup, sheet name).
   */
  model<T extends Omit<TemplateModel, "rows" | "cols" | "cells" | "merges" | "styles">>(
    rows: number,
    rest: T
  ): TemplateModel & T {
    return {
      rows,
      cols: this.cols,
      cells: this.cells,
      merges: this.merges,
      styles: this.styles,
      ...rest,
    };
  }

  /** A line across the whole width (titles). */
  wide(row: number, text: string, style: CellStyle): void {
    this.put(row, 0, text, style);
    this.merge(row, 0, row, this.cols - 1);
    this.style(row, 0, row, this.cols - 1, style);
  }
}

/** The unit as the letterhead prints it: "KECAMATAN CANDIPURO", or the unit's own name. */
export function unitHeading(unit: Unit, namaUnit: string | undefined): string {
  return unit.jenis === "kecamatan"
    ? `KECAMATAN ${(namaUnit?.trim() || PLACEHOLDER.unit).toUpperCase()}`
    : unit.nama.toUpperCase();
}

/** Title, government, unit and year, then a blank row; returns the next free row. */
export function letterhead(draft: Draft, title: string, unit: string, year: string): number {
  let r = 0;
  draft.wide(r++, title, "judul");
  draft.wide(r++, "PEMERINTAH KABUPATEN LUMAJANG", "subjudul");
  draft.wide(r++, unit, "subjudul");
  draft.wide(r++, year, "subjudul");
  return r + 1;
}

/** Label | text lines (text merged across the rest of the width); returns the next free row. */
export function identityBlock(draft: Draft, row: number, lines: Array<[string, string]>): number {
  let r = row;
  for (const [label, text] of lines) {
    draft.put(r, 0, label, "label");
    draft.merge(r, 0, r, 1);
    draft.put(r, 2, text, "isi");
    draft.merge(r, 2, r, draft.cols - 1);
    draft.style(r, 2, r, draft.cols - 1, "isi");
    r++;
  }
  return lines.length > 0 ? r + 1 : r;
}

/**
 * "Mengetahui," the superior on the left, the signer on the right, names and NIP as placeholders
 * (never a person's name). Starts two rows below `row`; returns the next free row.
 */
export function signatureBlock(
  draft: Draft,
  row: number,
  superior: string,
  position: string,
  tahun: number,
  tanggal: string | undefined
): number {
  let r = row + 2;
  const left = 1;
  const right = Math.max(4, draft.cols - 2);
  const lines: Array<[string, string]> = [
    ["Mengetahui,", `Lumajang, ${tanggal?.trim() || PLACEHOLDER.tanggal} ${tahun}`],
    [superior.toUpperCase(), position.toUpperCase()],
    ["", ""],
    ["", ""],
    ["", ""],
    [PLACEHOLDER.nama, PLACEHOLDER.nama],
    [PLACEHOLDER.nip, PLACEHOLDER.nip],
  ];
  for (const [a, b] of lines) {
    if (a) draft.put(r, left, a, "ttd");
    if (b) draft.put(r, right, b, "ttd");
    r++;
  }
  return r;
}

/** The template's cells as a dense 2-D array of what to write (formulas where there are). */
export function templateMatrix(model: TemplateModel): (string | number)[][] {
  const out: (string | number)[][] = Array.from({ length: model.rows }, () =>
    Array(model.cols).fill("")
  );
  // Catalogue text (which a user may have loaded from any file) is kept as text; only the
  // formulas the model built are written as formulas.
  for (const c of model.cells) {
    out[c.row][c.col] =
      c.formula ?? (typeof c.value === "string" ? asCellText(c.value) : (c.value ?? ""));
  }
  return out;
}
