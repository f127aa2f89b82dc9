/*
 * `iki-cek periksa FOLDER` (issue #31, first part): the .xlsx files under a folder in a stable
 * order, Office lock and temporary files skipped and counted, an unreadable file or folder named
 * while the others are still reported.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../support/cli";
import { expandInputs, isLockOrTemp } from "../../../src/cli/expandInputs";

const run = (args: string[]) => runCli(...args);

describe("periksa on folders", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "periksa-folder-"));
  const iki = path.join(root, "iki.xlsx");

  beforeAll(async () => {
    expect((await run(["templat", "--unit", "kecamatan", "--jabatan", "kasi-pemerintahan", "--tahun", "2026", "-o", iki])).code).toBe(0);
    const kab = path.join(root, "kabupaten");
    mkdirSync(path.join(kab, "Kec B"), { recursive: true });
    mkdirSync(path.join(kab, "Kec A"), { recursive: true });
    copyFileSync(iki, path.join(kab, "Kec B", "IKI.xlsx"));
    copyFileSync(iki, path.join(kab, "Kec A", "IKI.XLSX"));
    copyFileSync(iki, path.join(kab, "Kec A", "~$IKI.xlsx"));
    writeFileSync(path.join(kab, "Kec A", "catatan.docx"), "bukan buku kerja");
    writeFileSync(path.join(kab, "Kec B", "rusak.xlsx"), "PK\u0003\u0004 bukan zip utuh");
    // A link back to the root would loop if followed.
    symlinkSync(kab, path.join(kab, "Kec B", "putaran"));
  });

  it("walks a folder in a stable order and skips lock files", () => {
    const kab = path.join(root, "kabupaten");
    const inputs = expandInputs([kab]);
    expect(inputs.files.map((f) => path.relative(kab, f))).toEqual([
      path.join("Kec A", "IKI.XLSX"),
      path.join("Kec B", "IKI.xlsx"),
      path.join("Kec B", "rusak.xlsx"),
    ]);
    expect(inputs.skipped.map((f) => path.basename(f))).toEqual(["~$IKI.xlsx"]);
  });

  it("checks every file, names the broken one, and the JSON has all of it", async () => {
    const r = await run(["periksa", "--json", path.join(root, "kabupaten")]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.files).toHaveLength(2);
    expect(json.tidakTerbaca.map((u: { file: string }) => path.basename(u.file))).toEqual(["rusak.xlsx"]);
    expect(json.dilewati.map((f: string) => path.basename(f))).toEqual(["~$IKI.xlsx"]);
    const text = await run(["periksa", path.join(root, "kabupaten")]);
    expect(text.err).toMatch(/1 berkas kunci atau sementara Office \(~\$\.\.\.\) dilewati/);
    expect(text.err).toMatch(/1 dari 3 berkas tidak diperiksa/);
    expect(text.out).toMatch(/Kec A/);
  });

  it("an empty folder is a usage error, in Indonesian", async () => {
    const empty = path.join(root, "kosong");
    mkdirSync(empty);
    const r = await run(["periksa", empty]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Tidak ada berkas \.xlsx di /);
  });

  it("an unreadable folder is named and the rest still checked", async () => {
    if (process.getuid?.() === 0) return; // root reads every folder
    const locked = path.join(root, "terkunci");
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    try {
      const r = await run(["periksa", "--json", locked, iki]);
      const json = JSON.parse(r.out);
      expect(json.files).toHaveLength(1);
      expect(json.tidakTerbaca[0].pesan).toMatch(/folder tidak dapat dibaca \(tidak ada izin\)/);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it.each([
    ["~$Buku1.xlsx", true],
    [".~lock.Buku1.xlsx#", true],
    ["Buku1.tmp", true],
    ["Buku1.xlsx", false],
  ])("%s is a lock or temporary file: %s", (name, expected) => {
    expect(isLockOrTemp(name)).toBe(expected);
  });
});
