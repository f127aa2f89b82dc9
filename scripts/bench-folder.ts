/*
 * Benchmark (`npm run bench:folder`, issue #31): `iki-cek periksa FOLDER` on a generated kabupaten
 * of 1,000 workbooks, as a whole process, against the same files read by bare exceljs one after
 * the other in one process (the reference); alternated in one run, medians, peak memory (max RSS,
 * GNU time) of each. The workbooks are the five seed-derived workbooks (test/fixtures) and the
 * standard templates of several units and positions (some with their formulas emptied), copied
 * under one folder per unit (32 perangkat daerah, 21 kecamatan): sizes and defects like the
 * seeds'. FILES (default 1000) and RUNS (default 3) change the size and the runs.
 * Goal: at most 0.75x the reference's time on 2 cores, peak memory under 1 GB.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeSeedFixtures } from "../test/fixtures/seedWorkbooks";

const root = path.resolve(__dirname, "..");
const FILES = Number(process.env.FILES ?? 1000);
const RUNS = Number(process.env.RUNS ?? 3);
const node = process.execPath;
const bin = path.join(root, "bin/iki-cek.cjs");

async function sources(dir: string): Promise<string[]> {
  const out = Object.values(await writeSeedFixtures(dir));
  const templat = (name: string, args: string[]) => {
    const file = path.join(dir, `${name}.xlsx`);
    execFileSync(node, [bin, "templat", ...args, "--tahun", "2026", "-o", file], { stdio: "ignore" });
    out.push(file);
    return file;
  };
  for (const j of ["kasi-pemerintahan", "sekretaris-kecamatan", "kasi-pelayanan-umum", "kasubag-keuangan"])
    templat(`iki-${j}`, ["--unit", "kecamatan", "--jabatan", j]);
  for (const u of ["Dinas Kesehatan", "bpbd", "Sekretariat Daerah", "kecamatan", "pemkab"])
    templat(`iku-${u}`, ["--unit", u]);
  templat("pengukuran", ["--unit", "kecamatan", "--jabatan", "kasi-pemerintahan", "--jenis", "pengukuran"]);
  // A defect like the seeds': formulas left empty.
  const broken = path.join(dir, "iki-rumus-kosong.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out[out.length - 1]);
  wb.worksheets[0].eachRow((row, n) => {
    if (n > 12 && n % 2 === 0) row.getCell(4).value = null;
  });
  await wb.xlsx.writeFile(broken);
  out.push(broken);
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall time and max RSS (MB) of a whole process. */
function measure(args: string[], env: NodeJS.ProcessEnv = process.env): { ms: number; mb: number } {
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", node, ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", env });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")}: keluar ${r.status}\n${r.stderr}`);
  const kb = Number(r.stderr.trim().split("\n").pop());
  return { ms, mb: kb / 1024 };
}

async function main(): Promise<void> {
  if (!existsSync("/usr/bin/time")) throw new Error("GNU time tidak ada (Debian: apt-get install time).");
  execFileSync(node, [path.join(root, "scripts/build-cli.mjs"), "--quiet"]);
  const work = mkdtempSync(path.join(os.tmpdir(), "bench-folder-"));
  const src = path.join(work, "sumber");
  mkdirSync(src);
  const files = await sources(src);
  const kab = path.join(work, "kabupaten");
  const units = [...Array.from({ length: 32 }, (_, i) => `PD ${i + 1}`), ...Array.from({ length: 21 }, (_, i) => `Kecamatan ${i + 1}`)];
  for (let i = 0; i < FILES; i++) {
    const dir = path.join(kab, units[i % units.length]);
    mkdirSync(dir, { recursive: true });
    copyFileSync(files[i % files.length], path.join(dir, `berkas ${String(i).padStart(4, "0")}.xlsx`));
  }
  const all = readdirSync(kab, { recursive: true }).filter((f) => String(f).endsWith(".xlsx")).map((f) => path.join(kab, String(f))).sort();
  const list = path.join(work, "daftar.json");
  require("node:fs").writeFileSync(list, JSON.stringify(all));
  const reference = `const E=require(${JSON.stringify(require.resolve("exceljs"))});(async()=>{for(const f of require(${JSON.stringify(list)})){const w=new E.Workbook();await w.xlsx.readFile(f);}})()`;
  const ours: Array<{ ms: number; mb: number }> = [];
  const ref: Array<{ ms: number; mb: number }> = [];
  // Also with two workers forced, to show what the default (one per core but one) chose against.
  const two: Array<{ ms: number; mb: number }> = [];
  for (let r = 0; r < RUNS; r++) {
    ref.push(measure(["-e", reference]));
    ours.push(measure([bin, "periksa", kab, "--json"]));
    two.push(measure([bin, "periksa", kab, "--json"], { ...process.env, IKI_CEK_PEKERJA_JUMLAH: "2" }));
  }
  const mo = median(ours.map((x) => x.ms));
  const mr = median(ref.map((x) => x.ms));
  console.log(`${all.length} berkas (${files.length} sumber berbeda, ${units.length} folder unit), ${os.availableParallelism()} inti, ${RUNS} kali bergantian:`);
  console.log(`  exceljs membaca satu per satu: median ${(mr / 1000).toFixed(1)} s (${ref.map((x) => (x.ms / 1000).toFixed(1)).join(", ")}), memori puncak ${Math.round(Math.max(...ref.map((x) => x.mb)))} MB`);
  console.log(`  iki-cek periksa FOLDER --json: median ${(mo / 1000).toFixed(1)} s (${ours.map((x) => (x.ms / 1000).toFixed(1)).join(", ")}), memori puncak ${Math.round(Math.max(...ours.map((x) => x.mb)))} MB`);
  console.log(`  dengan 2 pekerja dipaksa: median ${(median(two.map((x) => x.ms)) / 1000).toFixed(1)} s (${two.map((x) => (x.ms / 1000).toFixed(1)).join(", ")}), memori puncak ${Math.round(Math.max(...two.map((x) => x.mb)))} MB`);
  console.log(`  rasio ${(mo / mr).toFixed(2)}x (sasaran <= 0,75x; memori < 1 GB)`);
  rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
