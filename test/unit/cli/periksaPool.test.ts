/*
 * `iki-cek periksa FOLDER` on all cores (issue #31): the built command with its worker threads
 * reports exactly what the one-thread check reports, in the same order; writes nothing to stderr
 * but the messages when stderr is not a terminal; and Ctrl+C stops it, workers and all, leaving
 * no partial output file.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../support/cli";
import { workerCount } from "../../../src/cli/checkPool";

const root = path.resolve(__dirname, "../../..");
// Its own build, so other tests rebuilding dist-cli cannot pull it away mid-run.
const out = `dist-cli-uji-${process.pid}`;
const bin = path.join(root, out, "iki-cek.mjs");
// Two workers whatever the machine (on 2 cores the command uses none by default).
const env = { ...process.env, IKI_CEK_PEKERJA: path.join(root, out, "pekerja.mjs"), IKI_CEK_PEKERJA_JUMLAH: "2" };
const runBuilt = `import(${JSON.stringify("file://" + bin)}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); })`;

const inProcess = (args: string[]) => runCli(...args);

describe("how many workers", () => {
  const saved = process.env.IKI_CEK_PEKERJA_JUMLAH;
  afterEach(() => {
    if (saved === undefined) delete process.env.IKI_CEK_PEKERJA_JUMLAH;
    else process.env.IKI_CEK_PEKERJA_JUMLAH = saved;
  });
  it("one per core but one, never more than the files; IKI_CEK_PEKERJA_JUMLAH decides when set", () => {
    delete process.env.IKI_CEK_PEKERJA_JUMLAH;
    expect(workerCount(1000)).toBe(os.availableParallelism() - 1);
    expect(workerCount(1)).toBeLessThanOrEqual(1);
    process.env.IKI_CEK_PEKERJA_JUMLAH = "3";
    expect([workerCount(1000), workerCount(2)]).toEqual([3, 2]);
    process.env.IKI_CEK_PEKERJA_JUMLAH = "banyak";
    expect(workerCount(1000)).toBe(os.availableParallelism() - 1);
  });
});

describe("periksa on all cores", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "periksa-pool-"));
  const folder = path.join(dir, "kabupaten");

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs"), "--quiet", "--out", out]);
    mkdirSync(path.join(folder, "Kec A"), { recursive: true });
    mkdirSync(path.join(folder, "Dinkes"), { recursive: true });
    const iki = path.join(dir, "iki.xlsx");
    expect((await inProcess(["templat", "--unit", "kecamatan", "--jabatan", "kasi-pemerintahan", "--tahun", "2026", "-o", iki])).code).toBe(0);
    const iku = path.join(dir, "iku.xlsx");
    expect((await inProcess(["templat", "--unit", "Dinas Kesehatan", "--tahun", "2026", "-o", iku])).code).toBe(0);
    for (let i = 1; i <= 6; i++) copyFileSync(iki, path.join(folder, "Kec A", `IKI ${i}.xlsx`));
    copyFileSync(iku, path.join(folder, "Dinkes", "IKU.xlsx"));
    writeFileSync(path.join(folder, "Kec A", "rusak.xlsx"), "PK\u0003\u0004 bukan zip utuh");
  }, 60_000);
  afterAll(() => rmSync(path.join(root, out), { recursive: true, force: true }));

  it("reports what the one-thread check reports, in the same order, with the summary", async () => {
    const single = await inProcess(["periksa", "--json", folder]);
    const pooled = spawnSync(process.execPath, ["--input-type=module", "-e", runBuilt, "periksa", "--json", folder], { env, encoding: "utf8" });
    expect(pooled.status).toBe(single.code);
    expect(JSON.parse(pooled.stdout)).toEqual(JSON.parse(single.out));
    const json = JSON.parse(pooled.stdout);
    expect(json.files.map((f: { file: string }) => path.relative(folder, f.file))).toEqual([
      path.join("Dinkes", "IKU.xlsx"),
      ...[1, 2, 3, 4, 5, 6].map((i) => path.join("Kec A", `IKI ${i}.xlsx`)),
    ]);
    // Person-written: two units, seven files read, one not; six copies of one Kasi's table.
    expect(json.rekap.total.berkas).toBe(7);
    expect(json.rekap.tidakTerbaca).toBe(1);
    expect(json.rekap.unit.map((u: { unit: string; berkas: number; tabel: number }) => [u.unit, u.berkas, u.tabel])).toEqual([
      ["Dinas Kesehatan", 1, 1],
      ["Kecamatan", 6, 6],
    ]);
    // No progress line into a pipe: stderr holds the messages only.
    expect(pooled.stderr.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(/rusak\.xlsx: arsip zip rusak atau terpotong/),
      "1 dari 8 berkas tidak diperiksa (lihat pesan di atas); laporan di atas untuk berkas lainnya.",
    ]);
    expect(pooled.stderr).not.toMatch(/\r|\x1b/);
  }, 60_000);

  it("Ctrl+C stops the workers and leaves no partial file", async () => {
    // Enough copies to be still running when interrupted.
    for (let i = 7; i <= 120; i++) copyFileSync(path.join(folder, "Kec A", "IKI 1.xlsx"), path.join(folder, "Kec A", `IKI ${i}.xlsx`));
    const html = path.join(dir, "laporan.html");
    const child = spawn(process.execPath, ["--input-type=module", "-e", runBuilt, "periksa", folder, "--html", html, "--xlsx", path.join(dir, "rekap.xlsx")], { env });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 130 : null))));
    expect(code).not.toBe(0);
    expect(existsSync(html)).toBe(false);
    expect(readdirSync(dir).filter((f) => /sementara|\.html$|rekap/.test(f))).toEqual([]);
  }, 60_000);
});
