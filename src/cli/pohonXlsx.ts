/**
 * The pohon as a workbook (issue #30): a sheet with the picture (the PNG rendered from the SVG)
 * and an outline sheet, one row per box, indented by level, with Excel's row grouping so the
 * levels collapse (Data > Kerangka). Written with exceljs, as the templates are.
 */
import ExcelJS from "exceljs";
import type { TataLetak } from "../core/pohon/layout";
import { nodesOf, Pohon, PohonNode } from "../core/pohon/model";
import { FONT } from "../core/template/layout";

/** Excel's outline has eight levels; deeper rows stay at the eighth. */
const MAX_OUTLINE = 7;

export async function writePohonXlsx(
  pohon: Pohon,
  layout: TataLetak,
  png: Buffer,
  file: string
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Asisten IKI (iki-cek pohon)";
  const gambar = wb.addWorksheet("Pohon");
  gambar.getCell("A1").value = layout.judul;
  gambar.getCell("A1").font = { name: FONT.name, size: 14, bold: true };
  const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
  // At 96 dpi a point is 4/3 pixels: the picture at its layout size.
  gambar.addImage(image, {
    tl: { col: 0, row: 2 },
    ext: { width: (layout.lebar * 4) / 3, height: (layout.tinggi * 4) / 3 },
  });

  const kerangka = wb.addWorksheet("Kerangka", {
    properties: { outlineProperties: { summaryBelow: false, summaryRight: false } },
    views: [{ state: "frozen", ySplit: 1 }],
  });
  kerangka.columns = [
    { header: "Indikator", width: 80 },
    { header: "Tingkat", width: 16 },
    { header: "Jabatan", width: 34 },
    { header: "Catatan", width: 30 },
  ];
  kerangka.getRow(1).font = { name: FONT.name, size: FONT.size, bold: true };
  const add = (n: PohonNode, depth: number) => {
    const row = kerangka.addRow([
      n.teks,
      n.tingkat,
      n.pemegang ?? "",
      n.tanpaPendukung ? "belum ada IKI pendukung" : n.jenis === "celah" ? "celah" : "",
    ]);
    row.font = { name: FONT.name, size: FONT.size, bold: n.jenis !== "iki" && n.jenis !== "celah" };
    row.getCell(1).alignment = { indent: Math.min(depth, 15), wrapText: true, vertical: "top" };
    row.outlineLevel = Math.min(depth, MAX_OUTLINE);
    for (const c of n.children) add(c, depth + 1);
  };
  add(pohon.akar, 0);
  for (const group of pohon.samping) add(group, 0);
  // Every box once: the outline and the picture hold the same indicators.
  const boxes = [pohon.akar, ...pohon.samping].flatMap((n) => nodesOf(n)).length;
  if (kerangka.rowCount - 1 !== boxes) throw new Error("kerangka tidak lengkap");
  await wb.xlsx.writeFile(file);
}
