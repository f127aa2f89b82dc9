/*
 * iki-cek never loses the user's data through an output option: an output equal to an input is
 * refused, an existing file is replaced only with --timpa, missing folders get a clear message,
 * and files are written through a temporary file and a rename.
 */
import { execFileSync } from "node:child_process";
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { STANDARD_COLUMNS } from "../../../src/core/template/templateModel";
import { runCli } from "../../support/cli";
import { writeAtomically, OutputError } from "../../../src/cli/output";

const tmp = mkdtempSync(path.join(os.tmpdir(), "keluaran-"));
let input: string;
let original: Buffer;

const run = runCli;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IKI");
  ws.addRow(STANDARD_COLUMNS);
  ws.addRow([
    "1",
    "Terlaksananya Pembinaan Pemerintahan Desa",
    "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
    "Jumlah desa yang menetapkan RKPDes tepat waktu dibagi Jumlah desa dikali 100%",
    "Perdes RKPDesa",
    "",
  ]);
  input = path.join(tmp, "iki.xlsx");
  await wb.xlsx.writeFile(input);
  original = readFileSync(input);
});

afterEach(() => expect(readFileSync(input).equals(original)).toBe(true)); // the input is never touched

describe("an output equal to an input is refused, exit 2", () => {
  it.each([
    ["the same path", () => input],
    ["another spelling of it", () => path.join(tmp, "sub", "..", "iki.xlsx")],
    [
      "a link to it",
      () => {
        const link = path.join(tmp, "tautan.xlsx");
        symlinkSync(input, link);
        return link;
      },
    ],
  ])("periksa --html: %s", async (_name, target) => {
    mkdirSync(path.join(tmp, "sub"), { recursive: true });
    const { code, err, out } = await run("periksa", input, "--html", target(), "--timpa");
    expect(code).toBe(2);
    expect(err).toContain("sama dengan berkas masukan");
    expect(out).toContain("Ringkasan"); // the text report is still printed
  });

  it("katalog --impor X -o X", async () => {
    const file = path.join(tmp, "katalog.xlsx");
    expect((await run("katalog", "--xlsx", file)).code).toBe(0);
    const before = readFileSync(file);
    const { code, err } = await run("katalog", "--impor", file, "-o", file, "--timpa");
    expect(code).toBe(2);
    expect(err).toContain("sama dengan berkas masukan");
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("an existing file is replaced only with --timpa", () => {
  it.each([
    ["periksa --html", (f: string) => ["periksa", input, "--html", f]],
    [
      "templat -o",
      (f: string) => [
        "templat",
        "--unit",
        "kecamatan",
        "--jabatan",
        "kasi-pemerintahan",
        "--tahun",
        "2025",
        "-o",
        f,
      ],
    ],
    ["katalog --xlsx", (f: string) => ["katalog", "--xlsx", f]],
  ])("%s", async (name, argv) => {
    const file = path.join(tmp, `ada-${name.replace(/\W+/g, "-")}`);
    writeFileSync(file, "isi lama");
    const refused = await run(...argv(file));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`${file}: berkas sudah ada dan tidak ditimpa`);
    expect(refused.err).toContain("--timpa");
    expect(readFileSync(file, "utf8")).toBe("isi lama");
    const replaced = await run(...argv(file), "--timpa");
    expect([0, 1]).toContain(replaced.code);
    expect(readFileSync(file, "utf8")).not.toBe("isi lama");
  });
});

describe("folders", () => {
  it("a missing output folder: a message naming it, exit 2, the text report still printed", async () => {
    const { code, err, out } = await run(
      "periksa",
      input,
      "--html",
      path.join(tmp, "tidak-ada", "laporan.html")
    );
    expect(code).toBe(2);
    expect(err).toContain(`folder ${path.join(tmp, "tidak-ada")} tidak ada`);
    expect(out).toContain("pj-kosong");
    expect(err).not.toMatch(/ENOENT|\n\s+at /);
  });

  it("a folder given as the output file", async () => {
    const { code, err } = await run("templat", "--unit", "kecamatan", "--tahun", "2025", "-o", tmp);
    expect(code).toBe(2);
    expect(err).toContain("ini sebuah folder");
  });

  it("a file given as the output folder", async () => {
    const { code, err } = await run("katalog", "--xlsx", path.join(input, "katalog.xlsx"));
    expect(code).toBe(2);
    expect(err).toContain("bukan folder");
  });
});

describe("writing through a temporary file", () => {
  it("an interrupted write leaves the old file whole and no temporary file behind", async () => {
    const dir = mkdtempSync(path.join(tmp, "atomik-"));
    const file = path.join(dir, "laporan.html");
    writeFileSync(file, "laporan lama");
    const out = { file, option: "--html", timpa: true };
    await expect(
      writeAtomically(out, async (t) => {
        writeFileSync(t, "setengah");
        throw Object.assign(new Error("disk penuh"), { code: "ENOSPC" });
      })
    ).rejects.toThrow(
      new OutputError(
        `--html ${file}: berkas tidak dapat ditulis: ruang disk penuh. Tidak ada berkas yang diubah.`
      )
    );
    expect(readFileSync(file, "utf8")).toBe("laporan lama");
    expect(readdirSync(dir)).toEqual(["laporan.html"]);
    await writeAtomically(out, async (t) => writeFileSync(t, "laporan baru"));
    expect(readFileSync(file, "utf8")).toBe("laporan baru");
    expect(readdirSync(dir)).toEqual(["laporan.html"]);
  });
});

describe("the check and the write are one step (issue #26)", () => {
  it("a file created at the name while the output is written is never replaced without --timpa", async () => {
    const dir = mkdtempSync(path.join(tmp, "balapan-"));
    const file = path.join(dir, "laporan.html");
    const out = { file, option: "--html" };
    await expect(
      writeAtomically(out, async (t) => {
        writeFileSync(t, "laporan iki-cek");
        writeFileSync(file, "dibuat program lain"); // another program, meanwhile
      })
    ).rejects.toThrow("berkas dengan nama itu dibuat selama iki-cek berjalan dan tidak ditimpa");
    expect(readFileSync(file, "utf8")).toBe("dibuat program lain");
    expect(readdirSync(dir)).toEqual(["laporan.html"]);
  });

  it("ten templat processes writing one name: one complete workbook, nine refusals", async () => {
    const { spawn } = await import("node:child_process");
    const dir = mkdtempSync(path.join(tmp, "sepuluh-"));
    const file = path.join(dir, "sama.xlsx");
    const cli = path.resolve(__dirname, "../../../bin/iki-cek.cjs");
    const runs = await Promise.all(
      Array.from(
        { length: 10 },
        () =>
          new Promise<{ code: number | null; err: string }>((resolve) => {
            const child = spawn(process.execPath, [cli, "templat", "--unit", "kecamatan", "--jabatan", "sekcam", "--tahun", "2025", "-o", file]);
            let err = "";
            child.stderr.on("data", (d: Buffer) => (err += d.toString()));
            child.on("close", (code) => resolve({ code, err }));
          })
      )
    );
    expect(runs.filter((r) => r.code === 0)).toHaveLength(1);
    const refused = runs.filter((r) => r.code === 2);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.err).toMatch(/berkas sudah ada dan tidak ditimpa|dibuat selama iki-cek berjalan dan tidak ditimpa/);
    expect(readdirSync(dir)).toEqual(["sama.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets).toHaveLength(1);
  }, 60_000);

  it.each([
    ["a symbolic link", (p: string) => symlinkSync(path.join(path.dirname(p), "asli.html"), p)],
    ["a FIFO", (p: string) => execFileSync("mkfifo", [p])],
  ])("--timpa never turns %s into a regular file", async (_kind, make) => {
    const dir = mkdtempSync(path.join(tmp, "khusus-"));
    writeFileSync(path.join(dir, "asli.html"), "isi asli");
    const target = path.join(dir, "laporan.html");
    make(target);
    const { code, err } = await run("periksa", input, "--html", target, "--timpa");
    expect(code).toBe(2);
    expect(err).toContain("bukan berkas biasa; --timpa hanya mengganti berkas biasa");
    expect(lstatSync(target).isFile()).toBe(false);
    expect(readFileSync(path.join(dir, "asli.html"), "utf8")).toBe("isi asli");
  });

  it("--html /dev/null --timpa leaves the device alone", async () => {
    const { code, err } = await run("periksa", input, "--html", "/dev/null", "--timpa");
    expect(code).toBe(2);
    expect(err).toContain("/dev/null: ini berkas perangkat, bukan berkas biasa");
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("Ctrl+C while writing removes the temporary file", async () => {
    const { spawn } = await import("node:child_process");
    const dir = mkdtempSync(path.join(tmp, "sinyal-"));
    const script = path.join(dir, "tulis.ts");
    writeFileSync(
      script,
      `import { writeFileSync } from "node:fs";
import { writeAtomically } from ${JSON.stringify(path.resolve(__dirname, "../../../src/cli/output"))};
writeAtomically({ file: ${JSON.stringify(path.join(dir, "hasil.xlsx"))}, option: "-o" }, async (t) => {
  writeFileSync(t, "setengah");
  process.stdout.write("siap\\n");
  await new Promise(() => undefined); // a long write
});
`
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: path.resolve(__dirname, "../../..") });
    await new Promise<void>((resolve) => child.stdout.on("data", (d: Buffer) => d.toString().includes("siap") && resolve()));
    expect(readdirSync(dir).filter((f) => f.endsWith(".sementara"))).toHaveLength(1);
    const code = await new Promise<number | null>((resolve) => {
      child.on("close", (c) => resolve(c));
      child.kill("SIGINT");
    });
    expect(code).toBe(130);
    expect(readdirSync(dir).sort()).toEqual(["tulis.ts"]);
  }, 30_000);
});
