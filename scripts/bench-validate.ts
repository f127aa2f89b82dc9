/*
 * Benchmark (`npm run bench:periksa`): a generated workbook of 10,000 indicator rows (catalogue
 * rows in prose notation, with every tenth one broken in some way), timed as
 *   1. exceljs reading the file, and
 *   2. the validator checking the grids,
 * and the ratio of the two. The grids are built from the already-read workbook.
 */
import ExcelJS from "exceljs";
import os from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { readWorkbookGrids } from "../src/cli/workbookGrid";
import { defaultKatalog } from "../src/core/catalogue/loadKatalog";
import { validateWorkbook } from "../src/core/validate";

const ROWS = Number(process.env.ROWS ?? 10_000);

async function main(): Promise<void> {
  const katalog = defaultKatalog();
  const entries = katalog.entries.filter((e) => e.rumus && e.sumberData && e.penanggungJawab);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IKI");
  ws.addRow(["PEMERINTAH KABUPATEN LUMAJANG"]);
  ws.addRow(["No", "Sasaran", "Indikator Kinerja", "Rumus / Formula Perhitungan", "Sumber Data", "Penanggung Jawab"]);
  for (let i = 0; i < ROWS; i++) {
    const e = entries[i % entries.length];
    let rumus = (e.rumusKoreksi ?? e.rumus).replace(/ x 100 ?%/g, " dikali 100");
    let pj = e.penanggungJawab;
    if (i % 10 === 3) rumus = rumus.replace(" / ", " dibagi 100 x "); // a broken formula
    if (i % 10 === 7) pj = "";
    ws.addRow([String(i + 1), e.sasaran, e.indikator, rumus, e.sumberData, pj]);
  }
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "bench-")), "besar.xlsx");
  await wb.xlsx.writeFile(file);

  const t0 = performance.now();
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(file);
  const readMs = performance.now() - t0;

  // The grids as iki-cek reads them (the lean reader), the reference exceljs's own reading.
  const grids = await readWorkbookGrids(file);
  const t1 = performance.now();
  const report = validateWorkbook(grids, katalog);
  const validateMs = performance.now() - t1;

  console.log(`Baris indikator: ${report.tables.reduce((n, t) => n + t.indicatorRows, 0)}; temuan: ${report.findings.length}.`);
  console.log(`exceljs membaca berkas: ${readMs.toFixed(0)} ms`);
  console.log(`validator memeriksa:    ${validateMs.toFixed(0)} ms`);
  console.log(`rasio validator / pembacaan exceljs: ${(validateMs / readMs).toFixed(2)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
