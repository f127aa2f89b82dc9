/**
 * The one layout of every template, applied by both writers (the pane's Office.js writer and the
 * CLI's exceljs writer): font, the look of each cell style, row heights computed from the text,
 * the paper, margins, footer and page breaks. Nothing here depends on the program that opens the
 * file: rows are as tall as their wrapped text (no autofit needed), the font is Arial (Liberation
 * Sans, with the same metrics, where Arial is missing), and the paper is chosen so the printed
 * text stays at least 8 pt.
 */
import type { CellStyle, TemplateModel } from "./templateModel";

/** The font of every cell (sizes per style below). */
export const FONT = { name: "Arial", size: 10 } as const;

export interface StyleSpec {
  bold?: boolean;
  size: number;
  horizontal?: "center";
  vertical: "top" | "middle" | "bottom";
  wrap: boolean;
  border?: boolean;
  /** Background, "RRGGBB". */
  fill?: string;
  /** Excel number format. */
  numFmt?: string;
}

export const STYLE_SPEC: Record<CellStyle, StyleSpec> = {
  judul: { bold: true, size: 13, horizontal: "center", vertical: "middle", wrap: false },
  subjudul: { bold: true, size: 11, horizontal: "center", vertical: "middle", wrap: false },
  label: { bold: true, size: FONT.size, vertical: "top", wrap: true },
  header: {
    bold: true,
    size: FONT.size,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: true,
    fill: "D9EAD3",
  },
  isi: { size: FONT.size, vertical: "top", wrap: true, border: true },
  "isi-tengah": {
    size: FONT.size,
    horizontal: "center",
    vertical: "top",
    wrap: true,
    border: true,
  },
  angka: { size: FONT.size, vertical: "top", wrap: false, border: true, numFmt: "#,##0.00" },
  persen: { size: FONT.size, vertical: "top", wrap: false, border: true, numFmt: "0.00" },
  ttd: { size: FONT.size, horizontal: "center", vertical: "bottom", wrap: false },
};

/** The style a plain cell (no style given) has. */
const PLAIN: StyleSpec = { size: FONT.size, vertical: "bottom", wrap: false };

/** Page margins in inches, and the footer (Excel's codes: page and page count). */
export const PAGE = {
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  footer: "&CHalaman &P dari &N",
  centerHorizontally: true,
} as const;

/** The smallest printed text allowed, in points. */
export const MIN_PRINTED_POINTS = 8;

/** Papers in the order tried, landscape: A4, F4/Folio (Indonesian offices), A3. Points. */
export const PAPERS = {
  A4: { width: 841.89, height: 595.28 },
  F4: { width: 935.43, height: 609.45 },
  A3: { width: 1190.55, height: 841.89 },
} as const;
export type Paper = keyof typeof PAPERS;

/**
 * Arial's advance widths (thousandths of an em; Helvetica's AFM, which Arial and Liberation Sans
 * share) for printable ASCII from the space; other characters count as the widest letters.
 */
const ARIAL =
  "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
    .split(" ")
    .map(Number);
/** Bold Arial is about a tenth wider. */
const BOLD = 1.1;
const OTHER = 750;

/** Excel column width (characters of the default font's digit) in points. */
export function columnPoints(width: number): number {
  return (Math.trunc(width * 7 + 0.5) + 5) * 0.75;
}

/** Room for text in a cell: its width less the padding both programs leave. */
const CELL_PADDING = 5;
/** One line of text, in points per point of font size (Excel: 12.75 for Arial 10). */
const LINE = 1.3;
const ROW_PADDING = 3;

/** The width in points of a text in Arial (Liberation Sans) at `size` points. */
export function textWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    em += code >= 32 && code <= 126 ? ARIAL[code - 32] : OTHER;
  }
  return (em / 1000) * size * (bold ? BOLD : 1);
}

/**
 * A text broken into lines at most `room` points wide, as a renderer wraps it: at spaces, a word
 * longer than a line broken between characters.
 */
export function wrapText(text: string, room: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const joined = line ? `${line} ${word}` : word;
      if (textWidth(joined, size, bold) <= room) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = word;
      while (textWidth(rest, size, bold) > room) {
        let cut = 1;
        while (cut < rest.length && textWidth(rest.slice(0, cut + 1), size, bold) <= room) cut++;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** Lines a text takes in a cell `width` points wide: word wrap, a word longer than a line broken. */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  const room = Math.max(width - CELL_PADDING, size);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const w = textWidth(word, size, bold);
      const space = line > 0 ? textWidth(" ", size, bold) : 0;
      if (line > 0 && line + space + w > room) {
        count++;
        line = 0;
      }
      if (w > room) {
        // A long word (a URL, a formula) breaks at the cell's edge.
        count += Math.ceil(w / room) - 1;
        line = w % room;
      } else line += (line > 0 ? space : 0) + w;
    }
    lines += count;
  }
  return lines;
}

/** Each cell's effective style: the last style area over it wins, as both writers apply them. */
function styleGrid(model: TemplateModel): Array<Array<StyleSpec | undefined>> {
  const grid: Array<Array<StyleSpec | undefined>> = Array.from({ length: model.rows }, () =>
    Array<StyleSpec | undefined>(model.cols).fill(undefined)
  );
  for (const s of model.styles)
    for (let r = s.top; r <= s.bottom; r++)
      for (let c = s.left; c <= s.right; c++) grid[r][c] = STYLE_SPEC[s.style];
  return grid;
}

/**
 * The height (points) of each row of the template: the tallest cell of the row, each cell's text
 * wrapped at its column's width (a merged cell's at the merged width); a cell merged over several
 * rows spreads what it needs over them. Never below one line of the row's largest font.
 */
export function rowHeights(model: TemplateModel): number[] {
  const styles = styleGrid(model);
  const widths = model.widths.map(columnPoints);
  const mergeAt = new Map<string, TemplateModel["merges"][number]>();
  for (const m of model.merges) mergeAt.set(`${m.top},${m.left}`, m);
  const covered = new Set<string>();
  for (const m of model.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);

  const line = (size: number) => size * LINE;
  const heights = Array.from({ length: model.rows }, () => line(FONT.size) + ROW_PADDING);
  const tall: Array<{ top: number; bottom: number; need: number }> = [];
  for (const cell of model.cells) {
    const key = `${cell.row},${cell.col}`;
    if (covered.has(key) || cell.formula !== undefined || cell.value === undefined) continue;
    const text = String(cell.value);
    if (text === "") continue;
    const spec = styles[cell.row][cell.col] ?? PLAIN;
    const m = mergeAt.get(key);
    const left = m?.left ?? cell.col;
    const right = m?.right ?? cell.col;
    let width = 0;
    for (let c = left; c <= right; c++) width += widths[c] ?? columnPoints(8.43);
    const lines = spec.wrap
      ? wrappedLines(text, width, spec.size, !!spec.bold)
      : text.split(/\r?\n/).length;
    const need = lines * line(spec.size) + ROW_PADDING;
    if (m && m.bottom > m.top) tall.push({ top: m.top, bottom: m.bottom, need });
    else heights[cell.row] = Math.max(heights[cell.row], need);
  }
  for (const { top, bottom, need } of tall) {
    let have = 0;
    for (let r = top; r <= bottom; r++) have += heights[r];
    if (have >= need) continue;
    const extra = (need - have) / (bottom - top + 1);
    for (let r = top; r <= bottom; r++) heights[r] += extra;
  }
  // Excel refuses a row taller than 409.5 pt (a longer text is cut on screen, not refused).
  return heights.map((h) => Math.min(MAX_ROW_POINTS, Math.ceil(h * 4) / 4));
}

/** The tallest row Excel allows. */
export const MAX_ROW_POINTS = 409.5;

/** Points of the template's width, all columns. */
export function tableWidth(model: TemplateModel): number {
  return model.widths.reduce((a, w) => a + columnPoints(w), 0);
}

export interface PaperChoice {
  paper: Paper;
  /** The print scale (1 = 100 %) that fits all columns on one page wide. */
  scale: number;
}

/**
 * The smallest landscape paper on which the template, scaled to one page wide, keeps its text at
 * least MIN_PRINTED_POINTS: A4, else F4/Folio, else A3 (at whatever scale A3 needs).
 */
export function choosePaper(model: TemplateModel): PaperChoice {
  const width = tableWidth(model);
  const inch = 72;
  const margin = (PAGE.margins.left + PAGE.margins.right) * inch;
  let choice: PaperChoice | undefined;
  for (const paper of Object.keys(PAPERS) as Paper[]) {
    const scale = Math.min(1, (PAPERS[paper].width - margin) / width);
    choice = { paper, scale };
    if (FONT.size * scale >= MIN_PRINTED_POINTS) return choice;
  }
  return choice!;
}

/**
 * Rows before which a page break is set: before a cell merged down over several body rows (an
 * SKP's RHK over its indicators) that would not fit on what is left of the page, so no page cuts
 * it in two; and before the table's last row (with the whole of any merged cell over it) when the
 * signature block would otherwise be split, so the block is whole on the last page and never
 * alone there. Header rows repeat on every page. Empty when every page breaks where it would.
 */
export function pageBreaks(model: TemplateModel, heights: number[]): number[] {
  const { paper, scale } = choosePaper(model);
  const inch = 72;
  const printable =
    (PAPERS[paper].height - (PAGE.margins.top + PAGE.margins.bottom) * inch) / scale;
  // A group is moved whole a little before the page is full: the printing program's rows may
  // come out a few points taller than estimated here.
  const fits = printable * 0.96;
  const repeated = heights.slice(model.headerRow, model.bodyRows[0]).reduce((a, h) => a + h, 0);
  const groupEnd = new Map<number, number>();
  for (const m of model.merges)
    if (m.bottom > m.top && m.top >= model.bodyRows[0] && m.top <= model.bodyRows[1])
      groupEnd.set(m.top, Math.max(groupEnd.get(m.top) ?? m.top, m.bottom));
  const breaks: number[] = [];
  const ttd = model.tandaTangan;
  let used = 0;
  let pageStart = 0;
  for (let r = 0; r < (ttd?.top ?? model.rows); r++) {
    const end = groupEnd.get(r);
    if (end !== undefined && r > pageStart) {
      const need = heights.slice(r, end + 1).reduce((a, h) => a + h, 0);
      if (used + need > fits && repeated + need <= printable) {
        breaks.push(r);
        used = repeated;
        pageStart = r;
      }
    }
    if (used + heights[r] > printable) {
      used = repeated;
      pageStart = r;
    }
    used += heights[r];
  }
  if (!ttd) return breaks;
  const block = heights.slice(ttd.top, ttd.bottom + 1).reduce((a, h) => a + h, 0);
  if (used + block <= printable) return breaks;
  // Take the last body row along, so the signature never stands alone on a page; with the whole
  // of a cell merged over it, which a break would cut in two.
  let breakAt = Math.max(model.bodyRows[1], model.bodyRows[0]);
  for (let moved = true; moved;) {
    moved = false;
    for (const m of model.merges)
      if (m.top < breakAt && m.bottom >= breakAt) {
        breakAt = m.top;
        moved = true;
      }
  }
  const last = breakAt > pageStart && breakAt > model.bodyRows[0] ? breakAt : ttd.top;
  return breaks.includes(last) ? breaks : [...breaks, last];
}

const PAPER_ORDER: Paper[] = ["A4", "F4", "A3"];

/** The paper a writer uses: the model's, or a larger one when its text would print below 8 pt. */
export function paperOf(model: TemplateModel): Paper {
  if (!model.print.fitToWidth) return model.print.paper;
  const chosen = choosePaper(model).paper;
  return PAPER_ORDER.indexOf(chosen) > PAPER_ORDER.indexOf(model.print.paper)
    ? chosen
    : model.print.paper;
}
