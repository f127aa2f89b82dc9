/*
 * Issue #30: the pohon kinerja as real programs read it. The PDF (pdfkit) is read back word by
 * word by poppler: every indicator's words on some page, no words printed over others, none
 * under 6 pt, no page wider than its paper. The .xlsx is converted by LibreOffice, whose PDF holds
 * the outline's texts; exceljs reads the outline levels and the picture back.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
import { defaultKatalog } from "../../src/core/catalogue/loadKatalog";
import { catalogueCascadeTrees } from "../../src/core/validate";
import { nodesOf, pohonOf } from "../../src/core/pohon/model";
import { overlaps, pagesAsPng, pdfPages, soffice, toPdf } from "../support/render";

const out = path.resolve(__dirname, "../output/render/pohon");
const installed = soffice() !== undefined;
if (!installed && process.env.CI) throw new Error("LibreOffice tidak terpasang: .ci/run memasangnya dari Debian.");
const maybe = installed ? describe : describe.skip;

const pohon = pohonOf(catalogueCascadeTrees(defaultKatalog()).find((t) => t.unit === "kecamatan")!);
const boxes = [pohon.akar, ...pohon.samping].flatMap((n) => nodesOf(n));

const cli = (args: string[]) => runCli(...args);

maybe("pohon kinerja printed", () => {
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
  });

  it.each(["a3", "a4"])("PDF on %s: every indicator's words, readable, nothing overprinted", async (kertas) => {
    const pdf = path.join(out, `pohon-kecamatan-${kertas}.pdf`);
    expect((await cli(["pohon", "--unit", "kecamatan", "--kertas", kertas, "-o", pdf])).code).toBe(0);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const printed = new Set(pages.flatMap((p) => p.words.map((w) => w.text)));
    for (const b of boxes) {
      const missing = b.teks.split(/\s+/).filter((w) => w && !printed.has(w));
      expect([b.teks, missing]).toEqual([b.teks, []]);
    }
    for (const [i, p] of pages.entries()) {
      expect([i, overlaps(p.words).map(([a, b]) => `${a.text}/${b.text}`)]).toEqual([i, []]);
      // No text under 6 pt: measured against the page number, printed at 8 pt unscaled on every
      // page (pdftotext's word boxes follow each font's own ascent and descent).
      const eight = p.words.find((w) => w.text === "Halaman")!;
      const smallest = Math.min(...p.words.map((w) => w.y1 - w.y0));
      expect(smallest / (eight.y1 - eight.y0)).toBeGreaterThanOrEqual(6 / 8 - 0.005);
      expect(Math.max(...p.words.map((w) => w.x1))).toBeLessThanOrEqual(p.width);
    }
    pagesAsPng(pdf, path.join(out, `pohon-${kertas}`), 50);
  });

  it(".xlsx: picture and outline, read back by exceljs and printed by LibreOffice", async () => {
    const xlsx = path.join(out, "pohon-kecamatan.xlsx");
    expect((await cli(["pohon", "--unit", "kecamatan", "-o", xlsx])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Pohon", "Kerangka"]);
    expect(wb.getWorksheet("Pohon")!.getImages()).toHaveLength(1);
    const k = wb.getWorksheet("Kerangka")!;
    const rows = k.getRows(2, k.rowCount - 1)!;
    expect(rows.map((r) => r.getCell(1).text).sort()).toEqual(boxes.map((b) => b.teks).sort());
    // Levels: the top at 0, an IKI under its IKU deeper than the IKU.
    expect(rows[0].outlineLevel ?? 0).toBe(0);
    const iku = rows.findIndex((r) => r.getCell(2).text === "IKU 1.2");
    expect(rows[iku + 1].outlineLevel).toBeGreaterThan(rows[iku].outlineLevel ?? 0);
    const [pdf] = toPdf([xlsx], out);
    const words = new Set(pdfPages(pdf).flatMap((p) => p.words.map((w) => w.text)));
    for (const w of "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti".split(" ")) expect(words.has(w)).toBe(true);
    execFileSync("pdfinfo", [pdf]);
  });
});
