/*
 * Benchmark (`npm run bench:periksa`):
 * A. In one process: a generated workbook of 10,000 indicator rows (catalogue rows in prose
 *    notation, with every tenth one broken in some way), timed as exceljs reading the file and
 *    the validator checking the grids, and the ratio of the two.
 * B. Whole processes (issue #26), alternated with a bare exceljs read of the same file in its own
 *    process, medians of RUNS runs, wall time and peak memory: `iki-cek periksa` on
 *    1. 10,000 rows of indicators that are not in the catalogue (distinct texts), budget 1.5x;
 *    2. 150,000 indicator rows, budget 1.5x the time and 2x the memory.
 *    KASUS=A or KASUS=B runs one part; RUNS sets the number of alternations (5).
 */
import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { STANDARD_COLUMNS } from "../src/core/template/templateModel";
import { readWorkbookGrids } from "../src/cli/workbookGrid";
import { defaultKatalog } from "../src/core/catalogue/loadKatalog";
import { validateWorkbook } from "../src/core/validate";

const ROWS = Number(process.env.ROWS ?? 10_000);

async function inProcess(): Promise<void> {
  const katalog = defaultKatalog();
  const entries = katalog.entries.filter((e) => e.rumus && e.sumberData && e.penanggungJawab);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IKI");
  ws.addRow(["PEMERINTAH KABUPATEN LUMAJANG"]);
  ws.addRow([...STANDARD_COLUMNS]);
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

  console.log(
    `Baris indikator: ${report.tables.reduce((n, t) => n + t.indicatorRows, 0)}; temuan: ${report.findings.length}.`
  );
  console.log(`exceljs membaca berkas: ${readMs.toFixed(0)} ms`);
  console.log(`validator memeriksa:    ${validateMs.toFixed(0)} ms`);
  console.log(`rasio validator / pembacaan exceljs: ${(validateMs / readMs).toFixed(2)}`);
}

const root = path.resolve(__dirname, "..");
const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One whole process: wall time (ms) and peak memory (MB), via scripts/lib/maxRss.cjs. */
function measure(args: string[], dir: string): { ms: number; mb: number } {
  const rss = path.join(dir, "rss.txt");
  rmSync(rss, { force: true });
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    ["--require", path.join(root, "scripts/lib/maxRss.cjs"), ...args],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, IKI_MAXRSS: rss },
    }
  );
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(" ")}: keluar ${r.status}\n${r.stderr}`);
  return { ms, mb: Number(readFileSync(rss, "utf8")) / 1024 };
}

/** A workbook of `rows` indicator rows that are not in the catalogue, all different, streamed to disk. */
async function unknownRows(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("IKI");
  ws.addRow(["PEMERINTAH KABUPATEN LUMAJANG"]).commit();
  ws.addRow(STANDARD_COLUMNS).commit();
  const words = [
    "desa",
    "arsip",
    "laporan",
    "kegiatan",
    "rapat",
    "surat",
    "pegawai",
    "pelayanan",
    "warga",
    "sekolah",
    "posyandu",
    "jalan",
  ];
  for (let i = 0; i < rows; i++) {
    const [a, b, c] = [
      words[i % 12],
      words[Math.floor(i / 12) % 12],
      words[Math.floor(i / 144) % 12],
    ];
    ws.addRow([
      String(i + 1),
      `Meningkatnya kualitas ${a} ${c}`,
      `Persentase ${a} ${b} ${c} yang tertib nomor ${i}`,
      `Jumlah ${a} ${b} yang tertib dibagi jumlah ${a} ${b} dikali 100%`,
      `Laporan ${c} bulanan`,
      i % 10 === 7 ? "" : `Kepala Seksi ${b}`,
    ]).commit();
  }
  await wb.commit();
}

async function wholeProcesses(): Promise<void> {
  execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs"), "--quiet"]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-periksa-"));
  const reader = path.join(dir, "baca-exceljs.cjs");
  writeFileSync(
    reader,
    `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});\n` +
      `new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(() => {}, (e) => { console.error(e); process.exit(1); });\n`
  );
  const bin = path.join(root, "bin/iki-cek.cjs");
  for (const [name, rows, budgetMb] of [
    ["10.000 baris indikator di luar katalog", 10_000, undefined],
    ["150.000 baris indikator di luar katalog", 150_000, 2],
  ] as const) {
    const file = path.join(dir, `${rows}.xlsx`);
    await unknownRows(file, rows);
    measure([reader, file], dir); // warm the file cache
    const ref: Array<{ ms: number; mb: number }> = [];
    const sub: Array<{ ms: number; mb: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      ref.push(measure([reader, file], dir));
      sub.push(measure([bin, "periksa", file], dir));
    }
    const t = median(sub.map((x) => x.ms)) / median(ref.map((x) => x.ms));
    const m = median(sub.map((x) => x.mb)) / median(ref.map((x) => x.mb));
    console.log(
      `${name}: iki-cek periksa ${median(sub.map((x) => x.ms)).toFixed(0)} ms / ${median(sub.map((x) => x.mb)).toFixed(0)} MB, ` +
        `exceljs membaca ${median(ref.map((x) => x.ms)).toFixed(0)} ms / ${median(ref.map((x) => x.mb)).toFixed(0)} MB; ` +
        `rasio waktu ${t.toFixed(2)} (anggaran 1,5) ${t <= 1.5 ? "OK" : "MELEWATI"}` +
        (budgetMb
          ? `, rasio memori ${m.toFixed(2)} (anggaran ${budgetMb}) ${m <= budgetMb ? "OK" : "MELEWATI"}`
          : `, rasio memori ${m.toFixed(2)}`)
    );
  }
}

async function main(): Promise<void> {
  const kasus = process.env.KASUS;
  console.log(`Node ${process.version}, ${os.cpus().length} inti.`);
  if (kasus !== "B") await inProcess();
  if (kasus !== "A") await wholeProcesses();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
