/*
 * iki-cek never loses the user's data through an output option: an output equal to an input is
 * refused, an existing file is replaced only with --timpa, missing folders get a clear message,
 * and files are written through a temporary file and a rename.
 */
import {
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
    const out = { file, option: "--html" };
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
