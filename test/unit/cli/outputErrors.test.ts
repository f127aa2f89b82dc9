/*
 * Issue #26: output that cannot be written, and several files of which some cannot be read.
 * Each ends with one Indonesian line per problem and exit code 2; the readable files are still
 * reported.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../support/cli";

const root = path.resolve(__dirname, "../../..");
const fixture = (name: string) => path.join(root, "test/fixtures/hostile", name);
const cli = path.join(root, "bin/iki-cek.cjs");

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs"), "--quiet"]);
});

describe("several files, some unreadable", () => {
  it("reports the readable ones, names the others and exits 2", async () => {
    const { code, out, err } = await runCli("periksa", fixture("dokumen-word.xlsx"), fixture("nilai-galat.xlsx"));
    expect(code).toBe(2);
    expect(out).toContain(`Ringkasan ${fixture("nilai-galat.xlsx")}: 1 tabel, 2 kesalahan`);
    expect(err).toContain(`${fixture("dokumen-word.xlsx")}: dokumen Word (.docx), bukan buku kerja Excel`);
    expect(err).toContain("1 dari 2 berkas tidak diperiksa");
  });

  it("--json lists the unread files beside the reports", async () => {
    const { code, out } = await runCli("periksa", "--json", fixture("arsip-zip-biasa.xlsx"), fixture("nilai-galat.xlsx"));
    expect(code).toBe(2);
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([fixture("nilai-galat.xlsx")]);
    expect(doc.tidakTerbaca).toEqual([
      { file: fixture("arsip-zip-biasa.xlsx"), pesan: expect.stringContaining("arsip zip biasa, bukan buku kerja .xlsx") },
    ]);
  });
});

const describeFull = existsSync("/dev/full") ? describe : describe.skip;
describeFull("standard output on a full disk (> /dev/full)", () => {
  it.each([[["katalog", "--json"]], [["periksa", fixture("nilai-galat.xlsx")]]])("%j: one Indonesian line, exit 2", (args) => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [cli, ...args], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("iki-cek: keluaran tidak dapat ditulis (disk penuh); hasilnya tidak lengkap.\n");
    } finally {
      closeSync(full);
    }
  });
});
