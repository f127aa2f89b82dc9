/**
 * A table's header band (issue #25): one to four rows over the body, fused into one label per
 * column. The band may hold group cells over sub-columns ("Tahun 2019" over Target | Realisasi,
 * "TARGET" over 2019 | 2020), cells merged down over the band, a unit row ("(%)", "(Rp)") and a
 * numbering row ("(1) (2) (3)") under the names. Each shape is a small function below, with its
 * own example grids in test/unit/validate/shapes.test.ts.
 */
import { normaliseText } from "../catalogue/normalise";
import { GridReader, MergedArea } from "../grid";
import { UNIT_WORDS } from "./contentVocabulary";
import { headerLike } from "./headerWords";

/** At most this many rows make a header band. */
export const MAX_BAND_ROWS = 4;

/** Where a label part comes from: a cell over several columns (a group, or a wide header). */
export interface PartSpan {
  left: number;
  right: number;
  /** A group: it ends above the band's last names row, with sub-headers under it. */
  group: boolean;
}

export interface BandLabel {
  col: number;
  /** The band's texts over the column, top to bottom (a cell merged over several rows once). */
  parts: string[];
  /** For each part, the columns of the cell it comes from when that cell spans several. */
  spans: Array<PartSpan | undefined>;
  /** The unit a unit row gives the column ("%" for "(%)"). */
  unit?: string;
}

export interface HeaderBand {
  top: number;
  /** The last row of the band (a unit or numbering row included). */
  bottom: number;
  /** The last row that names columns (the table is reported there). */
  namesRow: number;
  firstCol: number;
  lastCol: number;
  /** One label per column from firstCol to lastCol. */
  labels: BandLabel[];
}

/** A row's own number or code in its first cell: "1", "1.", "1.1.", "A.", "II." (not a year). */
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]\.|[IVX]{1,4}\.)$/;

/** The cell a merged area covering (row, col) starts in, when it started above `row`. */
function fromAbove(m: MergedArea | undefined, row: number): boolean {
  return m !== undefined && m.top < row;
}

/** The non-empty texts a row holds itself (merges starting elsewhere left out), by column. */
function ownCells(reader: GridReader, row: number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const width = reader.grid.values[row]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const m = reader.merge(row, c);
    if (m && (m.top !== row || m.left !== c)) continue;
    const t = reader.ownText(row, c);
    if (t !== "") out.push([c, t]);
  }
  return out;
}

/**
 * A numbering row under a header: "(1) (2) (3) ...", or "1 2 3 4" (the first may be blank), in
 * increasing order across the whole row, small steps, starting low.
 */
export function isNumberingRow(reader: GridReader, row: number): boolean {
  const cells = ownCells(reader, row);
  if (cells.length < 2) return false;
  const numbers: number[] = [];
  for (const [, t] of cells) {
    // A column's number, also with how it is computed from others ("12 = 8+9+10+11").
    const m = /^\(?\s*(\d{1,2})\s*\)?\.?(?:\s*=\s*[\d\s+\-*/x().:]+)?$/i.exec(t);
    if (!m) return false;
    numbers.push(Number(m[1]));
  }
  return (
    numbers[0] <= 3 &&
    numbers.every((n, i) => i === 0 || (n > numbers[i - 1] && n <= numbers[i - 1] + 4))
  );
}

const UNITS = new Set(UNIT_WORDS.map((u) => normaliseText(u) || u));

/** The unit a cell of a unit row names ("(%)" gives "%", "(Rp. 000)" gives "rp 000"), or undefined. */
export function unitText(text: string): string | undefined {
  const inner = /^\(\s*(.{1,20}?)\s*\)$/.exec(text)?.[1] ?? text;
  if (inner === "%") return "%";
  const n = normaliseText(inner);
  const words = n.split(" ").filter(Boolean);
  if (words.length === 0 || words.length > 3) return undefined;
  if (!UNITS.has(words[0]) && !UNITS.has(n)) return undefined;
  // Bare words ("Orang") are a unit row's only when in brackets; "%" alone or "Rp" are plain units.
  return inner !== text || n === "rp" || n === "%" || /^%/.test(inner) ? n || "%" : undefined;
}

/** A unit row: every cell it holds names a unit ("(%)", "(Rp)", "(orang)"). */
export function isUnitRow(reader: GridReader, row: number): boolean {
  const cells = ownCells(reader, row);
  return cells.length > 0 && cells.every(([, t]) => unitText(t) !== undefined);
}

/**
 * A cell of a band row that heads several sub-columns without being merged: a header text
 * followed by empty cells of the same row, with sub-headers under it and under them
 * ("Target" | "" over "2019" | "2020"). Returns the columns it spans (undefined when none).
 */
function implicitGroup(
  reader: GridReader,
  row: number,
  col: number,
  lastCol: number
): PartSpan | undefined {
  if (reader.merge(row, col) || reader.ownText(row, col) === "") return undefined;
  if (reader.ownText(row + 1, col) === "") return undefined;
  let right = col;
  while (
    right + 1 <= lastCol &&
    reader.ownText(row, right + 1) === "" &&
    !reader.merge(row, right + 1) &&
    reader.ownText(row + 1, right + 1) !== ""
  )
    right++;
  return right > col ? { left: col, right, group: true } : undefined;
}

/**
 * Whether `next` continues the header rows `band`: its texts are sub-headers (short, no
 * formulas, no long sentences), each under a group cell of the band, under an empty header cell,
 * or under a cell of the band merged down beside it; and some cell of the band is merged down
 * over `next`, or a group has sub-headers in it, or it only adds "(PROGRAM)"-style tails.
 */
export function continuesHeader(
  reader: GridReader,
  band: readonly number[],
  next: number
): boolean {
  const cells = ownCells(reader, next);
  if (cells.length === 0) return false;
  // A row that starts with a row number or code ("1.", "1.1.", "A.") is a body row.
  if (ROW_NUMBER.test(cells[0][1])) return false;
  const last = band[band.length - 1];
  const width = Math.max(
    reader.grid.values[last]?.length ?? 0,
    reader.grid.values[next]?.length ?? 0
  );
  let mergedDown = false;
  for (let c = 0; c < width; c++) {
    const m = reader.merge(next, c);
    if (m && m.top <= last && m.top >= band[0]) mergedDown = true;
  }
  let underGroup = 0;
  let tails = 0;
  for (const [c, t] of cells) {
    if (!headerLike(t) || t.length > 60) return false;
    const above = reader.merge(last, c);
    const group =
      (above && above.top <= last && above.bottom === last && above.right > above.left) ||
      implicitGroupOver(reader, last, c);
    if (group) {
      underGroup++;
      continue;
    }
    if (/^\(.*\)$/.test(t) && !/\d/.test(t)) {
      tails++;
      continue;
    }
    // Under a header cell of its own (not a group): a body cell, unless the band above is empty
    // at this column (a sub-header under an empty cell), or it is a year qualifying the header
    // ("Kondisi Kinerja pada awal periode" over "2014") in a row of sub-headers.
    let aboveText = false;
    for (const r of band) if (reader.text(r, c) !== "") aboveText = true;
    if (aboveText && !/^(19|20)\d\d$/.test(t)) return false;
    // A plain number under nothing is data, not a sub-header (years are sub-headers).
    if (/^[\d.,\s%]+$/.test(t) && !/^(19|20)\d\d$/.test(t)) return false;
  }
  return mergedDown || underGroup > 0 || tails === cells.length;
}

/** Whether column `col` of `row` lies under a text cell followed by empty cells (an unmerged group). */
function implicitGroupOver(reader: GridReader, row: number, col: number): boolean {
  for (let c0 = col; c0 >= 0; c0--) {
    if (reader.merge(row, c0)) return false;
    const t = reader.ownText(row, c0);
    if (t === "") {
      if (reader.ownText(row + 1, c0) === "") return false;
      continue;
    }
    const span = implicitGroup(reader, row, c0, reader.colCount - 1);
    return span !== undefined && span.right >= col;
  }
  return false;
}

/**
 * The header band that starts at `top`: the rows that continue it (sub-headers, a unit row, a
 * numbering row), at most MAX_BAND_ROWS, and one fused label per column over the columns its
 * rows name.
 */
export function readBand(reader: GridReader, top: number): HeaderBand {
  const names = [top];
  let bottom = top;
  for (let next = top + 1; next < reader.rowCount && next < top + MAX_BAND_ROWS; next++) {
    if (isNumberingRow(reader, next)) {
      bottom = next;
      break; // a numbering row closes the band
    }
    if (isUnitRow(reader, next)) {
      bottom = next;
      continue;
    }
    if (bottom !== names[names.length - 1]) break; // names after a unit row: the body
    if (!continuesHeader(reader, names, next)) break;
    names.push(next);
    bottom = next;
  }
  const namesRow = names[names.length - 1];
  // The band's columns: those its name rows hold text in, or cover by a merge.
  let firstCol = Number.POSITIVE_INFINITY;
  let lastCol = -1;
  for (const r of names) {
    for (const [c] of ownCells(reader, r)) {
      const m = reader.merge(r, c);
      firstCol = Math.min(firstCol, c);
      lastCol = Math.max(lastCol, m ? m.right : c);
    }
  }
  if (lastCol < 0) return { top, bottom, namesRow, firstCol: 0, lastCol: -1, labels: [] };
  lastCol = Math.min(lastCol, reader.colCount - 1);
  const labels: BandLabel[] = [];
  for (let c = firstCol; c <= lastCol; c++) labels.push(fuse(reader, names, bottom, c, lastCol));
  return { top, bottom, namesRow, firstCol, lastCol, labels };
}

/** The label of column `c`: the texts over it in the band's name rows, and its unit. */
function fuse(
  reader: GridReader,
  names: readonly number[],
  bottom: number,
  c: number,
  lastCol: number
): BandLabel {
  const parts: string[] = [];
  const spans: Array<PartSpan | undefined> = [];
  const namesRow = names[names.length - 1];
  for (const r of names) {
    const m = reader.merge(r, c);
    if (m && fromAbove(m, r) && m.top >= names[0]) continue; // counted on its first row
    if (m && m.top < names[0]) continue; // a title merged down into the band
    let text = m ? reader.text(m.top, m.left) : reader.ownText(r, c);
    let span: PartSpan | undefined =
      m && m.right > m.left
        ? { left: m.left, right: m.right, group: m.bottom < namesRow }
        : undefined;
    if (text === "" && !m && r < namesRow) {
      // Under an unmerged group cell to the left ("Target" | "" over "2019" | "2020").
      for (let c0 = c - 1; c0 >= 0; c0--) {
        if (reader.merge(r, c0)) break;
        if (reader.ownText(r, c0) === "") continue;
        const g = implicitGroup(reader, r, c0, lastCol);
        if (g && g.right >= c) {
          text = reader.ownText(r, c0);
          span = g;
        }
        break;
      }
    } else if (text !== "" && !m && r < namesRow) {
      span = implicitGroup(reader, r, c, lastCol);
    }
    if (text === "") continue;
    parts.push(text);
    spans.push(span);
  }
  let unit: string | undefined;
  for (let r = namesRow + 1; r <= bottom; r++) {
    const t = reader.text(r, c);
    const u = t === "" ? undefined : unitText(t);
    if (u) unit = u;
  }
  return { col: c, parts, spans, ...(unit ? { unit } : {}) };
}
