/**
 * A small .xlsx writer for plain tables (the catalogue's export in the pane): one sheet per
 * SheetData, a bold shaded header frozen at the top with an AutoFilter, wrapped text, column
 * widths. Text goes in as inline strings, numbers as numbers; nothing is ever written as a
 * formula. The zip is made by an injected function (fflate's zipSync in the pane), so this module
 * stays free of any platform API.
 */
import { SheetCell, SheetData } from "../catalogue/sheetLayout";
import { columnName } from "../grid";

/** Makes a zip of the given files (path → bytes), deflated. */
export type Zipper = (files: Record<string, Uint8Array>) => Uint8Array;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** XML text: escaped, and without the control characters XML 1.0 cannot hold. */
function xmlText(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ], unique (case aside). */
function sheetNames(sheets: SheetData[]): string[] {
  const used = new Set<string>();
  return sheets.map((s, i) => {
    const base = (
      s.name
        .replace(/[:\\/?*[\]]/g, " ")
        .replace(/^'+|'+$/g, "")
        .replace(/\s+/g, " ")
        .trim() || `Lembar${i + 1}`
    ).slice(0, 31);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

function cellXml(ref: string, v: SheetCell, style: number): string {
  const s = style ? ` s="${style}"` : "";
  if (v === null || v === undefined || v === "") return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
  // Excel holds at most 32,767 characters in a cell.
  const text = String(v).slice(0, 32767);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

function sheetXml(s: SheetData): string {
  const width = Math.max(s.header.length, ...s.rows.map((r) => r.length), 1);
  const rows: string[] = [];
  const all: SheetCell[][] = [s.header, ...s.rows];
  all.forEach((row, r) => {
    const style = r === 0 ? 1 : 2;
    const cells = row.map((v, c) => cellXml(`${columnName(c)}${r + 1}`, v, style)).join("");
    rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  const cols = s.widths?.length
    ? `<cols>${s.widths
        .map(
          (w, i) =>
            `<col min="${i + 1}" max="${i + 1}" width="${Math.max(1, Math.min(255, w))}" customWidth="1"/>`
        )
        .join("")}</cols>`
    : "";
  const last = `${columnName(width - 1)}${all.length}`;
  const filter =
    s.rows.length > 0
      ? `<autoFilter ref="A1:${columnName(s.header.length - 1)}${all.length}"/>`
      : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows.join("")}</sheetData>${filter}</worksheet>`
  );
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="${MAIN}">` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFD9EAD3"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function relationship(id: number, type: string, target: string): string {
  return `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${target}"/>`;
}

/** The .xlsx bytes of the given sheets. */
export function sheetsToXlsx(
  sheets: SheetData[],
  zip: Zipper,
  creator = "Asisten IKI"
): Uint8Array {
  if (sheets.length === 0) throw new Error("Tidak ada lembar untuk ditulis ke .xlsx.");
  const names = sheetNames(sheets);
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string) => (files[path] = enc.encode(xml));
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  put(
    "[Content_Types].xml",
    head +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
        )
        .join("") +
      `</Types>`
  );
  put(
    "_rels/.rels",
    head +
      `<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `</Relationships>`
  );
  put(
    "docProps/core.xml",
    head +
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:creator>${xmlText(creator)}</dc:creator></cp:coreProperties>`
  );
  put(
    "xl/workbook.xml",
    head +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
      names
        .map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("") +
      `</sheets><definedNames>` +
      sheets
        .map((s, i) =>
          s.rows.length > 0
            ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText(names[i].replace(/'/g, "''"))}'!$A$1:$${columnName(s.header.length - 1)}$${s.rows.length + 1}</definedName>`
            : ""
        )
        .join("") +
      `</definedNames></workbook>`
  );
  put(
    "xl/_rels/workbook.xml.rels",
    head +
      `<Relationships xmlns="${PKG_REL}">` +
      sheets
        .map((_, i) => relationship(i + 1, "worksheet", `worksheets/sheet${i + 1}.xml`))
        .join("") +
      relationship(sheets.length + 1, "styles", "styles.xml") +
      `</Relationships>`
  );
  put("xl/styles.xml", STYLES);
  sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)));
  return zip(files);
}

/** Base64 of bytes (Excel.createWorkbook takes a workbook this way). */
export function toBase64(bytes: Uint8Array): string {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += A[n >> 18] + A[(n >> 12) & 63] + A[(n >> 6) & 63] + A[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += A[n >> 18] + A[(n >> 12) & 63] + "==";
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += A[n >> 18] + A[(n >> 12) & 63] + A[(n >> 6) & 63] + "=";
  }
  return out;
}
