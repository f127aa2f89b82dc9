/**
 * The pohon as a PDF (issue #30): vector pages drawn by pdfkit from the same layout as the SVG,
 * in Helvetica, whose widths are the Arial widths the layout measured with; A3 or A4 landscape,
 * split into an overview and branches when the whole tree would print too small.
 */
import { createWriteStream } from "node:fs";
import PDFDocument from "pdfkit";
import { halamanPohon, Kertas } from "../core/pohon/halaman";
import { UKURAN } from "../core/pohon/layout";
import { Pohon } from "../core/pohon/model";
import { baselines, WARNA } from "../core/pohon/svg";

const MERAH = "#a4262c";

/** Writes the pages to `file`; resolves with their number once the file is complete. */
export function writePohonPdf(pohon: Pohon, kertas: Kertas, file: string): Promise<number> {
  const pages = halamanPohon(pohon, kertas);
  const margin = 28;
  const doc = new PDFDocument({
    size: kertas.nama,
    layout: "landscape",
    margin,
    autoFirstPage: false,
    info: { Title: `Pohon Kinerja ${pohon.namaUnit}`, Creator: "Asisten IKI (iki-cek pohon)" },
  });
  const done = new Promise<number>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on("finish", () => resolve(pages.length));
    out.on("error", reject);
    doc.on("error", reject);
    doc.pipe(out);
  });
  pages.forEach(({ tata, skala }, index) => {
    doc.addPage();
    doc.save();
    doc.translate(margin, margin).scale(skala);
    doc
      .font("Helvetica-Bold")
      .fontSize(14)
      .fillColor("#1b1b1b")
      .text(tata.judul, UKURAN.tepi, UKURAN.tepi + 14, {
        lineBreak: false,
        baseline: "alphabetic",
      });
    for (const g of tata.garis) {
      const [first, ...rest] = g.titik;
      doc.moveTo(first[0], first[1]);
      for (const [x, y] of rest) doc.lineTo(x, y);
      doc.lineWidth(1).strokeColor("#6b6b6b").stroke();
    }
    for (const k of tata.kotak) {
      const c = WARNA[k.node.jenis];
      const dashed = k.node.jenis === "celah" || k.node.tanpaPendukung;
      doc.roundedRect(k.x, k.y, k.w, k.h, 3);
      if (dashed) doc.dash(5, { space: 3 });
      doc.lineWidth(dashed ? 1.5 : 1).fillAndStroke(c.isi, k.node.tanpaPendukung ? MERAH : c.garis);
      doc.undash();
      const b = baselines(k);
      doc.fillColor(c.teks).font("Helvetica-Bold").fontSize(UKURAN.kepala);
      k.kepala.forEach((l, i) =>
        doc.text(l, k.x + UKURAN.pad, b.kepala[i], { lineBreak: false, baseline: "alphabetic" })
      );
      doc.font("Helvetica").fontSize(UKURAN.teks);
      k.baris.forEach((l, j) =>
        doc.text(l, k.x + UKURAN.pad, b.baris[j], { lineBreak: false, baseline: "alphabetic" })
      );
    }
    doc.restore();
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#555555")
      .text(`Halaman ${index + 1} dari ${pages.length}`, margin, doc.page.height - margin + 8, {
        lineBreak: false,
      });
  });
  doc.end();
  return done;
}
