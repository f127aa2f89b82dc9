/*
 * Benchmark (`npm run bench:cli`): iki-cek as whole processes, alternated with a reference in
 * the same run, medians reported:
 *   1. `iki-cek --help` against `node -e 0` (budget: at most 3x);
 *   2. `iki-cek periksa` on a generated workbook of 10,000 indicator rows against a bare exceljs
 *      read of the same file in its own process (budget: at most 1.5x).
 * The CLI is built first (scripts/build-cli.mjs), as `npm ci` does.
 */
import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultKatalog } from "../src/core/catalogue/loadKatalog";
import { STANDARD_COLUMNS } from "../src/core/template/templateModel";

const root = path.resolve(__dirname, "..");
const ROWS = Number(process.env.ROWS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 7);
const node = process.execPath;
const bin = path.join(root, "bin/iki-cek.cjs");

function time(args: string[], expectStatus: number[]): number {
  const t = performance.now();
  const r = spawnSync(node, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - t;
  if (!expectStatus.includes(r.status ?? -1))
    throw new Error(`${args.join(" ")}: keluar ${r.status}\n${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function compare(
  name: string,
  reference: [string, string[]],
  subject: [string, string[]],
  budget: number,
  status: number[]
): void {
  const ref: number[] = [];
  const sub: number[] = [];
  time(reference[1], [0]); // warm the file cache
  time(subject[1], status);
  for (let i = 0; i < RUNS; i++) {
    ref.push(time(reference[1], [0]));
    sub.push(time(subject[1], status));
  }
  const ratio = median(sub) / median(ref);
  console.log(
    `${name}: ${subject[0]} median ${median(sub).toFixed(0)} ms, ${reference[0]} median ${median(ref).toFixed(0)} ms, ` +
      `rasio ${ratio.toFixed(2)} (anggaran ${budget}x) ${ratio <= budget ? "OK" : "MELEWATI ANGGARAN"}`
  );
}

async function main(): Promise<void> {
  execFileSync(node, [path.join(root, "scripts/build-cli.mjs"), "--quiet"]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
  const entries = defaultKatalog().entries.filter(
    (e) => e.rumus && e.sumberData && e.penanggungJawab
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IKI");
  ws.addRow(["PEMERINTAH KABUPATEN LUMAJANG"]);
  ws.addRow(STANDARD_COLUMNS);
  for (let i = 0; i < ROWS; i++) {
    const e = entries[i % entries.length];
    ws.addRow([
      String(i + 1),
      e.sasaran,
      e.indikator,
      e.rumusKoreksi ?? e.rumus,
      e.sumberData,
      i % 10 === 7 ? "" : e.penanggungJawab,
    ]);
  }
  const file = path.join(dir, "besar.xlsx");
  await wb.xlsx.writeFile(file);
  const reader = path.join(dir, "baca-exceljs.cjs");
  writeFileSync(
    reader,
    `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});\n` +
      `new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(() => {}, (e) => { console.error(e); process.exit(1); });\n`
  );
  console.log(
    `Node ${process.version}, ${os.cpus().length} inti; ${RUNS} putaran bergantian; ${ROWS} baris indikator.`
  );
  compare("bantuan", ["node -e 0", ["-e", "0"]], ["iki-cek --help", [bin, "--help"]], 3, [0]);
  compare(
    "periksa",
    ["exceljs membaca", [reader, file]],
    ["iki-cek periksa", [bin, "periksa", file]],
    1.5,
    [0, 1]
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
