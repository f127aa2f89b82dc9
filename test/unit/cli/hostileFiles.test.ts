/*
 * Files that once crashed or hung iki-cek (issue #10, section 5). Each is kept: the small ones
 * are committed in test/fixtures/hostile/ (recipes in test/support/hostileFiles.ts), the large
 * ones are made here. Budgets are generous for a busy 2-core machine; the point is "finishes and
 * says what is wrong in Indonesian", not a timing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../support/cli";
import { readWorkbookGrids } from "../../../src/cli/workbookGrid";
import { SMALL_FIXTURES, spacedFormulas, zipBomb } from "../../support/hostileFiles";

const root = path.resolve(__dirname, "../../..");
const fixtures = path.join(root, "test/fixtures/hostile");
const fixture = (name: string) => path.join(fixtures, name);
const tmp = mkdtempSync(path.join(os.tmpdir(), "berbahaya-"));

const run = runCli;

/** iki-cek as its own process (built JavaScript), with its time and peak memory. */
function processRun(
  args: string[],
  heapMb = 500
): { code: number | null; stdout: string; stderr: string; ms: number; rssMb: number } {
  const script = `import(${JSON.stringify("file://" + path.join(root, "dist-cli/iki-cek.mjs"))}).then(async (m) => {
    let out = "", err = "";
    const code = await m.main(${JSON.stringify(args)}, { out: (t) => (out += t), err: (t) => (err += t + "\\n") });
    process.stdout.write(JSON.stringify({ code, out, err, rss: process.resourceUsage().maxRSS }));
  });`;
  const started = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, "-e", script], {
    encoding: "utf8",
    timeout: 60_000,
  });
  const ms = performance.now() - started;
  try {
    const doc = JSON.parse(r.stdout);
    return { code: doc.code, stdout: doc.out, stderr: doc.err, ms, rssMb: doc.rss / 1024 };
  } catch {
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms, rssMb: NaN };
  }
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs"), "--quiet"]);
});

describe("the committed fixtures are what their recipes make", () => {
  it.each(Object.keys(SMALL_FIXTURES))("%s", async (name) => {
    expect(readFileSync(fixture(name)).equals(await SMALL_FIXTURES[name]())).toBe(true);
  });
});

describe("one merged area over the whole sheet (H1:XFD1048576, a 7 KB file)", () => {
  it("is checked in under 5 s and 500 MB, as its own process", () => {
    const r = processRun(["periksa", fixture("gabung-seluruh-lembar.xlsx")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 tabel");
    expect(r.ms).toBeLessThan(5_000);
    expect(r.rssMb).toBeLessThan(500);
  }, 60_000);
});

describe("formula cells that once broke the parser", () => {
  it("3,200 '(' in a Rumus cell: a rumus-tidak-terbaca finding, the rest of the run intact", async () => {
    const { code, out } = await run("periksa", fixture("kurung-3200.xlsx"), "--json");
    expect(code).toBe(0);
    const [file] = JSON.parse(out).files;
    expect(file.tables).toHaveLength(1);
    const unreadable = file.findings.filter((f: { rule: string }) => f.rule === "rumus-tidak-terbaca");
    expect(unreadable.map((f: { cell: string; message: string }) => [f.cell, f.message])).toEqual([
      ["D2", expect.stringContaining("terlalu dalam bersarang (lebih dari 64 tingkat kurung)")],
    ]);
  });

  it("20 Rumus cells with runs of 32,000 spaces are checked in under 10 s, as their own process", async () => {
    const file = path.join(tmp, "spasi.xlsx");
    writeFileSync(file, await spacedFormulas());
    const r = processRun(["periksa", file]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("20 indikator");
    expect(r.ms).toBeLessThan(10_000);
  }, 60_000);
});

describe("files that are not workbooks say what they are", () => {
  it.each([
    ["lembar-kerja-opendocument.xlsx", "berkas OpenDocument (.ods), bukan .xlsx"],
    ["arsip-zip-biasa.xlsx", "arsip zip biasa, bukan buku kerja .xlsx"],
    ["dokumen-word.xlsx", "dokumen Word (.docx), bukan buku kerja Excel"],
    ["string-bersama-terpotong.xlsx", "isinya rusak (bagian XML xl/sharedStrings.xml rusak)"],
  ])("%s", async (name, message) => {
    const { code, err } = await run("periksa", fixture(name));
    expect(code).toBe(2);
    expect(err).toBe(
      `${fixture(name)}: ${message}${err.slice(fixture(name).length + 2 + message.length)}`
    );
    expect(err).toContain(message);
    expect(err).not.toMatch(/Cannot|undefined|property|\n\s+at |tidak berisi lembar/);
  });

  it("a symlink loop", async () => {
    const a = path.join(tmp, "a.xlsx");
    const b = path.join(tmp, "b.xlsx");
    symlinkSync(b, a);
    symlinkSync(a, b);
    const { code, err } = await run("periksa", a);
    expect(code).toBe(2);
    expect(err).toContain("tautan simbolik yang melingkar");
    expect(err).not.toContain("ELOOP");
  });

  it("a folder: its .xlsx files are checked one by one (issue #31), the hostile ones named", async () => {
    const { code, err } = await run("periksa", tmp);
    expect(code).toBe(2);
    expect(err).not.toContain("ini sebuah folder");
    expect(err).toContain("tautan simbolik yang melingkar");
    expect(err).not.toContain("ELOOP");
  });

  it("a zip bomb (a 200 MB part packed into a few hundred KB) that no sheet uses is never unpacked", async () => {
    const file = path.join(tmp, "bom.xlsx");
    writeFileSync(file, await zipBomb(200));
    expect(readFileSync(file).length).toBeLessThan(1024 * 1024);
    const r = processRun(["periksa", file], 300);
    expect(r.code).not.toBe(2);
    expect(r.stdout).toContain("1 tabel");
    expect(r.ms).toBeLessThan(5_000);
  }, 60_000);

  it("a zip bomb as the sheet itself is stopped by the bytes it really inflates to", async () => {
    const file = path.join(tmp, "bom-lembar.xlsx");
    writeFileSync(file, await zipBomb(200, "xl/worksheets/sheet1.xml"));
    const r = processRun(["periksa", file], 400);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("membesar lebih dari");
    expect(r.stderr).toContain("tidak dibaca");
    expect(r.ms).toBeLessThan(5_000);
  }, 60_000);
});

describe("cells the reader once misread", () => {
  it("a formula with no cached result is read as its formula text, not [object Object]", async () => {
    const [grid] = await readWorkbookGrids(fixture("rumus-tanpa-hasil.xlsx"));
    expect(grid.values[1][4]).toBe('="Perdes "&"RKPDesa"');
    const { out } = await run("periksa", fixture("rumus-tanpa-hasil.xlsx"));
    expect(out).not.toContain("[object Object]");
  });

  it("#N/A and #REF! in Sumber Data and Penanggung Jawab are error values, not a source and a name", async () => {
    const { code, out } = await run("periksa", fixture("nilai-galat.xlsx"), "--json");
    expect(code).toBe(1);
    const findings = JSON.parse(out).files[0].findings.filter(
      (f: { rule: string }) => f.rule === "nilai-galat"
    );
    expect(findings.map((f: { cell: string; severity: string }) => [f.cell, f.severity])).toEqual([
      ["F2", "error"],
      ["E2", "error"],
    ]);
    expect(findings[0].message).toContain("#REF! (rujukan sel rusak), bukan nama penanggung jawab");
    expect(findings[1].message).toContain("#N/A (nilai tidak tersedia), bukan sumber data");
    expect(findings[0].fix).toMatchObject({ cell: "F2", value: "Kepala Seksi Pemerintahan" });
  });

  it("a header row with no indicator rows is a table, reported as empty", async () => {
    const { code, out } = await run("periksa", fixture("judul-tanpa-indikator.xlsx"));
    expect(code).toBe(0);
    expect(out).toContain("1 tabel");
    expect(out).toContain("Tabel tanpa baris indikator (tabel-tanpa-indikator): 1");
    expect(out).not.toContain("Tidak ditemukan tabel");
  });
});

describe("the command line around the edges", () => {
  it("piping into head ends quietly (the JSON catalogue is larger than a pipe's buffer)", () => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `node ${JSON.stringify(path.join(root, "bin/iki-cek.cjs"))} katalog --json | head -c 20; echo "status=\${PIPESTATUS[0]}" >&2`,
      ],
      { encoding: "utf8" }
    );
    expect(r.stdout).toBe('[\n  {\n    "id": "iku');
    expect(r.stderr.trim()).toBe("status=0");
  });

  it.each([
    [
      ["katalog", "--unit", "Dinas Keshatan"],
      'Unit "Dinas Keshatan" tidak ada di katalog. Mungkin maksud Anda: Dinas Kesehatan?',
    ],
    [
      ["katalog", "--jabatan", "Kasi Pemerintah"],
      "Mungkin maksud Anda: Kepala Seksi Pemerintahan?",
    ],
    [
      [
        "templat",
        "--unit",
        "kecamatan",
        "--jabatan",
        "sekcam x",
        "--tahun",
        "2025",
        "-o",
        "x.xlsx",
      ],
      "Mungkin maksud Anda: Sekretaris Kecamatan?",
    ],
    [["periksa", "--html"], "Pilihan --html memerlukan nilai."],
    [["templat", "--json"], "Pilihan --json tidak dikenal."],
  ])("%j: %s", async (argv, message) => {
    const { code, err } = await run(...(argv as string[]));
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).not.toMatch(/Unknown option|argument missing|\n\s+at /);
  });
});

describe("an exported catalogue edited with formulas that have no cached result", () => {
  it("imports the formula text, never [object Object]", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const exported = path.join(tmp, "katalog-ekspor.xlsx");
    expect((await run("katalog", "--xlsx", exported)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const ws = wb.getWorksheet("kecamatan")!;
    const sumber = ws.getRow(1).values as unknown[];
    const col = sumber.indexOf("Sumber Data");
    ws.getCell(2, col).value = { formula: '"Laporan "&"bulanan"' } as never;
    const edited = path.join(tmp, "katalog-rumus.xlsx");
    await wb.xlsx.writeFile(edited);
    const { code, out } = await run("katalog", "--impor", edited);
    expect(code).toBe(0);
    expect(out).not.toContain("[object Object]");
    expect(out).toContain('"sumberData": "=\\"Laporan \\"&\\"bulanan\\""');
  });
});
