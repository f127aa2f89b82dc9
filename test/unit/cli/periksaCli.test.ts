import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli, writeWorkbook } from "../../support/cli";
import { STANDARD_COLUMNS } from "../../../src/core/template/templateModel";
import { writeSeedFixtures } from "../../fixtures/seedWorkbooks";

const tmp = mkdtempSync(path.join(os.tmpdir(), "periksa-"));
let fixtures: Record<string, string>;

const run = runCli;

const workbook = (rows: unknown[][], name?: string) => writeWorkbook(tmp, rows, name);

const HEADER = STANDARD_COLUMNS;
const CLEAN = ["1", "Terlaksananya Pembinaan Pemerintahan Desa", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "Jumlah desa yang menetapkan RKPDes tepat waktu dibagi Jumlah desa dikali 100%", "Perdes RKPDesa yang diterima Kecamatan", "Kepala Seksi Pemerintahan"];

beforeAll(async () => {
  fixtures = await writeSeedFixtures(path.join(tmp, "seeds"));
}, 120_000);

describe("iki-cek periksa", () => {
  it("--json prints one document with files, tables and findings (1-based rows)", async () => {
    const { code, out } = await run("periksa", fixtures["001"], fixtures["003"], "--json");
    expect(code).toBe(1); // both have error-level findings
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([fixtures["001"], fixtures["003"]]);
    const [first] = doc.files;
    expect(first.tables[0]).toMatchObject({ sheet: "IKI Lumajang", header: expect.stringMatching(/^B\d+:G\d+$/), rows: [expect.any(Number), expect.any(Number)] });
    const ganda = first.findings.find((f: { rule: string }) => f.rule === "nomor-ganda");
    expect(ganda).toMatchObject({ severity: "warning", sheet: "IKI Lumajang", cell: expect.stringMatching(/^B\d+$/), row: expect.any(Number), message: expect.stringContaining("nomor 15"), suggestion: "Ganti dengan 16." });
    expect(ganda.cell).toBe(`B${ganda.row}`);
  }, 60_000);

  it("prints a readable Indonesian report grouped by severity and rule, with a summary line", async () => {
    const { out } = await run("periksa", fixtures["003"]);
    expect(out).toContain(`== ${fixtures["003"]} ==`);
    expect(out).toContain('-- Lembar "IKI Ranuyoso": 6 tabel');
    expect(out).toContain("[Kesalahan] Kolom wajib tidak ada (kolom-hilang): 12");
    expect(out).toContain("[Kesalahan] Rumus kosong (rumus-kosong): 14");
    expect(out).toMatch(/Ringkasan .*: 6 tabel, 26 kesalahan, \d+ peringatan, \d+ info\./);
  }, 60_000);

  it("exits 0 for a clean table", async () => {
    const file = await workbook([["PEMERINTAH KABUPATEN LUMAJANG"], [], HEADER, CLEAN], "Bersih");
    const { code, out } = await run("periksa", file);
    expect(out).toContain("0 kesalahan, 0 peringatan");
    expect(code).toBe(0);
  });

  it("--html writes a self-contained report", async () => {
    const html = path.join(tmp, "laporan.html");
    const { code } = await run("periksa", fixtures["002"], "--html", html);
    expect(code).toBe(1);
    const text = readFileSync(html, "utf8");
    expect(text).toMatch(/^<!doctype html>/);
    expect(text).toContain("Persentase tanpa penyebut");
    expect(text).not.toMatch(/<script|<link|src="http/); // nothing to fetch
  });
});
