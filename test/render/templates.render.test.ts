/*
 * Issue 16, section 3: the templates as another program prints them. Each kind is written by the
 * CLI's writer, converted to PDF by LibreOffice headless and read back word by word (poppler):
 * no text printed over other text, no text below 8 pt, no page wider than its paper, every word
 * of the template on the page (nothing cut off by a row too short), the header and the page
 * numbers on every page, the signature block whole on the last page. A measurement template is
 * then filled in and recalculated by LibreOffice, with no add-in: its capaian must be right.
 * Page images for the README are written to test/output/render/.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeTemplateXlsx } from "../../src/cli/templateXlsx";
import { defaultKatalog } from "../../src/core/catalogue/loadKatalog";
import { PAPERS, paperOf } from "../../src/core/template/layout";
import { buildMphTemplate } from "../../src/core/template/mphTemplate";
import { buildPengukuranTemplate, PENGUKURAN_COL } from "../../src/core/template/pengukuranTemplate";
import { buildSkmTemplate } from "../../src/core/template/skmTemplate";
import { buildSkpTemplate, skpPlan } from "../../src/core/template/skpTemplate";
import { buildRencanaAksiTemplate } from "../../src/core/template/rencanaAksiTemplate";
import { buildManualTemplate } from "../../src/core/template/manualTemplate";
import { buildTemplate, TemplateModel } from "../../src/core/template/templateModel";
import { KASI_PEMERINTAHAN_2025 } from "../support/templateOptions";
import { fontPoints, overlaps, Page, pagesAsPng, pdfPages, soffice, toPdf } from "../support/render";
import { execFileSync } from "node:child_process";

const katalog = defaultKatalog();
const out = path.resolve(__dirname, "../output/render");
const installed = soffice() !== undefined;
if (!installed && process.env.CI) throw new Error("LibreOffice tidak terpasang: .ci/run memasangnya dari Debian.");
const maybe = installed ? describe : describe.skip;

/** The position with the most IKI: the longest IKI table of the catalogue. */
const longest = katalog
  .jabatanOf("kecamatan")
  .map((j) => ({ j, n: katalog.entriesFor({ unit: "kecamatan", jabatan: j.id, level: "iki" }).length }))
  .sort((a, b) => b.n - a.n)[0].j;

const KINDS: Array<[string, TemplateModel]> = [
  ["iki-terpanjang", buildTemplate(katalog, { ...KASI_PEMERINTAHAN_2025, jabatan: longest.id, ukuran: "tidak" })],
  ["iki-tahunan", buildTemplate(katalog, { ...KASI_PEMERINTAHAN_2025, jabatan: longest.id, ukuran: "tahunan" })],
  ["iki-triwulan", buildTemplate(katalog, { ...KASI_PEMERINTAHAN_2025, ukuran: "triwulan" })],
  ["iku-dinkes", buildTemplate(katalog, { ...KASI_PEMERINTAHAN_2025, kind: "iku", unit: "dinas-kesehatan", jabatan: undefined, ukuran: "tahunan" })],
  ["pengukuran", buildPengukuranTemplate(katalog, { ...KASI_PEMERINTAHAN_2025, jabatan: longest.id })],
  ["skm", buildSkmTemplate(katalog, { unit: "kecamatan", namaUnit: "Candipuro", tahun: 2025, responden: 60 })],
  ["mph", buildMphTemplate(katalog, { unit: "kecamatan", namaUnit: "Candipuro", tahun: 2025 })],
  // The position with the most indicators, JA layout; the Camat's, JPT layout (issue #28).
  ["skp-sekcam", buildSkpTemplate(skpPlan(katalog, { unit: "kecamatan", jabatan: "sekretaris-kecamatan" }), { tahun: 2025, namaUnit: "Candipuro", tandaTangan: true })],
  ["skp-camat", buildSkpTemplate(skpPlan(katalog, { unit: "kecamatan" }), { tahun: 2025, namaUnit: "Candipuro", tandaTangan: true })],
  ["manual-iki", buildManualTemplate(katalog, { unit: "kecamatan", jabatan: "kasi-pemerintahan", tahun: 2025, namaUnit: "Candipuro" })],
  ["rencana-aksi", buildRencanaAksiTemplate(skpPlan(katalog, { unit: "kecamatan", jabatan: "kasi-pemerintahan" }), { tahun: 2025, namaUnit: "Candipuro" })],
];

/** The words a model prints (text cells; formulas print their results, checked apart). */
function modelWords(model: TemplateModel): string[] {
  return model.cells
    .filter((c) => c.formula === undefined && c.value !== undefined && String(c.value).trim() !== "")
    .flatMap((c) => String(c.value).split(/\s+/))
    .filter(Boolean);
}

maybe("templates printed by LibreOffice", () => {
  const pages = new Map<string, Page[]>();
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    return Promise.all(KINDS.map(([name, model]) => writeTemplateXlsx(path.join(out, `${name}.xlsx`), model))).then(() => {
      const pdfs = toPdf(KINDS.map(([name]) => path.join(out, `${name}.xlsx`)), out);
      KINDS.forEach(([name], i) => pages.set(name, pdfPages(pdfs[i])));
      // Page images for the README (looked at by a person, not by this test).
      for (const name of ["iki-terpanjang", "pengukuran"]) pagesAsPng(path.join(out, `${name}.pdf`), path.join(out, name), 60);
    });
  }, 180_000);

  describe.each(KINDS.map(([name, model]) => [name, model] as const))("%s", (name, model) => {
    const get = () => pages.get(name)!;

    it("prints no text over other text", () => {
      const over = get().flatMap((p) => overlaps(p.words));
      expect(over.map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
    });

    it("prints no text below 8 pt", () => {
      const small = get().flatMap((p) => p.words).filter((w) => fontPoints(w) < 7.9);
      expect(small.map((w) => `${w.text} ${fontPoints(w).toFixed(1)} pt`)).toEqual([]);
    });

    it("fits its paper, landscape, the paper the writer chose", () => {
      const paper = PAPERS[paperOf(model)];
      for (const p of get()) {
        expect(Math.abs(p.width - paper.width)).toBeLessThan(2);
        expect(Math.abs(p.height - paper.height)).toBeLessThan(2);
        for (const w of p.words) expect(w.x1).toBeLessThanOrEqual(p.width);
      }
    });

    it("shows every word of the template (no row too short to show its text)", () => {
      const printed = new Map<string, number>();
      for (const w of get().flatMap((p) => p.words)) printed.set(w.text, (printed.get(w.text) ?? 0) + 1);
      const missing: string[] = [];
      const needed = new Map<string, number>();
      for (const w of modelWords(model)) needed.set(w, (needed.get(w) ?? 0) + 1);
      // Header rows repeat on every page, so a word may print more often than the model has it.
      for (const [w, n] of needed) if ((printed.get(w) ?? 0) < n) missing.push(`${w} (${printed.get(w) ?? 0}/${n})`);
      expect(missing).toEqual([]);
    });

    it("numbers every page and repeats the header", () => {
      const all = get();
      all.forEach((p, i) => {
        const text = p.words.map((w) => w.text).join(" ");
        expect(text).toContain(`Halaman ${i + 1} dari ${all.length}`);
        if (i > 0) expect(text).toContain(String(model.cells.find((c) => c.row === model.headerRow && c.col === 0)!.value));
      });
    });

    if (model.tandaTangan) {
      it("keeps the signature block whole, on the last page", () => {
        const all = get();
        const last = all[all.length - 1].words.map((w) => w.text).join(" ");
        expect(last).toContain("Mengetahui,");
        expect((last.match(/\[NAMA LENGKAP\]/g) ?? []).length).toBe(2);
        for (const p of all.slice(0, -1)) expect(p.words.map((w) => w.text).join(" ")).not.toContain("[NAMA");
      });
    }
  });
});

maybe("a measurement template filled in and computed without the add-in", () => {
  it("LibreOffice computes the capaian and predikat (target 80, realisasi 60: 75, Sedang)", async () => {
    const model = buildPengukuranTemplate(katalog, { ...KASI_PEMERINTAHAN_2025, jabatan: "kasi-pemerintahan" });
    const file = path.join(out, "diisi.xlsx");
    await writeTemplateXlsx(file, model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    const row = model.bodyRows[0] + 1;
    const C = PENGUKURAN_COL;
    // TW I target 80, realisasi 60; the year's target 80; polarity as written (positif).
    ws.getCell(row, C.targetTahun + 1).value = 80;
    ws.getCell(row, C.targetTw + 1).value = 80;
    ws.getCell(row, C.realisasiTw + 1).value = 60;
    ws.getCell(row, C.polaritas + 1).value = "positif";
    ws.getCell(row, C.cara + 1).value = "nilai terakhir";
    // A zero target on the next row: words, not an error code.
    ws.getCell(row + 1, C.targetTw + 1).value = 0;
    ws.getCell(row + 1, C.realisasiTw + 1).value = 5;
    await wb.xlsx.writeFile(file);
    const bin = soffice()!;
    execFileSync(bin, ["-env:UserInstallation=file:///tmp/lo-render-profile", "--headless", "--convert-to", "csv", "--outdir", out, file], { stdio: "ignore" });
    const csv = execFileSync("cat", [path.join(out, "diisi.csv")], { encoding: "utf8" }).split(/\r?\n/);
    const cells = (r: number) => parseCsvLine(csv[r - 1]);
    const filled = cells(row);
    expect(Number(filled[C.capaianTw].replace(",", "."))).toBeCloseTo(75, 2);
    expect(Number(filled[C.capaianTahun].replace(",", "."))).toBeCloseTo(75, 2);
    expect(filled[C.predikat]).toBe("Sedang");
    expect(cells(row + 1)[C.capaianTw]).toBe("Target nol");
    // Rows not filled stay blank, with no #NAME? anywhere.
    expect(csv.join("\n")).not.toMatch(/#NAME|Err:/);
  });
});

/** One CSV line (LibreOffice's: comma-separated, double quotes around text with commas). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cur);
      cur = "";
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}
