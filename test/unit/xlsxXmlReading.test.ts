/**
 * The XML of an .xlsx as the shared reader (src/core/xlsx/leanXlsx.ts) reads it with saxen: what
 * XML says a text is (entities, CDATA, line ends, namespace prefixes) and what it refuses (a DTD,
 * a broken part). Each workbook is built here from its XML parts, so each case shows the bytes
 * it is about. Written from the XML 1.0 rules and ECMA-376, not from the reader's output.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { nodeInflate } from "../../src/cli/nodeInflate";
import { cellRef, LeanXlsxError, readLeanWorkbook } from "../../src/core/xlsx/leanXlsx";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet workbook from its sheet XML (and optionally shared strings, styles, sheet name). */
function workbook(parts: {
  sheet: string;
  strings?: string;
  styles?: string;
  name?: string;
}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${parts.name ?? "IKI"}" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (parts.strings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
        (parts.styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : "") +
        `</Relationships>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(parts.sheet),
  };
  if (parts.strings) files["xl/sharedStrings.xml"] = strToU8(parts.strings);
  if (parts.styles) files["xl/styles.xml"] = strToU8(parts.styles);
  return zipSync(files);
}

const sheet = (cells: string, root = "worksheet", prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><${prefix}${root} xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="${MAIN}"><${prefix}sheetData>${cells}</${prefix}sheetData></${prefix}${root}>`;

const values = (buf: Uint8Array) =>
  readLeanWorkbook(buf, nodeInflate).map((s) => ({
    name: s.name,
    cells: s.cells.map((c) => [c.row, c.col, c.value, ...(c.formula ? [c.formula] : [])]),
  }));

describe("what XML says a text is", () => {
  it.each([
    [
      "the five entities and character references in a shared string",
      { strings: `<sst xmlns="${MAIN}"><si><t>a &lt; b &amp;&amp; c &gt; d &quot;e&quot; &apos;f&apos; &#65;&#x263A;</t></si></sst>`, sheet: sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`) },
      [[0, 0, `a < b && c > d "e" 'f' A\u263A`]],
    ],
    [
      "an entity in a formula",
      { sheet: sheet(`<row r="2"><c r="B2"><f>IF(A2&lt;5,"kurang","cukup")</f></c></row>`) },
      [[1, 1, '=IF(A2<5,"kurang","cukup")', '=IF(A2<5,"kurang","cukup")']],
    ],
    [
      "a CDATA section in an inline string, beside plain text",
      { sheet: sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>x <![CDATA[<y> & z]]></t></is></c></row>`) },
      [[0, 0, "x <y> & z"]],
    ],
    [
      "a line end written CR LF or CR is one LF; a CR written &#13; stays",
      { strings: `<sst xmlns="${MAIN}"><si><t>a\r\nb\rc</t></si><si><t>d&#13;&#10;e</t></si></sst>`, sheet: sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`) },
      [[0, 0, "a\nb\nc"], [0, 1, "d\r\ne"]],
    ],
    [
      "elements with a namespace prefix (x:c), as some writers give them",
      { sheet: sheet(`<x:row r="3"><x:c r="C3" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row>`, "worksheet", "x:") },
      [[2, 2, "ok"]],
    ],
    [
      "comments and processing instructions are no text",
      { sheet: sheet(`<!-- dibuat oleh alat lain --><row r="1"><c r="A1" t="inlineStr"><is><t>a<!-- x -->b</t></is></c><?pi data?></row>`) },
      [[0, 0, "ab"]],
    ],
    [
      "a rich string's runs joined, its phonetic reading left out",
      { strings: `<sst xmlns="${MAIN}"><si><r><t>Indikator </t></r><r><rPr><b/></rPr><t>Kinerja</t></r><rPh sb="0" eb="1"><t>yomi</t></rPh></si></sst>`, sheet: sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`) },
      [[0, 0, "Indikator Kinerja"]],
    ],
    [
      // Some writers leave out the cells' own references: the row's number and the order place
      // them (ECMA-376 18.3.1.4: r is optional).
      "cells without a reference, placed by their row's number and their order",
      {
        sheet: sheet(
          `<row r="1"><c r="A1" t="inlineStr"><is><t>judul</t></is></c></row>` +
            `<row r="3"><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>` +
            `<row r="5"><c r="C5"><v>7</v></c><c><v>8</v></c></row><row><c><v>9</v></c></row>`
        ),
      },
      [[0, 0, "judul"], [2, 0, "a"], [2, 1, "b"], [4, 2, 7], [4, 3, 8], [5, 0, 9]],
    ],
    [
      "attributes in single quotes",
      { sheet: sheet(`<row r='4'><c r='D4' t='inlineStr'><is><t>kutip</t></is></c></row>`) },
      [[3, 3, "kutip"]],
    ],
  ])("%s", (_case, parts, expected) => {
    expect(values(workbook(parts))[0].cells).toEqual(expected);
  });

  it("decodes entities in attributes: a sheet name and a number format", () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;Rp&quot;\\ #,##0"/><numFmt numFmtId="165" formatCode="dd&quot;/&quot;mm&quot;/&quot;yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const [read] = values(
      workbook({
        name: "R&amp;D &lt;2026&gt;",
        styles,
        sheet: sheet(`<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>45658</v></c></row>`),
      })
    );
    expect(read.name).toBe("R&D <2026>");
    // "Rp" in quotes is no date; dd/mm/yyyy is: 45658 is 1 January 2025.
    expect(read.cells).toEqual([
      [0, 0, 45000],
      [0, 1, "2025-01-01"],
    ]);
  });
});

describe("what the reader refuses", () => {
  const cell = `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`;
  it.each([
    [
      "a DTD with entities (billion laughs)",
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`,
      /memuat DTD/,
    ],
    ["a tag never closed", sheet(cell).replace("</sheetData>", ""), /bagian XML xl\/worksheets\/sheet1.xml rusak/],
    ["tags closed in the wrong order", sheet(`<row r="1"><c r="A1"><v>1</c></v></row>`), /rusak/],
    ["an attribute without quotes", sheet(`<row r="1"><c r=A1 t="inlineStr"><is><t>a</t></is></c></row>`), /rusak/],
    ["text after the root element", `${sheet(cell)}sisa`, /rusak/],
    ["a part cut short", sheet(cell).slice(0, -30), /rusak/],
    ["a part with no element at all", "   ", /rusak/],
  ])("%s", (_case, xml, message) => {
    expect(() => readLeanWorkbook(workbook({ sheet: xml }), nodeInflate)).toThrow(LeanXlsxError);
    expect(() => readLeanWorkbook(workbook({ sheet: xml }), nodeInflate)).toThrow(message);
  });

  it("a 100,000-deep nesting or 1 MB of '<' ends at once, without recursion", () => {
    const deep = `<?xml version="1.0"?><worksheet xmlns="${MAIN}">${"<a>".repeat(100_000)}</worksheet>`;
    expect(() => readLeanWorkbook(workbook({ sheet: deep }), nodeInflate)).toThrow(/rusak/);
    const lt = `<?xml version="1.0"?><worksheet xmlns="${MAIN}">${"<".repeat(1_000_000)}</worksheet>`;
    // A quadratic scan of this would run for minutes, past the test's time limit.
    expect(() => readLeanWorkbook(workbook({ sheet: lt }), nodeInflate)).toThrow(/rusak/);
  });
});

describe("cell references", () => {
  /** The rule as written: an optional $, 1-3 letters, an optional $, 1-10 digits, not row 0. */
  const byPattern = (ref: string) => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,10})$/.exec(ref);
    if (!m || Number(m[2]) < 1) return undefined;
    const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]) - 1, col: col - 1 };
  };

  it.each([
    ["A1", { row: 0, col: 0 }],
    ["$B$7", { row: 6, col: 1 }],
    ["xfd1048576", { row: 1048575, col: 16383 }],
    ["AB012", { row: 11, col: 27 }],
    ["A0", undefined],
    ["ABCD1", undefined],
    ["A", undefined],
    ["1", undefined],
    ["A1B", undefined],
    ["$$A1", undefined],
    ["A12345678901", undefined],
    ["", undefined],
  ])("%j", (ref, expected) => {
    expect(cellRef(ref)).toEqual(expected);
  });

  it("reads every text as the pattern does", () => {
    const part = fc.constantFrom("$", "A", "z", "Q", "0", "1", "9", "@", "[", "`", "{", " ");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 16 }).map((p) => p.join("")), (ref) => {
        expect(cellRef(ref)).toEqual(byPattern(ref));
      }),
      { numRuns: 5000 }
    );
  });
});

describe("memory", () => {
  it("a cell's text does not keep its whole part in memory", () => {
    // The texts a checker remembers across files must not hold each file's XML: 20 workbooks
    // whose shared strings are 3 MB each, of which one short text is kept.
    const v8 = require("node:v8") as typeof import("node:v8");
    v8.setFlagsFromString("--expose-gc");
    const gc = require("node:vm").runInNewContext("gc") as () => void;
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed / (1024 * 1024);
    };
    const kept: unknown[] = [];
    const before = heap();
    for (let i = 0; i < 20; i++) {
      const filler = "x".repeat(3 * 1024 * 1024);
      const strings = `<sst xmlns="${MAIN}"><si><t>Persentase desa tertib administrasi ${i}</t></si><si><t>${filler}</t></si></sst>`;
      const [read] = readLeanWorkbook(
        workbook({ strings, sheet: sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>SUM(C1:C9)&amp;"${i} keterangan panjang"</f></c></row>`) }),
        nodeInflate
      );
      kept.push(read.cells[0].value, read.cells[1].formula);
    }
    expect(kept[0]).toBe("Persentase desa tertib administrasi 0");
    // Held as slices of their parts these would keep 60 MB; as texts of their own, a few KB.
    expect(heap() - before).toBeLessThan(15);
  });
});
