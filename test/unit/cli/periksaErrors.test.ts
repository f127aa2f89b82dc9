/*
 * iki-cek periksa on what is not a readable IKI workbook, and from the bin: none of these needs
 * a seed document.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { STANDARD_COLUMNS } from "../../../src/core/template/templateModel";
import { runCli, writeWorkbook } from "../../support/cli";

const root = path.resolve(__dirname, "../../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "periksa-salah-"));

const run = runCli;

const workbook = (rows: unknown[][], name?: string) => writeWorkbook(tmp, rows, name);

describe("iki-cek periksa, unreadable input", () => {
  it.each([
    ["missing file", () => path.join(tmp, "tidak-ada.xlsx"), "berkas tidak ditemukan"],
    [
      "not an xlsx",
      () => {
        const f = path.join(tmp, "teks.xlsx");
        writeFileSync(f, "ini teks biasa");
        return f;
      },
      "bukan berkas .xlsx yang dapat dibaca",
    ],
    [
      "password-protected (an encrypted OLE container)",
      () => {
        const f = path.join(tmp, "sandi.xlsx");
        writeFileSync(
          f,
          Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096)])
        );
        return f;
      },
      "dilindungi kata sandi",
    ],
    [
      // Opening a FIFO waits for a writer: without the check the command would never end.
      "a FIFO named like a workbook",
      () => {
        const f = path.join(tmp, "pipa.xlsx");
        execFileSync("mkfifo", [f]);
        return f;
      },
      "bukan berkas biasa",
    ],
    // A device never ends (/dev/zero) or is empty (/dev/null): neither is read.
    ["a device", () => "/dev/zero", "bukan berkas biasa"],
  ])("%s: exit 2 with a message naming the file", async (_name, make, message) => {
    const file = make();
    const { code, err } = await run("periksa", file);
    expect(code).toBe(2);
    expect(err).toContain(file);
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("an empty workbook: exit 2", async () => {
    const file = await workbook([], "Kosong");
    const { code, err } = await run("periksa", file);
    expect(code).toBe(2);
    expect(err).toContain("buku kerja kosong");
  });

  it("no file given: usage, exit 2", async () => {
    const { code, err } = await run("periksa");
    expect(code).toBe(2);
    expect(err).toContain("Sebutkan berkas .xlsx");
  });

  it("runs from the bin, built to JavaScript", async () => {
    execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs"), "--quiet"]);
    const file = await workbook(
      [
        STANDARD_COLUMNS,
        [
          "1",
          "Meningkatnya layanan",
          "Persentase kegiatan pelayanan yang terlaksana",
          "Jumlah kegiatan pelayanan yang terlaksana dibagi jumlah kegiatan pelayanan yang direncanakan x 100%",
          "Laporan kegiatan",
          "",
        ],
      ],
      "Bin"
    );
    let status = 0;
    let stdout = "";
    try {
      stdout = execFileSync(
        process.execPath,
        [path.join(root, "bin/iki-cek.cjs"), "periksa", file],
        { encoding: "utf8" }
      );
    } catch (e) {
      status = (e as { status: number }).status;
      stdout = (e as { stdout: string }).stdout;
    }
    expect(status).toBe(1);
    expect(stdout).toContain("(pj-kosong): 1");
  }, 30_000);
});
