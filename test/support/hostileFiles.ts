/**
 * Hostile and broken workbooks that once broke iki-cek (issue #10, section 5), built from
 * scratch so that each is a small, reviewable recipe. Small ones are committed under
 * test/fixtures/hostile/ (`npm run fixtures:hostile`); large ones are made by the tests.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { once } from "node:events";
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import { STANDARD_COLUMNS } from "../../src/core/template/templateModel";

export const HEADER = STANDARD_COLUMNS;
export const ROW = [
  "1",
  "Terlaksananya Pembinaan Pemerintahan Desa",
  "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
  "Jumlah desa yang menetapkan RKPDes tepat waktu dibagi Jumlah desa dikali 100%",
  "Perdes RKPDesa",
  "Kepala Seksi Pemerintahan",
];

/** Fixed dates, so regenerating a fixture gives the same bytes. */
const DATE = new Date("2026-01-01T00:00:00Z");

async function workbook(rows: ExcelJS.CellValue[][], name = "IKI"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = DATE;
  wb.modified = DATE;
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  // Through JSZip with fixed dates: exceljs stamps each part with the time of writing.
  return generate(await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer())));
}

function generate(zip: JSZip): Promise<Buffer> {
  for (const f of Object.values(zip.files)) f.date = DATE;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function rezip(xlsx: Buffer, change: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  await change(zip);
  return generate(zip);
}

/** One merged area from H1 to the last cell of the sheet (XFD1048576), in a ~2 KB file. */
export async function mergeBomb(): Promise<Buffer> {
  return rezip(await workbook([HEADER, ROW]), async (zip) => {
    const path = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(path)!.async("string");
    zip.file(
      path,
      xml.replace(
        "</sheetData>",
        '</sheetData><mergeCells count="1"><mergeCell ref="H1:XFD1048576"/></mergeCells>'
      )
    );
  });
}

/** An OpenDocument spreadsheet (.ods): a zip whose first part is the stored mimetype. */
export async function odsFile(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file(
    "content.xml",
    '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'
  );
  zip.file(
    "META-INF/manifest.xml",
    '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
  );
  return generate(zip);
}

/** A plain zip archive with a text file, named .xlsx. */
export async function plainZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("catatan.txt", "Ini bukan buku kerja.");
  return generate(zip);
}

/** A Word document's parts (as a .docx renamed .xlsx). */
export async function wordFile(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  );
  zip.file(
    "word/document.xml",
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
  );
  return generate(zip);
}

/** A workbook whose shared-string table is cut off in the middle. */
export async function brokenSharedStrings(): Promise<Buffer> {
  return rezip(await workbook([HEADER, ROW]), (zip) => {
    zip.file(
      "xl/sharedStrings.xml",
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12"><si><t>No</t></si><si><t>Sasa'
    );
  });
}

/**
 * A zip bomb: a sheet part that unpacks to `megabytes` of spaces but packs to a tiny fraction.
 * The zip is written by hand (a streaming deflate of a repeated 1 MB chunk) so no large buffer
 * is ever held. `declared` is the unpacked size its headers claim (the real one by default; less
 * for a zip that understates it).
 */
export async function zipBomb(
  megabytes = 200,
  part = "xl/worksheets/sheet2.xml",
  declared = megabytes * 1024 * 1024
): Promise<Buffer> {
  const base = await JSZip.loadAsync(await workbook([HEADER, ROW]));
  const parts: Array<{ name: string; data: Buffer; size: number; crc: number }> = [];
  for (const [name, file] of Object.entries(base.files)) {
    if (file.dir) continue;
    const data = await file.async("nodebuffer");
    parts.push({ name, data: deflateRawSync(data), size: data.length, crc: crc32(data) });
  }
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  const deflate = createDeflateRaw({ level: 9 });
  const packed: Buffer[] = [];
  deflate.on("data", (b: Buffer) => packed.push(b));
  const ended = once(deflate, "end");
  for (let i = 0; i < megabytes; i++) if (!deflate.write(chunk)) await once(deflate, "drain");
  deflate.end();
  await ended;
  // An extra part nothing refers to, or (part = the sheet's own) the sheet the workbook reads.
  const bomb = { name: part, data: Buffer.concat(packed), size: declared, crc };
  const at = parts.findIndex((p) => p.name === part);
  if (at >= 0) parts[at] = bomb;
  else parts.push(bomb);
  return zipOf(parts);
}

/** A workbook whose Sumber Data cell is a formula with no cached result (as exceljs writes it). */
export async function formulaWithoutResult(): Promise<Buffer> {
  return workbook([HEADER, [...ROW.slice(0, 4), { formula: '"Perdes "&"RKPDesa"' }, ROW[5]]]);
}

/** Error values where a name and a document are expected. */
export async function errorValues(): Promise<Buffer> {
  return workbook([
    HEADER,
    [
      ...ROW.slice(0, 4),
      { error: "#N/A" } as unknown as ExcelJS.CellValue,
      { error: "#REF!" } as unknown as ExcelJS.CellValue,
    ],
  ]);
}

/** A table's header row with no indicator under it. */
export async function headerOnly(): Promise<Buffer> {
  return workbook([["PEMERINTAH KABUPATEN LUMAJANG"], [], HEADER]);
}

/** 20 Rumus cells each with a run of 32,000 spaces inside (took 44 s before cleaning was linear). */
export async function spacedFormulas(): Promise<Buffer> {
  const rows: ExcelJS.CellValue[][] = [HEADER];
  for (let i = 0; i < 20; i++) {
    rows.push([
      String(i + 1),
      ROW[1],
      ROW[2],
      `Jumlah desa yang menetapkan RKPDes tepat waktu${" ".repeat(32_000)}dibagi Jumlah desa dikali 100%`,
      ROW[4],
      ROW[5],
    ]);
  }
  return workbook(rows);
}

/** A Rumus cell of 3,200 "(" (legal in Excel; overflowed the parser's stack). */
export async function deepParentheses(): Promise<Buffer> {
  return workbook([HEADER, [...ROW.slice(0, 3), "(".repeat(3_200), ...ROW.slice(4)]]);
}

// --- the workbook's geometry and text (issue #26): each a few KB, each once a hang, a crash or
// raw output ---

const SHEET = "xl/worksheets/sheet1.xml";

/** A part of a fresh two-row workbook, changed by `change`. */
async function patched(
  part: string,
  change: (xml: string) => string,
  rows: ExcelJS.CellValue[][] = [HEADER, ROW]
): Promise<Buffer> {
  return rezip(await workbook(rows), async (zip) => {
    zip.file(part, change(await zip.file(part)!.async("string")));
  });
}

const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** One cell typed at the sheet's last cell (XFD1048576), as Ctrl+End then typing leaves it. */
export function lastCell(): Promise<Buffer> {
  return patched(SHEET, (xml) =>
    xml.replace("</sheetData>", `<row r="1048576">${inline("XFD1048576", "x")}</row></sheetData>`)
  );
}

/** One cell at A1048576 (Ctrl+Down, then typing). */
export function lastRow(): Promise<Buffer> {
  return patched(SHEET, (xml) =>
    xml.replace(
      "</sheetData>",
      `<row r="1048576">${inline("A1048576", "catatan")}</row></sheetData>`
    )
  );
}

/** A cell at row 2,000,000,000: beyond Excel's grid, written by another program. */
export function rowTwoBillion(): Promise<Buffer> {
  return patched(SHEET, (xml) =>
    xml.replace(
      "</sheetData>",
      `<row r="2000000000">${inline("A2000000000", "x")}</row></sheetData>`
    )
  );
}

/** Column formats over columns 1..2,000,000,000. */
export function hugeColumnRange(): Promise<Buffer> {
  return patched(SHEET, (xml) =>
    xml
      .replace(/<cols>.*?<\/cols>/s, "")
      .replace(
        "<sheetData>",
        '<cols><col min="1" max="2000000000" width="12" customWidth="1"/></cols><sheetData>'
      )
  );
}

/** A defined name over the whole sheet ($A$1:$XFD$1048576). */
export function definedNameWholeSheet(): Promise<Buffer> {
  return patched("xl/workbook.xml", (xml) =>
    xml
      .replace(/<definedNames>.*?<\/definedNames>/s, "")
      .replace(
        "</sheets>",
        '</sheets><definedNames><definedName name="Semua">IKI!$A$1:$XFD$1048576</definedName></definedNames>'
      )
  );
}

/** A data validation (a drop-down list) over the whole sheet. */
export function validationWholeSheet(): Promise<Buffer> {
  return patched(SHEET, (xml) =>
    xml.replace(
      "</sheetData>",
      '</sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Ya,Tidak"</formula1></dataValidation></dataValidations>'
    )
  );
}

/** A NIP and a large number in cells formatted as dates (numFmtId 14). */
export async function dateFormattedNumbers(): Promise<Buffer> {
  const styled = await patched("xl/styles.xml", (xml) =>
    xml.replace(
      /<cellXfs count="(\d+)">/,
      (_m, n) =>
        `<cellXfs count="${Number(n) + 1}"><xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`
    )
  );
  // The new style is index 0 of cellXfs: every cell without its own style uses it; two numbers
  // are added below the table with it explicitly.
  return rezip(styled, async (zip) => {
    const xml = await zip.file(SHEET)!.async("string");
    zip.file(
      SHEET,
      xml.replace(
        "</sheetData>",
        '<row r="4"><c r="A4" s="0"><v>198001012005011001</v></c><c r="B4" s="0"><v>150000000</v></c><c r="C4" s="0"><v>-5</v></c></row></sheetData>'
      )
    );
  });
}

/** Terminal escapes in a shared string: an OSC 52 clipboard write and a screen clear. */
export function terminalEscapes(): Promise<Buffer> {
  return workbook([
    HEADER,
    [
      ROW[0],
      ROW[1],
      "Persentase desa_x001B_]52;c;aGFsbw==_x0007_ tertib_x001B_[2J_x001B_[31m",
      ...ROW.slice(3),
    ],
  ]);
}

/** A sheet name of 40 characters ending in a right-to-left override (U+202E). */
export function longSheetName(): Promise<Buffer> {
  return patched("xl/workbook.xml", (xml) =>
    xml.replace(/name="IKI"/, 'name="IKI Kecamatan Sukamaju Tahun 2025 Final\u202e"')
  );
}

/** A shared formula whose children have no cached value (as some generators write it). */
export function sharedFormulaChildren(): Promise<Buffer> {
  const rows = [
    HEADER,
    ROW,
    ["2", ROW[1], "Persentase arsip yang tertata", ROW[3], null, ROW[5]],
    ["3", ROW[1], "Persentase surat yang diproses", ROW[3], null, ROW[5]],
  ];
  return patched(
    SHEET,
    (xml) =>
      xml
        .replace(
          '<c r="E2" t="s"><v>',
          '<c r="E2" t="str"><f t="shared" ref="E2:E4" si="0">C2&amp;" (laporan)"</f><v>'
        )
        .replace(
          /<c r="E2" t="str"><f t="shared" ref="E2:E4" si="0">C2&amp;" \(laporan\)"<\/f><v>\d+<\/v>/,
          '<c r="E2" t="str"><f t="shared" ref="E2:E4" si="0">C2&amp;" (laporan)"</f><v>Persentase Desa yang menetapkan RKPDes Tepat Waktu (laporan)</v>'
        )
        .replace(
          /(<c r="D3"[^>]*><v>\d+<\/v><\/c>)/,
          '$1<c r="E3" t="str"><f t="shared" si="0"/></c>'
        )
        .replace(
          /(<c r="D4"[^>]*><v>\d+<\/v><\/c>)/,
          '$1<c r="E4" t="str"><f t="shared" si="0"/></c>'
        ),
    rows as ExcelJS.CellValue[][]
  );
}

/** The small fixtures, by file name (committed under test/fixtures/hostile/). */
export const SMALL_FIXTURES: Record<string, () => Promise<Buffer>> = {
  "gabung-seluruh-lembar.xlsx": mergeBomb,
  "lembar-kerja-opendocument.xlsx": odsFile,
  "arsip-zip-biasa.xlsx": plainZip,
  "dokumen-word.xlsx": wordFile,
  "string-bersama-terpotong.xlsx": brokenSharedStrings,
  "rumus-tanpa-hasil.xlsx": formulaWithoutResult,
  "nilai-galat.xlsx": errorValues,
  "judul-tanpa-indikator.xlsx": headerOnly,
  "kurung-3200.xlsx": deepParentheses,
  "sel-terakhir-xfd1048576.xlsx": lastCell,
  "sel-a1048576.xlsx": lastRow,
  "baris-2-miliar.xlsx": rowTwoBillion,
  "kolom-2-miliar.xlsx": hugeColumnRange,
  "nama-seluruh-lembar.xlsx": definedNameWholeSheet,
  "validasi-seluruh-lembar.xlsx": validationWholeSheet,
  "nip-berformat-tanggal.xlsx": dateFormattedNumbers,
  "escape-terminal.xlsx": terminalEscapes,
  "nama-lembar-panjang.xlsx": longSheetName,
  "rumus-bersama-tanpa-hasil.xlsx": sharedFormulaChildren,
};

// --- a minimal zip writer for the bomb (stored sizes and CRCs as given) ---

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Buffer, previous = 0): number {
  let c = ~previous >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function zipOf(parts: Array<{ name: string; data: Buffer; size: number; crc: number }>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(p.crc, 16);
    header.writeUInt32LE(p.data.length, 20);
    header.writeUInt32LE(p.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    central.push(header, name);
    offset += 30 + name.length + p.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
