/**
 * Reads only what the checks need from an .xlsx (issue #26): the sheets' names, their cells'
 * values and formulas, and their merged areas; shared strings and the number formats that make a
 * number a date. Column formats, data validations, conditional formats, defined names, drawings
 * and styles beyond number formats are never parsed. Each part is unpacked with a limit on the
 * bytes it really produces (zipReader.ts) and read as XML events (saxen: a DTD is refused, only
 * XML's own entities are decoded), so the cells that exist are all that is held: a cell at
 * XFD1048576 costs one cell. saxen reads the attributes of a tag only when asked; measured on the
 * parts of the bench:folder workbooks it read them in 0.57 of saxes' time.
 */
import { decode, Parser } from "saxen";
import { columnIndex, columnName, MergedArea, parseRange } from "../grid";
import { SparseCell, SparseSheet } from "../sparseGrid";
import { Inflater, readZipDirectory, unpack, ZipEntry, ZipError } from "./zipReader";

/**
 * What one part may really unpack to, and the whole workbook: a 150,000-row sheet is about
 * 30 MB of XML, a sheet styled down to row 1,048,576 about 40 MB; a zip bomb stops here, whatever
 * its headers declare.
 */
export const PART_LIMIT = 128 * 1024 * 1024;
export const TOTAL_LIMIT = 256 * 1024 * 1024;

export class LeanXlsxError extends Error {}

/** Excel escapes control characters in strings as _xHHHH_ (ECMA-376, ST_Xstring). */
function unescapeX(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      )
    : text;
}

const local = (name: string) => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

/**
 * A text kept from a part as a string of its own. The parser's texts are slices of the part's
 * whole XML, and V8 keeps a slice's source alive as long as the slice: one cell text remembered
 * by the checker's caches would keep a 30 MB shared-strings part in memory (measured: 50 texts
 * sliced from 2 MB strings held 100 MB; copied, 2 MB). Joining a character and cutting it off
 * again makes V8 copy the text (shorter slices, under 13 characters, are copies already).
 */
function own(text: string): string {
  return text.length < 13 ? text : (text + " ").slice(0, -1);
}

/** A tag's attributes, read when asked for, their entities (&amp;, &#10;) decoded. */
type Attributes = () => Record<string, string>;

/**
 * Events of one XML part; a malformed part (or a DTD with entities) is a LeanXlsxError. The
 * text of an element may come in several pieces (around a CDATA section).
 */
function parseXml(
  xml: string,
  part: string,
  handlers: {
    open?: (name: string, attrs: Attributes) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  }
): void {
  const parser = new Parser();
  const broken = () => {
    throw new LeanXlsxError(`bagian XML ${part} rusak`);
  };
  // saxen's warnings (an attribute without quotes, text outside the root) are errors in XML.
  parser.on("error", broken);
  parser.on("warn", broken);
  parser.on("attention", (text) => {
    // A DTD has no place in an .xlsx; its entities are the stuff of "billion laughs" files.
    if (/^<!DOCTYPE/i.test(text))
      throw new LeanXlsxError(`bagian XML ${part} memuat DTD, yang tidak ada di buku kerja Excel`);
    broken();
  });
  if (handlers.open) {
    const open = handlers.open;
    // One getter for every tag (most tags' attributes are never asked for), reading the tag's own.
    let current: () => Record<string, string> = () => ({});
    const attributes = () => decodedAttributes(current());
    parser.on("openTag", (name, attrs) => {
      current = attrs;
      open(local(name), attributes);
    });
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closeTag", (name) => close(local(name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", (t) => text(t.includes("&") ? decode(lineEnds(t)) : lineEnds(t)));
    parser.on("cdata", text);
  }
  parser.parse(xml);
}

/** XML reads a line end written "\r\n" or "\r" as "\n" (a "&#13;" stays). */
function lineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function decodedAttributes(attrs: Record<string, string>): Record<string, string> {
  for (const k in attrs) if (attrs[k].includes("&")) attrs[k] = decode(attrs[k]);
  return attrs;
}

const UTF8 = new TextDecoder("utf-8");

interface Workbook {
  buf: Uint8Array;
  inflate: Inflater;
  entries: Map<string, ZipEntry>;
  used: number;
}

function partText(wb: Workbook, name: string): string | undefined {
  const entry = wb.entries.get(name) ?? wb.entries.get(name.replace(/^\//, ""));
  if (!entry) return undefined;
  const left = TOTAL_LIMIT - wb.used;
  if (left <= 0)
    throw new ZipError(
      `isinya lebih dari ${Math.round(TOTAL_LIMIT / (1024 * 1024))} MB setelah dibuka: tidak dibaca`
    );
  const data = unpack(wb.buf, entry, Math.min(PART_LIMIT, left), wb.inflate);
  wb.used += data.length;
  return UTF8.decode(data);
}

/** Relationship targets by id, resolved against the part's folder. */
function relationships(wb: Workbook, relsPart: string, baseDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const xml = partText(wb, relsPart);
  if (!xml) return out;
  parseXml(xml, relsPart, {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const a = attrs();
      if (!a.Id || !a.Target) return;
      const target = a.Target.startsWith("/")
        ? a.Target.slice(1)
        : normalisePath(`${baseDir}/${a.Target}`);
      out.set(a.Id, target);
    },
  });
  return out;
}

function normalisePath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}

function sharedStrings(wb: Workbook, part: string | undefined): string[] {
  const out: string[] = [];
  const xml = part ? partText(wb, part) : undefined;
  if (!xml) return out;
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = "";
  parseXml(xml, part!, {
    open(name) {
      if (name === "si") {
        inSi = true;
        current = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inSi && phonetic === 0) inT = true;
    },
    close(name) {
      if (name === "si") {
        out.push(own(unescapeX(current)));
        inSi = false;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inT = false;
    },
    text(t) {
      if (inT) current += t;
    },
  });
  return out;
}

/** Built-in number formats that show dates (ECMA-376 18.8.30, and the locale ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

/** Whether a custom number format shows a date: d, m (not in a time), y outside quotes and brackets. */
function isDateCode(code: string): boolean {
  const plain = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(plain) || (/m/i.test(plain) && !/[hs]/i.test(plain));
}

/** For each cell style index, whether it shows a date. */
function dateStyles(wb: Workbook, part: string | undefined): boolean[] {
  const xml = part ? partText(wb, part) : undefined;
  if (!xml) return [];
  const custom = new Map<number, boolean>();
  const out: boolean[] = [];
  let inCellXfs = false;
  parseXml(xml, part!, {
    open(name, attrs) {
      if (name === "numFmt") {
        const a = attrs();
        if (a.numFmtId) custom.set(Number(a.numFmtId), isDateCode(a.formatCode ?? ""));
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attrs().numFmtId ?? 0);
        out.push(custom.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return out;
}

/** Excel's date serial (1900 system) as an ISO date, or undefined when it is no date Excel shows. */
export function serialDate(serial: number): string | undefined {
  // 1 is 1900-01-01, 2958465 is 9999-12-31; beyond, Excel shows ##### (a NIP, a large amount).
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const ms = Math.round((serial - (serial >= 61 ? 25569 : 25568)) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * "A1" (also "$A$1") to 0-based row and column: one to three letters, one to ten digits. Read
 * character by character: it runs for every cell of every sheet.
 */
export function cellRef(ref: string): { row: number; col: number } | undefined {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0; // "$"
  let col = 0;
  const lettersFrom = i;
  for (; i < ref.length && i - lettersFrom < 4; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  const digits = i - digitsFrom;
  if (digits < 1 || digits > 10 || row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** Excel stores custom functions it could not resolve as _xldudf_IKI_PERSEN(...): read them as IKI.PERSEN. */
export function normaliseFormula(formula: string): string {
  return formula.replace(/_xldudf_([A-Za-z0-9]+)_([A-Za-z0-9_]+)\s*\(/g, "$1.$2(");
}

/** A cell without a readable reference was met in a sheet read without its rows' numbers. */
const ROW_NUMBERS_NEEDED = Symbol("row numbers needed");

function readSheet(
  wb: Workbook,
  name: string,
  part: string,
  strings: string[],
  dates: boolean[]
): SparseSheet {
  const xml = partText(wb, part);
  if (!xml) return { name, cells: [], merges: [] };
  // Every cell Excel and the usual writers save names its own address ("B7"), so the rows'
  // attributes are not read; a sheet with a cell that does not is read again with them.
  try {
    return sheetCells(xml, name, part, strings, dates, false);
  } catch (e) {
    if (e !== ROW_NUMBERS_NEEDED) throw e;
    return sheetCells(xml, name, part, strings, dates, true);
  }
}

function sheetCells(
  xml: string,
  name: string,
  part: string,
  strings: string[],
  dates: boolean[],
  rowNumbers: boolean
): SparseSheet {
  const cells: SparseCell[] = [];
  const merges: MergedArea[] = [];
  /** Shared formulas by their index: the text and the cell that holds it. */
  const shared = new Map<string, { text: string; row: number; col: number }>();
  let row = -1;
  let col = -1;
  let type = "";
  let style = 0;
  let value = "";
  let formula = "";
  let sharedIndex: string | undefined;
  let inV = false;
  let inF = false;
  let inIs = false;
  let inT = false;
  let phonetic = 0;
  let inline = "";
  let nextRow = 0;
  let nextCol = 0;
  parseXml(xml, part, {
    open(tag, attrs) {
      switch (tag) {
        case "row": {
          if (rowNumbers) {
            const r = attrs().r;
            nextRow = r ? Number(r) - 1 : nextRow;
          }
          nextCol = 0;
          break;
        }
        case "c": {
          const a = attrs();
          const at = a.r ? cellRef(a.r) : undefined;
          if (!at && !rowNumbers) throw ROW_NUMBERS_NEEDED;
          row = at?.row ?? nextRow;
          col = at?.col ?? nextCol;
          nextCol = col + 1;
          type = a.t ?? "n";
          style = Number(a.s ?? 0);
          value = "";
          formula = "";
          sharedIndex = undefined;
          inline = "";
          break;
        }
        case "v":
          inV = true;
          break;
        case "f": {
          inF = true;
          const a = attrs();
          if (a.t === "shared" && a.si !== undefined) sharedIndex = a.si;
          break;
        }
        case "is":
          inIs = true;
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (inIs && phonetic === 0) inT = true;
          break;
        case "mergeCell": {
          const ref = attrs().ref;
          const range = ref ? parseRange(ref) : undefined;
          if (range) merges.push(range);
          break;
        }
      }
    },
    close(tag) {
      switch (tag) {
        case "row":
          nextRow++;
          break;
        case "v":
          inV = false;
          break;
        case "f":
          inF = false;
          if (sharedIndex !== undefined) {
            if (formula !== "") shared.set(sharedIndex, { text: formula, row, col });
            else {
              // A child cell: the master's formula, its relative references moved as far as
              // the child is from the master (E3 of "=C2&..." in E2 reads "=C3&...").
              const master = shared.get(sharedIndex);
              formula = master ? shiftFormula(master.text, row - master.row, col - master.col) : "";
            }
          }
          break;
        case "is":
          inIs = false;
          break;
        case "rPh":
          phonetic--;
          break;
        case "t":
          inT = false;
          break;
        case "c": {
          const cell = cellOf(row, col, type, style, value, formula, inline, strings, dates);
          if (cell) cells.push(cell);
          break;
        }
      }
    },
    text(t) {
      if (inV) value += t;
      else if (inF) formula += t;
      else if (inT) inline += t;
    },
  });
  return { name, cells, merges };
}

function cellOf(
  row: number,
  col: number,
  type: string,
  style: number,
  raw: string,
  formulaText: string,
  inline: string,
  strings: string[],
  dates: boolean[]
): SparseCell | undefined {
  const formula = formulaText !== "" ? own(`=${normaliseFormula(formulaText)}`) : undefined;
  let value: SparseCell["value"] = null;
  switch (type) {
    case "s": {
      const i = Number(raw);
      value = Number.isInteger(i) && i >= 0 && i < strings.length ? strings[i] : null;
      break;
    }
    case "str":
      value = own(unescapeX(raw));
      break;
    case "inlineStr":
      value = own(unescapeX(inline));
      break;
    case "b":
      value = raw === "" ? null : raw === "1" || raw.toLowerCase() === "true" ? "TRUE" : "FALSE";
      break;
    case "e":
      value = raw === "" ? null : own(raw);
      break;
    case "d":
      value = raw === "" ? null : raw.slice(0, 10);
      break;
    default: {
      if (raw === "") break;
      const n = Number(raw);
      if (!Number.isFinite(n)) {
        value = own(raw);
        break;
      }
      // A date format shows a date; a number beyond Excel's dates (a NIP) stays a number.
      value = dates[style] ? (serialDate(n) ?? n) : n;
    }
  }
  if (value === "") value = null;
  // A formula without a cached result reads as its text (as files written by exceljs hold them).
  if (value === null && formula) value = formula;
  if (value === null && !formula) return undefined;
  return formula ? { row, col, value, formula } : { row, col, value };
}

/** The sheets of an .xlsx (in workbook order), as the cells they hold. */
export function readLeanWorkbook(buf: Uint8Array, inflate: Inflater): SparseSheet[] {
  const wb: Workbook = { buf, inflate, entries: readZipDirectory(buf), used: 0 };
  const workbookXml = partText(wb, "xl/workbook.xml");
  if (!workbookXml) throw new LeanXlsxError("tidak ada xl/workbook.xml");
  const sheets: Array<{ name: string; rid: string }> = [];
  parseXml(workbookXml, "xl/workbook.xml", {
    open(name, attrs) {
      if (name !== "sheet") return;
      const a = attrs();
      const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
      if (a.name && rid) sheets.push({ name: own(unescapeX(a.name)), rid });
    },
  });
  const rels = relationships(wb, "xl/_rels/workbook.xml.rels", "xl");
  let stringsPart: string | undefined;
  let stylesPart: string | undefined;
  for (const target of rels.values()) {
    if (/sharedStrings\d*\.xml$/i.test(target)) stringsPart = target;
    if (/styles\d*\.xml$/i.test(target)) stylesPart = target;
  }
  stringsPart ??= wb.entries.has("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : undefined;
  stylesPart ??= wb.entries.has("xl/styles.xml") ? "xl/styles.xml" : undefined;
  const strings = sharedStrings(wb, stringsPart);
  const dates = dateStyles(wb, stylesPart);
  const out: SparseSheet[] = [];
  for (const s of sheets) {
    const part = rels.get(s.rid);
    // Chart sheets and dialog sheets have no cells.
    if (!part || !/worksheets\//.test(part)) continue;
    out.push(readSheet(wb, s.name, part, strings, dates));
  }
  return out;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * A formula's relative A1 references moved by `rows` and `cols` ("C2" to "C3"; "$C$2" stays),
 * outside string literals and quoted sheet names; a function name such as LOG10( is no
 * reference. A reference moved off the sheet becomes #REF!, as in Excel.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  const ref = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(.])/y;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A literal ("...", with "" inside) or a quoted sheet name ('...', with '' inside).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const before = i > 0 ? formula[i - 1] : "";
    if (!/[\w.$]/.test(before)) {
      ref.lastIndex = i;
      const m = ref.exec(formula);
      if (m) {
        const [whole, colAbs, letters, rowAbs, digits] = m;
        const c0 = columnIndex(letters.toUpperCase()) + 1;
        const r0 = Number(digits);
        const c = colAbs ? c0 : c0 + cols;
        const r = rowAbs ? r0 : r0 + rows;
        if (c0 > MAX_COL || r0 > MAX_ROW)
          out += whole; // a name such as ABCD1234, no cell
        else if (c < 1 || r < 1 || c > MAX_COL || r > MAX_ROW) out += "#REF!";
        else out += `${colAbs}${columnName(c - 1)}${rowAbs}${r}`;
        i += whole.length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
