/**
 * "Gambar pohon kinerja" (issue #30): the pohon drawn on a new sheet as Excel's own shapes
 * (ExcelApi 1.9): one rectangle per box with its text, one elbow connector per link attached to
 * both boxes, so staff can move, retype and recolour, and the connectors follow. The same layout
 * as the SVG and PNG (core/pohon). Without shapes, the outline is written into cells instead.
 * Two syncs: one to read the sheet names, one to draw.
 */
import { tataLetak, UKURAN } from "../core/pohon/layout";
import { Pohon, PohonNode } from "../core/pohon/model";
import { WARNA } from "../core/pohon/svg";
import { uniqueSheetName } from "../core/template/sheetNames";
import { FONT } from "../core/template/layout";
import type { ExcelHost } from "./host";
import type { XShape } from "./officeApi";

export interface PohonDrawn {
  sheet: string;
  /** Boxes and connectors drawn as shapes; 0 when the outline was written instead. */
  kotak: number;
  garis: number;
  /** Whether shapes were drawn (ExcelApi 1.9), or only the outline in cells. */
  bentuk: boolean;
}

/**
 * Connection sites of a rectangle, as DrawingML's preset geometry lists them: top, left, bottom,
 * right (Office.js counts from 0).
 */
export const SITE = { atas: 0, kiri: 1, bawah: 2, kanan: 3 } as const;
const MERAH = "#A4262C";

/** A box's text: its heading line, then the indicator. */
export function shapeText(n: PohonNode): { text: string; head: number } {
  const head = n.pemegang ? `${n.tingkat} · ${n.pemegang}` : n.tingkat;
  return { text: `${head}\n${n.teks}`, head: head.length };
}

export async function drawPohon(host: ExcelHost, pohon: Pohon): Promise<PohonDrawn> {
  const layout = tataLetak(pohon);
  const shapes = host.isSetSupported("ExcelApi", "1.9");
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = uniqueSheetName(
      "Pohon Kinerja",
      sheets.items.map((s) => s.name)
    );
    const sheet = sheets.add(name);
    const title = sheet.getRange("A1");
    title.values = [[layout.judul]];
    title.format.font.bold = true;
    title.format.font.size = 14;
    title.format.font.name = FONT.name;
    if (!shapes) {
      // The outline: one row per box, indented by level (the shapes need ExcelApi 1.9).
      const rows: string[][] = [["Tingkat", "Indikator", "Jabatan", "Catatan"]];
      const add = (n: PohonNode, depth: number) => {
        rows.push([
          n.tingkat,
          `${"    ".repeat(depth)}${n.teks}`,
          n.pemegang ?? "",
          n.tanpaPendukung ? "belum ada IKI pendukung" : "",
        ]);
        n.children.forEach((c) => add(c, depth + 1));
      };
      add(pohon.akar, 0);
      pohon.samping.forEach((g) => add(g, 0));
      const range = sheet.getRange(`A3:D${rows.length + 2}`);
      range.values = rows;
      range.format.font.name = FONT.name;
      sheet.getRange("A3:D3").format.font.bold = true;
      sheet.activate();
      await context.sync();
      return { sheet: name, kotak: 0, garis: 0, bentuk: false };
    }
    const drawn = new Map<string, XShape>();
    for (const k of layout.kotak) {
      const c = WARNA[k.node.jenis];
      const dashed = k.node.jenis === "celah" || k.node.tanpaPendukung;
      const s = sheet.shapes.addGeometricShape("Rectangle");
      s.name = `Pohon ${k.node.id}`;
      s.left = k.x;
      s.top = k.y;
      s.width = k.w;
      s.height = k.h;
      const { text, head } = shapeText(k.node);
      s.altTextDescription = text.replace("\n", ": ");
      s.fill.setSolidColor(c.isi.toUpperCase());
      s.lineFormat.color = (k.node.tanpaPendukung ? MERAH : c.garis).toUpperCase();
      s.lineFormat.weight = dashed ? 1.5 : 1;
      s.lineFormat.dashStyle = dashed ? "Dash" : "Solid";
      const frame = s.textFrame;
      frame.leftMargin = UKURAN.pad;
      frame.rightMargin = UKURAN.pad;
      frame.topMargin = UKURAN.pad;
      frame.bottomMargin = UKURAN.pad;
      frame.verticalAlignment = "Top";
      frame.autoSizeSetting = "AutoSizeNone";
      frame.textRange.text = text;
      frame.textRange.font.name = FONT.name;
      frame.textRange.font.size = UKURAN.teks;
      frame.textRange.font.color = c.teks.toUpperCase();
      const heading = frame.textRange.getSubstring(0, head);
      heading.font.bold = true;
      heading.font.size = UKURAN.kepala;
      drawn.set(k.node.id, s);
    }
    for (const g of layout.garis) {
      const [x1, y1] = g.titik[0];
      const [x2, y2] = g.titik[g.titik.length - 1];
      const line = sheet.shapes.addLine(x1, y1, x2, y2, "Elbow");
      line.name = `Pohon ${g.dari}-${g.ke}`;
      line.lineFormat.color = "#6B6B6B";
      line.lineFormat.weight = 1;
      // A column's box is reached from its left side, a box below from its top.
      const child = layout.kotak.find((k) => k.node.id === g.ke)!;
      line.line.connectBeginShape(drawn.get(g.dari)!, SITE.bawah);
      line.line.connectEndShape(drawn.get(g.ke)!, x2 <= child.x + 0.01 ? SITE.kiri : SITE.atas);
    }
    sheet.activate();
    await context.sync();
    return { sheet: name, kotak: layout.kotak.length, garis: layout.garis.length, bentuk: true };
  });
}
